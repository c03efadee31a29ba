"""Whether a project file is damaged: SQLite's quick check on a read-only connection.

A damaged file (truncated, a page overwritten) is never written to: a write could spread the
damage or lose what can still be rescued from it. Its newest backup is named so the user can
go back to it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ccrt_coder.core.errors import ProjectFileError
from ccrt_coder.storage import cipher

_SHOWN_CHECK_ROWS = 5


def damage(connection: Any, path: Path) -> str | None:
    """Why the file behind ``connection`` is damaged (None when its quick check passes)."""
    unreadable: tuple[type[Exception], ...] = (*cipher.errors(), OSError)
    try:
        page_size = int(connection.execute("PRAGMA page_size").fetchone()[0])  # text in SQLCipher
        size = path.stat().st_size
        if page_size and size % page_size:
            return f"its size ({size} bytes) is not a whole number of pages; it was cut short"
        rows = connection.execute(f"PRAGMA quick_check({_SHOWN_CHECK_ROWS})").fetchall()
    except unreadable as exc:
        return f"SQLite cannot read it ({exc})"
    if rows == [("ok",)]:
        return None
    return "its integrity check fails"


def check_not_damaged(path: Path) -> None:
    """Refuse to open ``path`` when it is damaged, naming its newest backup if it has one."""
    try:
        connection = cipher.connect(path, read_only=True)  # keyed when encrypted
    except cipher.errors() as exc:
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
