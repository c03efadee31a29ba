"""MemosModel: the coders' memos on interviews and REs listed beside the units (plain records)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from ccrt_coder.gui.widgets.plain_text import as_text
from ccrt_coder.gui.widgets.tr_marks import QT_TRANSLATE_NOOP
from ccrt_coder.usecases.domain import MemoRecord

Index = QModelIndex | QPersistentModelIndex
HEADERS = (
    QT_TRANSLATE_NOOP("MemosModel", "Where"),
    QT_TRANSLATE_NOOP("MemosModel", "Coder"),
    QT_TRANSLATE_NOOP("MemosModel", "Memo"),
)
MEMO_COLUMN = 2  # stretched; the others are capped (memos_tab)
SHOWN_CHARS = 120  # of a memo in its cell, on one line; the whole is the tooltip


class MemosModel(QAbstractTableModel):
    """One row per memo: where (dyad · narrator · phase · RE n or "interview"), coder, text."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._memos: list[MemoRecord] = []

    def set_memos(self, memos: Sequence[MemoRecord]) -> None:
        self.beginResetModel()
        self._memos = list(memos)
        self.endResetModel()

    def memo_at(self, row: int) -> MemoRecord | None:
        return self._memos[row] if 0 <= row < len(self._memos) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._memos)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def where(self, memo: MemoRecord) -> str:
        place = " · ".join(memo.interview.split(" / "))
        if memo.re_number is None:
            return self.tr("{place} · interview").format(place=place)
        return self.tr("{place} · RE {number}").format(place=place, number=memo.re_number)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        memo = self.memo_at(index.row())
        if memo is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            flat = " ".join(memo.text.split())
            shown = flat if len(flat) <= SHOWN_CHARS else flat[: SHOWN_CHARS - 1] + "…"
            return (self.where(memo), memo.coder, shown)[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:  # in full: the columns are narrow
            return as_text((self.where(memo), memo.coder, memo.text)[index.column()])
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(HEADERS[section]) if 0 <= section < len(HEADERS) else None
        return None
