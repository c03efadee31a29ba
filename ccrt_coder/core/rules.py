"""Rules units, REs and ratings must satisfy before they are stored, independent of storage."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from itertools import pairwise

from ccrt_coder.core.categories import CategorySystem
from ccrt_coder.core.domain import (
    LU_DIRECTIONS,
    Actuality,
    Component,
    Span,
    StudySettings,
    Valence,
)
from ccrt_coder.core.errors import InputError
from ccrt_coder.core.narratives import ReDraft
from ccrt_coder.core.records import ReHeader, UnitDraft

MAX_RE_NUMBER = 9999  # far beyond any interview; the next number (max + 1) always fits


def unit_problems(draft: UnitDraft, re_spans: Sequence[Span], system: CategorySystem) -> list[str]:
    """Every reason why ``draft`` cannot be stored (empty when it can)."""
    return unit_span_problems(draft.spans, re_spans) + unit_value_problems(
        draft.component,
        draft.categories,
        draft.valence,
        draft.actuality,
        draft.lu_direction,
        system,
    )


def unit_span_problems(spans: Sequence[Span], re_spans: Sequence[Span]) -> list[str]:
    """Why a unit cannot cover ``spans`` of an RE covering ``re_spans`` (the text part of
    :func:`unit_problems`)."""
    problems: list[str] = []
    if not spans:
        problems.append("a unit needs at least one text span")
    if len(spans) > 1 and any(a.overlap(b) for a, b in pairwise(sorted(spans))):
        problems.append("the unit's text spans overlap each other")
    for span in spans:
        if not any(piece.contains(span) for piece in re_spans):
            problems.append(f"span {span.start}..{span.end} lies outside the RE's text")
    return problems


def unit_value_problems(
    component: Component,
    categories: Sequence[str],
    valence: Valence | None,
    actuality: Actuality | None,
    lu_direction: str | None,
    system: CategorySystem,
) -> list[str]:
    """Why a unit cannot have these values (the part of :func:`unit_problems` besides its text:
    a function of these values alone, so a check of many units may ask once per combination)."""
    problems: list[str] = []
    for code in categories:
        category = system.get(code)
        if category is None:
            problems.append(f"unknown category {code!r} in {system.name}")
        elif category.component not in (None, component):
            problems.append(f"category {code} belongs to {category.component}, not {component}")
    if len(set(categories)) != len(categories):
        problems.append("a category is given twice")
    if component is Component.W and (valence or actuality):
        problems.append("valence and actual/anticipated apply to RO and RS only")
    if lu_direction is not None and lu_direction not in LU_DIRECTIONS:
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


def re_span_problems(
    spans: Sequence[Span],
    text_length: int,
    other_res: Mapping[int, Sequence[Span]],
    units: Sequence[Span] = (),
) -> list[str]:
    """Why an RE cannot cover ``spans`` (empty when it can).

    ``other_res`` maps the numbers of the interview's other REs to their spans (REs never
    overlap); ``units`` are the spans of units already coded in the RE (they must stay inside).
    """
    problems: list[str] = []
    if not spans:
        problems.append("an RE needs at least one text span")
    for span in spans:
        if span.end > text_length:
            problems.append(f"span {span.start}..{span.end} lies beyond the end of the transcript")
    for a, b in pairwise(sorted(spans)):
        if a.overlap(b):
            problems.append("the RE's text spans overlap each other")
    for number, others in sorted(other_res.items()):
        if any(span.overlap(other) for span in spans for other in others):
            problems.append(f"the text overlaps RE {number}; REs cannot overlap")
    outside = sum(1 for unit in units if not any(span.contains(unit) for span in spans))
    if outside:
        problems.append(f"{outside} coded unit(s) of the RE would lie outside its text")
    return problems


def re_header_problems(header: ReHeader, settings: StudySettings) -> list[str]:
    """Why an RE cannot have this other person and time frame (the project's lists)."""
    problems: list[str] = []
    if header.other_type not in settings.other_person_types:
        problems.append(
            f"unknown other person {header.other_type!r}; the project's types are "
            + ", ".join(settings.other_person_types)
        )
    if header.time_frame and header.time_frame not in settings.time_frames:
        problems.append(
            f"unknown time frame {header.time_frame!r}; the project's time frames are "
            + ", ".join(settings.time_frames)
        )
    return problems


def check_re(problems: list[str]) -> None:
    if problems:
        raise InputError("; ".join(problems))


def shown_number(value: object) -> str:
    """A number as a message shows it: a huge or odd value is described, never printed whole."""
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) < 10**15:
        return str(value)
    if isinstance(value, float) and abs(value) < 1e15:
        return f"{value:g}"
    return "an out-of-range value" if isinstance(value, int | float) else "not a number"


def re_number_problems(number: object) -> list[str]:
    """Why ``number`` cannot number an RE: a whole number from 1 to MAX_RE_NUMBER."""
    if isinstance(number, int) and not isinstance(number, bool) and 1 <= number <= MAX_RE_NUMBER:
        return []
    return [f"an RE number is a whole number from 1 to {MAX_RE_NUMBER}, not {shown_number(number)}"]


def re_drafts_problems(
    res: Sequence[ReDraft], text_length: int, settings: StudySettings
) -> list[str]:
    """Why the REs of one interview cannot be stored together: each RE's number, other person,
    time frame and spans (inside the text, no RE overlapping another), every number once."""
    problems: list[str] = []
    overlapping = _overlapping(res)
    seen: set[object] = set()
    for n, re in enumerate(res):
        found = re_number_problems(re.number)
        if re.number in seen:
            found.append("the number is given twice")
        seen.add(re.number)
        found += re_header_problems(ReHeader(re.other_type, time_frame=re.time_frame), settings)
        others = {res[m].number: res[m].spans for m in overlapping[n]}
        found += re_span_problems(re.spans, text_length, others)
        label = f"RE {re.number}" if not re_number_problems(re.number) else "an RE"
        problems += [f"{label}: {problem}" for problem in found]
    return problems


def _overlapping(res: Sequence[ReDraft]) -> dict[int, set[int]]:
    """For each RE (by position), the other REs whose text overlaps it (one sweep in text order)."""
    pieces = sorted((span, n) for n, re in enumerate(res) for span in re.spans)
    found: dict[int, set[int]] = defaultdict(set)
    open_pieces: list[tuple[Span, int]] = []
    for span, n in pieces:
        open_pieces = [(s, m) for s, m in open_pieces if s.end > span.start]
        for _, m in open_pieces:
            if m != n:
                found[n].add(m)
                found[m].add(n)
        open_pieces.append((span, n))
    return found
