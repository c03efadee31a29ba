"""Checks made after an attempt, always on copies in a scratch folder: the attempt's own folder
is left exactly as the faulted process left it (its leftovers are what is being looked for)."""

from __future__ import annotations

import csv
import hashlib
import shutil
import sqlite3
import zipfile
from collections.abc import Iterable
from pathlib import Path

WAL_FILES = ("-wal", "-shm")


def copy_alone(project: Path, to: Path) -> Path:
    """A plain copy of the file alone, as a coder sends it (no ``-wal``)."""
    to.parent.mkdir(parents=True, exist_ok=True)
    for suffix in WAL_FILES:
        Path(f"{to}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(project, to)
    return to


def copy_with_log(project: Path, to: Path) -> Path:
    """The file with its ``-wal``, as SQLite would recover it on the next open."""
    copy_alone(project, to)
    wal = Path(f"{project}-wal")
    if wal.exists():
        shutil.copyfile(wal, f"{to}-wal")
    return to


def _connect(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(path, isolation_level=None)


def integrity(path: Path) -> str:
    """``ok``, or what ``PRAGMA integrity_check`` (or opening) said."""
    try:
        connection = _connect(path)
        try:
            rows = connection.execute("PRAGMA integrity_check").fetchall()
        finally:
            connection.close()
    except sqlite3.DatabaseError as exc:
        return str(exc)
    return "ok" if rows == [("ok",)] else "; ".join(str(r[0]) for r in rows[:3])


def count(path: Path, table: str) -> int:
    connection = _connect(path)
    try:
        return int(connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    finally:
        connection.close()


def unit_ids(path: Path) -> set[int]:
    connection = _connect(path)
    try:
        return {row[0] for row in connection.execute("SELECT id FROM coded_units")}
    finally:
        connection.close()


def fingerprint(path: Path) -> str:
    """The project's content (every row of every table, in order), not its bytes."""
    connection = _connect(path)
    try:
        digest = hashlib.sha256()
        for line in connection.iterdump():
            digest.update(line.encode())
        return digest.hexdigest()
    finally:
        connection.close()


def whole_project(path: Path, scratch: Path) -> str:
    """``ok`` if the project (with its log) passes the integrity check, else what failed."""
    if path.stat().st_size == 0:
        return "0-byte file"
    return integrity(copy_with_log(path, scratch / "check.ccrt"))


def files_in(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir()} if folder.exists() else set()


def leftovers(folder: Path, expected: Iterable[str]) -> list[str]:
    """Files in ``folder`` that are not ``expected`` (SQLite's own ``-wal``/``-shm`` of an
    expected file are allowed: the next open takes them back)."""
    allowed = set(expected)
    allowed |= {f"{name}{suffix}" for name in allowed for suffix in WAL_FILES}
    return sorted(files_in(folder) - allowed)


def whole_workbook(path: Path, sheets: list[str]) -> str:
    """``ok`` if the workbook is a whole zip holding these sheets, else what is wrong."""
    if path.stat().st_size == 0:
        return "0-byte workbook"
    try:
        with zipfile.ZipFile(path) as archive:
            bad = archive.testzip()
            names = archive.namelist()
    except (zipfile.BadZipFile, OSError) as exc:
        return f"not a whole workbook ({exc})"
    if bad is not None:
        return f"damaged member {bad}"
    found = len([n for n in names if n.startswith("xl/worksheets/sheet")])
    return "ok" if found == len(sheets) else f"{found} of {len(sheets)} sheets"


def csv_rows(path: Path) -> int:
    with path.open(encoding="utf-8-sig", newline="") as stream:
        return sum(1 for _ in csv.reader(stream))
