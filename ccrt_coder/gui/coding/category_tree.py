"""One component's categories as a tree (clusters -> categories), filtered as one types."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel

from ccrt_coder.gui.units.unit_text import VALENCE_SIGN
from ccrt_coder.gui.widgets.plain_text import as_text
from ccrt_coder.usecases.domain import Category, CategorySystem, Component, Valence

CODE_ROLE = Qt.ItemDataRole.UserRole + 1  # the category code; None on a cluster heading
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2  # "code label" in lower case

_Index = QModelIndex | QPersistentModelIndex


def _text(code: str, label: str, valence: Valence | None) -> str:
    sign = f"  ({VALENCE_SIGN[valence]})" if valence else ""
    return f"{code}  {label}{sign}"


def _item(category: Category) -> QStandardItem:
    text = _text(category.code, category.label, category.default_valence)
    item = QStandardItem(text)
    item.setData(category.code, CODE_ROLE)
    item.setData(f"{category.code} {category.label}".lower(), SEARCH_ROLE)
    # The full row first (a narrow list elides it), then what the category means.
    described = category.description and category.description != category.label
    item.setToolTip(as_text(f"{text}\n{category.description}" if described else text))
    item.setEditable(False)
    item.setCheckable(False)
    return item


def build_model(system: CategorySystem, component: Component) -> QStandardItemModel:
    """Clusters with their categories; a cluster that is itself a category is a plain row.

    The Edition 3 cluster system (each cluster one category) thus shows as a flat list.
    """
    model = QStandardItemModel()
    categories = system.for_component(component)
    for cluster in system.clusters(component):
        members = [c for c in categories if c.cluster == cluster]
        own = system.get(cluster)
        own = own if own is not None and own in categories else None
        if own is not None:
            parent = _item(own)
        else:
            label = system.cluster_label(cluster)
            heading = cluster if label == cluster else f"{cluster}  {label}"
            parent = QStandardItem(heading)
            parent.setData(None, CODE_ROLE)
            parent.setData(heading.lower(), SEARCH_ROLE)
            parent.setToolTip(as_text(heading))
            parent.setEditable(False)
            font = parent.font()
            font.setBold(True)
            parent.setFont(font)
        for category in members:
            if category is not own:
                parent.appendRow(_item(category))
        model.appendRow(parent)
    return model


class CategoryFilter(QSortFilterProxyModel):
    """Keeps rows whose code or label holds every typed word; clusters of matches stay."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self.setRecursiveFilteringEnabled(True)
        self.setAutoAcceptChildRows(True)  # typing a cluster's name shows all of it

    def set_text(self, text: str) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.9+: announce the change, then refilter
            self.beginFilterChange()
            self._words = text.lower().split()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._words = text.lower().split()
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        if not self._words:
            return True
        index = self.sourceModel().index(source_row, 0, source_parent)
        haystack = str(index.data(SEARCH_ROLE) or "")
        return all(word in haystack for word in self._words)

    def exact(self, text: str) -> QModelIndex:
        """The shown row whose code is ``text`` (any case), if one is."""
        wanted = text.strip().lower()
        for index in self.leaves():
            if str(index.data(CODE_ROLE) or "").lower() == wanted:
                return index
        return QModelIndex()

    def leaves(self, parent: QModelIndex | None = None) -> list[QModelIndex]:
        """Every shown row with a category code, in tree order."""
        parent = parent or QModelIndex()
        found = []
        for row in range(self.rowCount(parent)):
            index = self.index(row, 0, parent)
            if index.data(CODE_ROLE):
                found.append(index)
            found.extend(self.leaves(index))
        return found
