"""A backup is sound before the write it protects begins, and a half-made one never counts."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from ccrt_coder.cli.entry import main
from ccrt_coder.core.errors import ProjectFileError
from ccrt_coder.storage import merge_store, schema
from ccrt_coder.usecases.project import Project
from tests.demo_counts import DEMO
from tests.demo_file import demo_copy


@pytest.fixture
def pair(tmp_path: Path) -> tuple[Path, Path]:
    """A target lacking Coder B's work and the full study as the copy to merge from."""
    (tmp_path / "in").mkdir()
    source = demo_copy(tmp_path / "in")
    target = tmp_path / "study.ccrt"
    shutil.copy(source, target)
    db = schema.open_project_file(target)
    with db.transaction() as session:
        merge_store.delete_coder_work(session, DEMO.coder_b)
    db.close()
    return target, source


def _units(path: Path) -> dict[str, dict[str, int]]:
    with Project.open(path) as project:
        return project.info().units


def _backups(target: Path) -> list[str]:
    return sorted(p.name for p in target.parent.glob(f"{target.name}.bak-*"))


KILLED_IN_BACKUP = """
import os, signal, sqlite3, sys
from ccrt_coder.storage import schema
from ccrt_coder.usecases.project import Project

def killed_while_copying(path, target):
    sqlite3.connect(target).close()  # the copy's file exists, empty, when the kill comes
    os.kill(os.getpid(), signal.SIGKILL)

schema.snapshot = killed_while_copying
with Project.open(sys.argv[1]) as project:
    project.merge([sys.argv[2]])
"""


def test_a_merge_killed_during_its_backup_leaves_no_backup(
    pair: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    target, source = pair
    before = _units(target)
    env = {**os.environ, "PYTHONPATH": str(Path.cwd())}
    run = subprocess.run(
        [sys.executable, "-c", KILLED_IN_BACKUP, str(target), str(source)], env=env, check=False
    )
    assert run.returncode == -signal.SIGKILL
    assert _backups(target) == []  # nothing a damaged project's message would point to
    assert _units(target) == before
    assert main(["merge", str(target), str(source)]) == 0
    assert len(_backups(target)) == 1
    assert not [p for p in target.parent.iterdir() if p.name.endswith(".partial")]


def test_a_backup_that_fails_its_check_stops_the_merge_before_it_writes(
    pair: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    target, source = pair
    before = _units(target)
    real_snapshot = schema.snapshot

    def cut_short(path: Path, copy: Path) -> None:  # a disk that lost the end of the copy
        real_snapshot(path, copy)
        with copy.open("r+b") as handle:
            handle.truncate(copy.stat().st_size - 100)

    monkeypatch.setattr(schema, "snapshot", cut_short)
    with Project.open(target) as project, pytest.raises(ProjectFileError) as refused:
        project.merge([source])
    assert "\n" not in str(refused.value)
    assert str(refused.value).startswith("the backup of study.ccrt failed its check")
    assert _units(target) == before and _backups(target) == []
    assert sorted(p.name for p in target.parent.iterdir()) == ["in", "study.ccrt"]


def test_the_backup_is_made_while_planning_and_removed_when_nothing_is_written(
    pair: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    target, source = pair
    with Project.open(target) as project:
        project.merge([source])
    assert len(_backups(target)) == 1
    made: list[str] = []
    real_backup = schema.backup_before

    def noted(path: Path, purpose: str) -> Path:
        made.append(purpose)
        return real_backup(path, purpose)

    monkeypatch.setattr(schema, "backup_before", noted)
    with Project.open(target) as project:
        result = project.merge([source])  # the second time: nothing to add
    assert made == ["premerge"] and result.backup is None
    assert len(_backups(target)) == 1  # the one of the first merge only


def test_a_backup_that_cannot_be_made_only_matters_when_something_is_written(
    pair: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    target, source = pair
    same = shutil.copy(target, target.parent / "in" / "same.ccrt")  # adds nothing

    def refused(path: Path, purpose: str) -> Path:
        raise ProjectFileError("the folder is full")

    monkeypatch.setattr(schema, "backup_before", refused)
    before = _units(target)
    with Project.open(target) as project, pytest.raises(ProjectFileError, match="is full"):
        project.merge([source])
    assert _units(target) == before
    with Project.open(target) as project:
        result = project.merge([same])
    assert result.backup is None and not result.plan.changes_anything
