"""ChangeWatch: whether another connection or process committed to an open project file.

SQLite's ``PRAGMA data_version`` answers this for the cost of one statement on an open
connection: its value changes when a commit by any *other* connection (this process or another)
has happened since the last time the same connection asked. Stat-ing the file and its ``-wal``
(or a QFileSystemWatcher on them) cannot tell this window's own commits from another writer's,
sees checkpoints that change nothing, and misses nothing the pragma would catch.

The pragma needs one connection that does nothing else, so the watch keeps its own; the
project's own commits reach it like anyone else's. The :class:`Database` therefore tells the
watch at the start and the end of each of its own transactions: a change seen at the start (the
write lock taken, so nobody else can commit until the end) is someone else's, a change seen at
the end is its own.
"""

from __future__ import annotations

import threading
from pathlib import Path

from ccrt_coder.storage import cipher


class ChangeWatch:
    """Says whether others committed to the file since it last asked (see module docstring)."""

    def __init__(self, path: Path) -> None:
        # Writes of the project may run on a worker thread: the lock keeps the probe serial.
        self._probe = cipher.connect(path, check_same_thread=False)
        self._lock = threading.Lock()
        self._seen = self._version()
        self._outside = False

    def _version(self) -> int:
        with self._lock:
            (version,) = self._probe.execute("PRAGMA data_version").fetchone()
        return int(version)

    def before_write(self) -> None:
        """The project holds the write lock: a change already there came from elsewhere."""
        if self._version() != self._seen:
            self._outside = True

    def after_write(self) -> None:
        """The project committed: the change the probe now sees is its own."""
        self._seen = self._version()

    def changed_outside(self) -> bool:
        """Whether another writer committed since the last call (one PRAGMA, microseconds)."""
        version = self._version()
        changed = self._outside or version != self._seen
        self._seen, self._outside = version, False
        return changed

    def close(self) -> None:
        with self._lock:
            self._probe.close()
