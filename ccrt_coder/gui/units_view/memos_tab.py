"""The Units view's Memos tab: the memos on the filtered interviews and REs, opened by a
double-click (or Return) in the Coding view at their interview or RE."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QPlainTextEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ccrt_coder.gui.units_view.memos_model import MEMO_COLUMN, MemosModel
from ccrt_coder.usecases.domain import UnitFilter
from ccrt_coder.usecases.project import Project

MAX_WIDTHS = (190, 110)  # px of the Where and Coder columns


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
        header = self.table.horizontalHeader()  # the memo takes the room the others leave
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(MEMO_COLUMN, QHeaderView.ResizeMode.Stretch)
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        self.full = QPlainTextEdit()  # the chosen memo in full, wrapped
        self.full.setObjectName("unitsMemoText")
        self.full.setReadOnly(True)
        self.full.setPlaceholderText(self.tr("Choose a memo to read it in full."))
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.full)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._show(current.row())
        )
        self.table.doubleClicked.connect(self._open)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(lambda: self._open(self.table.currentIndex()))

    def show_memos(self, project: Project | None, unit_filter: UnitFilter) -> None:
        memos = project.unit_browser().memos(unit_filter) if project is not None else []
        self.model.set_memos(memos)
        self.full.clear()
        for column, cap in enumerate(MAX_WIDTHS):  # long names elide; the memo keeps room
            self.table.resizeColumnToContents(column)
            self.table.setColumnWidth(column, min(cap, self.table.columnWidth(column)))

    def _show(self, row: int) -> None:
        memo = self.model.memo_at(row)
        if memo is None:
            self.full.clear()
            return
        where = self.model.where(memo)
        self.full.setPlainText(f"{where} — {memo.coder}\n\n{memo.text}")

    def _open(self, index: QModelIndex) -> None:
        memo = self.model.memo_at(index.row())
        if memo is not None:
            self.memo_opened.emit(memo)
