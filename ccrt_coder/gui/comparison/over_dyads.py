"""OverDyadsPanel: the dyads' own similarity over all dyads, apart from the pooled profiles.

The pooled profiles' cosine says whether patients and therapists as groups name the same
codes; it is not how alike the members of a dyad are. This panel shows the dyads' cosine
(n, mean, SD, range), the pooled value in a column named apart, and the pseudo-dyad
baseline (mean over pseudo-dyads, permutation p of the mean). Every figure is the core's.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ccrt_coder.gui.comparison.figures import ComparisonFigures
from ccrt_coder.gui.widgets.terms import level_word
from ccrt_coder.gui.widgets.tr_marks import QT_TRANSLATE_NOOP
from ccrt_coder.usecases.ccrt import AcrossDyads

Index = QModelIndex | QPersistentModelIndex
COLUMNS = (
    (QT_TRANSLATE_NOOP("comparison.over_dyads", "Dyads"), "the dyads where it is defined"),
    (QT_TRANSLATE_NOOP("comparison.over_dyads", "Mean (SD)"), "over the dyads"),
    (QT_TRANSLATE_NOOP("comparison.over_dyads", "Range"), "lowest and highest dyad"),
    (QT_TRANSLATE_NOOP("comparison.over_dyads", "Pooled"), "the profiles summed over dyads"),
    (QT_TRANSLATE_NOOP("comparison.over_dyads", "Pseudo"), "mean over pseudo-dyads"),
    (QT_TRANSLATE_NOOP("comparison.over_dyads", "p"), "permutation p of the mean"),
)
TIPS = {
    "the dyads where it is defined": QT_TRANSLATE_NOOP(
        "comparison.over_dyads", "Dyads where both sides have codes of the component."
    ),
    "over the dyads": QT_TRANSLATE_NOOP(
        "comparison.over_dyads", "Mean and SD (n − 1) of the dyads' own cosine."
    ),
    "lowest and highest dyad": QT_TRANSLATE_NOOP(
        "comparison.over_dyads", "The lowest and the highest dyad's cosine."
    ),
    "the profiles summed over dyads": QT_TRANSLATE_NOOP(
        "comparison.over_dyads",
        "Cosine of the pooled profiles (all patients vs all therapists): a group figure, "
        "not the dyads' similarity.",
    ),
    "mean over pseudo-dyads": QT_TRANSLATE_NOOP(
        "comparison.over_dyads",
        "Mean cosine of every patient with every other dyad's therapist: what chance gives.",
    ),
    "permutation p of the mean": QT_TRANSLATE_NOOP(
        "comparison.over_dyads",
        "Share of random re-pairings of patients and therapists whose mean cosine is as high "
        "or higher: (1 + k) / (1 + B).",
    ),
}


class OverDyadsModel(QAbstractTableModel):
    """Rows: phase × component; columns: COLUMNS."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[AcrossDyads] = []

    def set_figures(self, figures: ComparisonFigures | None) -> None:
        self.beginResetModel()
        self._rows = [] if figures is None else list(figures.over_dyads.values())
        self.endResetModel()

    def rows(self) -> list[AcrossDyads]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            title, key = COLUMNS[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return QCoreApplication.translate("comparison.over_dyads", title)
            if role == Qt.ItemDataRole.ToolTipRole:
                return QCoreApplication.translate("comparison.over_dyads", TIPS[key])
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._rows):
            row = self._rows[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return self.tr("Phase {phase} · {component}").format(
                    phase=row.phase, component=row.component
                )
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        row = self._rows[index.row()]
        cells = (
            str(row.n_dyads),
            f"{_number(row.mean)} ({_number(row.sd)})",
            f"{_number(row.minimum)}–{_number(row.maximum)}",
            _number(row.pooled),
            _number(row.pseudo_mean),
            _number(row.permutation_p, 3),
        )
        return cells[index.column()]


class OverDyadsPanel(QWidget):
    """A caption naming what is summarised, and the summary table; hidden without one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.model = OverDyadsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSizeAdjustPolicy(QAbstractItemView.SizeAdjustPolicy.AdjustToContents)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.caption)
        layout.addWidget(self.table)

    def show_figures(self, figures: ComparisonFigures | None) -> None:
        self.model.set_figures(figures)
        rows = self.model.rows()
        self.setVisible(bool(rows))
        if not rows:
            return
        first = rows[0]
        self.caption.setText(
            self.tr(
                "Over the dyads: each dyad's own patient-vs-therapist cosine ({level} level), "
                "not the pooled profiles' (column Pooled). Pseudo: each patient with the other "
                "dyads' therapists; p from {permutations} random re-pairings (seed {seed})."
            ).format(
                level=level_word(figures.choice.level) if figures is not None else "",
                permutations=first.n_permutations,
                seed=first.seed,
            )
        )


def _number(value: float | None, digits: int = 2) -> str:
    return "–" if value is None else f"{value:.{digits}f}"
