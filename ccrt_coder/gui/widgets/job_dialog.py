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
    ``_on_failed`` (the last two each subclass says); subclasses call ``show_running``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.job = BackgroundJob(self)
        self.progress_bar = QProgressBar()
        self.cancel_button = QPushButton(QCoreApplication.translate("widgets.job_dialog", "Cancel"))
        self.status_label = plain(QLabel())
        self.status_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.cancel_button.clicked.connect(self.cancel_job)
        self.buttons.rejected.connect(self.reject)
        self.job.progressed.connect(self._on_progress)
        self.job.finished.connect(self._on_finished)
        self.job.failed.connect(self._on_failed)

    def _on_progress(self, done: int, total: int) -> None:
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(min(done, max(total, 1)))

    def _on_finished(self, result: Any) -> None:  # the job's result, as each dialog has it
        raise NotImplementedError

    def _on_failed(self, error: BaseException) -> None:
        raise NotImplementedError

    def progress_row(self) -> QHBoxLayout:
        """The progress bar and Cancel; hidden until the job runs, keeping their room."""
        row = QHBoxLayout()
        row.addWidget(self.progress_bar, 1)
        row.addWidget(self.cancel_button)
        for widget in (self.progress_bar, self.cancel_button):
            policy = widget.sizePolicy()
            policy.setRetainSizeWhenHidden(True)
            widget.setSizePolicy(policy)
        return row

    def show_running(self, running: bool, controls: Iterable[QWidget]) -> None:
        """Disable ``controls`` and Close while the job runs; show the busy bar and Cancel."""
        for widget in controls:
            widget.setEnabled(not running)
        self.progress_bar.setVisible(running)
        self.progress_bar.setRange(0, 0)  # busy until the first report gives a total
        self.cancel_button.setVisible(running)
        self.cancel_button.setEnabled(running)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setEnabled(not running)

    def cancelling_text(self) -> str:
        """What the status line says between Cancel and the worker stopping."""
        return QCoreApplication.translate("widgets.job_dialog", "Cancelling…")

    def cancel_job(self) -> None:
        if self.job.is_running():
            self.job.cancel()
            self.cancel_button.setEnabled(False)
            self.status_label.setText(self.cancelling_text())

    def reject(self) -> None:
        """Escape or the window's close button while the job runs cancels it first."""
        if self.job.is_running():
            self.cancel_job()
            return
        super().reject()
