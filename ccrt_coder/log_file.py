"""The app log's file handler, in a module of its own: ``logging.handlers`` and what it imports
load when logging starts, not with every module that logs (see :mod:`ccrt_coder.app_log`)."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler


class QuietFileHandler(RotatingFileHandler):
    """A log file that never speaks up: a full disk (often the project's disk too) must not add
    logging's own traceback to the one line a user is shown."""

    def handleError(self, record: logging.LogRecord) -> None:  # logging names it so
        pass
