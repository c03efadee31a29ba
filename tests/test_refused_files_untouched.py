"""A file that is refused (another application's SQLite file, a project of a newer version) is
left exactly as it was: not even a ``-wal`` or ``-shm`` appears beside it."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from ccrt_coder.cli.entry import main
from ccrt_coder.core.errors import ProjectFileError
from ccrt_coder.usecases.project import Project
from tests.demo_file import demo_copy

KILLED_WRITER = """
import os, signal, sqlite3, sys
connection = sqlite3.connect(sys.argv[1])
connection.execute("PRAGMA journal_mode=WAL")
connection.execute("PRAGMA wal_autocheckpoint=0")
connection.execute(sys.argv[2])
connection.commit()
os.kill(os.getpid(), signal.SIGKILL)
"""


def _write_then_die(path: Path, statement: str) -> None:
    """Another program commits ``statement`` and is killed: its -wal (and -shm) stay."""
    run = subprocess.run([sys.executable, "-c", KILLED_WRITER, str(path), statement], check=False)
    assert run.returncode == -signal.SIGKILL


def _other_app(folder: Path) -> Path:
    path = folder / "other.db"
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute("CREATE TABLE t (x)")
    connection.close()
    return path


def _newer(folder: Path) -> Path:
    path = folder / "newer.ccrt"
    Project.create(path).close()
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE ccrt_schema_version SET version_num = '0999'")
    connection.close()
    return path


FILES: dict[str, tuple[Callable[[Path], Path], str, str]] = {
    "another application's": (_other_app, "INSERT INTO t VALUES (1)", "another application"),
    "a newer version's": (_newer, "UPDATE study SET name = 'x'", "newer version"),
}


@pytest.mark.parametrize("killed", [False, True], ids=["closed", "killed writer"])
@pytest.mark.parametrize("kind", list(FILES))
def test_a_refused_file_gets_no_side_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str, killed: bool
) -> None:
    make, statement, why = FILES[kind]
    (tmp_path / "theirs").mkdir()
    path = make(tmp_path / "theirs")
    if killed:
        _write_then_die(path, statement)
        Path(f"{path}-shm").unlink()  # the index goes with the program; its log stays
    before = {p.name: p.read_bytes() for p in path.parent.iterdir()}
    with pytest.raises(ProjectFileError, match=why):
        Project.open(path)
    (tmp_path / "ours").mkdir()
    target = demo_copy(tmp_path / "ours")
    main(["merge", str(target), str(path)])
    said = capsys.readouterr()
    assert why in said.out + said.err
    assert {p.name: p.read_bytes() for p in path.parent.iterdir()} == before
