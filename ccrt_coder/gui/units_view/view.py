"""UnitsView: every coded unit of the study, filtered and sorted in the database, the chosen one
in its RE, and a category (or cluster) x narrator x phase matrix of the same filter."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ccrt_coder.gui.units_view.context_panel import ContextPanel
from ccrt_coder.gui.units_view.export import ask_export_path, export_units
from ccrt_coder.gui.units_view.filter_bar import UnitFilterBar
from ccrt_coder.gui.units_view.matrix_model import MatrixModel
from ccrt_coder.gui.units_view.memos_tab import MemosTab
from ccrt_coder.gui.units_view.table_model import TEXT_COLUMN, UnitsTableModel
from ccrt_coder.gui.widgets.busy_overlay import BusyOverlay
from ccrt_coder.gui.widgets.plain_text import plain
from ccrt_coder.gui.widgets.report_boxes import report_error
from ccrt_coder.gui.widgets.terms import count
from ccrt_coder.gui.workers import run_in_background
from ccrt_coder.usecases.domain import CcrtError, FilterChoices, MatrixCount, UnitFilter, UnitRow
from ccrt_coder.usecases.project import Project


def _matrix_of(path: Path, unit_filter: UnitFilter, level: str) -> list[MatrixCount]:
    """On a worker thread: the matrix, through a connection of its own."""
    with Project.open(path) as project:
        return project.unit_browser().matrix(unit_filter, level)


def _prepare_index(path: Path) -> None:
    """On a worker thread: build the in-memory index later filter changes are counted with."""
    with Project.open(path) as project:
        project.unit_browser().prepare()


MAX_COLUMN_WIDTH, MAX_TEXT_WIDTH = 220, 480


class UnitsView(QWidget):
    """The table pages through the query as it scrolls; the matrix is counted on a worker."""

    unit_opened = Signal(object)  # UnitRow: show it in the Coding view
    matrix_shown = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._project: Project | None = None
        self._coder: str | None = None
        self._blind = True
        self._stale = True
        self._matrix_generation = 0
        self._matrix_waits = False  # for a text search to end (the two would share the CPU)
        self._counting = False
        self._preparing = False
        self._fitted = False
        self._choices: FilterChoices | None = None
        self.filters = UnitFilterBar()
        self.model = UnitsTableModel(self)
        self.table = _make_table(self.model)
        self.context = ContextPanel()
        self.matrix_model = MatrixModel(self)
        self.matrix = _make_matrix(self.matrix_model)
        self.memos = MemosTab()  # the memos on the filtered interviews and REs
        self.tabs = QTabWidget()
        self.tabs.setObjectName("unitsTabs")
        self.summary = plain(QLabel())
        self.summary.setObjectName("unitsSummary")
        self.level = QComboBox()
        self.level.setObjectName("unitsMatrixLevel")
        self.level.addItem(self.tr("Categories"), "category")
        self.level.addItem(self.tr("Clusters"), "cluster")
        self.export_button = QPushButton(self.tr("Export to Excel…"))
        self.export_button.setObjectName("unitsExport")
        self.pseudonymize = QCheckBox(self.tr("Pseudonymise"))
        self.pseudonymize.setToolTip(
            self.tr("Replace people's names by labels in the workbook (Project ▸ Names to redact…)")
        )
        self.splitter = self._layout()
        self.overlay = BusyOverlay(self.matrix)
        self.table_overlay = BusyOverlay(self.table)
        self.model.searching.connect(self._searching)
        self.model.search_failed.connect(
            lambda error: report_error(self, self.tr("Cannot search the units"), error)
        )
        self.filters.filter_changed.connect(lambda _filter: self._query())
        self.level.currentIndexChanged.connect(lambda _index: self._count_matrix())
        self.model.counted.connect(self._show_total)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.doubleClicked.connect(self._open)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(lambda: self._open(self.table.currentIndex()))
        self.export_button.clicked.connect(self._export)

    def _layout(self) -> QSplitter:
        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(self.table)
        left.addWidget(self.context)
        left.setStretchFactor(0, 3)
        left.setStretchFactor(1, 2)
        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(4, 0, 8, 8)
        title = QHBoxLayout()
        title.addWidget(QLabel(self.tr("Units (REs) by")))
        title.addWidget(self.level)
        title.addStretch(1)
        column.addLayout(title)
        column.addWidget(self.matrix, 1)
        self.tabs.addTab(right, self.tr("Matrix"))
        self.tabs.addTab(self.memos, self.tr("Memos"))
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 5)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        bar = QHBoxLayout()
        bar.setContentsMargins(8, 0, 8, 4)
        bar.addWidget(self.summary, 1)
        bar.addWidget(self.pseudonymize)
        bar.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.filters)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        return splitter

    # -- context ---------------------------------------------------------------------------
    def set_context(
        self, project: Project | None, coder: str | None = None, blind: bool | None = None
    ) -> None:
        """The open project, the coder working and whether coding is blind (None: as the
        project's settings say); a blind coder sees only their own units."""
        if self._project is not None and project is not self._project:
            self._project.unit_browser().release()  # closed: nothing may keep its file open
        self._project, self._coder = project, coder or None
        if blind is None and project is not None:
            blind = project.settings().blind_mode
        self._blind = bool(blind)
        self._forget_texts()
        self._stale = True
        if self.isVisible():
            self.refresh()

    def invalidate(self) -> None:
        """The coding changed: query again (now if shown, else when next shown)."""
        self._forget_texts()
        self._stale = True
        if self.isVisible():
            self.refresh()

    def _forget_texts(self) -> None:
        """The units' texts may have changed: the next text search reads them again."""
        if self._project is not None:
            self._project.unit_browser().invalidate()

    def effective_filter(self) -> UnitFilter:
        """The filter the rows are queried with: the bar's, as blind mode allows it."""
        return self.filters.unit_filter().seen_by(self._coder, self._blind)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    # -- querying --------------------------------------------------------------------------
    def refresh(self) -> None:
        """Offer the project's values in the filter lists and query again."""
        self._stale = False
        self._refill_choices()
        self._query()
        self._prepare()

    def _prepare(self) -> None:
        """Build the index on a worker: until it is there, SQL counts each filter."""
        if self._project is None:
            return
        self._preparing = True
        path = self._project.path
        run_in_background(
            partial(_prepare_index, path), self._prepared, self._prepared, context=self
        )

    def _prepared(self, _result_or_error: object) -> None:
        """Built (or not: a search then builds it and reports what failed)."""
        self._preparing = False

    def is_preparing(self) -> bool:
        """Whether the in-memory index is being built (the benchmark waits for it)."""
        return self._preparing

    def _query(self) -> None:
        """Query the table (count and first page) now, and the matrix on a worker."""
        project = self._project
        self._matrix_waits = False
        self.model.reset_query(project.unit_browser() if project else None, self.effective_filter())
        self.context.show_unit(None, None)
        self.memos.show_memos(project, self.effective_filter())
        memos = self.memos.model.rowCount()
        self.tabs.setTabText(
            1, self.tr("Memos ({n})").format(n=memos) if memos else self.tr("Memos")
        )
        self._fit_once()
        if self.model.is_searching():
            self._matrix_generation += 1  # an older count is outdated
            self._matrix_waits = self._counting = True
            self.overlay.start(self.tr("Counting…"))
        else:
            self._count_matrix()

    def _fit_once(self) -> None:
        if not self._fitted and self.model.rowCount():
            self._fitted = True  # once: later the user's widths stay
            fit_columns(self.table)

    def _searching(self, searching: bool) -> None:
        """The table is busy while a text search runs on a worker."""
        if searching:
            self.summary.setText(self.tr("Searching…"))
            self.table_overlay.start(self.tr("Searching…"))
        else:
            self.table_overlay.finish()
            self._fit_once()
            if self._matrix_waits:
                self._matrix_waits = False
                self._count_matrix()

    def _refill_choices(self) -> None:
        """The lists as the project holds them now (a chosen value it lost becomes "any")."""
        try:
            self._choices = self._project.unit_browser().choices() if self._project else None
        except CcrtError:
            self._choices = None
        self.filters.set_choices(self._choices, self._blind)

    def _count_matrix(self) -> None:
        self._matrix_generation += 1
        if self._project is None:
            self.matrix_model.set_counts([], {})
            return
        generation, level = self._matrix_generation, self.level.currentData()
        self._counting = True
        self.overlay.start(self.tr("Counting…"))
        run_in_background(
            partial(_matrix_of, self._project.path, self.effective_filter(), level),
            partial(self._matrix_counted, generation, level),
            partial(self._matrix_failed, generation),
            context=self,
        )

    def _matrix_counted(self, generation: int, level: str, counts: list[MatrixCount]) -> None:
        if generation != self._matrix_generation or self._project is None:
            return
        self._counting = False
        choices = self._choices
        pairs: tuple[tuple[str, str], ...] = ()
        if choices is not None:
            pairs = choices.categories if level == "category" else choices.clusters
        self.overlay.finish()
        self.matrix_model.set_counts(counts, dict(pairs))
        self.matrix.resizeColumnsToContents()
        self.matrix_shown.emit()

    def _matrix_failed(self, generation: int, error: BaseException) -> None:
        if generation == self._matrix_generation:
            self._counting = False
            self.overlay.finish()
            report_error(self, self.tr("Cannot count the units"), error)

    def is_counting(self) -> bool:
        return self._counting

    # -- the chosen unit ---------------------------------------------------------------------
    def current_row(self) -> UnitRow | None:
        return self.model.row_at(self.table.currentIndex().row())

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.context.show_unit(self._project, self.model.row_at(current.row()))

    def _open(self, index: QModelIndex) -> None:
        row = self.model.row_at(index.row())
        if row is not None:
            self.unit_opened.emit(row)

    def _show_total(self, total: int) -> None:
        text = count(total, "unit")
        if self._blind:
            text = self.tr("{units} — blind coding: only your own").format(units=text)
        self.summary.setText(text)

    def _export(self) -> None:
        if self._project is None:
            return
        path = ask_export_path(self)
        if path is None:
            return
        sort, descending = self.model.sort_choice()
        export_units(
            self, self._project.path, path, self.effective_filter(), (sort, descending),
            self.level.currentData(), self.export_button, self.pseudonymize.isChecked(),
        )  # fmt: skip


def _make_table(model: UnitsTableModel) -> QTableView:
    table = QTableView()
    table.setObjectName("unitsTable")
    table.setModel(model)
    table.setSortingEnabled(True)
    table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setWordWrap(False)
    table.verticalHeader().setVisible(False)
    rows = table.verticalHeader()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(table.fontMetrics().height() + 8)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    return table


def fit_columns(table: QTableView) -> None:
    """Columns as wide as the loaded rows need, within reason (the text column widest)."""
    table.resizeColumnsToContents()
    for column in range(table.model().columnCount()):
        cap = MAX_TEXT_WIDTH if column == TEXT_COLUMN else MAX_COLUMN_WIDTH
        table.setColumnWidth(column, min(cap, table.columnWidth(column)))


def _make_matrix(model: MatrixModel) -> QTableView:
    table = QTableView()
    table.setObjectName("unitsMatrix")
    table.setModel(model)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    rows = table.verticalHeader()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(table.fontMetrics().height() + 8)
    return table
