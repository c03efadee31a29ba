"""The SQLAlchemy engine of one project file, with the pragmas every connection needs.

Two promises rest here. Concurrent writers wait for each other instead of failing: a write
transaction begins ``IMMEDIATE`` (see :mod:`ccrt_coder.storage.write_lock`), a read one stays
deferred so that the window's reads never wait. And the project file is always whole: after
every committed write the write-ahead log is copied back into the file (a passive checkpoint,
which waits for nobody) before the write returns, so a copy of ``study.ccrt`` alone, taken while
a program runs or after it was killed, holds every acknowledged action. The window, whose coder
should not wait on the disk after pressing Enter, runs that checkpoint on a thread of its own
right after the commit (:meth:`Database.checkpoint_in_background`; the file holds the save
within :data:`~ccrt_coder.storage.checkpointer.WHOLE_WITHIN_S`). A
checkpoint that a reader in another program held back is caught up by :meth:`Database.catch_up`
(the GUI calls it when idle) or on close.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from sqlite3 import Connection as SqliteConnection

from sqlalchemy import Connection, Engine, event
from sqlalchemy.orm import Session, sessionmaker

from ccrt_coder.storage import cipher
from ccrt_coder.storage.change_watch import ChangeWatch
from ccrt_coder.storage.checkpointer import Checkpointer
from ccrt_coder.storage.write_lock import (
    STATEMENT_BUSY_MS,
    WaitListener,
    begin_immediate,
    busy_as_error,
)

APPLICATION_ID = 0x43435254  # "CCRT": tells our files from other applications' SQLite files
_READ = "ccrt_read"  # the execution option of a reader's connections: a deferred BEGIN


class Database:
    """One open project file: hands out a session per user action, inside one transaction."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.engine = self._make_engine()
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._readers = sessionmaker(self.engine.execution_options(**{_READ: True}))
        self._watches: list[ChangeWatch] = []
        self.wait_listener: WaitListener | None = None  # told when a write waits for another
        self._checkpoints = Checkpointer(self.engine)
        self._in_background = False
        self._snapshots = threading.local()  # per thread: the session of a snapshot() block

    def _make_engine(self) -> Engine:
        """Connections enforce foreign keys and write through a WAL journal.

        ``synchronous=FULL`` makes every commit durable once it returns, so nothing a user saw
        acknowledged is lost when the machine crashes.
        """
        # plain SQLite, or keyed SQLCipher for an encrypted file; either hides parameters
        engine = cipher.make_engine(self.path)

        @event.listens_for(engine, "connect")
        def _on_connect(dbapi_connection: SqliteConnection, _record: object) -> None:
            dbapi_connection.isolation_level = None  # let SQLAlchemy's events own BEGIN
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=FULL")
            cursor.execute(f"PRAGMA busy_timeout={STATEMENT_BUSY_MS}")
            cursor.close()

        @event.listens_for(engine, "begin")
        def _on_begin(connection: Connection) -> None:
            if connection.get_execution_options().get(_READ):
                connection.exec_driver_sql("BEGIN")
            else:
                begin_immediate(_driver(connection), self.path, self.wait_listener)

        return engine

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """Commit everything done in the block at once, or nothing if it raises; the write
        lock is taken first (waiting for another program's write), the file made whole after."""
        with busy_as_error(self.path), self._sessions() as session, session.begin():
            session.connection()  # BEGIN IMMEDIATE now: no other program commits after this
            for watch in self._watches:
                watch.before_write()
            yield session
        if self._in_background:
            self._checkpoints.request()
        else:
            self._checkpoints.checkpoint()
        for watch in self._watches:
            watch.after_write()

    def watch_changes(self) -> ChangeWatch:
        """A watch that tells other writers' commits from this database's own (closed with it)."""
        watch = ChangeWatch(self.path)
        self._watches.append(watch)
        return watch

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A read-only session: a deferred transaction, which never waits for writers
        (inside :meth:`snapshot` on this thread, the snapshot's session)."""
        shared = getattr(self._snapshots, "session", None)
        if shared is not None:
            yield shared
            return
        with busy_as_error(self.path), self._readers() as session:
            yield session

    def checkpoint_in_background(self) -> None:
        """From now on a write returns before its checkpoint, which follows on its own thread."""
        self._in_background = True

    @contextmanager
    def snapshot(self) -> Iterator[Session]:
        """One read transaction for the whole block: every :meth:`reading` in it on this thread
        sees the file as it was when the block began, whatever other programs commit meanwhile
        (an export's sheets all show one state)."""
        outer = getattr(self._snapshots, "session", None)
        with self.reading() as session:
            session.connection().exec_driver_sql("SELECT count(*) FROM sqlite_master").all()
            self._snapshots.session = session
            try:
                yield session
            finally:
                self._snapshots.session = outer

    def catch_up(self) -> None:
        """Copy into the file what a reader held back in the WAL at the last commit, if any."""
        self._checkpoints.settle()
        if self._checkpoints.behind:
            self._checkpoints.checkpoint()

    def close(self) -> None:
        for watch in self._watches:
            watch.close()
        self._watches.clear()
        self._checkpoints.close()
        self.catch_up()
        self.engine.dispose()


def _driver(connection: Connection) -> SqliteConnection:
    """The sqlite3 connection under ``connection``: statements outside SQLAlchemy's transaction."""
    driver = connection.connection.driver_connection
    assert driver is not None
    return driver
