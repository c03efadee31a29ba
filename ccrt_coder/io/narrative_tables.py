"""Tables of REs (.csv, .xlsx; one row per RE) read as the interviews they make up."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ccrt_coder.core.domain import NARRATORS, NarratorRole, Span, StudySettings
from ccrt_coder.core.errors import InputError
from ccrt_coder.core.narratives import InterviewDraft, ReDraft
from ccrt_coder.core.rules import re_number_problems
from ccrt_coder.io import limits
from ccrt_coder.io.narrative_fields import (
    narrator_problem,
    parse_narrator,
    parse_phase,
    phase_problem,
)
from ccrt_coder.io.problems import ProblemList, problems_error, quoted
from ccrt_coder.io.tables import TableRow, read_table_and_encoding
from ccrt_coder.io.transcript_parser import is_marker_line, marker_line, resolve_time_frame

TABLE_SUFFIXES = (".csv", ".xlsx")
TABLE_COLUMNS = ("dyad", "narrator", "phase", "re", "other", "text")
OPTIONAL_TABLE_COLUMNS = ("other_name", "time_frame", "patient", "therapist")


@dataclass(frozen=True)
class _TableRe:
    """One valid table row: an RE of the interview ``key``."""

    row: int
    key: tuple[str, NarratorRole, int]
    number: int
    other_type: str
    other_name: str
    time_frame: str
    text: str


_Problems = ProblemList[tuple[int, str]]  # (row number, reason)
_Persons = dict[tuple[str, str], tuple[str, int]]  # (dyad, role) -> (person code, first row)


def read_table_file(path: Path, settings: StudySettings) -> tuple[list[InterviewDraft], str]:
    """The interviews of a table with one row per RE, and its text encoding ('' for .xlsx).

    Every row is checked; all problems are reported at once with their row numbers.
    """
    rows, encoding = read_table_and_encoding(
        path, required=TABLE_COLUMNS, optional=OPTIONAL_TABLE_COLUMNS
    )
    problems: _Problems = ProblemList()
    persons: _Persons = {}
    items = [item for row in rows if (item := _table_re(row, settings, problems))]
    for row in rows:
        _check_persons(row, persons, problems)
    _check_duplicates(items, problems)
    if problems:
        ordered = sorted(problems.items, key=lambda p: p[0])
        lines = [f"row {row}: {reason}" for row, reason in ordered]
        raise problems_error(path.name, lines, problems.total)
    interviews: dict[tuple[str, NarratorRole, int], list[_TableRe]] = {}
    for item in items:
        interviews.setdefault(item.key, []).append(item)
    drafts = [_interview(key, group, path.name, persons) for key, group in interviews.items()]
    return drafts, encoding


def _table_re(row: TableRow, settings: StudySettings, problems: _Problems) -> _TableRe | None:
    """One row as an RE, or None after adding its problems."""
    values, before = row.values, len(problems)

    def problem(reason: str) -> None:
        problems.append((row.number, reason))

    if not values["dyad"]:
        problem("empty dyad")
    narrator = parse_narrator(values["narrator"])
    if narrator is None:
        problem(narrator_problem(values["narrator"]))
    phase = parse_phase(values["phase"], settings)
    if phase is None:
        problem(phase_problem(values["phase"], settings))
    number = _re_number(values["re"], problem)
    other_type = settings.resolve_other_type(values["other"])
    if other_type is None:
        known = ", ".join(settings.other_person_types)
        problem(f"unknown other person {values['other']!r}; known: {known}")
    time_frame = resolve_time_frame(values.get("time_frame", ""), settings)
    if time_frame is None:
        known = ", ".join(settings.time_frames)
        problem(f"unknown time frame {values['time_frame']!r}; known: {known}")
    other_name = values.get("other_name", "")
    if "(" in other_name or ")" in other_name:
        problem(f"other_name {other_name!r} must not contain parentheses")
    _check_text(values["text"], problem)
    if len(problems) > before:
        return None
    if narrator is None or phase is None or number is None or other_type is None:
        return None  # unreachable: each None added a problem; narrows the types
    if time_frame is None:
        return None
    key = (values["dyad"], narrator, phase)
    return _TableRe(row.number, key, number, other_type, other_name, time_frame, values["text"])


def _re_number(value: str, problem: Callable[[str], None]) -> int | None:
    try:
        number = int(value)
    except ValueError:
        problem(f"RE number {quoted(value)} is not a whole number")
        return None
    number_problems = re_number_problems(number)
    for message in number_problems:
        problem(message)
    return None if number_problems else number


def _check_text(text: str, problem: Callable[[str], None]) -> None:
    """An RE text must not hold marker lines: the stored transcript must re-parse the same."""
    if not text:
        problem("empty text")
        return
    for line_no, line in enumerate(text.split("\n"), start=1):
        if is_marker_line(line):
            problem(f"line {line_no} of the text looks like an RE marker: {line.strip()!r}")
            return


def _check_persons(row: TableRow, persons: _Persons, problems: _Problems) -> None:
    """A dyad has one patient and one therapist: all its rows that name them must agree."""
    dyad = row.values["dyad"]
    for role in NARRATORS:
        code = row.values.get(role, "")
        if not (dyad and code):
            continue
        first_code, first_row = persons.setdefault((dyad, role), (code, row.number))
        if code != first_code:
            reason = (
                f"{role} {code!r} differs from {first_code!r} for dyad {dyad} in row {first_row}"
            )
            problems.append((row.number, reason))


def _check_duplicates(items: list[_TableRe], problems: _Problems) -> None:
    first_rows: dict[tuple[str, NarratorRole, int, int], int] = {}
    for item in items:
        first = first_rows.setdefault((*item.key, item.number), item.row)
        if first != item.row:
            dyad, narrator, phase = item.key
            interview = f"{dyad} / {narrator.value} / phase {phase}"
            reason = f"duplicate RE {item.number} of {interview} (first in row {first})"
            problems.append((item.row, reason))


def _interview(
    key: tuple[str, NarratorRole, int], items: list[_TableRe], source: str, persons: _Persons
) -> InterviewDraft:
    """The transcript a .txt import would give: per RE its marker line, text and a blank line."""
    parts: list[str] = []
    res: list[ReDraft] = []
    offset = 0
    for item in sorted(items, key=lambda item: item.number):
        marker = marker_line(item.number, item.other_type, item.other_name, item.time_frame)
        start = offset + len(marker) + 1
        span = Span(start, start + len(item.text))
        res.append(ReDraft(item.number, item.other_type, (span,), item.other_name, item.time_frame))
        parts.append(f"{marker}\n{item.text}\n\n")
        offset += len(parts[-1])
    dyad, narrator, phase = key
    patient, therapist = (persons.get((dyad, r.value), (None,))[0] for r in NarratorRole)
    text = "".join(parts)
    if len(text) > limits.MAX_TEXT_CHARS:
        raise InputError(
            f"{source}: the transcript of {dyad} {narrator.value} {phase} would have "
            f"{len(text):,} characters (limit {limits.MAX_TEXT_CHARS:,})"
        )
    return InterviewDraft(dyad, narrator, phase, text, tuple(res), source, patient, therapist)
