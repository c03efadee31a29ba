"""RecordTableModel: a table over a short list of plain records whose cells are stored edits.

Editing a cell is a user action on the project: ``store`` writes it (one transaction) or raises
the project's refusal, which ``refused`` carries to the dialog; ``stored`` says what to select
once the dialog has read the records anew.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QHeaderView, QTableView

from ccrt_coder.gui.widgets.plain_text import as_text
from ccrt_coder.usecases.domain import CcrtError

_Index = QModelIndex | QPersistentModelIndex
CHOICES_ROLE = Qt.ItemDataRole.UserRole + 40  # [(text, value), ...] a cell may be set to


class RecordTableModel(QAbstractTableModel):
    """Subclasses say what a cell shows (``cell``) and how an edit is stored (``store``)."""

    refused = Signal(str)
    stored = Signal(object)  # what to select after the change (a key the dialog understands)

    def __init__(
        self,
        context: str,
        columns: Sequence[str],
        editable_columns: frozenset[int],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._context, self._columns = context, tuple(columns)
        self._editable_columns = editable_columns
        self._rows: list = []
        self.editable = False

    def set_rows(self, rows: Sequence[object]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def records(self) -> list:
        return list(self._rows)

    def record_at(self, row: int):
        return self._rows[row] if 0 <= row < len(self._rows) else None

    # -- for subclasses -------------------------------------------------------------------------
    def cell(self, record, column: int) -> object:
        raise NotImplementedError

    def edit_value(self, record, column: int) -> object:
        """The value an edit starts from and is compared with (what ``choices`` hold)."""
        return self.cell(record, column)

    def tooltip(self, record, column: int) -> str | None:
        return None

    def choices(self, record, column: int) -> list[tuple[str, object]] | None:
        """What a cell may be set to (a combo box edits it), or None for free text."""
        return None

    def store(self, record, column: int, value: object) -> object:
        """Write the edit to the project; returns what to select after it."""
        raise NotImplementedError

    # -- QAbstractTableModel ------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        record = self.record_at(index.row())
        if record is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell(record, index.column())
        if role == Qt.ItemDataRole.EditRole:
            return self.edit_value(record, index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(
            self.cell(record, index.column()), int
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = self.tooltip(record, index.column())
            return as_text(tip) if tip else tip
        if role == CHOICES_ROLE:
            return self.choices(record, index.column())
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if self.editable and index.column() in self._editable_columns:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: _Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        record = self.record_at(index.row())
        if record is None or index.column() not in self._editable_columns:
            return False
        if isinstance(value, str):
            value = value.strip()
        if value == self.edit_value(record, index.column()):
            return False
        try:
            selected = self.store(record, index.column(), value)
        except CcrtError as exc:
            self.refused.emit(str(exc))
            return False
        self.stored.emit(selected)
        return True

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(self._context, self._columns[section])
        return None


def fit_columns(table: QTableView, stretch: int | None = None, padding: int = 24) -> None:
    """Each column as wide as its contents plus some air; ``stretch`` takes the rest."""
    header = table.horizontalHeader()
    for column in range(header.count()):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        table.resizeColumnToContents(column)
        table.setColumnWidth(column, table.columnWidth(column) + padding)
    if stretch is not None:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
