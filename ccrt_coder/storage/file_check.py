"""Whether a project file is damaged: SQLite's quick check on a read-only connection.

A damaged file (truncated, a page overwritten) is never written to: a write could spread the
damage or lose what can still be rescued from it. Its newest backup is named so the user can
go back to it.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from ccrt_coder.core.errors import ProjectFileError

_SHOWN_CHECK_ROWS = 5


def read_only_uri(path: Path) -> str:
    """A read-only URI of ``path``; immutable (no locks, no ``-shm``) when no other program
    is writing it, i.e. unless it has a write-ahead log and its index beside it (a log without
    an index is left by a killed program: reading it would create an index beside a file that
    may be refused; the file itself holds every commit, see ``database``)."""
    uri = f"{path.resolve().as_uri()}?mode=ro"
    live = Path(f"{path}-wal").exists() and Path(f"{path}-shm").exists()
    return uri if live else f"{uri}&immutable=1"


def damage(connection: sqlite3.Connection, path: Path) -> str | None:
    """Why the file behind ``connection`` is damaged (None when its quick check passes)."""
    try:
        page_size = connection.execute("PRAGMA page_size").fetchone()[0]
        size = path.stat().st_size
        if page_size and size % page_size:
            return f"its size ({size} bytes) is not a whole number of pages; it was cut short"
        rows = connection.execute(f"PRAGMA quick_check({_SHOWN_CHECK_ROWS})").fetchall()
    except (sqlite3.Error, OSError) as exc:
        return f"SQLite cannot read it ({exc})"
    if rows == [("ok",)]:
        return None
    return "its integrity check fails"


def check_not_damaged(path: Path) -> None:
    """Refuse to open ``path`` when it is damaged, naming its newest backup if it has one."""
    try:
        connection = sqlite3.connect(read_only_uri(path), uri=True)
    except sqlite3.Error as exc:
        raise ProjectFileError(f"cannot open {path.name}: {exc}") from None
    try:
        why = damage(connection, path)
    finally:
        connection.close()
    if why is None:
        return
    backups = sorted(path.parent.glob(f"{path.name}.bak-*"), key=lambda p: p.stat().st_mtime)
    pointer = (
        f"; its latest backup is {backups[-1].name} (copy it to a new name and open that)"
        if backups
        else "; it has no backup beside it"
    )
    raise ProjectFileError(f"{path.name} is damaged ({why}) and is not opened{pointer}")
