"""ComparisonView: choose dyad, layer, level and REs; see the CCRTs side by side and charted."""

from __future__ import annotations

from dataclasses import replace
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ccrt_coder.gui.comparison.chart_panel import ChartPanel
from ccrt_coder.gui.comparison.choices import (
    ViewChoice,
    default_layer,
    describe,
    layer_name,
    layer_options,
)
from ccrt_coder.gui.comparison.compute import (
    Key,
    ResultsCache,
    compute_comparison,
)
from ccrt_coder.gui.comparison.controls import ComparisonControls
from ccrt_coder.gui.comparison.figures import ComparisonFigures, build_figures
from ccrt_coder.gui.comparison.over_dyads import OverDyadsPanel
from ccrt_coder.gui.comparison.table_model import ComparisonTableModel
from ccrt_coder.gui.project_fingerprint import fingerprint
from ccrt_coder.gui.widgets.busy_overlay import BusyOverlay
from ccrt_coder.gui.widgets.component_style import muted_text
from ccrt_coder.gui.widgets.padded_delegate import PaddedDelegate
from ccrt_coder.gui.widgets.plain_text import plain
from ccrt_coder.gui.widgets.report_boxes import user_message
from ccrt_coder.gui.workers import run_in_background
from ccrt_coder.usecases.ccrt import DIRECTION, ComparisonResults
from ccrt_coder.usecases.project import Project

TABLE_SHARE = 0.54


class ComparisonView(QWidget):
    """Computes on a worker thread (cached per layer and level); the dyad and the RE filter
    only pick figures out of the cached results, so switching them is instant."""

    figures_shown = Signal()  # the table and charts now show the current choice
    computation_failed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._project: Project | None = None
        self._coder: str | None = None
        self._blind: bool | None = None
        self._cache = ResultsCache()
        self._sized = False
        # Until the user picks a layer, open on one with coding (the coder may be chosen later).
        self._pick_layer = False
        self.controls = ComparisonControls()
        self.model = ComparisonTableModel(self)
        self.table = _make_table(self.model)
        self.note = plain(QLabel())
        self.note.setWordWrap(True)
        _mute(self.note)
        self.over_dyads = OverDyadsPanel()
        self.over_dyads.hide()
        self.charts = ChartPanel()
        self.splitter = self._make_splitter()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.controls)
        body = QWidget()  # the overlay's host: a splitter would take it in as another pane
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.addWidget(self.splitter)
        layout.addWidget(body, 1)
        self.overlay = BusyOverlay(body)
        self.controls.choice_changed.connect(lambda _choice: self.refresh())
        self.controls.layer.activated.connect(self._layer_chosen)

    def _make_splitter(self) -> QSplitter:
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(8, 0, 4, 8)
        column.addWidget(self.table)
        column.addWidget(self.note)
        column.addWidget(self.over_dyads)
        column.addStretch(1)  # the table is as tall as its rows; the note stays right below it
        scroller = QScrollArea()  # on a low screen the table and the summary scroll together
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroller.setWidget(left)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(scroller)
        splitter.addWidget(self.charts)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        return splitter

    # -- context --------------------------------------------------------------------------
    def set_context(
        self, project: Project | None, coder: str | None = None, blind: bool | None = None
    ) -> None:
        """The open project (the window's, used on the GUI thread only), the coder working,
        and whether coding is blind (None: as the project's settings say)."""
        if project is not self._project:
            self._project = project
            self._pick_layer = project is not None
            self._cache.reset()  # late results of the old project are dropped
            self.overlay.finish()
            self.model.set_figures(None)
            self.over_dyads.show_figures(None)
            self.charts.show_figures(None)
        self._coder, self._blind = coder or None, blind
        self.refresh_options()
        if self.isVisible():
            self.refresh()

    def invalidate(self) -> None:
        """The project's coding changed: cached results are stale."""
        self._cache.clear()
        if self.isVisible():
            self.refresh()

    def refresh_options(self) -> None:
        """Offer the project's dyads and the layers blind coding allows."""
        if self._project is None:
            self.controls.set_dyads([])
            self.controls.set_layers(layer_options([], True, None))
            self.controls.set_levels(False)
            return
        self.controls.set_levels(self._project.category_system().uses_lu_direction)
        dyads = sorted({record.dyad for record in self._project.interviews()})
        coders = [coder.name for coder in self._project.coders()]
        blind = self._project.settings().blind_mode if self._blind is None else self._blind
        options = layer_options(coders, blind, self._coder)
        before = self.controls.choice().layer
        self.controls.set_dyads(dyads)
        self.controls.set_layers(options)
        if self._pick_layer or before not in (option.choice for option in options):
            layer = default_layer(options, self._project.info().units)
            self.controls.set_choice(replace(self.controls.choice(), layer=layer))

    # -- state for callers and tests -------------------------------------------------------
    def choice(self) -> ViewChoice:
        return self.controls.choice()

    def set_choice(self, choice: ViewChoice) -> None:
        self._pick_layer = False
        self.controls.set_choice(choice)

    def _layer_chosen(self, _index: int) -> None:
        self._pick_layer = False  # the user's choice is kept

    def figures(self) -> ComparisonFigures | None:
        return self.model.figures()

    def is_busy(self) -> bool:
        return self._cache.busy()

    def export_chart(self, path: Path) -> Path:
        return self.charts.export_chart(path)

    # -- computing and showing -------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._sized:  # the table wants a little more room than the charts at first
            self._sized = True
            width = self.splitter.width()
            self.splitter.setSizes([round(width * TABLE_SHARE), round(width * (1 - TABLE_SHARE))])
        self.refresh_options()  # blind mode or the coders may have changed meanwhile
        self.refresh()

    def refresh(self) -> None:
        """Show the current choice: at once from the cache, else after a background run.
        A hidden view waits: it refreshes when it is shown."""
        if self._project is None or not self.isVisible():
            return
        self._cache.check(fingerprint(self._project.path))
        choice = self.controls.choice()
        results = self._cache.get(choice.computation)
        if results is not None:
            self._show(results, choice)
            return
        shown = self.model.figures()
        self.overlay.start(
            self.tr("Computing the CCRTs of the {layer_name} layer…").format(
                layer_name=layer_name(choice.layer)
            ),
            # Figures of another layer or level are out of date now: veil them at once.
            at_once=shown is not None and shown.choice.computation != choice.computation,
        )
        generation = self._cache.start(choice.computation)
        if generation is None:
            return  # already being computed: its result will be shown
        run_in_background(
            partial(compute_comparison, self._project.path, *choice.computation),
            partial(self._computed, choice.computation, generation),
            partial(self._failed, choice.computation, generation),
            context=self,
        )

    def _computed(self, key: Key, generation: int, results: ComparisonResults) -> None:
        if self._project is not None and self._cache.check(fingerprint(self._project.path)):
            self.refresh()  # saved while computing: these results may miss the change
            return
        fresh = self._cache.put(key, generation, results)
        choice = self.controls.choice()
        if fresh and choice.computation == key:
            self._show(results, choice)

    def _failed(self, key: Key, generation: int, error: BaseException) -> None:
        if self._cache.failed(key, generation) and self.controls.choice().computation == key:
            self.overlay.finish()
            self._set_note(self.tr("Cannot compute the comparison: {error}").format(error=error))
        self.computation_failed.emit(str(error))
        if user_message(error) is None:
            raise error  # a bug: the crash dialog and the log get its traceback

    def _show(self, results: ComparisonResults, choice: ViewChoice) -> None:
        self.overlay.finish()
        figures = build_figures(results, choice)
        self.model.set_figures(figures)
        self.over_dyads.show_figures(figures)
        self.charts.show_figures(figures, describe(choice))
        self._set_note(_note(figures))
        self.figures_shown.emit()

    def _set_note(self, text: str) -> None:
        self.note.setText(text)


