"""Every row of a project from elsewhere, checked by core's rules before anything is read from it.

The rules are the ones the app's own writes meet (study settings, coder names, RE numbers,
headers and spans, units against their RE and category system, the completeness grid, memo
length, uids); here they meet rows that another program may have written. Only the first
problems are kept as text; the rest are counted.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections import Counter, defaultdict, deque
from collections.abc import Callable
from datetime import datetime

from ccrt_coder.core.categories import Category, CategorySystem
from ccrt_coder.core.coders import coder_name_problems
from ccrt_coder.core.completeness import check_completeness
from ccrt_coder.core.domain import (
    Component,
    Layer,
    NarratorRole,
    Span,
    StudySettings,
    Valence,
    count_non_uids,
)
from ccrt_coder.core.errors import InputError
from ccrt_coder.core.memos import MAX_MEMO_CHARS
from ccrt_coder.core.narratives import ReDraft
from ccrt_coder.core.rules import re_drafts_problems
from ccrt_coder.core.settings import settings_problems
from ccrt_coder.storage import gate_units, unit_table
from ccrt_coder.storage.gate_kinds import enum_problems
from ccrt_coder.storage.gate_units import span_of
from ccrt_coder.storage.unit_table import UnitTable, iter_units

_UID_TABLES = (
    "study",
    "category_systems",
    "people",
    "dyads",
    "interviews",
    "transcripts",
    "relationship_episodes",
    "coders",
)  # and coded_units, read with the units
_TIMES = {
    "relationship_episodes": ("created_at", "modified_at"),
    "re_ratings": ("modified_at",),
    "coders": ("created_at",),
    "memos": ("modified_at",),
}


_INTERVIEW = (
    "substr(d.code, 1, 100) || ' / ' || substr(i.narrator, 1, 20) || ' / phase ' || i.phase"
)
_DYAD_JOIN = "JOIN dyads d ON d.id = i.dyad_id"
_INTERVIEW_JOIN = "JOIN interviews i ON i.id = re.interview_id " + _DYAD_JOIN


_LONGEST_LISTED = 200  # longer is no entry of the study's lists; a message never quotes it


class _Problems:
    def __init__(self, limit: int) -> None:
        self.shown: list[str] = []
        self.total = 0
        self._limit = limit

    def add(self, where: str, problems: list[str]) -> None:
        for problem in problems:
            self.total += 1
            if len(self.shown) < self._limit:
                self.shown.append(f"{where}: {problem}")


def row_problems(
    connection: sqlite3.Connection, limit: int, units: UnitTable | None = None
) -> tuple[list[str], int]:
    """The first ``limit`` problems of the project's rows, and how many there are in all;
    ``units`` is the file's :func:`~ccrt_coder.storage.unit_table.read_units` when read (else
    the units are read and checked a batch at a time)."""
    found = _Problems(limit)
    run = connection.execute
    if run("PRAGMA foreign_key_check").fetchone() is not None:
        found.add("the file", ["a row refers to a row that does not exist"])
    for table in _UID_TABLES:
        bad = count_non_uids([value for (value,) in run(f"SELECT uid FROM {table}")])
        found.add(table.replace("_", " "), [f"{bad} uid(s) are not uids"] if bad else [])
    for table, columns in _TIMES.items():
        for name in columns:
            bad = _count_non_times([value for (value,) in run(f"SELECT {name} FROM {table}")])
            found.add(table.replace("_", " "), [f"{bad} {name} are not times"] if bad else [])
    settings = _settings(run, found)
    checker = None
    if settings is not None:
        interviews = _interviews(run, settings, found)
        _res(run, settings, interviews, found)
        _coders(run, found)
        checker = gate_units.UnitChecker(run, _systems(run, found), found)
    unit_bad = Counter[str]()
    for batch in iter_units(run, unit_table.BATCH) if units is None else [units]:
        unit_bad["uid(s) are not uids"] += count_non_uids([row[2] for row in batch.rows])
        for name, at in (("created_at", 13), ("modified_at", 14)):
            unit_bad[f"{name} are not times"] += _count_non_times([row[at] for row in batch.rows])
        if checker is not None:
            checker.check(batch)
    found.add("coded units", [f"{n} {what}" for what, n in unit_bad.items() if n])
    if settings is None:
        return found.shown, found.total
    _ratings(run, found)
    for coder, length in run("SELECT coder_id, length(text) FROM memos"):
        if length is None or length > MAX_MEMO_CHARS:
            found.add(f"a memo of coder {coder}", [f"longer than {MAX_MEMO_CHARS} characters"])
    return found.shown, found.total


def _count_non_times(values: list[object]) -> int:
    """How many of ``values`` are no times (all parsed in C first; one by one if one fails)."""
    try:
        deque(map(datetime.fromisoformat, values), maxlen=0)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return sum(not _is_time(value) for value in values)
    return 0


def _is_time(value: object) -> bool:
    try:
        datetime.fromisoformat(value)  # type: ignore[arg-type]  # anything may be stored
    except (TypeError, ValueError):
        return False
    return True


def _settings(run: Callable, found: _Problems) -> StudySettings | None:
    rows = run(
        "SELECT name, phases, other_person_types, time_frames, completeness_threshold, "
        "min_res_for_ccrt, blind_mode FROM study"
    ).fetchall()
    if len(rows) != 1:
        found.add("the study", [f"there are {len(rows)} study rows, not one"])
        return None
    name, phases, types, frames, threshold, minimum, blind = rows[0]
    phase_list, type_list, frame_list = (_json_list(v) for v in (phases, types, frames))
    if phase_list is None or type_list is None or frame_list is None:
        found.add("the study settings", ["phases, other-person types and time frames are lists"])
        return None
    settings = StudySettings(
        name,
        tuple(phase_list),
        tuple(type_list),
        tuple(frame_list),
        threshold,
        minimum,
        blind in (1, True),
    )
    problems = settings_problems(settings)
    if blind not in (0, 1):
        problems.append("blind mode is on or off")
    found.add("the study settings", problems)
    return None if problems else settings


def _json_list(value: object) -> list | None:
    try:
        loaded = json.loads(value)  # type: ignore[arg-type]  # anything may be stored
    except (TypeError, ValueError, RecursionError):
        return None
    return loaded if isinstance(loaded, list) else None


def _interviews(
    run: Callable, settings: StudySettings, found: _Problems
) -> dict[int, tuple[str, int]]:
    """Interview id -> (its name, its text's length), for the interviews that pass."""
    people = dict(run("SELECT id, role FROM people"))
    for code, role in run("SELECT code, role FROM people"):
        found.add(f"person {str(code)[:100]!r}", enum_problems(NarratorRole, role, "role"))
    for code, patient, therapist in run("SELECT code, patient_id, therapist_id FROM dyads"):
        if (people.get(patient), people.get(therapist)) != ("patient", "therapist"):
            found.add(f"dyad {str(code)[:100]!r}", ["its patient and therapist have wrong roles"])
    passed: dict[int, tuple[str, int]] = {}
    for id_, dyad, narrator, phase, text, sha in run(
        "SELECT i.id, d.code, i.narrator, i.phase, t.text, t.sha256 "
        "FROM interviews i JOIN dyads d ON d.id = i.dyad_id "
        "LEFT JOIN transcripts t ON t.interview_id = i.id"
    ):
        where = f"interview {str(dyad)[:100]} / {str(narrator)[:20]} / phase {phase!s:.20}"
        problems = enum_problems(NarratorRole, narrator, "narrator")
        if phase not in settings.phases:
            problems.append("its phase is not one of the study's phases")
        if not isinstance(text, str):
            problems.append("it has no transcript text")
        elif hashlib.sha256(text.encode("utf-8")).hexdigest() != sha:
            problems.append("its transcript does not match its checksum")
        found.add(where, problems)
        if not problems:
            passed[id_] = (where, len(text))
    return passed


def _res(
    run: Callable,
    settings: StudySettings,
    interviews: dict[int, tuple[str, int]],
    found: _Problems,
) -> None:
    spans: dict[int, list[Span]] = defaultdict(list)
    bad_spans: set[int] = set()
    for re_id, start, end in run(
        'SELECT re_id, start, "end" FROM re_spans ORDER BY re_id, ordinal'
    ):
        span = span_of(start, end)
        if span is None:
            bad_spans.add(re_id)
        else:
            spans[re_id].append(span)
    drafts: dict[int, list[ReDraft]] = defaultdict(list)
    for re_id, interview, number, other, name, frame, partner in run(
        "SELECT id, interview_id, number, other_type, other_name, time_frame, about_partner "
        "FROM relationship_episodes"
    ):
        if interview not in interviews:
            continue
        where = interviews[interview][0]
        problems = [] if re_id not in bad_spans else ["an RE span is not a range of the text"]
        if (
            partner not in (0, 1)
            or not all(isinstance(v, str) for v in (other, name, frame))
            or max(len(other), len(frame)) > _LONGEST_LISTED
        ):
            problems.append("an RE has an unreadable other person, name, time frame or flag")
        found.add(where, problems)
        if not problems:
            drafts[interview].append(ReDraft(number, other, tuple(spans[re_id]), name, frame))
    for interview, res in drafts.items():
        where, length = interviews[interview]
        found.add(where, re_drafts_problems(res, length, settings))


def _coders(run: Callable, found: _Problems) -> None:
    names = [name for (name,) in run("SELECT name FROM coders")]
    seen = Counter(n.strip().casefold() for n in names if isinstance(n, str))
    for name in names:
        if not isinstance(name, str):
            found.add("a coder", ["the name is not text"])
            continue
        problems = coder_name_problems(name, ())
        if seen[name.strip().casefold()] > 1:
            problems.append("two coders have this name")
        found.add(f"coder {name[:50]!r}", problems)


def _systems(run: Callable, found: _Problems) -> dict[int, tuple[CategorySystem, dict[int, str]]]:
    """Category system id -> (the system, its category ids' codes)."""
    rows: dict[int, list[tuple[int, Category]]] = defaultdict(list)
    for id_, system, code, label, component, cluster, valence, description in run(
        "SELECT id, system_id, code, label, component, cluster, default_valence, description "
        "FROM categories ORDER BY system_id, position"
    ):
        problems = enum_problems(Component, component, "component", optional=True)
        problems += enum_problems(Valence, valence, "default valence", optional=True)
        if not all(isinstance(v, str) for v in (code, label, cluster, description)):
            problems.append("its code, label, cluster and description are text")
        found.add(f"category {str(code)[:50]!r}", problems)
        if not problems:
            category = Category(
                code,
                label,
                Component(component) if component else None,
                cluster,
                Valence(valence) if valence else None,
                description,
            )
            rows[system].append((id_, category))
    systems = {}
    for id_, name, version, lu in run(
        "SELECT id, name, version, uses_lu_direction FROM category_systems"
    ):
        categories = rows.get(id_, [])
        system = CategorySystem(str(name), str(version), tuple(c for _, c in categories), bool(lu))
        systems[id_] = (system, {cid: c.code for cid, c in categories})
    return systems


def _ratings(run: Callable, found: _Problems) -> None:
    for number, layer, value, marked, interview in run(
        "SELECT re.number, r.layer, r.completeness, r.nothing_codable, " + _INTERVIEW + " "
        "FROM re_ratings r JOIN relationship_episodes re ON re.id = r.re_id " + _INTERVIEW_JOIN
    ):
        problems = enum_problems(Layer, layer, "layer")
        if marked not in (0, 1):
            problems.append("its nothing-codable mark is not on or off")
        if isinstance(value, bool) or not isinstance(value, int | float):
            problems.append("its completeness is not a number")
        else:
            try:
                check_completeness(value)
            except InputError as exc:
                problems.append(str(exc))
        found.add(f"{interview!s:.140} RE {number!s:.20}, a completeness rating", problems)
