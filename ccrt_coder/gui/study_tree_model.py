"""StudyTreeModel: dyad -> narrator -> phase, a thin item model over plain interview records."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import Enum

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from ccrt_coder.core.domain import NarratorRole
from ccrt_coder.core.records import InterviewRecord

INTERVIEW_ID_ROLE = Qt.ItemDataRole.UserRole + 1

_Index = QModelIndex | QPersistentModelIndex
_NARRATOR_ORDER = {NarratorRole.PATIENT: 0, NarratorRole.THERAPIST: 1}


class NodeKind(Enum):
    ROOT = "root"
    DYAD = "dyad"
    NARRATOR = "narrator"
    PHASE = "phase"


@dataclass(eq=False)
class _Node:
    kind: NodeKind
    text: str = ""
    tooltip: str = ""
    parent: _Node | None = None
    row: int = 0
    interview: InterviewRecord | None = None
    children: list[_Node] = field(default_factory=list)

    def add(self, child: _Node) -> _Node:
        child.parent, child.row = self, len(self.children)
        self.children.append(child)
        return child


def natural_key(text: str) -> tuple[object, ...]:
    """Sort 'D2' before 'D10'."""
    return tuple(int(part) if part.isdigit() else part.lower() for part in re.split(r"(\d+)", text))


def _sort_key(record: InterviewRecord) -> tuple[object, ...]:
    return (natural_key(record.dyad), _NARRATOR_ORDER.get(record.narrator, 9), record.phase)


def _build_tree(records: Iterable[InterviewRecord]) -> tuple[_Node, dict[int, _Node]]:
    root = _Node(NodeKind.ROOT)
    leaves: dict[int, _Node] = {}
    dyad = narrator = root
    current: tuple[str, NarratorRole | None] = ("", None)
    for record in sorted(records, key=_sort_key):
        if record.dyad != current[0]:
            dyad = root.add(_dyad_node(record))
            current = (record.dyad, None)
        if record.narrator != current[1]:
            narrator = dyad.add(_narrator_node(record))
            current = (record.dyad, record.narrator)
        leaves[record.id] = narrator.add(_phase_node(record))
    return root, leaves


def _dyad_node(record: InterviewRecord) -> _Node:
    return _Node(
        NodeKind.DYAD,
        f"{record.dyad} · {record.patient} / {record.therapist}",
        f"Dyad {record.dyad}: patient {record.patient}, therapist {record.therapist}",
    )


def _narrator_node(record: InterviewRecord) -> _Node:
    code = record.patient if record.narrator is NarratorRole.PATIENT else record.therapist
    return _Node(
        NodeKind.NARRATOR,
        f"{record.narrator.value} {code}",
        f"Interviews narrated by the {record.narrator.value} ({code})",
    )


def _phase_node(record: InterviewRecord) -> _Node:
    res = "1 RE" if record.n_res == 1 else f"{record.n_res} REs"
    return _Node(
        NodeKind.PHASE,
        f"phase {record.phase} · {res}",
        f"{record.describe()} (RAP interview after session {record.phase}), {res}",
        interview=record,
    )


class StudyTreeModel(QAbstractItemModel):
    """Dyads with their patient and therapist codes, each narrator's interviews by phase."""

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._root, self._leaves = _build_tree(())
        self._bold = QFont()
        self._bold.setBold(True)

    def set_interviews(self, records: Sequence[InterviewRecord]) -> None:
        self.beginResetModel()
        self._root, self._leaves = _build_tree(records)
        self.endResetModel()

    def interview_at(self, index: _Index) -> InterviewRecord | None:
        return self._node(index).interview if index.isValid() else None

    def index_of_interview(self, interview_id: int) -> QModelIndex:
        node = self._leaves.get(interview_id)
        return self.createIndex(node.row, 0, node) if node else QModelIndex()

    def interviews(self) -> list[InterviewRecord]:
        """All interviews in tree order."""
        return [n.interview for n in self._leaves.values() if n.interview is not None]

    def dyad_count(self) -> int:
        return len(self._root.children)

    # -- QAbstractItemModel -----------------------------------------------------------------
    def _node(self, index: _Index) -> _Node:
        return index.internalPointer() if index.isValid() else self._root  # type: ignore[return-value]

    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        node = self._node(parent)
        if column != 0 or not 0 <= row < len(node.children):
            return QModelIndex()
        return self.createIndex(row, 0, node.children[row])

    def parent(self, index: _Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        parent = self._node(index).parent
        if parent is None or parent is self._root:
            return QModelIndex()
        return self.createIndex(parent.row, 0, parent)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        if parent.column() > 0:
            return 0
        return len(self._node(parent).children)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 1

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        node = self._node(index)
        if role == Qt.ItemDataRole.DisplayRole:
            return node.text
        if role == Qt.ItemDataRole.ToolTipRole:
            return node.tooltip
        if role == Qt.ItemDataRole.FontRole and node.kind is NodeKind.DYAD:
            return self._bold
        if role == INTERVIEW_ID_ROLE and node.interview is not None:
            return node.interview.id
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self._node(index).kind is NodeKind.PHASE:
            flags |= Qt.ItemFlag.ItemNeverHasChildren
        return flags

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return "Study"
        return None
