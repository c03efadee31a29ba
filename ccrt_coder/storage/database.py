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
from functools import cached_property
from pathlib import Path
from sqlite3 import Connection as SqliteConnection
from typing import TYPE_CHECKING

from ccrt_coder.storage import cipher, plain_read
from ccrt_coder.storage.change_watch import ChangeWatch
from ccrt_coder.storage.checkpointer import Checkpointer
from ccrt_coder.storage.write_lock import (
    STATEMENT_BUSY_MS,
    WaitListener,
    begin_immediate,
    busy_as_error,
)

if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine
    from sqlalchemy.orm import Session, sessionmaker

APPLICATION_ID = 0x43435254  # "CCRT": tells our files from other applications' SQLite files
_READ = "ccrt_read"  # the execution option of a reader's connections: a deferred BEGIN


class Database:
    """One open project file: hands out a session per user action, inside one transaction.

    SQLAlchemy is imported at the first session, not before: the first frame reads through
    :meth:`plain_reading`."""

    read_only = False  # a read-only database's plain reads open it by cipher.read_only_uri

    def __init__(self, path: Path) -> None:
        self.path = path
        self._watches: list[ChangeWatch] = []
        self.wait_listener: WaitListener | None = None  # told when a write waits for another
        self._keeper: SqliteConnection | None = None  # see keep_files
        self._keeper_thread: int | None = None
        self._keeper_busy = False
        self._in_background = False
        self._snapshots = threading.local()  # per thread: the session of a snapshot() block

    def keep_files(self) -> None:
        """Read the file once and hold that connection until close: the WAL files exist from
        then on and stay (the last connection closed removes them), so a read changes nothing."""
        self._keeper = plain_read.kept_open(self.path)
        if not cipher.is_encrypted(self.path):  # an encrypted file's every read is keyed anew
            self._keeper_thread = threading.get_ident()

    def prepare_sessions(self) -> None:
        """Import SQLAlchemy and make the engine and session factories now, not at first use."""
        self._sessions, self._readers  # noqa: B018 (made and kept by the cached properties)

    @cached_property
    def engine(self) -> Engine:
        return self._make_engine()

    @cached_property
    def _sessions(self) -> sessionmaker[Session]:
        from sqlalchemy.orm import sessionmaker

        return sessionmaker(self.engine, expire_on_commit=False)

    @cached_property
    def _readers(self) -> sessionmaker[Session]:
        from sqlalchemy.orm import sessionmaker

        return sessionmaker(self.engine.execution_options(**{_READ: True}))

    @cached_property
    def _checkpoints(self) -> Checkpointer:
        return Checkpointer(self.engine)

    def _make_engine(self) -> Engine:
        """Connections enforce foreign keys and write through a WAL journal.

        ``synchronous=FULL`` makes every commit durable once it returns, so nothing a user saw
        acknowledged is lost when the machine crashes.
        """
        from sqlalchemy import event

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

    @contextmanager
    def plain_reading(self) -> Iterator[SqliteConnection]:
        """A read-only DB-API connection in a deferred transaction: reads without the ORM
        (inside :meth:`snapshot` on this thread, the snapshot's connection)."""
        shared = getattr(self._snapshots, "session", None)
        if shared is not None:
            yield connection_of(shared)
            return
        keeper = self._keeper
        if keeper is None or self._keeper_busy or threading.get_ident() != self._keeper_thread:
            with busy_as_error(self.path), plain_read.reading(self.path, self.read_only) as fresh:
                yield fresh
            return
        self._keeper_busy = True  # its thread's plain reads use it, one at a time: no schema is
        try:  # read again, no connection made (dozens in a first frame)
            with busy_as_error(self.path), plain_read.transaction(keeper):
                yield keeper
        finally:
            self._keeper_busy = False

    def checkpoint_in_background(self) -> None:
        """From now on a write returns before its checkpoint, which follows on its own thread."""
        self._in_background = True

    @contextmanager
    def snapshot(self) -> Iterator[Session]:
        """One read transaction for the whole block: every :meth:`reading` and
        :meth:`plain_reading` in it on this thread sees the file as it was when the block began,
        whatever other programs commit meanwhile (an export's sheets all show one state)."""
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
        if "_checkpoints" not in self.__dict__:  # nothing written through this database
            return
        self._checkpoints.settle()
        if self._checkpoints.behind:
            self._checkpoints.checkpoint()

    def close(self) -> None:
        for watch in self._watches:
            watch.close()
        self._watches.clear()
        if "_checkpoints" in self.__dict__:
            self._checkpoints.close()
        self.catch_up()
        if "engine" in self.__dict__:  # made at the first session
            self.engine.dispose()
        if self._keeper is not None:
            self._keeper.close()
            self._keeper = None


def _driver(connection: Connection) -> SqliteConnection:
    """The sqlite3 connection under ``connection``: statements outside SQLAlchemy's transaction."""
    driver = connection.connection.driver_connection
    assert driver is not None
    return driver


def connection_of(session: Session) -> SqliteConnection:
    """The sqlite3 connection under ``session``, its changes flushed: the plain queries of
    :mod:`ccrt_coder.storage.plain_read` run there, inside the session's transaction."""
    session.flush()
    return _driver(session.connection())
