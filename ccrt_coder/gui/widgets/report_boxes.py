"""Boxes that report a finished job: done (with "Open folder"), or every problem in a file."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ccrt_coder.gui.widgets import dialogs
from ccrt_coder.gui.widgets.plain_text import html, plain_box
from ccrt_coder.usecases.domain import CcrtError, ProblemsError, database_problem

MESSAGE_WIDTH = "QLabel#qt_msgbox_label, QLabel#qt_msgbox_informativelabel { min-width: 30em; }"


def user_message(error: BaseException) -> str | None:
    """What to tell the user about ``error``; None for a bug (the caller re-raises it)."""
    if isinstance(error, CcrtError):
        return str(error)
    if isinstance(error, OSError):
        return f"{error.strerror or error} ({error.filename or 'file'})"
    return database_problem(error)  # never the SQL or its parameters


def report_error(parent: QWidget | None, title: str, error: BaseException) -> QDialog | None:
    """Show a user's error: a file's problems listed in full, others as a warning box.

    Returns the problems dialog (shown without blocking) when there is one; a bug is raised.
    """
    if isinstance(error, ProblemsError) and len(error.problems) > 1:
        dialog = ProblemsDialog(title, error, parent)
        dialog.open()
        return dialog
    message = user_message(error)
    if message is None:
        raise error
    dialogs.show_error(parent, title, message)
    return None


def open_folder(path: Path) -> bool:
    """Show the folder holding ``path`` in the system's file manager."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))


def done_box(
    parent: QWidget | None, title: str, text: str, files: Sequence[Path] = (), details: str = ""
) -> QMessageBox:
    """An information box, shown without blocking; with ``files``, they are listed and an
    "Open folder" button shows the first one's folder."""
    box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok)
    box.setParent(parent, box.windowFlags())
    plain_box(box)
    box.setStyleSheet(MESSAGE_WIDTH)
    box.setInformativeText(details or "\n".join(str(path) for path in files))
    if files:
        folder = box.addButton(
            QCoreApplication.translate("widgets.report_boxes", "Open folder"),
            QMessageBox.ButtonRole.ActionRole,
        )
        folder.clicked.disconnect()  # keep the box open: the user may still read the names
        folder.clicked.connect(lambda: open_folder(files[0]))
    box.setDefaultButton(QMessageBox.StandardButton.Ok)
    box.open()
    return box


class ProblemsDialog(QDialog):
    """The "nothing was changed" box: a summary, then every problem in a scrollable box."""

    def __init__(self, title: str, error: ProblemsError, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(680, 420)
        count = error.total
        self.summary = QLabel(
            f"<b>{count} problems in {html(error.source)}.</b> Nothing was changed: "
            "correct them and try again."
        )
        self.summary.setWordWrap(True)
        self.details = QPlainTextEdit("\n".join(error.problems))
        self.details.setReadOnly(True)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        layout.setSpacing(10)
        layout.addWidget(self.summary)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)

    def problems(self) -> list[str]:
        return self.details.toPlainText().splitlines()
