"""Plain reads (the first frame's, without the ORM) inside a snapshot and on a read-only project."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from ccrt_coder.storage import plain_read, project_gate, schema
from ccrt_coder.storage.read_only_db import ReadOnlyDatabase
from tests.demo_file import demo_copy


def _rename_elsewhere(path: Path, name: str) -> None:
    """Another program renames the study and commits."""
    with closing(sqlite3.connect(path, isolation_level=None)) as other:
        other.execute("UPDATE study SET name = ?", (name,))


def test_plain_reads_in_a_snapshot_see_its_one_state(tmp_path: Path) -> None:
    path = demo_copy(tmp_path)
    db = project_gate.open_project(path)
    try:
        with db.plain_reading() as connection:
            before = plain_read.load_settings(connection).name
        with db.snapshot() as session:
            with db.plain_reading() as connection:
                assert plain_read.load_settings(connection).name == before
            _rename_elsewhere(path, "Renamed meanwhile")
            with db.plain_reading() as connection:  # an export's later sheet: the same state
                assert plain_read.load_settings(connection).name == before
            with db.reading() as same:
                assert same is session
        with db.plain_reading() as connection:
            assert plain_read.load_settings(connection).name == "Renamed meanwhile"
    finally:
        db.close()


def test_a_read_only_database_reads_plainly_creating_nothing_beside_the_file(
    tmp_path: Path,
) -> None:
    path = demo_copy(tmp_path)
    schema.open_project_file(path).close()  # closed: no write-ahead log beside it any more
    before = sorted(p.name for p in tmp_path.iterdir())
    db = ReadOnlyDatabase(path)
    try:
        with db.plain_reading() as connection:
            interviews = plain_read.list_interviews(connection)
        with db.reading() as session:  # the engine, made at the first session, reads too
            assert session.connection().exec_driver_sql("SELECT count(*) FROM interviews").scalar()
    finally:
        db.close()
    assert interviews
    assert sorted(p.name for p in tmp_path.iterdir()) == before
