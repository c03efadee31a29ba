"""Rules a coded unit must satisfy before it is stored, independent of storage."""

from __future__ import annotations

from collections.abc import Sequence

from ccrt_coder.core.categories import CategorySystem
from ccrt_coder.core.domain import LU_DIRECTIONS, Component, Span, Valence
from ccrt_coder.core.records import UnitDraft
from ccrt_coder.errors import InputError


def unit_problems(
    draft: UnitDraft, re_spans: Sequence[Span], system: CategorySystem
) -> list[str]:
    """Every reason why ``draft`` cannot be stored (empty when it can)."""
    problems: list[str] = []
    if not draft.spans:
        problems.append("a unit needs at least one text span")
    for span in draft.spans:
        if not any(piece.contains(span) for piece in re_spans):
            problems.append(f"span {span.start}..{span.end} lies outside the RE's text")
    for code in draft.categories:
        category = system.get(code)
        if category is None:
            problems.append(f"unknown category {code!r} in {system.name}")
        elif category.component not in (None, draft.component):
            problems.append(
                f"category {code} belongs to {category.component}, not {draft.component}"
            )
    if len(set(draft.categories)) != len(draft.categories):
        problems.append("a category is given twice")
    if draft.component is Component.W and (draft.valence or draft.actuality):
        problems.append("valence and actual/anticipated apply to RO and RS only")
    if draft.lu_direction is not None and draft.lu_direction not in LU_DIRECTIONS:
        problems.append(f"LU direction must be one of {', '.join(LU_DIRECTIONS)}")
    return problems


def check_unit(draft: UnitDraft, re_spans: Sequence[Span], system: CategorySystem) -> None:
    problems = unit_problems(draft, re_spans, system)
    if problems:
        raise InputError("; ".join(problems))


def default_valence(codes: Sequence[str], system: CategorySystem) -> Valence | None:
    """The valence a unit gets from its first category that has one (None if none does)."""
    for code in codes:
        category = system.get(code)
        if category is not None and category.default_valence is not None:
            return category.default_valence
    return None
