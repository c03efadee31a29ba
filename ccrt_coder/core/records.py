"""Plain records the project hands to the GUI, the CLI and the analyses (no database objects)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Generic, TypeVar

from ccrt_coder.core.domain import (
    Actuality,
    Component,
    Explicitness,
    Layer,
    NarratorRole,
    Span,
    Valence,
    is_about_partner,
)
from ccrt_coder.core.memos import MemoRecord


@dataclass(frozen=True)
class CoderRecord:
    id: int
    name: str
    retired: bool = False  # kept in analyses and exports, no longer offered to code as


@dataclass(frozen=True)
class InterviewRecord:
    id: int
    dyad: str
    patient: str
    therapist: str
    narrator: NarratorRole
    phase: int
    n_res: int

    def describe(self) -> str:
        return f"{self.dyad} / {self.narrator.value} / phase {self.phase}"

    def is_about_partner(self, re: ReRecord) -> bool:
        """Is an RE of this interview about the narrator's dyad partner? The RE says (its
        stored flag, inferred from the other-person type unless a coder set it)."""
        return re.about_partner


@dataclass(frozen=True)
class TranscriptRecord:
    interview_id: int
    text: str
    source: str
    line_count: int


@dataclass(frozen=True)
class ReRecord:
    id: int
    interview_id: int
    number: int
    other_type: str
    other_name: str
    time_frame: str
    spans: tuple[Span, ...]
    about_partner: bool = False  # about the narrator's dyad partner (see ReHeader)

    def label(self) -> str:
        who = f"{self.other_type} ({self.other_name})" if self.other_name else self.other_type
        return f"RE {self.number}: {who}"


@dataclass(frozen=True)
class UnitDraft:
    """What a coder scores on a stretch of an RE; validated by ``core.rules`` before storing."""

    re_id: int
    coder_id: int
    component: Component
    spans: tuple[Span, ...]
    categories: tuple[str, ...] = ()
    layer: Layer = Layer.CODER
    tailor_label: str = ""
    valence: Valence | None = None
    actuality: Actuality | None = None
    explicitness: Explicitness | None = None
    lu_direction: str | None = None
    memo: str = ""


@dataclass(frozen=True)
class UnitRecord:
    id: int
    uid: str
    draft: UnitDraft
    created_at: datetime
    modified_at: datetime


@dataclass(frozen=True)
class RatingRecord:
    """One coder's completeness rating of an RE in one layer."""

    re_id: int
    coder_id: int
    layer: Layer
    completeness: float
    modified_at: datetime
    nothing_codable: bool = False  # the coder found nothing to code in it (core.coding_done)


@dataclass(frozen=True)
class NothingCodableMark:
    """A coder's "nothing codable" mark on an RE, as listings name it."""

    interview: str  # "D01 / patient / phase 5"
    re_number: int
    coder: str
    layer: Layer


@dataclass(frozen=True)
class ReHeader:
    """What a coder says about an RE besides its text: the other person and the time frame."""

    other_type: str
    other_name: str = ""
    time_frame: str = ""
    about_partner: bool | None = None  # None: inferred from the other-person type

    @classmethod
    def of(cls, re: ReRecord) -> ReHeader:
        return cls(re.other_type, re.other_name, re.time_frame, re.about_partner)

    def partner_flag(self, narrator: str) -> bool:
        """The flag to store for an RE of ``narrator``: the coder's, else the inferred one (a
        patient's RE about "therapist", a therapist's about "patient")."""
        if self.about_partner is not None:
            return self.about_partner
        return is_about_partner(narrator, self.other_type)


@dataclass(frozen=True)
class ReSnapshot:
    """Everything a deleted RE took with it, so that it can be restored exactly (undo)."""

    re: ReRecord
    uid: str
    created_at: datetime
    modified_at: datetime
    units: tuple[UnitRecord, ...] = ()
    ratings: tuple[RatingRecord, ...] = ()
    memos: tuple[MemoRecord, ...] = ()


T = TypeVar("T")


@dataclass(frozen=True)
class Edited(Generic[T]):
    """A record before and after a change (what an undo needs to put back)."""

    before: T
    after: T


@dataclass(frozen=True)
class ProjectInfo:
    """Counts that describe a project (``ccrt-coder info``)."""

    path: str
    study: str
    schema_revision: str
    category_system: str
    category_count: int
    phases: tuple[int, ...]
    dyads: int
    people: int
    interviews: int
    res: int
    coders: tuple[str, ...]
    units: dict[str, dict[str, int]] = field(default_factory=dict)
    ratings: dict[str, dict[str, int]] = field(default_factory=dict)


@dataclass(frozen=True)
class LayerChoice:
    """Which coding a CCRT is formed from: one coder's own layer, or the consensus layer."""

    layer: Layer
    coder: str | None = None

    def describe(self) -> str:
        return "consensus" if self.layer is Layer.CONSENSUS else f"coder {self.coder}"
