"""The coded-set import use case: units from a Units sheet into the project, all or nothing."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from ccrt_coder.core.categories import CategorySystem
from ccrt_coder.core.domain import Span
from ccrt_coder.core.records import UnitDraft
from ccrt_coder.core.rules import unit_problems
from ccrt_coder.core.text_search import occurrences_within
from ccrt_coder.io.codes_import import CodedRow, read_coded_units
from ccrt_coder.io.problems import problems_error
from ccrt_coder.io.units_format import join_texts
from ccrt_coder.storage import coding_store, export_store, info_store, study_store
from ccrt_coder.storage.database import Database

# Whitespace, and what a spreadsheet cannot hold (the xlsx export shows it as U+FFFD), is not
# compared: the text check is there to catch offsets that point at the wrong words.
_IDS_PER_QUERY = 5000  # well below SQLite's limit of bound parameters
_NOT_COMPARED = re.compile(r"[\s\x00-\x08\x0b\x0c\x0e-\x1f\ufffd]+")


@dataclass(frozen=True)
class CodesImportReport:
    """How many units were added, for which coders, which coders are new, and how many rows
    were skipped because the project has their unit already."""

    units: int
    coders: tuple[str, ...]
    new_coders: tuple[str, ...]
    skipped: int = 0


def import_codes(
    db: Database, path: str | Path, coder: str | None = None, skip_existing: bool = False
) -> CodesImportReport:
    """Add the units of a Units sheet or units CSV; nothing is added if any row is wrong.

    REs are matched by dyad, narrator, phase and number; coders by name (an unknown name
    becomes a new coder); ``coder`` names the coder of every row instead of a coder column.
    A row without start and end is found by its exact text within its RE. A row whose unit
    the project has already (same coder, layer, RE, component, spans and categories) is an
    error, or with ``skip_existing`` skipped and counted.
    """
    path = Path(path)
    table = read_coded_units(path, coder.strip() if coder else None)
    with db.transaction() as session:
        system_id = study_store.active_system_id(session)
        system = study_store.load_category_system(session, system_id)
        drafts, problems = _drafts(session, table.rows, system)
        wrong = {n for n, _ in problems}
        there = _already_there(session, drafts)
        there += _repeated([pair for pair in drafts if pair[0].row not in wrong])
        if skip_existing:
            drafts = [pair for pair in drafts if pair[0].row not in {n for n, _ in there}]
        problems += [*table.problems, *([] if skip_existing else there)]
        if problems:
            ordered = sorted(problems, key=_row_number)
            total = len(problems) + table.problem_count - len(table.problems)
            raise problems_error(path.name, [f"row {n}: {why}" for n, why in ordered], total)
        names = sorted({row.coder for row, _ in drafts})
        coder_ids = {c.name: c.id for c in coding_store.list_coders(session)}
        new = [name for name in names if name not in coder_ids]
        for name in new:
            coder_ids[name] = coding_store.add_coder(session, name).id
        units = [replace(draft, coder_id=coder_ids[row.coder]) for row, draft in drafts]
        coding_store.insert_units(session, units, study_store.category_ids(session, system_id))
    skipped = len(there) if skip_existing else 0
    return CodesImportReport(len(units), tuple(names), tuple(new), skipped)


def _drafts(
    session: Any, rows: tuple[CodedRow, ...], system: CategorySystem
) -> tuple[list[tuple[CodedRow, UnitDraft]], list[tuple[int, str]]]:
    """Each row with its draft (coder id still 0), and every problem the project reveals."""
    res = export_store.re_keys(session)
    texts: dict[int, str] = {}
    drafts: list[tuple[CodedRow, UnitDraft]] = []
    problems: list[tuple[int, str]] = []
    for row in rows:
        found = res.get((row.dyad, row.narrator.value, row.phase, row.re))
        if found is None:
            where = f"{row.dyad} / {row.narrator.value} / phase {row.phase}"
            problems.append((row.row, f"RE {row.re} of {where} is not in the project"))
            continue
        re_id, interview_id, packed = found
        if interview_id not in texts:
            texts[interview_id] = export_store.transcript_text(session, interview_id)
        if not row.spans:  # found by its text
            located = _locate(row, texts[interview_id], _re_spans(packed))
            if isinstance(located, str):
                problems.append((row.row, located))
                continue
            row = replace(row, spans=(located,))
        draft = _draft(row, re_id)
        reasons = unit_problems(draft, _re_spans(packed), system)
        if not reasons and row.text is not None:
            pieces = [(span.start, span.end) for span in row.spans]
            if _comparable(join_texts(texts[interview_id], pieces)) != _comparable(row.text):
                reasons.append("text differs from the transcript")
        problems += [(row.row, why) for why in reasons]
        drafts.append((row, draft))
    return drafts, problems


def _locate(row: CodedRow, text: str, re_spans: tuple[Span, ...]) -> Span | str:
    """Where the row's text is in its RE, or why it cannot say."""
    needle = (row.text or "").strip()
    found = occurrences_within(text, re_spans, needle)
    if len(found) == 1:
        return found[0]
    if not found:
        return f"text not found in RE {row.re}"
    return f"text found {len(found)} times in RE {row.re}; give its start and end"


def _already_there(session: Any, drafts: list[tuple[CodedRow, UnitDraft]]) -> list[tuple[int, str]]:
    """Rows whose unit the project already has: importing a file twice must not double it."""
    coders_with_units = set(info_store.unit_counts(session))
    if not coders_with_units & {row.coder for row, _ in drafts}:
        return []  # the usual migration into a fresh copy: nothing to compare with
    re_ids = sorted({draft.re_id for _, draft in drafts})
    names = {c.id: c.name for c in coding_store.list_coders(session)}
    existing = {
        _signature(names[unit.draft.coder_id], unit.draft)
        for start in range(0, len(re_ids), _IDS_PER_QUERY)
        for unit in coding_store.load_units(session, re_ids[start : start + _IDS_PER_QUERY])
    }
    return [
        (row.row, "the project already has this unit (same coder, RE, component, text, codes)")
        for row, draft in drafts
        if _signature(row.coder, draft) in existing
    ]


def _repeated(drafts: list[tuple[CodedRow, UnitDraft]]) -> list[tuple[int, str]]:
    """Rows that give a unit an earlier row of the file gives already (it would be doubled)."""
    first: dict[tuple[object, ...], int] = {}
    repeated = []
    for row, draft in drafts:
        signature = _signature(row.coder, draft)
        if signature in first:
            repeated.append((row.row, f"the same unit as row {first[signature]}"))
        first.setdefault(signature, row.row)
    return repeated


def _signature(coder: str, draft: UnitDraft) -> tuple[object, ...]:
    return (coder, draft.layer, draft.re_id, draft.component, draft.spans, draft.categories)


def _draft(row: CodedRow, re_id: int) -> UnitDraft:
    return UnitDraft(
        re_id=re_id,
        coder_id=0,
        component=row.component,
        spans=row.spans,
        categories=row.categories,
        layer=row.layer,
        tailor_label=row.tailor_label,
        valence=row.valence,
        actuality=row.actuality,
        explicitness=row.explicitness,
        lu_direction=row.lu_direction,
        memo=row.memo,
    )


def _re_spans(packed: str) -> tuple[Span, ...]:
    pieces = (piece.split(":") for piece in packed.split(",") if piece)
    return tuple(Span(int(start), int(end)) for start, end in pieces)


def _comparable(text: str) -> str:
    return _NOT_COMPARED.sub(" ", text).strip()


def _row_number(problem: tuple[int, str]) -> int:
    return problem[0]
