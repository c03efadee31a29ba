"""A write that fails in SQLite (the disk full, a read-only file) is one plain line: no SQL, no
SQL parameters, so no transcript text reaches the terminal."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from ccrt_coder.cli.entry import main
from tests.db_faults import LEAKS, page_limit, pragmas, transcript


@pytest.fixture
def project(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "study.ccrt"
    assert main(["new", str(path)]) == 0
    capsys.readouterr()
    return path


def _assert_plain(err: str, expected: str) -> None:
    assert err.startswith("error: ") and err.count("\n") == 1, err
    assert expected in err
    for leak in LEAKS:
        assert leak not in err


def test_a_full_disk_says_so_without_sql_or_text(
    project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pragmas(page_limit(project)):
        code = main(["import", str(project), str(transcript(tmp_path))])
    assert code == 1
    _assert_plain(capsys.readouterr().err, "the disk is full")
    assert main(["interviews", str(project)]) == 0  # nothing half-written
    assert "D01" not in capsys.readouterr().out


def test_a_read_only_project_file_says_so_without_sql_or_text(
    project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project.chmod(0o444)
    # root writes read-only files: then make SQLite refuse as it does for everyone else
    refuse = ("PRAGMA query_only=ON",) if os.geteuid() == 0 else ()
    try:
        with pragmas(*refuse):
            code = main(["import", str(project), str(transcript(tmp_path))])
    finally:
        project.chmod(0o644)
    assert code == 1
    _assert_plain(capsys.readouterr().err, "cannot be written")
