"""The passive checkpoint after each commit: at once, or for the window on a thread of its own.

A checkpoint copies the committed pages from the write-ahead log into the project file and, as
``synchronous=FULL`` asks, flushes the file to disk: 8-16 ms of waiting on the disk that a save
(the coder pressing Enter) need not wait for. The commit itself is already durable (the log is
flushed before it returns), so the save returns at once and this thread copies its pages into
the file right after: a plain copy of the file holds every acknowledged action as soon as that
checkpoint is done, within :data:`WHOLE_WITHIN_S` (one checkpoint takes milliseconds; the bound
leaves room for a loaded machine and a slow disk). Closing the project waits for it.
"""

from __future__ import annotations

import logging
import threading
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy import Engine

_log = logging.getLogger(__name__)

WHOLE_WITHIN_S = 1.0  # a copy of the file taken this long after a save holds the save


class Checkpointer:
    """Checkpoints the file after every commit it is told of, one at a time, off the caller's
    thread; ``behind`` says the last one left pages in the log (a reader elsewhere held them).

    The thread lives while checkpoints are due and ends when none is: nothing waits on a project
    left open, and a program that ends finishes the last checkpoint first (it is no daemon)."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._state = threading.Condition()
        self._asked = self._done = 0
        self._thread: threading.Thread | None = None
        self.behind = False

    def request(self) -> None:
        """A commit happened: checkpoint soon (requests while one runs are served by one more)."""
        with self._state:
            self._asked += 1
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="checkpoint")
                self._thread.start()

    def settle(self, timeout: float | None = None) -> bool:
        """Wait until every commit so far is checkpointed; False if ``timeout`` ran out first."""
        with self._state:
            return self._state.wait_for(lambda: self._done == self._asked, timeout)

    def checkpoint(self) -> None:
        """A passive checkpoint now: copies the log into the file as far as no reader holds it
        back, without waiting for anyone.

        It never raises: the commit before it is durable in the log, so a checkpoint that fails
        (the file may not grow on a full disk) loses nothing and must not report the save as
        lost; the file is then ``behind`` and the next idle moment or the close catches up."""
        try:
            with self._engine.connect() as connection:
                driver: Any = connection.connection.driver_connection  # sqlite3 or SQLCipher
                row = driver.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
        except Exception as exc:  # whatever stops it, the log keeps the work
            _log.warning("checkpoint postponed: %s", type(exc).__name__)
            self.behind = True
            return
        busy, in_log, copied = row
        self.behind = bool(busy) or copied < in_log

    def close(self) -> None:
        """Finish the pending checkpoint; its thread has ended when this returns."""
        with self._state:
            self._state.wait_for(lambda: self._thread is None)

    def _run(self) -> None:
        while True:
            with self._state:
                if self._done == self._asked:
                    self._thread = None
                    self._state.notify_all()
                    return
                asked = self._asked
            self.checkpoint()
            with self._state:
                self._done = asked
                self._state.notify_all()
