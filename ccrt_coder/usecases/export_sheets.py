"""The sheets of an export (Units, REs, Categories, About) as streams of plain rows."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from ccrt_coder.core.categories import CategorySystem
from ccrt_coder.core.coded_re import CODED_RE_RULE
from ccrt_coder.core.domain import StudySettings
from ccrt_coder.core.redaction import Pseudonymizer, Redacted
from ccrt_coder.io.sheet_source import SheetSource, Value
from ccrt_coder.io.units_format import LIST_JOIN, SPAN_JOIN, format_spans, join_texts, units_header
from ccrt_coder.storage import export_store, memo_store
from ccrt_coder.usecases.redaction import ABOUT_ROW

RES_HEADER = (
    "dyad", "patient", "therapist", "narrator", "phase", "interview", "re", "other_type",
    "other_name", "time_frame", "about_partner", "spans", "line_start", "line_end",
)  # fmt: skip
CATEGORIES_HEADER = (
    "code", "label", "component", "cluster", "cluster_label", "default_valence", "description",
)  # fmt: skip
MEMOS_HEADER = (
    "dyad", "patient", "therapist", "narrator", "phase", "interview", "re", "coder", "memo",
    "modified_at",
)  # fmt: skip
ABOUT_HEADER = ("item", "value")
WRAPPED = frozenset(("text", "memo", "tailor_label", "label", "description", "value"))
LAYER_ORDER = ("coder", "consensus")
Session = Any  # a storage session, passed through to storage functions (services hold no SQL)


@dataclass(frozen=True)
class ExportScope:
    """What the user chose to export and the facts the About sheet reports."""

    project_path: str
    settings: StudySettings
    system: CategorySystem
    coder_ids: tuple[int, ...] | None  # None: every coder
    coder_names: tuple[str, ...]  # empty: every coder
    layers: tuple[str, ...]
    schema_revision: str
    app_version: str
    exported_at: datetime
    db: Any  # the project's Database, for the analysis use cases that open their own sessions
    cache: dict[str, Any] = field(default_factory=dict)  # results sheets share during one export
    pseudonymizer: Pseudonymizer | None = None  # a pseudonymised export: names to labels


class _Transcripts:
    """The transcript of the current interview with its newline offsets (one at a time);
    pseudonymised: the redacted text, and :meth:`spans` moves offsets into it."""

    def __init__(self, session: Session, pseudonymizer: Pseudonymizer | None = None) -> None:
        self.session = session
        self._pseudonymizer = pseudonymizer
        self._redacted: Redacted | None = None
        self._id: int | None = None
        self.text = ""
        self._newlines: list[int] = []

    def load(self, interview_id: int) -> None:
        if interview_id != self._id:
            self.text = export_store.transcript_text(self.session, interview_id)
            if self._pseudonymizer is not None:
                self._redacted = self._pseudonymizer.mapped(self.text)
                self.text = self._redacted.text
            self._newlines = [m.start() for m in re.finditer("\n", self.text)]
            self._id = interview_id

    def spans(self, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """Spans of the original transcript as offsets into :attr:`text`."""
        moved = self._redacted
        if moved is None:
            return spans
        return [(moved.offset(start), moved.offset(end, end=True)) for start, end in spans]

    def line(self, offset: int) -> int:
        """1-based line of the character at ``offset`` (newlines before it, plus one)."""
        return bisect_left(self._newlines, offset) + 1


def packed_pairs(packed: str | None) -> list[tuple[int, int]]:
    """``"a:b,c:d"`` from SQL (spans, or category positions and ids) as sorted pairs."""
    if not packed:
        return []
    if "," not in packed:  # the usual case: one span, one category
        first, second = packed.split(":")
        return [(int(first), int(second))]
    return sorted((int(a), int(b)) for a, b in (piece.split(":") for piece in packed.split(",")))


def category_cells(
    packed: str | None, facts: dict[int, export_store.CategoryFacts]
) -> tuple[str | None, str | None, str | None]:
    """Codes, labels and clusters of a unit's categories, each joined in the unit's order."""
    chosen = [facts[category_id] for _, category_id in packed_pairs(packed)]
    if len(chosen) == 1:
        return chosen[0]
    if not chosen:
        return None, None, None
    code, label, cluster = zip(*chosen, strict=True)
    return LIST_JOIN.join(code), LIST_JOIN.join(label), LIST_JOIN.join(cluster)


def _when(stored: str | None) -> datetime | None:
    return datetime.fromisoformat(stored) if stored else None


def units_sheet(session: Session, scope: ExportScope) -> SheetSource:
    uses_lu = scope.system.uses_lu_direction
    header = units_header(uses_lu)
    total = export_store.count_units(session, scope.coder_ids, scope.layers)
    rows = _unit_rows(session, scope, uses_lu)
    return SheetSource("Units", "units", header, rows, total, WRAPPED)


def _unit_rows(session: Session, scope: ExportScope, uses_lu: bool) -> Iterator[tuple[Value, ...]]:
    categories = export_store.category_facts(session)
    transcripts = _Transcripts(session, scope.pseudonymizer)
    for row in export_store.iter_units(session, scope.coder_ids, scope.layers):
        (dyad, patient, therapist, narrator, phase, interview_id, number, other_type, other_name,
         time_frame, coder, layer, component, category_ids, valence, actuality, explicitness,
         lu_direction, label, packed_spans, memo, created, modified, uid) = row  # fmt: skip
        codes, labels, clusters = category_cells(category_ids, categories)
        transcripts.load(interview_id)
        spans = transcripts.spans(packed_pairs(packed_spans) or [(0, 0)])
        start, end = spans[0][0], spans[-1][1]
        attributes: tuple[Value, ...] = (valence, actuality, explicitness)
        if uses_lu:
            attributes += (lu_direction,)
        yield (
            dyad, patient, therapist, narrator, phase, f"{dyad}/{narrator}/{phase}", number,
            other_type, other_name, time_frame, coder, layer, component, codes, labels, clusters,
            *attributes, label, start, end,
            format_spans(spans) if len(spans) > 1 else None,
            transcripts.line(start), transcripts.line(max(start, end - 1)),
            transcripts.text[start:end] if len(spans) == 1 else join_texts(transcripts.text, spans),
            memo,
            _when(created), _when(modified), uid,
        )  # fmt: skip


def res_sheet(session: Session, scope: ExportScope) -> SheetSource:
    """One row per RE: its place, its text's lines, each coder's rating and who marked it
    "nothing codable" ("Ana (coder); Ben (consensus)")."""
    ratings: dict[int, dict[tuple[str, str], float]] = {}
    marks: dict[int, list[str]] = {}
    for rating in export_store.ratings(session, scope.coder_ids, scope.layers):
        ratings.setdefault(rating.re_id, {})[(rating.coder, rating.layer)] = rating.completeness
        if rating.nothing_codable:
            marks.setdefault(rating.re_id, []).append(f"{rating.coder} ({rating.layer})")
    columns = sorted(
        {key for by_re in ratings.values() for key in by_re},
        key=lambda key: (LAYER_ORDER.index(key[1]), key[0]),
    )
    completeness = (f"completeness: {c} ({layer})" for c, layer in columns)
    header = (*RES_HEADER, *completeness, "nothing codable", "re_uid")
    rows = _re_rows(_Transcripts(session, scope.pseudonymizer), (ratings, marks), columns)
    return SheetSource("REs", "res", header, rows, export_store.count_res(session), WRAPPED)


def _re_rows(
    transcripts: _Transcripts,
    decisions: tuple[dict[int, dict[tuple[str, str], float]], dict[int, list[str]]],
    columns: list[tuple[str, str]],
) -> Iterator[tuple[Value, ...]]:
    ratings, marks = decisions
    for row in export_store.iter_res(transcripts.session):
        (re_id, dyad, patient, therapist, narrator, phase, interview_id, number, other_type,
         other_name, time_frame, about_partner, packed_spans, uid) = row  # fmt: skip
        transcripts.load(interview_id)
        pieces = transcripts.spans([_span(p) for p in (packed_spans or "").split(",") if p])
        start, end = (pieces[0][0], pieces[-1][1]) if pieces else (0, 1)
        rated = ratings.get(re_id, {})
        yield (
            dyad, patient, therapist, narrator, phase, f"{dyad}/{narrator}/{phase}", number,
            other_type, other_name, time_frame, bool(about_partner), format_spans(pieces),
            transcripts.line(start), transcripts.line(end - 1),
            *(rated.get(key) for key in columns), "; ".join(sorted(marks.get(re_id, []))), uid,
        )  # fmt: skip


def memos_sheet(session: Session, scope: ExportScope) -> SheetSource:
    """The exported coders' memos: one row per memo on an interview (``re`` empty) or an RE."""
    rows = [
        (dyad, patient, therapist, narrator, phase, f"{dyad}/{narrator}/{phase}", number, coder,
         text, modified)
        for dyad, patient, therapist, narrator, phase, number, coder, text, modified
        in memo_store.export_rows(session, scope.coder_ids)
    ]  # fmt: skip
    return SheetSource("Memos", "memos", MEMOS_HEADER, rows, len(rows), WRAPPED)


