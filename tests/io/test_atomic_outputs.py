"""Outputs are whole or absent: CSV sets all or nothing, read-only targets refused, temporary
files only beside the target (none in the system's temporary folder), leftovers of killed runs
removed by the next run."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from ccrt_coder.cli.entry import main
from ccrt_coder.core.errors import InputError
from ccrt_coder.io.atomic_file import atomic_outputs, remove_leftovers, scratch_folder
from ccrt_coder.usecases.export import ExportOptions, csv_path, export_project
from ccrt_coder.usecases.project import Project
from tests.demo_file import demo_copy

CSV_SHEETS = ("units", "res", "memos", "about")


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[Project]:
    (tmp_path / "project").mkdir()
    with Project.open(demo_copy(tmp_path / "project")) as project:
        yield project


@pytest.fixture
def out_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def _old_set(out: Path) -> dict[str, str]:
    old = {}
    for key in CSV_SHEETS:
        csv_path(out, key).write_text(f"old {key}")
        old[csv_path(out, key).name] = f"old {key}"
    return old


def _contents(folder: Path) -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8-sig", errors="replace") for p in folder.iterdir()}


def test_a_csv_set_with_one_locked_target_leaves_the_old_set(
    demo: Project, out_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = out_folder / "study.csv"
    old = _old_set(out)
    locked = csv_path(out, "memos")
    real_replace = os.replace

    def replace(source, destination):  # as Windows does while Excel has the file open
        if locked in (Path(source), Path(destination)):
            raise PermissionError(13, "The process cannot access the file")
        real_replace(source, destination)

    monkeypatch.setattr(os, "replace", replace)
    with pytest.raises(InputError) as refused:
        export_project(demo._db, out, ExportOptions(sheets=CSV_SHEETS))
    message = str(refused.value)
    assert "\n" not in message and f"cannot replace {locked}" in message
    assert _contents(out_folder) == old  # every old file, nothing new, no leftovers
    monkeypatch.undo()
    export_project(demo._db, out, ExportOptions(sheets=CSV_SHEETS))
    assert all(not text.startswith("old") for text in _contents(out_folder).values())
    assert sorted(_contents(out_folder)) == sorted(old)


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_a_read_only_target_is_refused_not_replaced(
    demo: Project, out_folder: Path, suffix: str
) -> None:
    out = out_folder / f"study{suffix}"
    target = out if suffix == ".xlsx" else csv_path(out, "res")
    target.write_text("kept")
    target.chmod(0o444)
    with pytest.raises(InputError, match=f"cannot replace {target}: the file is read-only"):
        export_project(demo._db, out, ExportOptions(sheets=CSV_SHEETS))
    assert _contents(out_folder) == {target.name: "kept"}


def test_the_cli_refuses_a_read_only_target_in_one_line(
    demo: Project, out_folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = out_folder / "study.xlsx"
    out.write_text("kept")
    out.chmod(0o444)
    assert main(["export", str(demo.path), str(out)]) != 0
    err = capsys.readouterr().err.strip()
    assert err == f"error: cannot replace {out}: the file is read-only"
    assert out.read_text() == "kept"


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_temporary_files_live_beside_the_target_never_in_the_temp_folder(
    demo: Project, out_folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, suffix: str
) -> None:
    system_temp = tmp_path / "system-temp"
    system_temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(system_temp))
    seen: list[list[str]] = []

    def progress(_done: int, _total: int) -> None:
        assert list(system_temp.iterdir()) == []
        seen.append([p.name for p in out_folder.iterdir()])

    export_project(demo._db, out_folder / f"study{suffix}", progress=progress)
    assert seen and all(len(names) == 1 and names[0].startswith(".study") for names in seen)
    assert list(system_temp.iterdir()) == []
    assert not any(p.name.startswith(".") for p in out_folder.iterdir())


KILLED_EXPORT = """
import os, signal, sys
from ccrt_coder.usecases.export import export_project
from ccrt_coder.usecases.project import Project

def progress(done, total):
    if done:
        os.kill(os.getpid(), signal.SIGKILL)

with Project.open(sys.argv[1]) as project:
    export_project(project._db, sys.argv[2], progress=progress)
"""


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_a_killed_export_leaves_no_partial_output_and_the_next_export_cleans_up(
    demo: Project, out_folder: Path, tmp_path: Path, suffix: str
) -> None:
    out = out_folder / f"study{suffix}"
    system_temp = tmp_path / "system-temp"
    system_temp.mkdir()
    env = {**os.environ, "TMPDIR": str(system_temp), "PYTHONPATH": str(Path.cwd())}
    run = subprocess.run(
        [sys.executable, "-c", KILLED_EXPORT, str(demo.path), str(out)], env=env, check=False
    )
    assert run.returncode == -signal.SIGKILL
    left = list(out_folder.iterdir())
    assert len(left) == 1 and left[0].is_dir() and left[0].name.startswith(".study")
    assert any(left[0].iterdir())  # what the killed run had written, study data: only here
    assert list(system_temp.iterdir()) == []
    export_project(demo._db, out)
    assert not any(p.name.startswith(".") for p in out_folder.iterdir())


def test_a_scratch_folder_in_use_is_left_alone(tmp_path: Path) -> None:
    with scratch_folder(tmp_path / "a.xlsx") as live:
        (live / "half.xml").write_text("rows")
        other = subprocess.run(
            [sys.executable, "-c", CLEAN, str(tmp_path)],
            env={**os.environ, "PYTHONPATH": str(Path.cwd())},
            capture_output=True,
            text=True,
            check=True,
        )
        assert other.stdout.strip() == "[]"
        assert remove_leftovers(tmp_path) == [] and (live / "half.xml").exists()
    assert list(tmp_path.iterdir()) == []


CLEAN = """
import sys
from pathlib import Path
from ccrt_coder.io.atomic_file import remove_leftovers
print([p.name for p in remove_leftovers(Path(sys.argv[1]))])
"""


def test_leftover_partial_files_of_older_versions_go_after_a_day(tmp_path: Path) -> None:
    old = tmp_path / ".study.xlsx.0123abcd.partial"
    recent = tmp_path / ".study.csv.89abcdef.partial"
    kept = tmp_path / ".notes.partial"  # not one of our names
    for path in (old, recent, kept):
        path.write_bytes(b"")
    os.utime(old, (1, 1))
    assert remove_leftovers(tmp_path) == [old]
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([recent.name, kept.name])


def test_a_failed_set_leaves_nothing(tmp_path: Path) -> None:
    targets = [tmp_path / "a.csv", tmp_path / "b.csv"]
    with pytest.raises(ValueError), atomic_outputs(targets) as partials:
        partials[0].write_text("new")
        raise ValueError
    assert list(tmp_path.iterdir()) == []
