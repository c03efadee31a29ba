"""ReportTableModel: one report table (statistics, spans, formulation) for a QTableView."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette

from ccrt_coder.gui.agreement.cells import Cell, Key
from ccrt_coder.gui.agreement.tables import Table
from ccrt_coder.gui.widgets.component_style import is_dark, muted_text
from ccrt_coder.gui.widgets.plain_text import as_text

VALUE_ROLE = Qt.ItemDataRole.UserRole + 1  # the report's number behind a cell (unrounded)
KEY_ROLE = Qt.ItemDataRole.UserRole + 2  # where the number sits in the report's JSON
BELOW_ROLE = Qt.ItemDataRole.UserRole + 3  # True: below the published benchmark
COUNT_ROLE = Qt.ItemDataRole.UserRole + 4  # "45 REs": the count shown beside a defined figure
INTERVAL_ROLE = Qt.ItemDataRole.UserRole + 5  # "[.35, .70] fair": shown under the figure

Index = QModelIndex | QPersistentModelIndex


def warning_colour(palette: QPalette) -> QColor:
    """A muted amber that stays readable on the base colour (light or dark)."""
    return QColor("#E8A15A" if is_dark(palette) else "#A05A00")


class ReportTableModel(QAbstractTableModel):
    """Read-only: every text comes formatted from a :class:`Table`, none is computed here."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._table: Table | None = None

    def set_table(self, table: Table | None) -> None:
        self.beginResetModel()
        self._table = table
        self.endResetModel()

    def table(self) -> Table | None:
        return self._table

    def find(self, key: Key) -> QModelIndex:
        """The index of the cell showing the report's figure ``key`` (invalid if none)."""
        for r, row in enumerate(self._table.rows if self._table else ()):
            for c, cell in enumerate(row.cells):
                if cell.key == key:
                    return self.index(r, c)
        return QModelIndex()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self._table is None else len(self._table.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self._table is None else len(self._table.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if self._table is None:
            return None
        horizontal = orientation == Qt.Orientation.Horizontal
        headers = self._table.columns if horizontal else [r.header for r in self._table.rows]
        if not 0 <= section < len(headers):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return headers[section].text
        if role == Qt.ItemDataRole.ToolTipRole:
            return as_text(headers[section].tooltip) or None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        cell = self._cell(index)
        if cell is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return cell.text
        if role == Qt.ItemDataRole.ToolTipRole:
            return as_text(cell.tooltip) or None
        if role == VALUE_ROLE:
            return cell.value
        if role == KEY_ROLE:
            return "/".join(cell.key) if cell.key else None
        if role == BELOW_ROLE:
            return cell.below
        if role == COUNT_ROLE:
            return cell.count or None
        if role == INTERVAL_ROLE:
            return cell.interval or None
        return self._look(cell, role)

    def _look(self, cell: Cell, role: int) -> Any:
        palette = QGuiApplication.palette()
        if role == Qt.ItemDataRole.ForegroundRole:
            if cell.below:
                return warning_colour(palette)
            return muted_text(palette) if cell.muted else None
        if role == Qt.ItemDataRole.FontRole and cell.muted and cell.text:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and not cell.muted:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _cell(self, index: Index) -> Cell | None:
        if self._table is None or not index.isValid():
            return None
        row = index.row()
        if not 0 <= row < len(self._table.rows):
            return None
        cells = self._table.rows[row].cells
        return cells[index.column()] if 0 <= index.column() < len(cells) else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
