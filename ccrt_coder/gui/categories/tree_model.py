"""The active category system as a read-only tree: component → cluster → category.

Built from plain records (a CategorySystem and the units counted per code); a cluster that is
itself a category (the Edition 3 cluster system) is one category row under its component.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from ccrt_coder.gui.units.unit_text import VALENCE_SIGN
from ccrt_coder.gui.widgets.plain_text import as_text
from ccrt_coder.gui.widgets.terms import component_title
from ccrt_coder.gui.widgets.tr_marks import QT_TRANSLATE_NOOP
from ccrt_coder.usecases.domain import COMPONENTS, Category, CategorySystem, Component

_Index = QModelIndex | QPersistentModelIndex
CODE_ROLE = Qt.ItemDataRole.UserRole + 1  # a category row's code; None on headings
COLUMNS = (
    QT_TRANSLATE_NOOP("categories.tree_model", "Code"),
    QT_TRANSLATE_NOOP("categories.tree_model", "Label"),
    QT_TRANSLATE_NOOP("categories.tree_model", "Default valence"),
    QT_TRANSLATE_NOOP("categories.tree_model", "Units"),
)
VALENCE_COLUMN = 2
UNITS_COLUMN = 3


@dataclass
class _Node:
    """One row: its cells, where it sits, and its children (ids into the model's node list)."""

    cells: tuple[str, str, str, str]
    parent: int
    row: int
    code: str | None = None
    tooltip: str = ""
    children: list[int] = field(default_factory=list)


class CategoryTreeModel(QAbstractItemModel):
    """Components, their clusters and categories with the units coded with each category."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._nodes: list[_Node] = []
        self._top: list[int] = []

    def set_system(self, system: CategorySystem, unit_counts: dict[str, int]) -> None:
        self.beginResetModel()
        self._nodes, self._top = [], []
        for component in _components(system):
            categories = system.categories if component is None else system.for_component(component)
            title = (
                self.tr("All components (CCRT-LU)")
                if component is None
                else f"{component.value}  {component_title(component)}"
            )
            top = self._add(-1, (title, "", "", ""))
            for cluster in dict.fromkeys(c.cluster for c in categories):
                members = [c for c in categories if c.cluster == cluster]
                if len(members) == 1 and members[0].code == cluster:
                    self._add_category(top, members[0], unit_counts)
                    continue
                label = system.cluster_label(cluster)
                title = cluster if label == cluster else f"{cluster}  {label}"
                heading = self._add(top, (title, "", "", ""))
                for category in members:
                    self._add_category(heading, category, unit_counts)
        self.endResetModel()

    def set_counts(self, unit_counts: dict[str, int]) -> None:
        """New unit counts for the same system (after coding), keeping the tree as it is."""
        for i, node in enumerate(self._nodes):
            if node.code is not None:
                code, label, valence, _units = node.cells
                node.cells = (code, label, valence, str(unit_counts.get(node.code, 0)))
                index = self.createIndex(node.row, UNITS_COLUMN, i)
                self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole])

    def _add_category(self, parent: int, category: Category, counts: dict[str, int]) -> None:
        valence = VALENCE_SIGN[category.default_valence] if category.default_valence else ""
        cells = (category.code, category.label, valence, str(counts.get(category.code, 0)))
        self._add(parent, cells, category.code, category.description)

    def _add(
        self,
        parent: int,
        cells: tuple[str, str, str, str],
        code: str | None = None,
        tooltip: str = "",
    ) -> int:
        siblings = self._top if parent < 0 else self._nodes[parent].children
        self._nodes.append(_Node(cells, parent, len(siblings), code, tooltip))
        siblings.append(len(self._nodes) - 1)
        return len(self._nodes) - 1

    # -- QAbstractItemModel ------------------------------------------------------------------
    def index(
        self,
        row: int,
        column: int,
        parent: _Index = QModelIndex(),  # noqa: B008
    ) -> QModelIndex:
        siblings = self._children(parent)
        if not (0 <= row < len(siblings) and 0 <= column < len(COLUMNS)):
            return QModelIndex()
        return self.createIndex(row, column, siblings[row])

    def parent(self, child: _Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not child.isValid():
            return QModelIndex()
        parent = self._nodes[child.internalId()].parent
        if parent < 0:
            return QModelIndex()
        return self.createIndex(self._nodes[parent].row, 0, parent)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._children(parent))

    def columnCount(self, _parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return len(COLUMNS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        node = self._nodes[index.internalId()]
        if role == Qt.ItemDataRole.DisplayRole:
            return node.cells[index.column()]
        if role == CODE_ROLE:
            return node.code
        if role == Qt.ItemDataRole.ToolTipRole and node.tooltip:
            return as_text(node.tooltip)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() >= VALENCE_COLUMN:
            horizontal = (
                Qt.AlignmentFlag.AlignRight
                if index.column() == UNITS_COLUMN
                else Qt.AlignmentFlag.AlignHCenter
            )
            return horizontal | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.FontRole and node.code is None:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def headings(self) -> list[QModelIndex]:
        """Component and cluster rows (their text spans the row)."""
        return [
            self.createIndex(node.row, 0, i) for i, node in enumerate(self._nodes) if not node.code
        ]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("categories.tree_model", COLUMNS[section])
        return None

    def _children(self, parent: _Index) -> list[int]:
        return self._nodes[parent.internalId()].children if parent.isValid() else self._top


def _components(system: CategorySystem) -> list[Component | None]:
    """W, RO, RS when the system has them; None for categories shared by all (CCRT-LU)."""
    present = {c.component for c in system.categories}
    return [Component(c) for c in COMPONENTS if Component(c) in present] + (
        [None] if None in present else []
    )