def _make_table(model: ComparisonTableModel) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setSizeAdjustPolicy(QAbstractItemView.SizeAdjustPolicy.AdjustToContents)
    table.setWordWrap(True)
    table.setTextElideMode(Qt.TextElideMode.ElideNone)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    table.setItemDelegate(PaddedDelegate(16, table))
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.verticalHeader().setDefaultAlignment(
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    )
    return table


def _mute(label: QLabel) -> None:
    palette = label.palette()
    palette.setColor(label.foregroundRole(), muted_text(palette))
    label.setPalette(palette)


def _note(figures: ComparisonFigures) -> str:
    if not any(scope is not None and scope.n_res_included for scope in figures.sides.values()):
        return QCoreApplication.translate(
            "comparison.view",
            "The {layer_name} layer has no coded REs here: choose another dyad or layer.",
        ).format(layer_name=layer_name(figures.choice.layer))
    note = QCoreApplication.translate(
        "comparison.view",
        "Italic: fewer than {min_res} included REs (few REs). Hover a cell for "
        "the counts behind it, excluded REs and every code's pervasiveness.",
    ).format(min_res=figures.min_res)
    if figures.choice.level != DIRECTION:
        return note
    return (
        note
        + " "
        + QCoreApplication.translate(
            "comparison.view",
            "Direction level (CCRT-LU): each RE counts once per direction given to one of its "
            "units; units without a direction do not count, so pervasiveness is the share of all "
            "included REs with the direction.",
        )
    )
