"""The SQLAlchemy engine of one project file, with the pragmas every connection needs."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from sqlite3 import Connection as SqliteConnection

from sqlalchemy import Connection, Engine, event
from sqlalchemy.orm import Session, sessionmaker

from ccrt_coder.storage import cipher
from ccrt_coder.storage.change_watch import ChangeWatch

APPLICATION_ID = 0x43435254  # "CCRT": tells our files from other applications' SQLite files


def make_engine(path: Path) -> Engine:
    """An engine whose connections enforce foreign keys and write through a WAL journal.

    ``synchronous=FULL`` makes every commit durable once it returns, so nothing a user saw
    acknowledged is lost when the machine crashes.
    """
    engine = cipher.make_engine(path)  # plain SQLite, or keyed SQLCipher for an encrypted file

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: SqliteConnection, _record: object) -> None:
        dbapi_connection.isolation_level = None  # let SQLAlchemy's events own BEGIN
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA busy_timeout=5000")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        connection.exec_driver_sql("BEGIN")

    return engine


class Database:
    """One open project file: hands out a session per user action, inside one transaction."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.engine = make_engine(path)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._watches: list[ChangeWatch] = []

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """Commit everything done in the block at once, or nothing if it raises."""
        for watch in self._watches:
            watch.before_write()
        with self._sessions() as session, session.begin():
            yield session
        for watch in self._watches:
            watch.after_write()

    def watch_changes(self) -> ChangeWatch:
        """A watch that tells other writers' commits from this database's own (closed with it)."""
        watch = ChangeWatch(self.path)
        self._watches.append(watch)
        return watch

    @contextmanager
    def reading(self) -> Iterator[Session]:
        with self._sessions() as session:
            yield session

    def close(self) -> None:
        for watch in self._watches:
            watch.close()
        self._watches.clear()
        self.engine.dispose()
