"""AgreementView: choose coders, level and overlap; the report, heat map and disagreement list."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ccrt_coder.gui.agreement.compute import AgreementRequest, AgreementRun, compute_agreement
from ccrt_coder.gui.agreement.controls import AgreementControls
from ccrt_coder.gui.agreement.disagreement_panel import DisagreementPanel
from ccrt_coder.gui.agreement.heatmap_panel import HeatmapPanel
from ccrt_coder.gui.agreement.report_panel import ReportPanel
from ccrt_coder.gui.agreement.status import (
    CONSENSUS_NOTE,
    FEWER_THAN_TWO,
    computed_text,
    scope_text,
)
from ccrt_coder.gui.project_fingerprint import Fingerprint, fingerprint
from ccrt_coder.gui.widgets.busy_overlay import BusyOverlay
from ccrt_coder.gui.widgets.plain_text import plain
from ccrt_coder.gui.widgets.report_boxes import user_message
from ccrt_coder.gui.workers import run_in_background
from ccrt_coder.usecases.project import Project

REPORT_SHARE = 0.52
SETTLE_MS = 250  # changes to the controls in quick succession start one computation


class AgreementView(QWidget):
    """Statistics come only from the report (never computed here), on a worker thread; one
    computation at a time, the latest request queued behind it."""

    report_shown = Signal()  # a new report (or the reason there is none) is shown
    consensus_requested = Signal(int)  # an RE of the disagreement list to meet on
    computation_failed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._project: Project | None = None
        self._run: AgreementRun | None = None
        self._shown: AgreementRequest | None = None  # what the controls asked for it
        self._running: AgreementRequest | None = None
        self._queued: AgreementRequest | None = None
        self._generation = 0
        self._fingerprint: Fingerprint | None = None
        self._blind, self._lead, self._sized = True, False, False
        self.controls = AgreementControls()
        self.scope = plain(QLabel())
        self.scope.setWordWrap(True)
        self.status = plain(QLabel())
        self.status.setWordWrap(True)
        self.status.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.report = ReportPanel()
        self.heatmap = HeatmapPanel()
        self.disagreements = DisagreementPanel()
        self.side = QTabWidget()
        self.side.setDocumentMode(True)
        self.side.addTab(self.heatmap, self.tr("Cluster heat map"))
        self.side.addTab(self.disagreements, self.tr("Disagreements"))
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.report)
        self.splitter.addWidget(self.side)
        self.splitter.setChildrenCollapsible(False)
        self.message = plain(QLabel())
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setContentsMargins(40, 40, 40, 40)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.splitter)
        self.pages.addWidget(self.message)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.controls)
        layout.addLayout(_row(self.scope, self.status))
        layout.addWidget(self.pages, 1)
        self.overlay = BusyOverlay(self.pages)
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self._settled)
        self._connect()

    def _connect(self) -> None:
        self.controls.changed.connect(self._settle.start)
        self.controls.recompute_requested.connect(self.recompute)
        shortcut = QShortcut(QKeySequence("F5"), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.recompute)
        self.disagreements.re_chosen.connect(self.consensus_requested)
        self.disagreements.count_changed.connect(
            lambda n: self.side.setTabText(1, self.tr("Disagreements ({n})").format(n=n))
        )

    # -- context ------------------------------------------------------------------------------
    def set_context(
        self, project: Project | None, coder: str | None = None, blind: bool | None = None
    ) -> None:
        """The open project (the window's, read on the GUI thread only) and whether coding is
        blind (None: as the project's settings say); ``coder`` is not needed here."""
        if project is not self._project:
            self._project = project
            self._generation += 1  # late results of the old project are dropped
            self._running = self._queued = None
            self._run, self._fingerprint = None, None
            self.overlay.finish()
            self.controls.set_coders([c.name for c in project.coders()] if project else [])
            self._offer_levels()
            self._show_run(None)
        if blind is None:
            blind = project.settings().blind_mode if project is not None else True
        self._blind = blind
        self._update_reveal()
        if project is not None and self.isVisible() and self._run is None:
            self.recompute()

    def set_lead(self, lead: bool) -> None:
        """The project lead may see the disagreement list while coding is blind."""
        self._lead = lead
        self._update_reveal()

    def invalidate(self) -> None:
        """The coding changed: the figures shown may be out of date (Recompute updates them)."""
        self._mark_stale()

    # -- state for callers and tests ----------------------------------------------------------
    def run(self) -> AgreementRun | None:
        return self._run

    def is_current(self) -> bool:
        """Whether the report shown is the one the controls ask for (none is computing)."""
        return (
            not self.is_busy()
            and self._run is not None
            and self._shown == (self.controls.request())
        )

    def is_busy(self) -> bool:
        return self._running is not None or self._queued is not None or self._settle.isActive()

    def is_stale(self) -> bool:
        return (
            self._project is not None
            and self._fingerprint is not None
            and (fingerprint(self._project.path) != self._fingerprint)
        )

    def export_heatmap(self, path: Path) -> Path:
        return self.heatmap.export(path)

    # -- computing ----------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._offer_levels()  # the category system may have changed while hidden
        if not self._sized:
            self._sized = True
            width = self.splitter.width()
            self.splitter.setSizes([round(width * REPORT_SHARE), round(width * (1 - REPORT_SHARE))])
        if self._run is None and self._running is None:
            self.recompute()
        else:
            self._mark_stale()

    def _offer_levels(self) -> None:
        """The direction level only for a category system that codes CCRT-LU directions."""
        project = self._project
        self.controls.set_levels(
            project is not None and project.category_system().uses_lu_direction
        )

    def recompute(self) -> None:
        """Compute the report the controls ask for (after the one running, if any)."""
        self._settle.stop()
        if self._project is None or not self.isVisible():
            return
        request = self.controls.request()
        if request.coders is not None and len(request.coders) < 2:
            self._queued = None
            self._show_message(QCoreApplication.translate("agreement.status", FEWER_THAN_TWO))
            return
        if self._running is not None:
            self._queued = request
            return
        self._start(request)

    def _settled(self) -> None:
        """The controls came to rest: compute, unless they ask for the report shown."""
        idle = self._run is not None and self._running is None
        if idle and self.controls.request() == self._shown and not self.is_stale():
            self._show_run(self._run)  # e.g. a coder unchecked and checked again
            return
        self.recompute()

    def _start(self, request: AgreementRequest) -> None:
        assert self._project is not None
        self._running = request
        path = self._project.path
        self.overlay.start(self.tr("Computing the agreement of the coders' own layers…"))
        self.status.setText(self.tr("Computing…"))
        run_in_background(
            partial(compute_agreement, path, request),
            partial(self._computed, self._generation, fingerprint(path)),
            partial(self._failed, self._generation),
            context=self,
        )

    def _computed(self, generation: int, files: Fingerprint, run: AgreementRun) -> None:
        if generation != self._generation:
            return
        self._running = None
        queued, self._queued = self._queued, None
        if queued is not None and queued != run.request:
            self._start(queued)  # the controls changed meanwhile: this run is out of date
            return
        self.overlay.finish()
        self._fingerprint = files
        self._show_run(run)

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self._running = self._queued = None
        self.overlay.finish()
        self._show_message(
            self.tr("Cannot compute the agreement report: {error}").format(error=error)
        )
        self.computation_failed.emit(str(error))
        if user_message(error) is None:
            raise error  # a bug: the crash dialog and the log get its traceback

    # -- showing ------------------------------------------------------------------------------
    def _show_run(self, run: AgreementRun | None) -> None:
        self._run = run
        report = run.report if run is not None else None
        if run is not None:
            self.controls.set_units(run.coder_units, report.coders if report else None)
        self._shown = self.controls.request() if run is not None else None
        self.report.set_report(report, run.tables if run else {})
        self.heatmap.set_grid(run.heat if run else None)
        self.disagreements.set_report(report)
        if run is not None and report is None:
            self._show_message(run.problem or self.tr("No report."))
            return
        self.pages.setCurrentWidget(self.splitter)
        self.scope.setText(
            f"{scope_text(report)} {QCoreApplication.translate('agreement.status', CONSENSUS_NOTE)}"
            if report
            else ""
        )
        self.status.setText(computed_text(run) if run else "")
        if run is not None:
            self.report_shown.emit()

    def _show_message(self, text: str) -> None:
        self.overlay.finish()
        self.message.setText(text)
        self.pages.setCurrentWidget(self.message)
        self.scope.setText("")
        self.status.setText("")
        self.report_shown.emit()

    def _mark_stale(self) -> None:
        if self._run is not None and self._running is None and self.is_stale():
            self.status.setText(
                self.tr(
                    "⚠ The coding changed since this report was computed: press Recompute (F5)."
                )
            )

    def _update_reveal(self) -> None:
        self.disagreements.set_revealed(not self._blind or self._lead)


def _row(scope: QLabel, status: QLabel) -> QHBoxLayout:
    """What the report covers (left) and when it was computed (right), under the controls."""
    row = QHBoxLayout()
    row.setContentsMargins(8, 0, 8, 4)
    row.setSpacing(16)
    row.addWidget(scope, 3)
    row.addWidget(status, 1)
    return row
