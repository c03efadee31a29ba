"""MergeDialog: File ▸ Merge coders' projects… — choose copies, read the preview, merge."""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QDialogButtonBox, QListWidgetItem, QWidget

from ccrt_coder.gui.background_job import Progress
from ccrt_coder.gui.exchange.merge_preview import (
    Colours,
    message_html,
    muted_css,
    preview_html,
    verdict,
)
from ccrt_coder.gui.forms.ui_merge_dialog import Ui_MergeDialog
from ccrt_coder.gui.widgets import dialogs
from ccrt_coder.gui.widgets.file_dialogs import FileKind, ask_open_many
from ccrt_coder.gui.widgets.job_dialog import JobDialog
from ccrt_coder.gui.widgets.password_dialog import unlock
from ccrt_coder.gui.widgets.plain_text import as_text, plain
from ccrt_coder.gui.widgets.report_boxes import report_error, user_message
from ccrt_coder.gui.widgets.tr_marks import QT_TRANSLATE_NOOP
from ccrt_coder.gui.workers import run_in_background
from ccrt_coder.usecases.merge import MergePlan, MergeResult
from ccrt_coder.usecases.project import Project

EMPTY = QT_TRANSLATE_NOOP(
    "exchange.merge_dialog",
    "Choose Add… to pick the copies of this study that your coders worked on (.ccrt files). "
    "What each would add, and any conflict, shows here before anything is written.",
)


def plan_in_worker(target: Path, sources: Sequence[Path]) -> MergePlan:
    """On a worker thread: the preview, read through a connection of its own."""
    with Project.open(target) as project:
        return project.plan_merge(sources)


def merge_in_worker(target: Path, sources: Sequence[Path], progress: Progress) -> MergeResult:
    with Project.open(target) as project:
        return project.merge(sources, progress)


class MergeDialog(JobDialog):
    """The preview is recomputed (on a worker) whenever the list of copies changes; Merge is
    enabled only when something would be added and no copy is refused."""

    merged = Signal(object)  # the MergeResult

    def __init__(self, project: Project, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_MergeDialog()
        self.ui.setupUi(self)
        self.use_job_widgets(self.ui.progressBar, self.ui.summaryLabel, self.ui.buttonBox, None)
        self._target = project.path
        self._plan: MergePlan | None = None
        self._generation = 0
        self._running = False
        self.merge_button = self.ui.buttonBox.addButton(
            self.tr("&Merge"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        plain(self.ui.sourcesLabel)  # it names a file
        self.ui.sourcesLabel.setText(
            self.tr("&Copies to merge into {name}:").format(name=project.path.name)
        )
        self._style()
        self._connect()
        self._show_plan(None)

    def _style(self) -> None:
        self.setWindowTitle(
            self.tr("Merge coders' projects into {name}").format(name=self._target.name)
        )
        rows = 4 * (self.ui.sourceList.fontMetrics().height() + 4)  # four copies at a glance
        self.ui.sourceList.setFixedHeight(rows + 2 * self.ui.sourceList.frameWidth() + 4)

    def _connect(self) -> None:
        self.ui.addButton.clicked.connect(self.browse)
        self.ui.removeButton.clicked.connect(self.remove_selected)
        self.ui.sourceList.itemSelectionChanged.connect(self._update_buttons)
        self.ui.buttonBox.accepted.connect(self.start_merge)

    # -- the copies ---------------------------------------------------------------------------
    def sources(self) -> list[Path]:
        items = (self.ui.sourceList.item(row) for row in range(self.ui.sourceList.count()))
        return [Path(item.data(Qt.ItemDataRole.UserRole)) for item in items]

    def add_sources(self, paths: Sequence[Path]) -> None:
        """Add copies (the target itself and copies already listed are skipped; an encrypted
        copy once its password is given)."""
        known = {_resolved(p) for p in [self._target, *self.sources()]}
        added = False
        for path in paths:
            if _resolved(path) in known or not unlock(self, path):
                continue
            known.add(_resolved(path))
            item = QListWidgetItem(path.name)
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            item.setToolTip(as_text(str(path)))
            self.ui.sourceList.addItem(item)
            added = True
        if added:
            self.refresh_preview()

    def remove_selected(self) -> None:
        for item in self.ui.sourceList.selectedItems():
            self.ui.sourceList.takeItem(self.ui.sourceList.row(item))
        self.refresh_preview()

    def browse(self) -> None:
        title = self.tr("Copies to merge")
        self.add_sources(
            ask_open_many(self, FileKind.MERGE_COPIES, title, dialogs.project_filter())
        )

    # -- preview ------------------------------------------------------------------------------
    def plan(self) -> MergePlan | None:
        """The preview shown now (None while it is computed, or when there is none)."""
        return self._plan

    def preview_text(self) -> str:
        return self.ui.preview.toPlainText()

    def refresh_preview(self) -> None:
        self._generation += 1
        self._show_plan(None)
        sources = self.sources()
        if not sources:
            return
        self.ui.summaryLabel.setText(self.tr("Comparing the copies with this project…"))
        run_in_background(
            partial(plan_in_worker, self._target, sources),
            partial(self._on_plan, self._generation),
            partial(self._on_plan_failed, self._generation),
            context=self,
        )

    def _on_plan(self, generation: int, plan: MergePlan) -> None:
        if generation == self._generation:
            self._show_plan(plan)

    def _on_plan_failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        message = user_message(error)
        if message is None:
            raise error
        self.ui.preview.setHtml(message_html(message, Colours.of(self.palette()).refused))
        self.ui.summaryLabel.setText(self.tr("Cannot merge: see above."))

    def _show_plan(self, plan: MergePlan | None) -> None:
        self._plan = plan
        if plan is None:
            shown = (
                "" if self.sources() else QCoreApplication.translate("exchange.merge_dialog", EMPTY)
            )
            self.ui.preview.setHtml(message_html(shown, muted_css(self.palette())))
            self.ui.summaryLabel.clear()
        else:
            self.ui.preview.setHtml(preview_html(plan, self.palette()))
            self.ui.summaryLabel.setText(verdict(plan, self._target.name).text)
        self._update_buttons()

    # -- merge --------------------------------------------------------------------------------
    def can_merge(self) -> bool:
        plan = self._plan
        return plan is not None and verdict(plan, "").can_merge and not self._running

    def start_merge(self) -> bool:
        if not self.can_merge():
            return False
        target, sources = self._target, self.sources()
        self._set_running(True)
        self.ui.summaryLabel.setText(
            self.tr("Backing up {name} and merging…").format(name=target.name)
        )
        self.job.start(lambda progress, _cancelled: merge_in_worker(target, sources, progress))
        return True

    def _on_finished(self, result: MergeResult) -> None:
        self._set_running(False)
        self.merged.emit(result)
        self.accept()

    def _on_failed(self, error: BaseException) -> None:
        self._set_running(False)
        self.ui.summaryLabel.setText(self.tr("The merge failed; the project is unchanged."))
        report_error(self, self.tr("Merge failed"), error)

    def _set_running(self, running: bool) -> None:
        self._running = running
        self.show_running(running, (self.ui.sourceList, self.ui.addButton))
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.merge_button.setEnabled(self.can_merge())
        self.ui.removeButton.setEnabled(
            bool(self.ui.sourceList.selectedItems()) and not self._running
        )


def _resolved(path: Path) -> Path:
    try:
        return path.resolve()
    except OSError:
        return path
