"""JobDialog: a dialog whose action runs on a worker, with one progress row, Cancel and status.

The report and coder-copies dialogs (and more to come) behave alike while their worker runs:
the controls are disabled, a busy progress bar and Cancel appear without moving the layout,
and Escape or the close button cancels the work instead of leaving it running unseen.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QWidget,
)

from ccrt_coder.gui.background_job import BackgroundJob
from ccrt_coder.gui.widgets.component_style import muted_text
from ccrt_coder.gui.widgets.plain_text import plain


def checkable_list(names: Iterable[str]) -> QListWidget:
    """Names with a tick box each, all ticked (e.g. the coders a job is about)."""
    view = QListWidget()
    view.setSpacing(2)
    for name in names:
        item = QListWidgetItem(name)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked)
        view.addItem(item)
    return view


def checked_texts(view: QListWidget) -> list[str]:
    items = (view.item(row) for row in range(view.count()))
    return [i.text() for i in items if i.checkState() == Qt.CheckState.Checked]


def mute(*labels: QLabel) -> None:
    """Hints and status lines in the palette's muted text colour."""
    for label in labels:
        palette = label.palette()
        palette.setColor(label.foregroundRole(), muted_text(palette))
        label.setPalette(palette)


class JobDialog(QDialog):
    """``job`` runs the action; its reports reach ``_on_progress``, ``_on_finished`` and
    ``_on_failed`` (the last two each subclass says). A dialog built in code calls
    ``make_job_widgets``; one built from a Designer form hands its own to ``use_job_widgets``.
    Subclasses call ``show_running`` when the job starts and ends."""

    progress_bar: QProgressBar
    status_label: QLabel
    buttons: QDialogButtonBox
    cancel_button: QPushButton | None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.job = BackgroundJob(self)
        self.job.progressed.connect(self._on_progress)
        self.job.finished.connect(self._on_finished)
        self.job.failed.connect(self._on_failed)

    def make_job_widgets(self) -> None:
        """A new progress bar, Cancel, status line and Close, for a dialog laid out in code."""
        cancel = QPushButton(QCoreApplication.translate("widgets.job_dialog", "Cancel"))
        status = QLabel()
        status.setWordWrap(True)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.use_job_widgets(QProgressBar(), status, close, cancel)

    def use_job_widgets(
        self,
        progress_bar: QProgressBar,
        status_label: QLabel,
        buttons: QDialogButtonBox,
        cancel_button: QPushButton | None,
    ) -> None:
        """The widgets that show the job; without a Cancel button the job is one transaction
        that runs to its end, and Escape waits for it."""
        self.progress_bar, self.status_label = progress_bar, plain(status_label)
        self.buttons, self.cancel_button = buttons, cancel_button
        buttons.rejected.connect(self.reject)
        if cancel_button is not None:
            cancel_button.clicked.connect(self.cancel_job)
        for widget in (progress_bar, cancel_button):  # hidden until the job runs, keeping room
            if widget is not None:
                policy = widget.sizePolicy()
                policy.setRetainSizeWhenHidden(True)
                widget.setSizePolicy(policy)
        self.show_running(False, ())

    def _on_progress(self, done: int, total: int) -> None:
        if self.job.was_cancelled():
            return
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(min(done, max(total, 1)))

    def _on_finished(self, result: Any) -> None:  # the job's result, as each dialog has it
        raise NotImplementedError

    def _on_failed(self, error: BaseException) -> None:
        raise NotImplementedError

    def progress_row(self) -> QHBoxLayout:
        """The progress bar and Cancel side by side (for dialogs laid out in code)."""
        row = QHBoxLayout()
        row.addWidget(self.progress_bar, 1)
        if self.cancel_button is not None:
            row.addWidget(self.cancel_button)
        return row

    def show_running(self, running: bool, controls: Iterable[QWidget]) -> None:
        """Disable ``controls`` and Close while the job runs; show the busy bar and Cancel."""
        for widget in controls:
            widget.setEnabled(not running)
        self.progress_bar.setVisible(running)
        self.progress_bar.setRange(0, 0)  # busy until the first report gives a total
        if self.cancel_button is not None:
            self.cancel_button.setVisible(running)
            self.cancel_button.setEnabled(running)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setEnabled(not running)

    def cancelling_text(self) -> str:
        """What the status line says between Cancel and the worker stopping."""
        return QCoreApplication.translate("widgets.job_dialog", "Cancelling…")

    def cancel_job(self) -> None:
        if self.job.is_running() and self.cancel_button is not None:
            self.job.cancel()
            self.cancel_button.setEnabled(False)
            self.status_label.setText(self.cancelling_text())

    def reject(self) -> None:
        """Escape or the window's close button while the job runs cancels it first (or, for a
        job that cannot be stopped half-way, does nothing until it ends)."""
        if self.job.is_running():
            self.cancel_job()
            return
        super().reject()
