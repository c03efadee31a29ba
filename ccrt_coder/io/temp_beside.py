"""Temporary files of an export beside the export itself, never in the system's temp folder.

Spreadsheet libraries stream each sheet through a temporary file (openpyxl's write-only mode,
xlsxwriter's constant memory) in ``tempfile``'s folder. Those files hold the same text as the
export: transcript passages, names. Written beside the export, they land only where the user
chose to put that text, not in a shared folder that outlives an encrypted project's care.
"""

from __future__ import annotations

import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

_lock = threading.RLock()  # tempfile's folder is one per process: one export sets it at a time


@contextmanager
def temp_files_beside(target: Path) -> Iterator[None]:
    """While the block runs, ``tempfile`` creates its files in ``target``'s folder."""
    with _lock:
        before = tempfile.tempdir
        tempfile.tempdir = str(Path(target).resolve().parent)
        try:
            yield
        finally:
            tempfile.tempdir = before
