"""Editors of the import table's cells: the narrator and the phase are chosen, not typed."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QStyleOptionViewItem, QWidget

from ccrt_coder.gui.study.import_model import NARRATOR, PHASE
from ccrt_coder.gui.widgets.padded_delegate import PaddedDelegate
from ccrt_coder.gui.widgets.terms import narrator_word
from ccrt_coder.usecases.domain import NarratorRole

_Index = QModelIndex | QPersistentModelIndex


class ImportCellDelegate(PaddedDelegate):
    """A list of the two narrators and of the study's phases; the dyad is typed as usual."""

    def __init__(self, phases: tuple[int, ...], parent: QWidget | None = None) -> None:
        super().__init__(6, parent)
        self._phases = phases

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        if index.column() == NARRATOR:
            combo = QComboBox(parent)
            for role in NarratorRole:
                combo.addItem(narrator_word(role), role.value)
            return combo
        if index.column() == PHASE:
            combo = QComboBox(parent)
            for phase in self._phases:
                combo.addItem(str(phase), phase)
            return combo
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        if isinstance(editor, QComboBox):
            found = editor.findData(index.data(Qt.ItemDataRole.EditRole))
            editor.setCurrentIndex(max(found, 0))
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
            return
        super().setModelData(editor, model, index)
