"""The crash dialog: an unexpected error said in plain words, its details logged and copyable.

``report_unexpected`` is the GUI's ``sys.excepthook``: Qt hands it what a slot raised, and the
workers re-raise what a background job raised. A user's error (CcrtError, a file that cannot be
read) that gets this far is shown as the usual warning box; only a bug opens the crash dialog,
one at a time.
"""

from __future__ import annotations

import logging
import os
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, Qt, qVersion
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ccrt_coder import app_log
from ccrt_coder.gui.widgets import dialogs
from ccrt_coder.gui.widgets.plain_text import plain
from ccrt_coder.gui.widgets.report_boxes import user_message

_log = logging.getLogger(__name__)

# The crash dialog on screen, if any: an error storm adds to the log, not to the screen.
_shown: list[CrashDialog] = []


class CrashDialog(QDialog):
    """What went wrong, where the log is, and "Copy details" for a bug report."""

    def __init__(self, error: BaseException, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.details = details
        self.setWindowTitle(self.tr("Unexpected error"))
        self.message = plain(QLabel(_explanation(error, app_log.log_path())))
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.copy_button = QPushButton(self.tr("Copy details"))
        self.copy_button.clicked.connect(self.copy_details)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def copy_details(self) -> None:
        QApplication.clipboard().setText(self.details)


def install() -> None:
    """Make the crash dialog the app's answer to any error nobody caught."""
    sys.excepthook = report_unexpected


def report_unexpected(
    kind: type[BaseException], error: BaseException, trace: TracebackType | None
) -> None:
    """Log what nobody caught; a bug opens the crash dialog unless one is open already."""
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, error, trace)
        return
    message = user_message(error)
    if message is not None:
        _log.warning("%s", message)
        dialogs.show_error(QApplication.activeWindow(), "CCRT Coder", message)
        return
    _log.error("unexpected error", exc_info=(kind, error, trace))
    if os.environ.get("CCRT_CODER_DEBUG"):
        traceback.print_exception(kind, error, trace, file=sys.stderr)
        return
    if QApplication.instance() is not None and not _shown:
        _show(CrashDialog(error, _details(kind, error, trace), QApplication.activeWindow()))


def shown_dialog() -> CrashDialog | None:
    """The crash dialog on screen now, if any."""
    return _shown[0] if _shown else None


def _show(dialog: CrashDialog) -> None:
    _shown.append(dialog)
    dialog.finished.connect(lambda _result: _shown.remove(dialog))
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()


def _details(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> str:
    lines = traceback.format_exception(kind, error, trace)
    return f"{app_log.environment()}, Qt {qVersion()}\n\n{''.join(lines)}"


def _explanation(error: BaseException, log: Path | None) -> str:
    what = QCoreApplication.translate(
        "CrashDialog", "Something went wrong inside CCRT Coder ({error})."
    ).format(error=f"{type(error).__name__}: {error}")
    saved = QCoreApplication.translate("CrashDialog", "Your coding is saved as you go.")
    where = (
        QCoreApplication.translate(
            "CrashDialog", "The details are in the log file:\n{path}"
        ).format(path=log)
        if log is not None
        else QCoreApplication.translate("CrashDialog", "No log file could be written.")
    )
    ask = QCoreApplication.translate(
        "CrashDialog", 'Please send the details ("Copy details") to the developers.'
    )
    return f"{what}\n\n{saved} {where}\n\n{ask}"
