"""What the Units view and ``ccrt-coder units`` ask for: a filter over every coded unit, a sort
column, and the rows and counts they get back (plain values, no database objects)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import NamedTuple

SORT_KEYS = (
    "component", "category", "cluster", "valence", "actuality", "coder", "dyad", "narrator",
    "phase", "re", "other_type", "time_frame", "text", "memo",
)  # fmt: skip
"""Columns a unit list can be sorted by (``text`` sorts by position in the transcript)."""

MATRIX_LEVELS = ("category", "cluster")


@dataclass(frozen=True)
class UnitFilter:
    """Every field None (or empty) means "any"; ``consensus`` picks the consensus layer, a
    ``coder`` that coder's own layer; ``text`` is found in the unit's text, label or memo."""

    component: str | None = None
    category: str | None = None
    cluster: str | None = None
    valence: str | None = None
    actuality: str | None = None
    coder: str | None = None
    consensus: bool = False
    dyad: str | None = None
    narrator: str | None = None
    phase: int | None = None
    re_number: int | None = None
    other_type: str | None = None
    time_frame: str | None = None
    text: str = ""

    def seen_by(self, coder: str | None, blind: bool) -> UnitFilter:
        """The filter as ``coder`` may apply it: a blind coder sees only their own units."""
        if not blind:
            return self
        return replace(self, coder=coder or "", consensus=False)


class UnitRow(NamedTuple):
    """One coded unit as the Units view and the CLI list it."""

    unit_id: int
    unit_uid: str
    re_id: int
    interview_id: int
    dyad: str
    narrator: str
    phase: int
    re: int
    other_type: str
    other_name: str
    time_frame: str
    coder: str
    layer: str
    component: str
    category_code: str | None
    category_label: str | None
    cluster: str | None
    valence: str | None
    actuality: str | None
    tailor_label: str
    start: int
    end: int
    text: str
    memo: str


class MatrixCount(NamedTuple):
    """Units and REs of one category (or cluster), narrator and phase under a filter."""

    group: str
    narrator: str
    phase: int
    units: int
    res: int


@dataclass(frozen=True)
class FilterChoices:
    """The values a filter can take in a project (for the view's lists and the CLI's checks)."""

    categories: tuple[tuple[str, str], ...]  # (code, label) of the active system
    clusters: tuple[tuple[str, str], ...]  # (code, label)
    coders: tuple[str, ...]
    dyads: tuple[str, ...]
    phases: tuple[int, ...]
    other_types: tuple[str, ...]
    time_frames: tuple[str, ...]
