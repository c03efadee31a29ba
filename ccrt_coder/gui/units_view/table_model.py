"""UnitsTableModel: the units under a filter, a page at a time (never the whole study in memory).

The model asks the use case for a count and the first page; the view's scrolling asks for more
(``canFetchMore``/``fetchMore``); sorting a column asks the database again in that order.
A filter with text is counted and its first page loaded on a worker while the file's in-memory
index is not built (the search builds it: it reads every unit's text), else at once as any
filter; a newer query drops the result of an older one.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from ccrt_coder.gui.widgets.plain_text import as_text
from ccrt_coder.gui.widgets.tr_marks import QT_TRANSLATE_NOOP
from ccrt_coder.gui.workers import run_in_background
from ccrt_coder.usecases.domain import UnitFilter, UnitRow
from ccrt_coder.usecases.project import Project
from ccrt_coder.usecases.units import UnitBrowser

PAGE, MORE = 500, 2000  # the first page; more rows as the view scrolls (fewer, larger queries)
Index = QModelIndex | QPersistentModelIndex
COLUMNS: tuple[tuple[str, str], ...] = (  # (sort key, title)
    ("component", QT_TRANSLATE_NOOP("units_view.table_model", "Component")),
    ("category", QT_TRANSLATE_NOOP("units_view.table_model", "Category")),
    ("cluster", QT_TRANSLATE_NOOP("units_view.table_model", "Cluster")),
    ("valence", QT_TRANSLATE_NOOP("units_view.table_model", "Valence")),
    ("actuality", QT_TRANSLATE_NOOP("units_view.table_model", "Actual/anticipated")),
    ("coder", QT_TRANSLATE_NOOP("units_view.table_model", "Coder (layer)")),
    ("dyad", QT_TRANSLATE_NOOP("units_view.table_model", "Dyad")),
    ("narrator", QT_TRANSLATE_NOOP("units_view.table_model", "Narrator")),
    ("phase", QT_TRANSLATE_NOOP("units_view.table_model", "Phase")),
    ("re", QT_TRANSLATE_NOOP("units_view.table_model", "RE")),
    ("other_type", QT_TRANSLATE_NOOP("units_view.table_model", "Other person")),
    ("time_frame", QT_TRANSLATE_NOOP("units_view.table_model", "Time frame")),
    ("text", QT_TRANSLATE_NOOP("units_view.table_model", "Text")),
    ("memo", QT_TRANSLATE_NOOP("units_view.table_model", "Memo")),
)
TEXT_COLUMN = 12


def _first_page(
    path: Path, unit_filter: UnitFilter, sort: str | None, descending: bool
) -> tuple[int, list[UnitRow]]:
    """On a worker thread: the count and first page, through a connection of its own."""
    with Project.open(path) as project:
        browser = project.unit_browser()
        total = browser.count(unit_filter)
        return total, browser.page(unit_filter, sort, descending, 0, PAGE)


def cell_text(row: UnitRow, key: str) -> str:
    """What a column shows of a unit."""
    if key == "category":
        if not row.category_code:
            return ""
        return f"{row.category_code} {row.category_label}"
    if key == "coder":
        if row.layer == "consensus":
            return QCoreApplication.translate("units_view.table_model", "consensus")
        return row.coder
    if key == "other_type":
        return f"{row.other_type} ({row.other_name})" if row.other_name else row.other_type
    value = getattr(row, key)
    return "" if value is None else str(value).replace("\n", " ")


class UnitsTableModel(QAbstractTableModel):
    """Rows are loaded as the view scrolls; ``reset_query`` starts over for a new filter."""

    counted = Signal(int)  # the number of units under the current filter
    searching = Signal(bool)  # a text search runs on a worker (True) or ended (False)
    search_failed = Signal(object)  # the error of the latest text search

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._browser: UnitBrowser | None = None
        self._filter = UnitFilter()
        self._sort: str | None = None
        self._descending = False
        self._rows: list[UnitRow] = []
        self._total = 0
        self._generation = 0  # of the latest query: an older search's result is dropped
        self._searching = False

    # -- the query ----------------------------------------------------------------------------
    def reset_query(self, browser: UnitBrowser | None, unit_filter: UnitFilter) -> None:
        """Count the units under ``unit_filter`` and load the first page."""
        self._browser, self._filter = browser, unit_filter
        self._reload()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in the database (-1: the export's order: RE, layer, coder, place in text)."""
        self._sort = COLUMNS[column][0] if 0 <= column < len(COLUMNS) else None
        self._descending = order == Qt.SortOrder.DescendingOrder
        self._reload()

    def _reload(self) -> None:
        self._generation += 1
        searched = self._needs_search()
        self.beginResetModel()
        if self._browser is None or searched:
            self._rows, self._total = [], 0
        else:
            self._total = self._browser.count(self._filter)
            self._rows = self._page(0, PAGE)
        self.endResetModel()
        if searched:
            self._search()
        else:
            self._set_searching(False)
            self.counted.emit(self._total)

    def _needs_search(self) -> bool:
        """A text filter is answered at once from a built index; without one (not built yet,
        or the file changed since) a worker searches, so the window never waits on a build."""
        text = bool(self._filter.text.strip())
        return self._browser is not None and text and not self._browser.indexed()

    def _search(self) -> None:
        assert self._browser is not None
        self._set_searching(True)
        run_in_background(
            partial(_first_page, self._browser.path, self._filter, self._sort, self._descending),
            partial(self._found, self._generation),
            partial(self._failed, self._generation),
            context=self,
        )

    def _found(self, generation: int, result: tuple[int, list[UnitRow]]) -> None:
        if generation != self._generation:
            return
        self.beginResetModel()
        self._total, self._rows = result
        self.endResetModel()
        self._set_searching(False)
        self.counted.emit(self._total)

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation == self._generation:
            self._set_searching(False)
            self.search_failed.emit(error)

    def _set_searching(self, searching: bool) -> None:
        if searching != self._searching:
            self._searching = searching
            self.searching.emit(searching)

    def is_searching(self) -> bool:
        return self._searching

    def _page(self, offset: int, limit: int) -> list[UnitRow]:
        assert self._browser is not None
        return self._browser.page(self._filter, self._sort, self._descending, offset, limit)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        if self._needs_search():  # the file changed since the search: search again off-thread
            self._reload()
            return
        more = self._page(len(self._rows), MORE)
        if not more:  # the file changed meanwhile: the count was too high
            self._total = len(self._rows)
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    # -- what the view reads ------------------------------------------------------------------
    def total(self) -> int:
        return self._total

    def unit_filter(self) -> UnitFilter:
        return self._filter

    def sort_choice(self) -> tuple[str | None, bool]:
        return self._sort, self._descending

    def row_at(self, row: int) -> UnitRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index.row())
        if row is None:
            return None
        key = COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(row, key)
        if role == Qt.ItemDataRole.ToolTipRole and key in ("text", "memo", "category"):
            return as_text(cell_text(row, key)) or None
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("units_view.table_model", COLUMNS[section][1])
        return None
