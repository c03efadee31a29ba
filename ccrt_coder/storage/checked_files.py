"""Which project files this user has already had checked row by row.

A project opened for the first time may come from anyone (a colleague's copy, a file mailed
round): the gate then checks every row by the same rules as the app's own writes before anything
is written to it. Our own writes keep those rules, so a file once checked is not checked again:
it is remembered by its path and its inode, which SQLite's writes in place keep and a copy,
download or rename-over gives anew. The list lives in the user's data folder, newest last.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from ccrt_coder.paths import user_data_dir

LIST_NAME = "checked-projects.json"
REMEMBERED = 500  # files; the oldest are forgotten (and checked again if opened again)


def _identity(path: Path) -> str:
    stat = path.stat()
    return f"{stat.st_dev}:{stat.st_ino}"


def _read() -> dict[str, str]:
    try:
        data = json.loads((user_data_dir() / LIST_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}  # none yet, or unreadable: every file counts as new
    if not isinstance(data, dict):
        return {}
    return {str(k): str(v) for k, v in data.items()}


def was_checked(path: Path) -> bool:
    """Whether this very file (same path, same inode) passed the row check before."""
    try:
        return _read().get(str(path.resolve())) == _identity(path)
    except OSError:
        return False


def remember_checked(path: Path) -> None:
    """Note that ``path`` passed the row check (a failure to note it only means a new check)."""
    try:
        checked = _read()
        key = str(path.resolve())
        checked.pop(key, None)
        checked[key] = _identity(path)
        kept = dict(list(checked.items())[-REMEMBERED:])
        target = user_data_dir() / LIST_NAME
        partial = target.with_name(f".{LIST_NAME}.{os.getpid()}.partial")
        partial.write_text(json.dumps(kept), encoding="utf-8")
        os.replace(partial, target)
    except OSError:
        return
