"""StudyTreeModel: dyad -> narrator -> phase over plain interview records, with coding progress."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from enum import Enum

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Slot,
)
from PySide6.QtGui import QFont

from ccrt_coder.gui.widgets.plain_text import as_text
from ccrt_coder.gui.widgets.terms import interview_words, narrator_word
from ccrt_coder.usecases.domain import InterviewRecord, NarratorRole

INTERVIEW_ID_ROLE = Qt.ItemDataRole.UserRole + 1
PROGRESS_ROLE = Qt.ItemDataRole.UserRole + 2  # (done, total) REs of the current coder, or None
PARTNER_RES_ROLE = Qt.ItemDataRole.UserRole + 3  # REs about the dyad partner below this row

# Asked for (coded, total) per interview: the given ids, or every interview for None.
ProgressSource = Callable[[Sequence[int] | None], dict[int, tuple[int, int]]]

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
    coded: int = 0
    total: int = 0
    partner_res: int = 0

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
        QCoreApplication.translate(
            "study.tree_model", "Dyad {dyad}: patient {patient}, therapist {therapist}"
        ).format(dyad=record.dyad, patient=record.patient, therapist=record.therapist),
    )


def _narrator_node(record: InterviewRecord) -> _Node:
    code = record.patient if record.narrator is NarratorRole.PATIENT else record.therapist
    return _Node(
        NodeKind.NARRATOR,
        f"{narrator_word(record.narrator)} {code}",
        QCoreApplication.translate(
            "study.tree_model", "Interviews narrated by the {value} ({code})"
        ).format(value=narrator_word(record.narrator), code=code),
    )


def _phase_node(record: InterviewRecord) -> _Node:
    res = (
        QCoreApplication.translate("study.tree_model", "1 RE")
        if record.n_res == 1
        else QCoreApplication.translate("study.tree_model", "{n_res} REs").format(
            n_res=record.n_res
        )
    )
    return _Node(
        NodeKind.PHASE,
        QCoreApplication.translate("study.tree_model", "phase {phase} · {res}").format(
            phase=record.phase, res=res
        ),
        QCoreApplication.translate(
            "study.tree_model", "{describe} (RAP interview after session {phase}), {res}"
        ).format(describe=interview_words(record), phase=record.phase, res=res),
        interview=record,
    )


def _walk(node: _Node) -> Iterator[_Node]:
    """``node`` and everything below it, parents before children."""
    yield node
    for child in node.children:
        yield from _walk(child)


def _sum_up(node: _Node) -> None:
    """Aggregate progress and partner counts from the phase leaves to narrators and dyads."""
    if node.children:
        for child in node.children:
            _sum_up(child)
        _sum_children(node)


def _sum_children(node: _Node) -> None:
    """A node's counts from its children's (which must be up to date)."""
    node.coded = sum(c.coded for c in node.children)
    node.total = sum(c.total for c in node.children)
    node.partner_res = sum(c.partner_res for c in node.children)


class StudyTreeModel(QAbstractItemModel):
    """Dyads with their patient and therapist codes, each narrator's interviews by phase.

    With a progress source (set once a coder is chosen) every row also carries how many of
    its REs that coder has coded (``PROGRESS_ROLE``).
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._root, self._leaves = _build_tree(())
        self._bold = QFont()
        self._bold.setBold(True)
        self._source: ProgressSource | None = None
        self._partner_counts: dict[int, int] = {}
        self._coder = ""

    def set_interviews(self, records: Sequence[InterviewRecord]) -> None:
        self.beginResetModel()
        self._root, self._leaves = _build_tree(records)
        self._fill_counts(self._source(None) if self._source else {})
        self.endResetModel()

    # -- progress and partner REs -----------------------------------------------------------
    def set_progress_source(self, source: ProgressSource | None, coder: str = "") -> None:
        """Whose progress to show (None: nobody's); queries every interview once."""
        self._source, self._coder = source, coder
        self._fill_counts(source(None) if source else {})
        self._announce_all()

    @Slot(int)
    def refresh_progress(self, interview_id: int, n_res: int | None = None) -> None:
        """Re-query one interview (after units or REs in it changed; ``n_res``: how many REs
        it has now, if known) and its ancestors' sums."""
        leaf = self._leaves.get(interview_id)
        if leaf is None or leaf.interview is None:
            return
        if self._source is not None:
            leaf.coded, leaf.total = self._source([interview_id]).get(interview_id, (0, 0))
            n_res = leaf.total
        if n_res is not None and n_res != leaf.interview.n_res:  # an RE was marked or deleted
            leaf.interview = replace(leaf.interview, n_res=n_res)
            fresh = _phase_node(leaf.interview)
            leaf.text, leaf.tooltip = fresh.text, fresh.tooltip
        node: _Node | None = leaf
        while node is not None and node is not self._root:
            if node is not leaf:  # only the leaf's ancestors' sums change: runs after each coding
                _sum_children(node)
            index = self.createIndex(node.row, 0, node)
            self.dataChanged.emit(index, index)
            node = node.parent
        _sum_children(self._root)

    def set_partner_counts(self, counts: dict[int, int]) -> None:
        """How many REs about the dyad partner each interview has."""
        self._partner_counts = dict(counts)
        for interview_id, leaf in self._leaves.items():
            leaf.partner_res = self._partner_counts.get(interview_id, 0)
        _sum_up(self._root)
        self._announce_all()

    def _fill_counts(self, progress: dict[int, tuple[int, int]]) -> None:
        for interview_id, leaf in self._leaves.items():
            n_res = leaf.interview.n_res if leaf.interview else 0
            leaf.coded, leaf.total = progress.get(interview_id, (0, n_res))
            leaf.partner_res = self._partner_counts.get(interview_id, 0)
        _sum_up(self._root)

    def _announce_all(self) -> None:
        """dataChanged for every row, one signal per sibling range (expansion is kept)."""
        for node in _walk(self._root):
            if node.children:
                first, last = node.children[0], node.children[-1]
                self.dataChanged.emit(
                    self.createIndex(first.row, 0, first), self.createIndex(last.row, 0, last)
                )

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
        return index.internalPointer() if index.isValid() else self._root

    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        node = self._node(parent)
        if column != 0 or not 0 <= row < len(node.children):
            return QModelIndex()
        return self.createIndex(row, 0, node.children[row])

    # The model's parent(index) beside QObject's parent(): Qt overloads one name for both.
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
            # The full row first: a narrow tree elides it.
            return as_text(f"{node.text}\n{node.tooltip}{self._progress_note(node)}")
        if role == PROGRESS_ROLE:
            return (node.coded, node.total) if self._source is not None else None
        if role == PARTNER_RES_ROLE:
            return node.partner_res
        if role == Qt.ItemDataRole.FontRole and node.kind is NodeKind.DYAD:
            return self._bold
        if role == INTERVIEW_ID_ROLE and node.interview is not None:
            return node.interview.id
        return None

    def _progress_note(self, node: _Node) -> str:
        if self._source is None:
            return ""
        who = self.tr(" by {coder}").format(coder=self._coder) if self._coder else ""
        return self.tr("\n{coded} of {total} REs done{who} (rated, and coded or rated out)").format(
            coded=node.coded, total=node.total, who=who
        )

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
            return self.tr("Study")
        return None
