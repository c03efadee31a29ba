"""PaddedDelegate: the standard item delegate with a little more air in each row."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QWidget


class PaddedDelegate(QStyledItemDelegate):
    """Adds ``padding`` pixels to every row's height (dense default rows tire the eye)."""

    def __init__(self, padding: int = 8, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._padding = padding

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), size.height() + self._padding)
