"""A project's backup made on a thread while the write it protects is being prepared.

A merge plans for seconds before it writes; the backup (a copy through SQLite's backup API and
its quick check, both in C, outside Python's lock) takes a tenth of that and need not wait for
the plan. The caller holds the project's write lock from before the backup starts until after
its write, so the backup is exactly the state the plan is made from.
"""

from __future__ import annotations

import threading
from pathlib import Path
from types import TracebackType

from ccrt_coder.storage import schema


class BackupMeanwhile:
    """``schema.backup_before(path, purpose)`` on a thread: :meth:`made` waits for the backup
    (raising what stopped it); leaving the block without asking for it removes it."""

    def __init__(self, path: Path, purpose: str) -> None:
        self._path, self._purpose = path, purpose
        self._backup: Path | None = None
        self._error: BaseException | None = None
        self._kept = False
        self._thread = threading.Thread(target=self._make, name="backup")

    def __enter__(self) -> BackupMeanwhile:
        self._thread.start()
        return self

    def made(self) -> Path:
        """The finished backup, kept; its error if it failed (nothing may be written then)."""
        self._thread.join()
        if self._error is not None:
            raise self._error
        assert self._backup is not None  # made when no error
        self._kept = True
        return self._backup

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self._thread.join()
        if not self._kept and self._backup is not None:  # nothing was written: no backup
            self._backup.unlink(missing_ok=True)

    def _make(self) -> None:
        try:
            self._backup = schema.backup_before(self._path, self._purpose)
        except BaseException as exc:  # handed to the caller by made()
            self._error = exc
