"""Read coded units back from a Units sheet (.xlsx, first sheet) or a units CSV, row by row.

CSV texts lose the ``'`` the export put before texts a spreadsheet could execute; xlsx cells
are read as they are.
Only what a unit needs is read; other columns (labels, clusters, line numbers, timestamps,
uids) are ignored. A row without start and end may give the unit's exact text instead: the
caller finds it within the row's RE. Every row is checked and each problem kept with the row
number the spreadsheet shows; checks against the project (REs, categories, spans) are the
caller's.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from ccrt_coder.core.domain import (
    NARRATOR_WORDS,
    Actuality,
    Component,
    Explicitness,
    Layer,
    NarratorRole,
    Span,
    Valence,
)
from ccrt_coder.core.errors import InputError
from ccrt_coder.io import limits
from ccrt_coder.io.cell_safety import restore_text
from ccrt_coder.io.problems import ProblemList, quoted
from ccrt_coder.io.tables import TableRow, open_table
from ccrt_coder.io.units_format import LU_COLUMN, parse_spans

REQUIRED = ("dyad", "narrator", "phase", "re", "component")
OPTIONAL = (
    "start", "end", "coder", "layer", "category_code", "valence", "actuality", "explicitness",
    LU_COLUMN, "tailor_label", "memo", "spans", "text",
)  # fmt: skip
_T = TypeVar("_T")
_COMPONENTS = {**{c.value.lower(): c for c in Component}, **{c.title.lower(): c for c in Component}}
_LAYERS = {"": Layer.CODER, "coder": Layer.CODER, "consensus": Layer.CONSENSUS}
_VALENCES = {"": None, "+": Valence.POSITIVE, "positive": Valence.POSITIVE,
             "pos": Valence.POSITIVE, "-": Valence.NEGATIVE, "negative": Valence.NEGATIVE,
             "neg": Valence.NEGATIVE}  # fmt: skip
_ACTUALITIES = {"": None, **{a.value: a for a in Actuality}}
_EXPLICITNESS = {"": None, **{e.value: e for e in Explicitness}}


class _RowProblem(Exception):
    """One reason a row cannot be read (collected, never shown as such)."""


@dataclass(frozen=True, slots=True)
class CodedRow:
    """One unit as a row gives it; the RE is named, not yet looked up."""

    row: int
    dyad: str
    narrator: NarratorRole
    phase: int
    re: int
    coder: str
    layer: Layer
    component: Component
    spans: tuple[Span, ...]  # empty: the unit is found by its ``text`` within the RE
    categories: tuple[str, ...] = ()
    valence: Valence | None = None
    actuality: Actuality | None = None
    explicitness: Explicitness | None = None
    lu_direction: str | None = None
    tailor_label: str = ""
    memo: str = ""
    text: str | None = None  # the coded text as the file shows it, checked if given


@dataclass(frozen=True)
class CodedTable:
    """The rows that could be read, ``(row number, reason)`` for the first problems found
    (at most ``limits.MAX_PROBLEMS``) and how many problems there are in all."""

    rows: tuple[CodedRow, ...]
    problems: tuple[tuple[int, str], ...]
    problem_count: int = 0


def read_coded_units(path: str | os.PathLike[str], coder: str | None = None) -> CodedTable:
    """Units from a Units sheet; ``coder`` (if given) is the coder of every row."""
    table = open_table(path, required=REQUIRED, optional=OPTIONAL)
    columns = table.columns
    if coder is None and "coder" not in columns:
        raise InputError(f"{Path(path).name}: no 'coder' column; name the coder with --coder")
    if not {"start", "end"} <= set(columns) and "text" not in columns:
        raise InputError(
            f"{Path(path).name}: needs 'start' and 'end' columns, or a 'text' column by which "
            "each unit is found in its RE"
        )
    restore = restore_text if Path(path).suffix.lower() == ".csv" else _as_is
    rows: list[CodedRow] = []
    problems: ProblemList[tuple[int, str]] = ProblemList()
    for line in table.rows:
        reasons: list[str] = []
        row = _read_row(line, coder, reasons, restore)
        problems.extend((line.number, reason) for reason in reasons)
        if row is not None and not reasons:
            rows.append(row)
    return CodedTable(tuple(rows), tuple(problems.items), problems.total)


def _as_is(text: str) -> str:
    return text


def _read_row(
    line: TableRow, coder: str | None, reasons: list[str], restore: Callable[[str], str]
) -> CodedRow | None:
    def get(name: str) -> str:
        return restore(line.values.get(name, ""))

    def field(convert: Callable[[], _T]) -> _T | None:
        try:
            return convert()
        except _RowProblem as problem:
            reasons.append(str(problem))
            return None

    values = {
        "dyad": field(lambda: _required(get("dyad"), "dyad")),
        "narrator": field(lambda: _choice(get("narrator"), NARRATOR_WORDS, "narrator")),
        "phase": field(lambda: _integer(get("phase"), "phase")),
        "re": field(lambda: _integer(get("re"), "re")),
        "coder": field(lambda: _required(coder or get("coder"), "coder")),
        "layer": field(lambda: _choice(get("layer"), _LAYERS, "layer")),
        "component": field(lambda: _choice(get("component"), _COMPONENTS, "component")),
        "spans": field(lambda: _spans(get("start"), get("end"), get("spans"), get("text"))),
        "valence": field(lambda: _choice(get("valence"), _VALENCES, "valence")),
        "actuality": field(lambda: _choice(get("actuality"), _ACTUALITIES, "actuality")),
        "explicitness": field(lambda: _choice(get("explicitness"), _EXPLICITNESS, "explicitness")),
    }
    if reasons:
        return None
    text = line.values.get("text")
    return CodedRow(
        row=line.number,
        categories=tuple(c.strip() for c in get("category_code").split(";") if c.strip()),
        lu_direction=get(LU_COLUMN).upper() or None,
        tailor_label=get("tailor_label"),
        memo=get("memo"),
        text=restore(text) if text else None,
        **values,  # type: ignore[arg-type]  # each value has the type its parser above checked
    )


def _required(value: str, what: str) -> str:
    if not value:
        raise _RowProblem(f"no {what}")
    return value


def _choice(value: str, choices: dict[str, _T], what: str) -> _T:
    try:
        return choices[value.strip().lower()]
    except KeyError:
        allowed = ", ".join(sorted(k for k in choices if k)) or "nothing"
        raise _RowProblem(f"{what} {quoted(value)} is not one of {allowed}") from None


def _integer(value: str, what: str) -> int:
    try:
        number = float(value)
    except ValueError:
        number = float("nan")
    if not number.is_integer():
        raise _RowProblem(f"{what} must be a whole number, not {quoted(value)}")
    if abs(number) > limits.MAX_NUMBER:
        raise _RowProblem(f"{what} {quoted(value)} is too large (at most {limits.MAX_NUMBER:,})")
    return int(number)


def _spans(start: str, end: str, spans: str, text: str) -> tuple[Span, ...]:
    if not start.strip() and not end.strip():
        if spans.strip():
            return _pieces(spans)
        if text.strip():
            return ()  # found by its text
        raise _RowProblem("no start and end, and no text to find the unit by")
    first, last = _integer(start, "start"), _integer(end, "end")
    if first >= last:
        raise _RowProblem(f"start ({first}) must be before end ({last})")
    if not spans:
        return _checked([(first, last)])
    pieces = _pieces(spans)
    if (pieces[0].start, pieces[-1].end) != (first, last):
        raise _RowProblem(f"start and end ({first}, {last}) do not match spans {quoted(spans)}")
    return pieces


def _pieces(spans: str) -> tuple[Span, ...]:
    try:
        pairs = sorted(parse_spans(spans))
    except ValueError:
        raise _RowProblem(f"spans {quoted(spans)} are not like '120-180; 200-240'") from None
    return _checked(pairs)


def _checked(pairs: list[tuple[int, int]]) -> tuple[Span, ...]:
    if any(abs(n) > limits.MAX_NUMBER for pair in pairs for n in pair):
        raise _RowProblem(f"a span is too large (offsets at most {limits.MAX_NUMBER:,})")
    try:
        return tuple(Span(a, b) for a, b in pairs)
    except ValueError as exc:
        raise _RowProblem(str(exc)) from None
