"""FileVersion: whether anyone committed to a project file since a moment (e.g. since an
in-memory index of its units was read), for one ``PRAGMA data_version`` on a connection of its
own (the pragma ignores the asking connection's own commits, so that one never writes)."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from ccrt_coder.storage import cipher


class FileVersion:
    """Remembers the file's version when made; ``unchanged`` says whether it still holds."""

    def __init__(self, path: Path) -> None:
        # The GUI thread and workers both ask: the lock keeps the probe serial.
        self._probe: Any = cipher.connect(path, check_same_thread=False)
        self._lock = threading.Lock()
        self._seen = self._version()

    def _version(self) -> int | None:
        with self._lock:
            if self._probe is None:
                return None
            return int(self._probe.execute("PRAGMA data_version").fetchall()[0][0])

    def unchanged(self) -> bool:
        """No commit by any connection (this process's or another's) since this was made."""
        version = self._version()
        return version is not None and version == self._seen

    def close(self) -> None:
        with self._lock:
            if self._probe is not None:
                self._probe.close()
                self._probe = None
