"""The Units view's Memos tab: the memos on the filtered interviews and REs, opened by a
double-click (or Return) in the Coding view at their interview or RE."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QVBoxLayout, QWidget

from ccrt_coder.gui.units_view.memos_model import MemosModel
from ccrt_coder.usecases.domain import UnitFilter
from ccrt_coder.usecases.project import Project


class MemosTab(QWidget):
    """A short read per filter change (memos are few: one per coder, interview and RE)."""

    memo_opened = Signal(object)  # MemoRecord: show its interview (and RE) for coding

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = MemosModel(self)
        self.table = QTableView()
        self.table.setObjectName("unitsMemos")
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        self.table.doubleClicked.connect(self._open)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(lambda: self._open(self.table.currentIndex()))

    def show_memos(self, project: Project | None, unit_filter: UnitFilter) -> None:
        memos = project.unit_browser().memos(unit_filter) if project is not None else []
        self.model.set_memos(memos)

    def _open(self, index: QModelIndex) -> None:
        memo = self.model.memo_at(index.row())
        if memo is not None:
            self.memo_opened.emit(memo)
