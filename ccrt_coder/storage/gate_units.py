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
from typing import Protocol

from ccrt_coder.core.categories import CategorySystem
from ccrt_coder.core.domain import Span
from ccrt_coder.core.rules import unit_span_problems, unit_value_problems
from ccrt_coder.storage import gate_kinds
from ccrt_coder.storage.span_screen import units_keeping_text_rule
from ccrt_coder.storage.unit_table import UnitTable, id_range

Systems = dict[int, tuple[CategorySystem, dict[int, str]]]  # id -> (system, its codes by id)
_NO_SYSTEM = CategorySystem("none", "", ())
_SCREENED_FROM = 5000  # units; fewer are all asked the rule (a first open then needs no numpy)
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
        run, no_categories, categories = self._run, (), units.categories
        kept = self._keeping_text_rule(units) if len(units.rows) >= _SCREENED_FROM else set()
        for row in units.rows:
            unit, re_id = row[0], row[1]
            cats = categories.get(unit)
            texts = isinstance(row[7], str) and isinstance(row[12], str)
            unread, rules = self._values.of(
                (row[4], row[6], *row[8:12], texts, no_categories if cats is None else tuple(cats))
            )
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
        whole = "typeof({0}start) = 'integer' AND typeof({0}\"end\") = 'integer'"
        among, ids = "s.unit_id BETWEEN ? AND ?", id_range(units.rows)
        spans = self._run(
            'SELECT s.unit_id, u.re_id, s.start, s."end" FROM unit_spans s '
            f"JOIN coded_units u ON u.id = s.unit_id WHERE {among} AND {whole.format('s.')} "
            "AND typeof(u.re_id) = 'integer'",
            ids,
        ).fetchall()
        re_spans = self._run(f'SELECT re_id, start, "end" FROM re_spans WHERE {whole.format("")}')
        odd = self._run(
            f"SELECT DISTINCT s.unit_id FROM unit_spans s WHERE {among} "
            f"AND NOT ({whole.format('s.')})",
            ids,
        )
        return units_keeping_text_rule(spans, re_spans.fetchall()) - {unit for (unit,) in odd}


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
        *values, lu_direction, texts, category_ids = key  # values: layer, component, ...
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
