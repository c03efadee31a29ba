"""Encrypt, decrypt or re-key a project file safely: a new file beside it, verified, swapped.

The project is never half-converted: the new file is written by SQLCipher's export from one
consistent state of the old one, opened with its new key, checked (integrity and the row count
of every table) and only then renamed over the old file in one atomic step.
"""

from __future__ import annotations

import os
import uuid
from pathlib import Path
from typing import Any

from ccrt_coder.core.errors import ProjectFileError
from ccrt_coder.durable import sync_folder
from ccrt_coder.storage import cipher


def rewrite(path: Path, password: str | None) -> None:
    """Replace the closed project ``path`` by a copy encrypted with ``password`` (plain if None)."""
    _make_self_contained(path)
    temp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:12]}.converting")
    if password is not None:
        cipher.remember_password(temp, password)
    try:
        cipher.export_copy(path, temp, password)
        _verify(path, temp)
        os.replace(temp, path)
        cipher.forget_kind(path)  # another file now, of another kind
        sync_folder(path.parent)
    except BaseException:
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(f"{temp}{suffix}").unlink(missing_ok=True)
        raise
    finally:
        cipher.forget_password(temp)
    if password is None:
        cipher.forget_password(path)
    else:
        cipher.remember_password(path, password)


def _make_self_contained(path: Path) -> None:
    """Copy the WAL into the file and leave WAL mode, so no journal of the old file stays
    beside the new one; refused while another program has the project open."""
    connection = cipher.connect(path)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        (mode,) = connection.execute("PRAGMA journal_mode=DELETE").fetchone()
    finally:
        connection.close()
    if str(mode).lower() != "delete" or Path(f"{path}-wal").exists():
        raise ProjectFileError(f"{path.name} is open in another program; close it first")


def _verify(original: Path, converted: Path) -> None:
    """The converted file opens with its key, is intact and holds every row of the original."""
    new = cipher.connect(converted, read_only=True)
    old = cipher.connect(original, read_only=True)
    try:
        (check,) = new.execute("PRAGMA integrity_check").fetchone()
        tables = [
            row[0]
            for row in old.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            if not str(row[0]).startswith("sqlite_")
        ]
        same = all(_count(old, table) == _count(new, table) for table in tables)
    finally:
        new.close()
        old.close()
    if check != "ok" or not same:
        raise ProjectFileError(f"the converted copy of {original.name} did not verify; kept as is")


def _count(connection: Any, table: str) -> int:
    quoted = '"' + table.replace('"', '""') + '"'
    return int(connection.execute(f"SELECT count(*) FROM {quoted}").fetchone()[0])
