"""Which coders' units code the same stretch of text, and where they disagree.

The rule of the agreement report's span matching, for single units: two units of different
coders code the same stretch when they are in the same RE, of the same component, and overlap by
at least ``share`` x the length of the shorter one (a unit's length: the sum of its spans).
Two such units disagree when their categories (as sets) differ.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Mapping, Sequence
from typing import TypeVar

from ccrt_coder.core.domain import Component
from ccrt_coder.core.records import UnitRecord

DEFAULT_OVERLAP_SHARE = 0.5  # the agreement report's default overlap threshold
SHARE_EPSILON = 1e-9  # exact shares (overlap 5 of 10 at 0.5) must not fail by float rounding

Coder = TypeVar("Coder", bound=Hashable)  # whatever names a coder: an id, a name, a lane


def overlap(a: UnitRecord, b: UnitRecord) -> int:
    """Code points both units cover (a unit's spans do not overlap each other)."""
    return sum(x.overlap(y) for x in a.draft.spans for y in b.draft.spans)


def length(unit: UnitRecord) -> int:
    return sum(len(span) for span in unit.draft.spans)


def same_stretch(a: UnitRecord, b: UnitRecord, share: float = DEFAULT_OVERLAP_SHARE) -> bool:
    """Do two units code the same stretch of text (same RE and component, enough overlap)?"""
    if (a.draft.re_id, a.draft.component) != (b.draft.re_id, b.draft.component):
        return False
    shorter = min(length(a), length(b))
    return shorter > 0 and overlap(a, b) >= (share - SHARE_EPSILON) * shorter


def disagree(a: UnitRecord, b: UnitRecord, share: float = DEFAULT_OVERLAP_SHARE) -> bool:
    """Same stretch, different categories."""
    return set(a.draft.categories) != set(b.draft.categories) and same_stretch(a, b, share)


def disagreements(
    units_by_coder: Mapping[Coder, Sequence[UnitRecord]],
    share: float = DEFAULT_OVERLAP_SHARE,
) -> dict[int, tuple[int, ...]]:
    """Per unit id, the ids of other coders' units on the same stretch with other categories
    (units without such a unit are left out)."""
    groups: dict[tuple[int, Component], list[tuple[Coder, UnitRecord]]] = defaultdict(list)
    for coder, units in units_by_coder.items():
        for unit in units:
            groups[(unit.draft.re_id, unit.draft.component)].append((coder, unit))
    found: dict[int, list[int]] = defaultdict(list)
    for members in groups.values():
        for i, (coder_a, a) in enumerate(members):
            for coder_b, b in members[i + 1 :]:
                if coder_a != coder_b and disagree(a, b, share):
                    found[a.id].append(b.id)
                    found[b.id].append(a.id)
    return {unit_id: tuple(sorted(others)) for unit_id, others in found.items()}
