"""The app's log file, so a crash started from a desktop icon still leaves details to send.

A rotating ``ccrt-coder.log`` in the user data folder gets warnings, errors with their tracebacks,
and one start line (version, Python, platform, Qt when the GUI runs). Modules log with
``logging.getLogger(__name__)``. Nothing here may fail: without a writable folder there is no file.
Standard library only (the CLI and the GUI both start it).
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from ccrt_coder import __version__

if TYPE_CHECKING:
    from logging.handlers import RotatingFileHandler

LOG_NAME = "ccrt-coder.log"
MAX_BYTES = 1_000_000
BACKUPS = 3
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

_logger = logging.getLogger("ccrt_coder")
_log = logging.getLogger(__name__)


def start_logging(qt_version: str | None = None) -> Path | None:
    """Log to the file in the user data folder and write the start line; the file's path, or
    None when it cannot be written (then nothing is logged, not even to the terminal)."""
    path = _attach_file()
    qt = f", Qt {qt_version}" if qt_version else ""
    system = os.uname() if hasattr(os, "uname") else None  # platform.platform() costs ~10 ms
    where = f"{system.sysname} {system.release} {system.machine}" if system else sys.platform
    python = ".".join(str(part) for part in sys.version_info[:3])
    _log.info("CCRT Coder %s started (Python %s, %s%s)", __version__, python, where, qt)
    return path


def log_path() -> Path | None:
    """The file the log is written to now, if any."""
    handler = _file_handler()
    return Path(handler.baseFilename) if handler is not None else None


def environment() -> str:
    """Version and platform, one line, for crash details a user copies."""
    import platform

    return (
        f"CCRT Coder {__version__}, Python {platform.python_version()}, "
        f"{platform.platform()} ({sys.platform})"
    )


def _attach_file() -> Path | None:
    """(Re)point the log at the current user data folder: tests and users may change it."""
    try:
        from ccrt_coder.log_file import QuietFileHandler  # with its imports: when logging starts
        from ccrt_coder.paths import user_data_dir

        path = user_data_dir() / LOG_NAME
        current = _file_handler()
        if current is not None and current.baseFilename == os.path.abspath(path):
            return path
        handler = QuietFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8")
    except OSError:
        _replace_handlers(logging.NullHandler())
        return None
    handler.setFormatter(logging.Formatter(FORMAT))
    _replace_handlers(handler)
    return path


def _replace_handlers(handler: logging.Handler) -> None:
    for old in list(_logger.handlers):
        _logger.removeHandler(old)
        old.close()
    _logger.addHandler(handler)
    _logger.setLevel(logging.INFO)


def _file_handler() -> RotatingFileHandler | None:
    from logging.handlers import RotatingFileHandler

    for handler in _logger.handlers:
        if isinstance(handler, RotatingFileHandler):
            return handler
    return None
