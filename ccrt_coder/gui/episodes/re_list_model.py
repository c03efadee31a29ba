"""ReListModel: the relationship episodes of one interview, as a list."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from ccrt_coder.gui.widgets.plain_text import as_text
from ccrt_coder.usecases.domain import ReRecord

RE_ID_ROLE = Qt.ItemDataRole.UserRole + 1

_Index = QModelIndex | QPersistentModelIndex


def other_person(re: ReRecord) -> str:
    """``mother (Helga)``, or just the type when no name was given."""
    return f"{re.other_type} ({re.other_name})" if re.other_name else re.other_type


def re_title(re: ReRecord) -> str:
    """``RE 2 · mother (Helga) · past-childhood``."""
    parts = [
        QCoreApplication.translate("episodes.re_list_model", "RE {number}").format(
            number=re.number
        ),
        other_person(re),
    ]
    if re.time_frame:
        parts.append(re.time_frame)
    return " · ".join(parts)


class ReListModel(QAbstractListModel):
    """One row per RE; a ``describe`` callback adds details (lines, unit count) to tooltips."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._res: list[ReRecord] = []
        self._describe: Callable[[ReRecord], str] = lambda _re: ""

    def set_res(
        self, res: Sequence[ReRecord], describe: Callable[[ReRecord], str] | None = None
    ) -> None:
        self.beginResetModel()
        self._res = sorted(res, key=lambda r: r.number)
        self._describe = describe or (lambda _re: "")
        self.endResetModel()

    def re_at(self, row: int) -> ReRecord | None:
        return self._res[row] if 0 <= row < len(self._res) else None

    def row_of(self, re_id: int) -> int:
        return next((i for i, re in enumerate(self._res) if re.id == re_id), -1)

    def episodes(self) -> list[ReRecord]:
        return list(self._res)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._res)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        re = self.re_at(index.row()) if index.isValid() else None
        if re is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return re_title(re)
        if role == Qt.ItemDataRole.ToolTipRole:
            details = self._describe(re)
            return as_text(f"{re_title(re)}\n{details}" if details else re_title(re))
        if role == RE_ID_ROLE:
            return re.id
        return None
