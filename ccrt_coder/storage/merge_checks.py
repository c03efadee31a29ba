"""The rules a merge's units and ratings meet on their way into the target, as coding's do.

A merged layer comes from a copy that passed the gate; here its rows meet core's rules once more
against the target they go into (its REs' spans, its "nothing codable" marks).
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from ccrt_coder.core.categories import CategorySystem
from ccrt_coder.core.completeness import check_completeness
from ccrt_coder.core.domain import Span
from ccrt_coder.core.errors import InputError
from ccrt_coder.core.rules import unit_span_problems, unit_value_problems
from ccrt_coder.storage import gate_kinds, unit_rows
from ccrt_coder.storage.rating_snap import RatingSnap
from ccrt_coder.storage.span_screen import units_keeping_text_rule
from ccrt_coder.storage.unit_table import Spans, UnitDetail, UnitRow


def check_merged(
    session: Session,
    ratings: list[RatingSnap],
    units: list[tuple[UnitRow, UnitDetail]],
    coder_id: dict[str, int],
    re_ids: dict[str, int],
) -> None:
    """A copy is a file from others: its units and ratings meet the rules coding meets (units
    inside their RE, valence on RO/RS only, ratings on the grid, no unit on an RE marked
    "nothing codable"); categories were matched to the target's when the merge was planned.
    Core's value rule is asked once per combination of values; its text rule for the units
    that the array screen (:mod:`ccrt_coder.storage.span_screen`) cannot clear."""
    for rating in ratings:
        check_completeness(rating.completeness)
    placed = [(u, spans, re_ids[u.re_uid]) for u, (spans, _) in units]
    re_spans = unit_rows.re_spans(session, {re_id for _, _, re_id in placed})
    kept = _screened(placed, re_spans)
    values: dict[tuple, list[str]] = {}
    for n, (unit, spans, re_id) in enumerate(placed):
        key = (unit.layer, unit.component, *unit[6:10])  # valence ... LU direction
        if key not in values:
            values[key] = _value_problems(*key)
        if n in kept:
            problems = values[key]
        else:
            try:
                pieces = [Span(start, end) for start, end in spans]
            except ValueError as exc:  # a value no version of the app stores
                raise InputError(f"a merged unit has an unknown value: {exc}") from None
            problems = unit_span_problems(pieces, re_spans[re_id]) + values[key]
        if problems:
            raise InputError("; ".join(problems))
    keys = {(re_id, coder_id[u.coder_uid], u.layer) for u, _, re_id in placed}
    unit_rows.check_not_marked(session, keys)


def _screened(
    placed: list[tuple[UnitRow, Spans, int]], re_spans: dict[int, list[Span]]
) -> set[int]:
    """The positions in ``placed`` of the units that surely keep core's text rule."""
    whole = [
        (n, re_id, start, end)
        for n, (_, spans, re_id) in enumerate(placed)
        for start, end in spans
        if _whole(start, end)  # what arrays of whole numbers hold
    ]
    odd = {n for n, (_, spans, _) in enumerate(placed) for s in spans if not _whole(*s)}
    pieces = [(re_id, p.start, p.end) for re_id, ps in re_spans.items() for p in ps]
    return units_keeping_text_rule(whole, pieces) - odd


def _whole(start: object, end: object) -> bool:
    return type(start) is int and type(end) is int


def _value_problems(
    layer: str,
    component: str,
    valence: str | None,
    actuality: str | None,
    explicitness: str | None,
    lu_direction: str | None,
) -> list[str]:
    """Core's value rule for a unit's layer, component, valence, actual/anticipated,
    explicit/inferred and LU direction (its categories are matched when planning)."""
    unknown, members = gate_kinds.unit_kinds(layer, component, valence, actuality, explicitness)
    if unknown:  # a value no version of the app stores
        raise InputError(f"a merged unit has an unknown value: {'; '.join(unknown)}")
    _, kind, valence_member, actuality_member, _ = members
    return unit_value_problems(
        kind,  # type: ignore[arg-type]  # a Component: refused above when not
        (),
        valence_member,  # type: ignore[arg-type]  # of its enum, or None
        actuality_member,  # type: ignore[arg-type]
        lu_direction,
        CategorySystem("none", "", ()),
    )
