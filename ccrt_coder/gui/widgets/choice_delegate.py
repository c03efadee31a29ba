"""ChoiceDelegate: edits a cell with a combo box of what the model offers (``CHOICES_ROLE``)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QStyleOptionViewItem, QWidget

from ccrt_coder.gui.widgets.padded_delegate import PaddedDelegate
from ccrt_coder.gui.widgets.record_table import CHOICES_ROLE

_Index = QModelIndex | QPersistentModelIndex


class ChoiceDelegate(PaddedDelegate):
    """A combo box for cells with choices (the chosen value is committed at once); a line edit
    for the others."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        choices = index.data(CHOICES_ROLE)
        if not choices:
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        for text, value in choices:
            combo.addItem(text, value)
        combo.activated.connect(lambda _row: self._commit_and_close(combo))
        return combo

    def _commit_and_close(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo)

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        if isinstance(editor, QComboBox):
            row = editor.findData(index.data(Qt.ItemDataRole.EditRole))
            editor.setCurrentIndex(max(row, 0))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData())
        else:
            super().setModelData(editor, model, index)
