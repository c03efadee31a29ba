"""ComparisonTableModel: patient and therapist CCRTs and their similarity, by phase."""

from __future__ import annotations

from functools import cache
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QGuiApplication, QIcon, QPixmap

from ccrt_coder.gui.comparison import cell_text
from ccrt_coder.gui.comparison.figures import ComparisonFigures
from ccrt_coder.gui.comparison.narrator_colours import NARRATOR_COLOURS
from ccrt_coder.gui.widgets.component_style import muted_text
from ccrt_coder.gui.widgets.plain_text import as_text
from ccrt_coder.usecases.ccrt import COMPONENTS

FIGURES_ROLE = Qt.ItemDataRole.UserRole + 1  # the plain figures behind a cell (dict)
SIMILARITY = "similarity"
ROW_KINDS = ("patient", "therapist", SIMILARITY)

Index = QModelIndex | QPersistentModelIndex


class ComparisonTableModel(QAbstractTableModel):
    """Rows: component × (patient, therapist, similarity); columns: phases. Read-only: every
    figure comes formatted from :class:`ComparisonFigures`, none is computed here."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._figures: ComparisonFigures | None = None
        self._rows = [(c, kind) for c in COMPONENTS for kind in ROW_KINDS]

    def set_figures(self, figures: ComparisonFigures | None) -> None:
        self.beginResetModel()
        self._figures = figures
        self.endResetModel()

    def figures(self) -> ComparisonFigures | None:
        return self._figures

    def row_of(self, component: str, kind: str) -> int:
        return self._rows.index((component, kind))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self._figures is None else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self._figures is None else len(self._figures.phases)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if self._figures is None:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if role == Qt.ItemDataRole.DisplayRole and 0 <= section < self.columnCount():
                return self.tr("Phase {phases}").format(phases=self._figures.phases[section])
            return None
        if not 0 <= section < len(self._rows):
            return None
        component, kind = self._rows[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{component} · {_kind_word(kind)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            name = cell_text.component_name(component)
            return f"{component} ({name}): " + (
                self.tr("how alike the two profiles are")
                if kind == SIMILARITY
                else self.tr("the {kind}'s CCRT").format(kind=_kind_word(kind))
            )
        if role == Qt.ItemDataRole.DecorationRole and kind in NARRATOR_COLOURS:
            return _swatch(NARRATOR_COLOURS[kind])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self._figures is None or not index.isValid():
            return None
        component, kind = self._rows[index.row()]
        phase = self._figures.phases[index.column()]
        if kind == SIMILARITY:
            return self._similarity_data(component, phase, role)
        return self._side_data(component, kind, phase, role)

    def _side_data(self, component: str, narrator: str, phase: int, role: int) -> Any:
        assert self._figures is not None
        scope = self._figures.side(narrator, phase)
        level = self._figures.choice.level
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text.side_text(scope, component, level)
        if role == Qt.ItemDataRole.ToolTipRole:
            change = self._figures.change_to(narrator, phase, component)
            min_res = self._figures.min_res
            return as_text(
                cell_text.side_tooltip(scope, component, level, narrator, min_res, change)
            )
        if role == Qt.ItemDataRole.FontRole and scope is not None and scope.few_res:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and (scope is None or not scope.n_res_included):
            return muted_text(QGuiApplication.palette())
        if role == FIGURES_ROLE:
            return _side_figures(scope, component, level)
        return None

    def _similarity_data(self, component: str, phase: int, role: int) -> Any:
        assert self._figures is not None
        sim = self._figures.similarity_of(phase, component)
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text.similarity_text(sim, self._figures.baseline_of(phase, component))
        if role == Qt.ItemDataRole.ToolTipRole:
            return cell_text.similarity_tooltip(sim, phase, self._figures.choice.level)
        if role == Qt.ItemDataRole.BackgroundRole:
            return QGuiApplication.palette().alternateBase()
        if role == FIGURES_ROLE:
            baseline = self._figures.baseline_of(phase, component)
            shown = None if baseline is None else baseline.to_dict()
            return None if sim is None else {**sim.to_dict(), "baseline": shown}
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def _side_figures(scope: Any, component: str, level: str) -> dict[str, object] | None:
    """The numbers a side cell shows, as the core gave them (for tests and copy)."""
    if scope is None:
        return None
    top = cell_text.tops(scope, component, level)
    return {
        "ccrt": [s.code for s in top],
        "pervasiveness": top[0].pervasiveness if top else None,
        "n_res_with": top[0].n_res_with if top else 0,
        "n_res_included": scope.n_res_included,
        "n_res_excluded": scope.n_res_excluded,
        "few_res": scope.few_res,
    }


@cache
def _swatch(colour: str, size: int = 10) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


def _kind_word(kind: str) -> str:
    """A row's kind as its header shows it: Patient, Therapist or Similarity."""
    words = {
        "patient": QCoreApplication.translate("comparison.table_model", "Patient"),
        "therapist": QCoreApplication.translate("comparison.table_model", "Therapist"),
    }
    return words.get(kind, QCoreApplication.translate("comparison.table_model", "Similarity"))
