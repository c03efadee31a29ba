"""The rules a merge's units and ratings meet on their way into the target, as coding's do.

A merged layer comes from a copy that passed the gate; here its rows meet core's rules once more
against the target they go into (its REs' spans, its "nothing codable" marks).
"""

from __future__ import annotations

from itertools import chain, compress, repeat
from operator import itemgetter

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
    placed: list[int],
) -> None:
    """A copy is a file from others: its units (on the REs ``placed``, by id) and ratings meet
    the rules coding meets (units inside their RE, valence on RO/RS only, ratings on the grid,
    no unit on an RE marked "nothing codable"); categories were matched to the target's when
    the merge was planned. Core's value rule is asked once per combination of values; its
    text rule for the units that the array screen (:mod:`ccrt_coder.storage.span_screen`)
    cannot clear. Only units with a problem by either are then taken one by one, in order, so
    the first is reported."""
    for rating in ratings:
        check_completeness(rating.completeness)
    rows = list(map(_ROW, units))
    spans = [detail[0] for _, detail in units]
    re_spans = unit_rows.re_spans(session, set(placed))
    failing = {key for key in dict.fromkeys(map(_VALUES, rows)) if not _keeps_value_rule(key)}
    kept = _screened(spans, placed, re_spans)
    asked = set(range(len(rows))) - kept  # those the text rule is asked for
    if failing:
        asked.update(compress(range(len(rows)), map(failing.__contains__, map(_VALUES, rows))))
    values: dict[tuple, list[str]] = {}
    for n in sorted(asked):
        key = _VALUES(rows[n])
        if key not in values:
            values[key] = _value_problems(*key)
        if n in kept:
            problems = values[key]
        else:
            try:
                pieces = [Span(start, end) for start, end in spans[n]]
            except ValueError as exc:  # a value no version of the app stores
                raise InputError(f"a merged unit has an unknown value: {exc}") from None
            problems = unit_span_problems(pieces, re_spans[placed[n]]) + values[key]
        if problems:
            raise InputError("; ".join(problems))
    coders = map(coder_id.__getitem__, map(_CODER_UID, rows))
    unit_rows.check_none_marked(session, zip(placed, coders, map(_LAYER, rows), strict=True))


_ROW = itemgetter(0)  # of a (UnitRow, UnitDetail)
_CODER_UID, _LAYER = itemgetter(1), itemgetter(2)  # of a UnitRow
_VALUES = itemgetter(2, 4, 6, 7, 8, 9)  # layer, component, valence ... LU direction


def _keeps_value_rule(key: tuple) -> bool:
    try:
        return not _value_problems(*key)
    except InputError:  # an unknown value: worded when its first unit is taken
        return False


def _screened(spans: list[Spans], placed: list[int], re_spans: dict[int, list[Span]]) -> set[int]:
    """The positions of the units (with ``spans``, on the REs ``placed``) that surely keep
    core's text rule."""
    counts = list(map(len, spans))
    flat = list(chain.from_iterable(spans))
    pieces = [(re_id, p.start, p.end) for re_id, ps in re_spans.items() for p in ps]
    if set(map(type, chain.from_iterable(flat))) <= {int}:  # what arrays of whole numbers hold
        whole = zip(
            chain.from_iterable(map(repeat, range(len(spans)), counts)),
            chain.from_iterable(map(repeat, placed, counts)),
            map(_START, flat),
            map(_END, flat),
            strict=True,
        )
        return units_keeping_text_rule(list(whole), pieces)
    every = [
        (n, re_id, start, end)
        for n, (unit, re_id) in enumerate(zip(spans, placed, strict=True))
        for start, end in unit
    ]
    screened = [span for span in every if _whole(*span[2:])]
    odd = {n for n, _, start, end in every if not _whole(start, end)}  # the rule asked for these
    return units_keeping_text_rule(screened, pieces) - odd


_START, _END = itemgetter(0), itemgetter(1)  # of a span's (start, end)


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