def categories_sheet(_session: Session, scope: ExportScope) -> SheetSource:
    system = scope.system
    rows = [
        (c.code, c.label, c.component.value if c.component else None, c.cluster,
         system.cluster_label(c.cluster),
         c.default_valence.value if c.default_valence else None, c.description)
        for c in system.categories
    ]  # fmt: skip
    return SheetSource("Categories", "categories", CATEGORIES_HEADER, rows, len(rows), WRAPPED)


def about_sheet(_session: Session, scope: ExportScope) -> SheetSource:
    settings, system = scope.settings, scope.system
    rows: list[tuple[str, Value]] = [
        ("project", Path(scope.project_path).name if scope.pseudonymizer else scope.project_path),
        ("study", settings.name),
        ("exported at (UTC)", scope.exported_at),
        ("app version", f"CCRT Coder {scope.app_version}"),
        ("schema revision", scope.schema_revision),
        ("category system", f"{system.name} ({system.version})"),
        ("phases", ", ".join(map(str, settings.phases))),
        ("other-person types", ", ".join(settings.other_person_types)),
        ("time frames", ", ".join(settings.time_frames)),
        ("completeness threshold", settings.completeness_threshold),
        ("minimum REs for a CCRT", settings.min_res_for_ccrt),
        ("blind mode", "on" if settings.blind_mode else "off"),
        ("coders exported", ", ".join(scope.coder_names) or "all"),
        ("layers exported", ", ".join(scope.layers)),
        ("Units sheet", "one row per coded unit; a unit with several categories lists their "
         f"codes, labels and clusters in one cell, separated by '{LIST_JOIN}'"),
        ("spans", "start and end are Unicode code-point offsets into the transcript, end "
         "exclusive; a unit or RE told in several pieces lists them in 'spans' (start-end; ...) "
         f"and its text joins the pieces with '{SPAN_JOIN.strip()}'"),
        ("Memos sheet", "each coder's own notes: one row per memo on an interview (re "
         "empty) or on an RE"),
        ("line numbers", "lines of the transcript as imported, counted from 1"),
        ("timestamps", "created_at and modified_at are UTC"),
        ("coded REs", f"{CODED_RE_RULE}; only the REs a layer coded enter its CCRT: one rated "
         "below the completeness threshold is excluded (n_res_excluded), with or without units, "
         "one not rated is included (n_res_unrated); the Agreement sheet uses the same rule"),
        ("CCRT sheet", "per layer: each coder's own and the consensus; per dyad (ALL: pooled), "
         "narrator, phase, scope (all REs, about the partner, about others), component and "
         f"level: the most frequent categories (ties joined with '{LIST_JOIN}'), counted once "
         "per included RE; few_res: fewer included REs than the minimum for a CCRT"),
        ("Agreement sheet", "the exported coders' own layers (never the consensus), over the "
         "REs every one of them coded; one row per statistic and pair of coders (or all)"),
    ]  # fmt: skip
    if scope.pseudonymizer is not None:
        rows.insert(4, ABOUT_ROW)
    return SheetSource("About", "about", ABOUT_HEADER, rows, len(rows), WRAPPED)


def _span(packed: str) -> tuple[int, int]:
    """One ``start:end`` piece of a packed span list."""
    start, end = packed.split(":")
    return int(start), int(end)
