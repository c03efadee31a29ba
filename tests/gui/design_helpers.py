"""Steps of the Study design and Coders dialog tests: menu entries, editing cells, tree rows."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QComboBox, QLineEdit, QTableView

from ccrt_coder.gui.shell.main_window import MainWindow


def trigger_project_entry(qtbot, window: MainWindow, text: str):
    """Choose Project ▸ ``text`` and return the dialog it opened."""
    bar = window.menuBar()
    menu = next(a.menu() for a in bar.actions() if a.menu().objectName() == "projectMenu")
    action = next(a for a in menu.actions() if a.text().replace("&", "") == text)
    assert action.isEnabled()
    action.trigger()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None)
    return QApplication.activeModalWidget()


def type_into_cell(qtbot, table: QTableView, row: int, column: int, text: str) -> None:
    """Double-click-edit a cell: type ``text`` and press Enter, as a user does."""
    index = table.model().index(row, column)
    table.setCurrentIndex(index)
    table.edit(index)
    editor = table.viewport().findChild(QLineEdit) or table.findChild(QLineEdit)
    assert editor is not None, "the cell is not editable"
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # Qt commits the typed text a moment later (queued), then the dialog reads its tables anew.
    qtbot.waitUntil(lambda: table.state() != QAbstractItemView.State.EditingState)
    qtbot.wait(20)


def choose_in_cell(qtbot, table: QTableView, row: int, column: int, choice: str) -> None:
    """Open a cell's combo box and pick ``choice`` from it."""
    index = table.model().index(row, column)
    table.setCurrentIndex(index)
    table.edit(index)
    combo = table.findChild(QComboBox)
    assert combo is not None, "the cell offers no choices"
    position = combo.findText(choice)
    assert position >= 0, f"{choice!r} is not offered"
    combo.setCurrentIndex(position)
    combo.activated.emit(position)
    qtbot.waitUntil(lambda: table.state() != QAbstractItemView.State.EditingState)
    qtbot.wait(20)


def tree_texts(window: MainWindow) -> list[str]:
    """Every row of the study tree, depth first, as shown."""
    model = window.workspace.tree_model()
    texts: list[str] = []

    def walk(parent) -> None:
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            texts.append(index.data())
            walk(index)

    walk(QModelIndex())
    return texts
