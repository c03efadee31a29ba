"""When two units code the same stretch of an RE's text, and whether their codes then agree.

The span rule is the agreement analysis's (``analysis/agreement/spans.py``, the report's
``span_matching`` rule): within one RE, a unit's length is the sum of its spans' lengths and the
overlap of two units the number of code points both cover; they code the same stretch when the
overlap is at least ``share`` x the shorter unit's length (by default one half).

The comparison views and the consensus meeting use it to mark where coders disagree and to find
the consensus unit an accepted unit would stand beside.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ccrt_coder.core.domain import Span
from ccrt_coder.core.records import UnitDraft, UnitRecord

DEFAULT_OVERLAP = 0.5  # the share of the shorter unit two units must share to match
SHARE_EPSILON = 1e-9  # exact shares (overlap 5 of 10 at 0.5) must not fail by float rounding


def length(spans: Sequence[Span]) -> int:
    return sum(len(span) for span in spans)


def overlap(a: Sequence[Span], b: Sequence[Span]) -> int:
    """Code points both units cover (their spans' pairwise overlaps added up)."""
    return sum(x.overlap(y) for x in a for y in b)


def same_stretch(a: UnitDraft, b: UnitDraft, share: float = DEFAULT_OVERLAP) -> bool:
    """Do the units code the same stretch of the same RE (whatever their codes)?"""
    if a.re_id != b.re_id:
        return False
    shorter = min(length(a.spans), length(b.spans))
    return shorter > 0 and overlap(a.spans, b.spans) >= share * shorter - SHARE_EPSILON


def same_code(a: UnitDraft, b: UnitDraft) -> bool:
    """The same component, the same categories (in any order) and the same valence."""
    return (
        a.component is b.component
        and set(a.categories) == set(b.categories)
        and a.valence is b.valence
    )


def same_unit(a: UnitDraft, b: UnitDraft) -> bool:
    """The same code on exactly the same text (whoever coded it, in whichever layer)."""
    return same_code(a, b) and sorted(a.spans) == sorted(b.spans)


def rivals(draft: UnitDraft, units: Sequence[UnitRecord]) -> list[UnitRecord]:
    """Units of ``draft``'s component on its stretch, other than ``draft`` itself: what a unit
    entering a layer holding ``units`` would stand beside."""
    return [
        unit
        for unit in units
        if unit.draft.component is draft.component
        and same_stretch(unit.draft, draft)
        and not same_unit(unit.draft, draft)
    ]


@dataclass(frozen=True)
class Verdict:
    """How one unit compares with the other coders' units on its stretch."""

    agrees_with: tuple[UnitRecord, ...] = ()  # coded the same way
    differs_from: tuple[UnitRecord, ...] = ()  # coded otherwise (category, valence, component)

    @property
    def disagrees(self) -> bool:
        return bool(self.differs_from)


def compare_coders(units: Sequence[UnitRecord]) -> dict[int, Verdict]:
    """Per unit id, how it compares with each other coder's units on the same stretch.

    Against each other coder: where they have a unit of the same component there, the unit
    agrees if one of those has the same code and differs from them otherwise; where they only
    have units of other components there, it differs from those. Units nobody else coded near
    get an empty verdict. ``units`` are one layer's (the coders').
    """
    verdicts: dict[int, Verdict] = {}
    for unit in units:
        agrees: list[UnitRecord] = []
        differs: list[UnitRecord] = []
        for coder in dict.fromkeys(u.draft.coder_id for u in units):
            if coder == unit.draft.coder_id:
                continue
            near = [
                u for u in units if u.draft.coder_id == coder and same_stretch(u.draft, unit.draft)
            ]
            alike = [u for u in near if u.draft.component is unit.draft.component]
            equal = [u for u in alike if same_code(u.draft, unit.draft)]
            if equal:
                agrees.append(equal[0])
            else:
                differs.extend(alike or near)
        verdicts[unit.id] = Verdict(tuple(agrees), tuple(differs))
    return verdicts


def disagreements(units: Sequence[UnitRecord]) -> dict[int, tuple[int, ...]]:
    """Per unit that disagrees, the ids of the other coders' units it differs from (the coding
    margin's ``≠``); ``units`` are the compared coders' (one layer)."""
    return {
        unit_id: tuple(other.id for other in verdict.differs_from)
        for unit_id, verdict in compare_coders(units).items()
        if verdict.disagrees
    }
