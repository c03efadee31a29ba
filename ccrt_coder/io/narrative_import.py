"""Import RAP interviews from .txt/.docx transcripts and .csv/.xlsx tables as InterviewDrafts."""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from ccrt_coder.core.domain import NARRATOR_WORDS, NARRATORS, NarratorRole, Span, StudySettings
from ccrt_coder.core.errors import InputError
from ccrt_coder.core.narratives import InterviewDraft, ReDraft
from ccrt_coder.io.problems import problems_error
from ccrt_coder.io.tables import TableRow, read_table
from ccrt_coder.io.text_decoding import check_file, read_text_file
from ccrt_coder.io.transcript_parser import (
    is_marker_line,
    marker_line,
    parse_transcript,
    resolve_time_frame,
)

SUPPORTED_EXTENSIONS = (".txt", ".docx", ".csv", ".xlsx")
TABLE_COLUMNS = ("dyad", "narrator", "phase", "re", "other", "text")
OPTIONAL_TABLE_COLUMNS = ("other_name", "time_frame", "patient", "therapist")
DOCX_MAX_BYTES = 50 * 1024 * 1024

_FILE_NAME = re.compile(
    r"^(?P<dyad>.*?[^_\- ])[_\- ]+(?P<narrator>patient|therapist|p|t)[_\- ]+(?P<phase>\d+)$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class _Options:
    """Metadata given by the caller (CLI ``--dyad`` etc.) for transcripts."""

    dyad: str | None
    narrator: str | NarratorRole | None
    phase: int | str | None
    patient: str | None
    therapist: str | None


def read_narratives(
    paths: Iterable[str | os.PathLike[str]],
    *,
    settings: StudySettings,
    dyad: str | None = None,
    narrator: str | NarratorRole | None = None,
    phase: int | str | None = None,
    patient: str | None = None,
    therapist: str | None = None,
) -> list[InterviewDraft]:
    """All interviews in ``paths``, or InputError: an import is all-or-nothing.

    Keyword options apply to .txt/.docx files only; tables carry their metadata in columns.
    """
    if isinstance(paths, str | os.PathLike):
        paths = [paths]
    options = _Options(dyad, narrator, phase, patient, therapist)
    drafts: list[InterviewDraft] = []
    seen: dict[tuple[str, NarratorRole, int], str] = {}
    for path in map(Path, paths):
        for draft in _read_file(path, settings, options):
            if draft.key in seen:
                raise InputError(
                    f"{path.name}: interview {draft.describe()} is also in {seen[draft.key]}"
                )
            seen[draft.key] = path.name
            drafts.append(draft)
    return drafts


def parse_narrator(value: str | NarratorRole) -> NarratorRole | None:
    """patient/therapist or P/T, case-insensitive; None if neither."""
    return NARRATOR_WORDS.get(str(value).strip().lower())


def parse_phase(value: int | str, settings: StudySettings) -> int | None:
    """A phase of the study (``5``, ``"15"``); None if not one of ``settings.phases``."""
    try:
        number = int(str(value).strip())
    except ValueError:
        return None
    return number if number in settings.phases else None


def _read_file(path: Path, settings: StudySettings, options: _Options) -> list[InterviewDraft]:
    suffix = path.suffix.lower()
    if suffix in (".csv", ".xlsx"):
        return _table_drafts(path, settings)
    if suffix not in (".txt", ".docx"):
        supported = ", ".join(SUPPORTED_EXTENSIONS)
        hint = " (save it as .docx)" if suffix == ".doc" else ""
        raise InputError(
            f"{path.name}: unsupported file type '{suffix or '(none)'}'{hint}; "
            f"supported: {supported}"
        )
    dyad, narrator, phase = _transcript_metadata(path, settings, options)
    text = read_text_file(path) if suffix == ".txt" else _docx_text(path)
    res = parse_transcript(text, settings=settings, source=path.name)
    draft = InterviewDraft(
        dyad, narrator, phase, text, res, path.name, options.patient, options.therapist
    )
    return [draft]


def _docx_text(path: Path) -> str:
    """Paragraph texts joined with newlines (tables, headers and notes are not read)."""
    check_file(path, max_bytes=DOCX_MAX_BYTES)
    import docx  # lazy: start-up speed

    try:
        document = docx.Document(str(path))
        text = "\n".join(paragraph.text for paragraph in document.paragraphs)
    except Exception:  # python-docx raises zip, XML, key and value errors alike
        raise InputError(f"{path.name}: not a Word document (.docx)") from None
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError(f"{path.name}: the document has no text")
    return text


def _transcript_metadata(
    path: Path, settings: StudySettings, options: _Options
) -> tuple[str, NarratorRole, int]:
    """Dyad, narrator and phase from the options, else from a ``<dyad>_<narrator>_<phase>`` name."""
    named = _FILE_NAME.match(path.stem)
    from_name = named.groupdict() if named else {"dyad": "", "narrator": "", "phase": ""}
    dyad = str(options.dyad or "").strip() or from_name["dyad"]
    narrator_value = str(options.narrator or "").strip() or from_name["narrator"]
    phase_value = str(options.phase if options.phase is not None else "").strip()
    phase_value = phase_value or from_name["phase"]
    given = {"dyad": dyad, "narrator": narrator_value, "phase": phase_value}
    missing = [what for what, value in given.items() if not value]
    if missing:
        flags = " ".join(f"--{what}" for what in missing)
        raise InputError(
            f"{path.name}: cannot tell the {_and(missing)} from the file name; give {flags} "
            f"(or name the file like D01_patient_5{path.suffix})"
        )
    narrator = parse_narrator(narrator_value)
    if narrator is None:
        raise InputError(
            f"{path.name}: unknown narrator {narrator_value!r} (use patient or therapist, or P/T)"
        )
    phase = parse_phase(phase_value, settings)
    if phase is None:
        raise InputError(f"{path.name}: {_phase_problem(phase_value, settings)}")
    return dyad, narrator, phase


def _and(words: list[str]) -> str:
    return " and ".join(filter(None, [", ".join(words[:-1]), words[-1]]))


def _phase_problem(value: str, settings: StudySettings) -> str:
    return f"unknown phase {value!r} (study phases: {', '.join(map(str, settings.phases))})"


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


_Problems = list[tuple[int, str]]  # (row number, reason)
_Persons = dict[tuple[str, str], tuple[str, int]]  # (dyad, role) -> (person code, first row)


def _table_drafts(path: Path, settings: StudySettings) -> list[InterviewDraft]:
    rows = read_table(path, required=TABLE_COLUMNS, optional=OPTIONAL_TABLE_COLUMNS)
    problems: _Problems = []
    persons: _Persons = {}
    items = [item for row in rows if (item := _table_re(row, settings, problems))]
    for row in rows:
        _check_persons(row, persons, problems)
    _check_duplicates(items, problems)
    if problems:
        lines = [f"row {row}: {reason}" for row, reason in sorted(problems, key=lambda p: p[0])]
        raise problems_error(path.name, lines)
    interviews: dict[tuple[str, NarratorRole, int], list[_TableRe]] = {}
    for item in items:
        interviews.setdefault(item.key, []).append(item)
    return [_interview(key, group, path.name, persons) for key, group in interviews.items()]


def _table_re(row: TableRow, settings: StudySettings, problems: _Problems) -> _TableRe | None:
    """One row as an RE, or None after adding its problems."""
    values, before = row.values, len(problems)

    def problem(reason: str) -> None:
        problems.append((row.number, reason))

    if not values["dyad"]:
        problem("empty dyad")
    narrator = parse_narrator(values["narrator"])
    if narrator is None:
        problem(f"unknown narrator {values['narrator']!r} (use patient or therapist, or P/T)")
    phase = parse_phase(values["phase"], settings)
    if phase is None:
        problem(_phase_problem(values["phase"], settings))
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
        problem(f"RE number {value!r} is not a whole number")
        return None
    if number < 1:
        problem(f"RE number {number} must be 1 or more")
        return None
    return number


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
    return InterviewDraft(dyad, narrator, phase, text, tuple(res), source, patient, therapist)
