"""The coded units of a file from elsewhere, each checked by core's unit rules.

A study holds hundreds of thousands of units but only a few thousand combinations of their
values (layer, component, valence, actual/anticipated, explicit/inferred, LU direction, the
categories in order, label and memo being text): core's value rule
(:func:`~ccrt_coder.core.rules.unit_value_problems`, a function of those values alone) is asked
once per combination, its text rule (:func:`~ccrt_coder.core.rules.unit_span_problems`) once per
unit. Every unit thus meets the whole of :func:`~ccrt_coder.core.rules.unit_problems`.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from itertools import compress
from operator import itemgetter
from typing import Protocol

from ccrt_coder.core.categories import CategorySystem
from ccrt_coder.core.domain import Span
from ccrt_coder.core.rules import unit_span_problems, unit_value_problems
from ccrt_coder.storage import gate_kinds
from ccrt_coder.storage.span_screen import units_keeping_text_rule
from ccrt_coder.storage.unit_table import UnitTable, chosen

Systems = dict[int, tuple[CategorySystem, dict[int, str]]]  # id -> (system, its codes by id)
_NO_SYSTEM = CategorySystem("none", "", ())
_SCREENED_FROM = 5000  # units; fewer are all asked the rule (a first open then needs no numpy)
_ID, _RE, _LABEL, _MEMO = itemgetter(0), itemgetter(1), itemgetter(7), itemgetter(12)  # a row's
_START, _END = itemgetter(1), itemgetter(2)  # a span's (its unit's id is _ID)
_VALUES = itemgetter(4, 6, 8, 9, 10, 11)  # layer, component, valence ... LU direction
_SPANS_SQL = 'SELECT start, "end" FROM unit_spans WHERE unit_id = ?'
_BAD_SPAN = gate_kinds.unit_row_problems([], True, False, True)
_WHERE_SQL = (
    "SELECT re.number, substr(d.code, 1, 100) || ' / ' || substr(i.narrator, 1, 20) || "
    "' / phase ' || i.phase FROM relationship_episodes re "
    "JOIN interviews i ON i.id = re.interview_id JOIN dyads d ON d.id = i.dyad_id WHERE re.id = ?"
)


class Found(Protocol):
    def add(self, where: str, problems: list[str]) -> None: ...


class UnitChecker:
    """Checks a file's units batch by batch (``check`` per :class:`UnitTable`), adding the
    problems of every unit row, named by interview and RE, to ``found``."""

    def __init__(self, run: Callable, systems: Systems, found: Found) -> None:
        self._run, self._found = run, found
        self._bad_res, self._re_spans = _re_spans(run)
        self._values = _Values(systems)
        self._names: dict[int, str] = {}

    def check(self, units: UnitTable) -> None:
        rows, run = units.rows, self._run
        ids = list(map(_ID, rows))
        keys = list(  # each row's combination of values, made at C speed
            zip(
                map(_VALUES, rows),
                map(type, map(_LABEL, rows)),
                map(type, map(_MEMO, rows)),
                map(units.categories.get, ids),
                strict=True,
            )
        )
        flagged = {key for key in set(keys) if any(self._values.of(key))}
        kept = self._keeping_text_rule(units) if len(rows) >= _SCREENED_FROM else set()
        asked = set(ids) - kept  # the rows core's rules are asked about one by one
        asked.update(compress(ids, map(flagged.__contains__, keys)))
        asked.update(compress(ids, map(self._bad_res.__contains__, map(_RE, rows))))
        for row, key in compress(zip(rows, keys, strict=True), map(asked.__contains__, ids)):
            unit, re_id = row[0], row[1]
            unread, rules = self._values.of(key)
            bad_re = re_id in self._bad_res
            if unread or unit not in kept or bad_re:  # core's rules ask on
                problems = _asked(run, unit, self._re_spans.get(re_id, []), bad_re, unread, rules)
            else:
                problems = rules
            if problems:  # named only then: 200,000 units, almost all without problems
                self._found.add(self._where(re_id), problems)

    def _where(self, re_id: int) -> str:
        if re_id not in self._names:
            number, interview = self._run(_WHERE_SQL, (re_id,)).fetchone() or ("?", "?")
            self._names[re_id] = f"{interview!s:.140} RE {number!s:.20}, a unit"
        return self._names[re_id]

    def _keeping_text_rule(self, units: UnitTable) -> set[int]:
        """Those of ``units`` that surely keep core's text rule (see
        :mod:`ccrt_coder.storage.span_screen`)."""
        re_of = dict(zip(map(_ID, units.rows), map(_RE, units.rows), strict=True))
        if set(map(type, re_of.values())) - {int}:  # values no version of the app stores
            re_of = {unit: re for unit, re in re_of.items() if type(re) is int}
        spans = units.spans
        if not all(map(re_of.__contains__, map(_ID, spans))):  # spans of units not read here
            spans = chosen(spans, set(re_of), _ID)
        units_of = list(map(_ID, spans))
        placed = list(
            zip(
                units_of,
                map(re_of.__getitem__, units_of),
                map(_START, spans),
                map(_END, spans),
                strict=True,
            )
        )
        re_spans = self._run(
            "SELECT re_id, start, \"end\" FROM re_spans WHERE typeof(re_id) = 'integer' AND "
            "typeof(start) = 'integer' AND typeof(\"end\") = 'integer'"
        )
        return units_keeping_text_rule(placed, re_spans.fetchall()) - units.odd_spans


def _asked(
    run: Callable,
    unit: int,
    re_spans: list[Span],
    bad_re: bool,
    unread: list[str],
    rules: list[str],
) -> list[str]:
    """A unit's problems by core's text rule and value rule, which need readable values and
    spans (the screen left it to them)."""
    pieces = [span_of(*span) for span in run(_SPANS_SQL, (unit,))]
    if unread or bad_re or None in pieces:
        return unread + (_BAD_SPAN if bad_re or None in pieces else [])
    return unit_span_problems(pieces, re_spans) + rules  # type: ignore[arg-type]  # no None


class _Values:
    """A combination's problems: those that keep core's rules from being asked (values no
    version of the app stores, categories of no or of two systems in the file), else core's
    value rule's; computed once per combination."""

    def __init__(self, systems: Systems) -> None:
        self.systems = systems
        self.system_of = {
            cid: (system_id, code)
            for system_id, (_, codes) in systems.items()
            for cid, code in codes.items()
        }
        self.seen: dict[tuple, tuple[list[str], list[str]]] = {}

    def of(self, key: tuple) -> tuple[list[str], list[str]]:
        found = self.seen.get(key)
        if found is None:
            found = self.seen[key] = self._check(key)
        return found

    def _check(self, key: tuple) -> tuple[list[str], list[str]]:
        (*values, lu_direction), label_type, memo_type, category_ids = key
        texts = label_type is str and memo_type is str
        category_ids = category_ids or ()
        kind_problems, members = gate_kinds.unit_kinds(*values)
        keys = [self.system_of.get(c) for c in category_ids]
        systems = {k[0] if k else None for k in keys}
        mixed = None in systems or len(systems) > 1  # unknown or of two systems in the file
        if kind_problems or not texts or mixed:
            return gate_kinds.unit_row_problems(kind_problems, texts, mixed, False), []
        system = self.systems[systems.pop()][0] if systems else _NO_SYSTEM  # type: ignore[index]
        _, component, valence, actuality, _ = members
        codes = [k[1] for k in keys if k]
        rules = unit_value_problems(
            component,  # type: ignore[arg-type]  # a Component: refused above when not
            codes,
            valence,  # type: ignore[arg-type]  # of its enum, or None
            actuality,  # type: ignore[arg-type]
            lu_direction,
            system,
        )
        return [], rules


def _re_spans(run: Callable) -> tuple[set[int], dict[int, list[Span]]]:
    """The REs with a span that is not a range, and the RE spans of the others."""
    bad: set[int] = set()
    re_spans: dict[int, list[Span]] = defaultdict(list)
    for re_id, start, end in run('SELECT re_id, start, "end" FROM re_spans'):
        span = span_of(start, end)
        if span is None:
            bad.add(re_id)
        else:
            re_spans[re_id].append(span)
    return bad, re_spans


def span_of(start: object, end: object) -> Span | None:
    """The span, or None when the values are no range of a text."""
    if not (isinstance(start, int) and isinstance(end, int)):
        return None
    try:
        return Span(start, end)
    except ValueError:
        return None
