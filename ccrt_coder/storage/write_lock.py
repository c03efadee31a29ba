"""Taking a project's write lock: wait for other programs' writes, then a clear error.

A deferred ``BEGIN`` reads first and asks for the write lock only at its first write. When
another program committed in between, SQLite cannot let it wait (its snapshot is stale) and it
fails at once with "database is locked", whatever the busy timeout. A writer here therefore
begins ``IMMEDIATE``: it takes the write lock before reading anything, so waiting for the lock
is always safe. Readers keep a deferred ``BEGIN`` and, in WAL mode, never wait for writers.

The wait is a loop of short busy timeouts rather than one long one, so that a listener (the
GUI's status bar) learns after the first short one that the write is waiting for another
program; a lock still held after :data:`WAIT_SECONDS` becomes :class:`ProjectBusyError`.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from ccrt_coder.core.errors import ProjectBusyError
from ccrt_coder.storage.cipher import errors

WAIT_SECONDS = 10.0  # the longest a write waits for another program's to finish
ATTEMPT_MS = 200  # one attempt's busy timeout; between attempts the listener hears of the wait
STATEMENT_BUSY_MS = 10_000  # every other statement's busy timeout (readers, checkpoints)
_BUSY_CODES = (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)

WaitListener = Callable[[bool], None]
"""Told ``True`` when a write starts waiting for another program, ``False`` when it stops."""


def begin_immediate(
    connection: sqlite3.Connection, path: Path, listener: WaitListener | None
) -> None:
    """``BEGIN IMMEDIATE`` on ``connection``, retried until :data:`WAIT_SECONDS` have passed."""
    deadline = time.monotonic() + WAIT_SECONDS
    waiting = False
    connection.execute(f"PRAGMA busy_timeout={ATTEMPT_MS}")
    try:
        while True:
            try:
                connection.execute("BEGIN IMMEDIATE")
                return
            except errors("OperationalError") as exc:  # sqlite3's or, keyed, SQLCipher's
                if not is_busy(exc):
                    raise
                if time.monotonic() >= deadline:
                    raise busy_error(path) from exc
            if not waiting and listener is not None:
                waiting = True
                listener(True)
    finally:
        connection.execute(f"PRAGMA busy_timeout={STATEMENT_BUSY_MS}")
        if waiting and listener is not None:
            listener(False)


@contextmanager
def busy_as_error(path: Path) -> Iterator[None]:
    """Turn SQLite's "database is locked" inside the block into the one-line user error."""
    try:
        yield
    except Exception as exc:
        cause = getattr(exc, "orig", exc)  # SQLAlchemy's OperationalError wraps the driver's
        if isinstance(cause, errors("OperationalError")) and is_busy(cause):
            raise busy_error(path) from exc
        raise


def is_busy(exc: Exception) -> bool:
    return getattr(exc, "sqlite_errorcode", 0) & 0xFF in _BUSY_CODES


def busy_error(path: Path) -> ProjectBusyError:
    return ProjectBusyError(f"the project {path.name} is busy in another program; try again")
