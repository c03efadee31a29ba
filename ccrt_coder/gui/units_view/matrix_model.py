"""MatrixModel: units and REs per category (or cluster) x narrator x phase, for the filter."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from ccrt_coder.gui.widgets.plain_text import as_text
from ccrt_coder.gui.widgets.terms import narrator_word
from ccrt_coder.usecases.domain import MatrixCount

Index = QModelIndex | QPersistentModelIndex


class MatrixModel(QAbstractTableModel):
    """One row per category (or cluster), one column per narrator and phase; a cell reads
    "units (REs)". A unit with two categories counts in both rows."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._groups: list[str] = []
        self._columns: list[tuple[str, int]] = []
        self._cells: dict[tuple[str, str, int], MatrixCount] = {}
        self._labels: dict[str, str] = {}

    def set_counts(self, counts: Sequence[MatrixCount], labels: dict[str, str]) -> None:
        """The counts and the label of each code (shown as the row title's tooltip)."""
        self.beginResetModel()
        order = {code: n for n, code in enumerate(labels)}  # the category system's order
        self._groups = sorted(
            {c.group for c in counts}, key=lambda g: (g == "", order.get(g, len(order)), g)
        )
        self._columns = sorted({(c.narrator, c.phase) for c in counts})
        self._cells = {(c.group, c.narrator, c.phase): c for c in counts}
        self._labels = labels
        self.endResetModel()

    def count_at(self, row: int, column: int) -> MatrixCount | None:
        if not (0 <= row < len(self._groups) and 0 <= column < len(self._columns)):
            return None
        return self._cells.get((self._groups[row], *self._columns[column]))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._groups)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        count = self.count_at(index.row(), index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{count.units} ({count.res})" if count else "–"
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.ToolTipRole and count is not None:
            return QCoreApplication.translate(
                "units_view.matrix_model", "{units} units in {res} REs"
            ).format(units=count.units, res=count.res)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            if role == Qt.ItemDataRole.DisplayRole and section < len(self._columns):
                narrator, phase = self._columns[section]
                return QCoreApplication.translate(
                    "units_view.matrix_model", "{narrator}\nphase {phase}"
                ).format(narrator=narrator_word(narrator), phase=phase)
            return None
        if section >= len(self._groups):
            return None
        group = self._groups[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return group or QCoreApplication.translate("units_view.matrix_model", "(none)")
        if role == Qt.ItemDataRole.ToolTipRole:
            label = self._labels.get(group)
            return as_text(label) if label else None
        return None
