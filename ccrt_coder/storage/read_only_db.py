"""A project whose file or folder this user cannot write (a colleague's copy on a read-only
share, a folder of someone else), open for reading only.

It can be exported, reported on, analysed, copied from and merged from; any change is refused
with one line instead of SQLite's "attempt to write a readonly database". It is read
immutable unless another program has it open (its ``-wal`` and ``-shm`` beside it), so nothing
is ever created beside it.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ccrt_coder.core.errors import ProjectFileError
from ccrt_coder.storage import cipher
from ccrt_coder.storage.change_watch import ChangeWatch
from ccrt_coder.storage.database import Database

if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine
    from sqlalchemy.orm import Session


def writable(path: Path) -> bool:
    """Whether this user may change the project: its file and its folder (for the write-ahead
    log beside it) can be written."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


class ReadOnlyDatabase(Database):
    """A :class:`Database` that reads and never writes (its plain reads by the read-only URI
    too, and its engine made at the first session like any database's)."""

    read_only = True

    def _make_engine(self) -> Engine:
        from sqlalchemy import event

        engine = cipher.make_engine(self.path, read_only=True)  # keyed when encrypted

        @event.listens_for(engine, "connect")
        def _on_connect(dbapi_connection: Any, _record: object) -> None:
            dbapi_connection.isolation_level = None  # let SQLAlchemy's events own BEGIN

        @event.listens_for(engine, "begin")
        def _on_begin(connection: Connection) -> None:
            connection.exec_driver_sql("BEGIN")

        return engine

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        raise ProjectFileError(
            f"cannot change {self.path.name}: it is open read-only (the file or its folder "
            "cannot be written); copy it to a folder you can write to"
        )
        yield  # pragma: no cover - never reached: a generator for contextmanager

    def watch_changes(self) -> ChangeWatch:
        watch = _ReadOnlyWatch(self.path)
        self._watches.append(watch)
        return watch


class _ReadOnlyWatch(ChangeWatch):
    """The change watch on a read-only connection (another program may still write the file)."""

    def __init__(self, path: Path) -> None:
        self._probe = cipher.connect(path, read_only=True, check_same_thread=False)
        self._lock = threading.Lock()
        self._seen = self._version()
        self._outside = False
