"""UnitTableModel: one coder's units in one RE — component, categories, valence, label."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from ccrt_coder.gui.transcript.line_index import LineIndex
from ccrt_coder.gui.widgets.component_style import component_icon
from ccrt_coder.gui.widgets.plain_text import as_text
from ccrt_coder.gui.widgets.terms import component_title
from ccrt_coder.gui.widgets.tr_marks import QT_TRANSLATE_NOOP
from ccrt_coder.usecases.domain import CategorySystem, UnitRecord, Valence

_Index = QModelIndex | QPersistentModelIndex
_VALENCE_TEXT = {Valence.POSITIVE: "+", Valence.NEGATIVE: "−"}  # a real minus sign
_VALENCE_WORD = {
    Valence.POSITIVE: QT_TRANSLATE_NOOP("episodes.unit_table_model", "positive"),
    Valence.NEGATIVE: QT_TRANSLATE_NOOP("episodes.unit_table_model", "negative"),
}


_ROLES = (
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.DecorationRole,
    Qt.ItemDataRole.TextAlignmentRole,
)


class Column(IntEnum):
    COMPONENT = 0
    CATEGORIES = 1
    VALENCE = 2
    LABEL = 3


_HEADERS = {
    Column.COMPONENT: QT_TRANSLATE_NOOP("episodes.unit_table_model", "Comp."),
    Column.CATEGORIES: QT_TRANSLATE_NOOP("episodes.unit_table_model", "Categories"),
    Column.VALENCE: "±",
    Column.LABEL: QT_TRANSLATE_NOOP("episodes.unit_table_model", "Tailor-made label"),
}


class UnitTableModel(QAbstractTableModel):
    """Read-only rows of coded units, in text order."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._units: list[UnitRecord] = []
        self._system: CategorySystem | None = None
        self._lines: LineIndex | None = None

    def set_units(
        self,
        units: Sequence[UnitRecord],
        system: CategorySystem | None,
        lines: LineIndex | None = None,
    ) -> None:
        self.beginResetModel()
        self._units = sorted(units, key=lambda u: min(u.draft.spans))
        self._system, self._lines = system, lines
        self.endResetModel()

    def unit_at(self, row: int) -> UnitRecord | None:
        return self._units[row] if 0 <= row < len(self._units) else None

    def category_text(self, unit: UnitRecord, with_codes: bool = True) -> str:
        names = []
        for code in unit.draft.categories:
            category = self._system.get(code) if self._system else None
            label = category.label if category else "?"
            names.append(f"{code} {label}" if with_codes else label)
        return "; ".join(names)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._units)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role not in _ROLES:  # the view asks a dozen roles per cell and paint
            return None
        unit = self.unit_at(index.row()) if index.isValid() else None
        if unit is None:
            return None
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(unit, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return as_text(self._tooltip(unit))
        if role == Qt.ItemDataRole.DecorationRole and column is Column.COMPONENT:
            return component_icon(unit.draft.component)
        if role == Qt.ItemDataRole.TextAlignmentRole and column is Column.VALENCE:
            return Qt.AlignmentFlag.AlignCenter
        return None

    def _display(self, unit: UnitRecord, column: Column) -> str:
        draft = unit.draft
        if column is Column.COMPONENT:
            return draft.component.value
        if column is Column.CATEGORIES:
            return self.category_text(unit)
        if column is Column.VALENCE:
            return _VALENCE_TEXT.get(draft.valence, "") if draft.valence else ""
        return draft.tailor_label

    def _tooltip(self, unit: UnitRecord) -> str:
        draft = unit.draft
        lines = [f"{draft.component.value} — {component_title(draft.component)}"]
        if self._lines is not None:
            lines.append(self._lines.describe(draft.spans).capitalize())
        if draft.categories:
            lines.append(
                self.tr("Categories: {category_text}").format(
                    category_text=self.category_text(unit)
                )
            )
        if draft.valence:
            lines.append(
                self.tr("Valence: {valence}").format(
                    valence=QCoreApplication.translate(
                        "episodes.unit_table_model", _VALENCE_WORD[draft.valence]
                    )
                )
            )
        if draft.actuality:
            lines.append(f"{draft.actuality.value.capitalize()}")
        if draft.tailor_label:
            lines.append(
                self.tr("Tailor-made: {tailor_label}").format(tailor_label=draft.tailor_label)
            )
        if draft.memo:
            lines.append(self.tr("Memo: {memo}").format(memo=draft.memo))
        return "\n".join(lines)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(
                "episodes.unit_table_model", _HEADERS[Column(section)]
            )
        if role == Qt.ItemDataRole.ToolTipRole and section == Column.VALENCE:
            return self.tr("Valence of RO and RS units: + positive, − negative")
        return None
