"""Read a REFI-QDA .qdpx (ours or another program's) into a study: drafts, units and a report.

Our own files round-trip through the ``CCRT ...`` descriptions. For other programs' files, codes
are mapped to components by their name or an ancestor's (W / Wish, RO / Response of other, RS /
Response of self), to categories by a category code ("RO5") or the start of a category label
("Wish: to be loved" -> W6), and to REs by "RE" / "Relationship episode" names; a source with
no such code takes the ``RE n:`` lines marked in its text, read as a transcript import reads them
(never in our own files: their REs are selections). Selections with no code we can map are
counted per code in the report. A source's dyad, narrator and phase come from variables (on the
source or its case) or its name ("D01 patient phase 5"), else placeholders that the report lists.
Positions are code points, end exclusive.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import replace
from pathlib import Path

from ccrt_coder.core.categories import CategorySystem
from ccrt_coder.core.domain import (
    Component,
    Layer,
    NarratorRole,
    Span,
    StudySettings,
)
from ccrt_coder.core.errors import InputError
from ccrt_coder.core.narratives import InterviewDraft, ReDraft
from ccrt_coder.core.records import UnitDraft
from ccrt_coder.core.rules import MAX_RE_NUMBER
from ccrt_coder.io.narrative_fields import parse_narrator
from ccrt_coder.io.problems import quoted
from ccrt_coder.io.qdpx_codes import CodeMap, Meaning, category_system, study_settings
from ccrt_coder.io.qdpx_format import derived_guid
from ccrt_coder.io.qdpx_read import (
    QdeCoding,
    QdeProject,
    QdeSelection,
    QdeSource,
    first_value,
    hex_uid,
    parse_qdpx,
)
from ccrt_coder.io.qdpx_study import ImportedUnit, InterviewKey, QdpxImportReport, QdpxStudy
from ccrt_coder.io.qdpx_units import (
    Episode,
    episode_for,
    foreign_draft,
    gaps,
    inside,
    int_or_none,
    marked_episodes,
    our_draft,
)

_SOURCE_NAME = re.compile(
    r"^(?P<dyad>.+?)[\s_\-]+(?P<narrator>patient|therapist|p|t)[\s_\-]+"
    r"(?:phase|session)?[\s_\-]*(?P<phase>\d+)(?:\.\w+)?$",
    re.I,
)
PLACEHOLDER_CODER = "Imported coder"


def read_qdpx(path: Path, default_system: CategorySystem) -> QdpxStudy:
    """The study in ``path``, or an InputError saying why the file cannot be used."""
    parsed = parse_qdpx(path)
    ours = parsed.origin.startswith("CCRT Coder")
    settings = study_settings(parsed)
    system = category_system(parsed, default_system)
    return _Builder(path.name, parsed, settings, system, ours).build()


# -- sources -> interviews, REs and units -------------------------------------------------------
class _Builder:
    def __init__(
        self,
        file: str,
        parsed: QdeProject,
        settings: StudySettings,
        system: CategorySystem,
        ours: bool,
    ) -> None:
        self.file, self.parsed, self.settings, self.system = file, parsed, settings, system
        self.ours = ours
        self.codes = CodeMap(parsed.codes, system)
        self.coders: dict[str, str] = {}  # uid -> name
        self.unmapped: Counter[str] = Counter()
        self.placeholders: list[str] = []
        self.notes: list[str] = []
        self.unit_uids: set[str] = set()

    def build(self) -> QdpxStudy:
        cases = self._cases()
        keys = self._keys(cases)
        drafts, transcript_uids, re_uids, units, ratings = [], {}, {}, [], []
        for source in self.parsed.sources:
            key = keys[source.guid]
            episodes, source_units, source_ratings = self._contents(source, key)
            drafts.append(
                InterviewDraft(
                    dyad=key[0],
                    narrator=key[1],
                    phase=key[2],
                    text=source.text,
                    res=tuple(
                        ReDraft(e.number, e.other_type, tuple(e.spans), e.other_name, e.time_frame)
                        for e in episodes
                    ),
                    source=first_value(source.fields, "file") or f"{self.file}: {source.name}",
                    patient=cases.get(source.guid, {}).get("patient"),
                    therapist=cases.get(source.guid, {}).get("therapist"),
                )
            )
            transcript_uids[key] = source.guid
            re_uids.update({(key, e.number): e.uid for e in episodes})
            units += source_units
            ratings += source_ratings
        phases = tuple(sorted({*self.settings.phases, *(k[2] for k in keys.values())}))
        if phases != self.settings.phases:
            self.notes.append(f"study phases set to {', '.join(map(str, phases))}")
        report = QdpxImportReport(
            self.file,
            self.ours,
            tuple(d.describe() for d in drafts),
            sum(len(d.res) for d in drafts),
            len(units),
            tuple(self.coders.values()),
            tuple(sorted(self.unmapped.items())),
            tuple(self.placeholders),
            tuple(self.parsed.skipped),
            tuple(self.notes),
        )
        return QdpxStudy(
            replace(self.settings, phases=phases),
            self.system,
            tuple(self.coders.items()),
            tuple(drafts),
            transcript_uids,
            re_uids,
            tuple(units),
            tuple(ratings),
            self._person_notes(),
            report,
        )

    def _cases(self) -> dict[str, dict[str, str]]:
        """Source guid -> the variables of the case(s) it belongs to."""
        found: dict[str, dict[str, str]] = {}
        for _, values, sources in self.parsed.cases:
            for source in sources:
                found.setdefault(source, {}).update(values)
        return found

    def _person_notes(self) -> dict[str, str]:
        return {
            values["person"]: note.strip()
            for note, values, _ in self.parsed.cases
            if note.strip() and values.get("person")
        }

    def _keys(self, cases: dict[str, dict[str, str]]) -> dict[str, InterviewKey]:
        keys: dict[str, InterviewKey] = {}
        used: set[InterviewKey] = set()
        for n, source in enumerate(self.parsed.sources, start=1):
            values = {**cases.get(source.guid, {}), **source.variables}
            named = _SOURCE_NAME.match(source.name.strip())
            dyad = values.get("dyad") or (named["dyad"] if named else "")
            narrator = parse_narrator(
                values.get("narrator") or values.get("role") or (named["narrator"] if named else "")
            )
            written = (
                values.get("phase") or values.get("session") or (named["phase"] if named else "")
            )
            phase = int_or_none(written)
            if written and phase is None:  # never a placeholder for a phase the file gives
                raise InputError(
                    f"{self.file}: source {quoted(source.name)}: the phase is a session number, "
                    f"not {quoted(str(written), 20)}"
                )
            missing = [
                what
                for what, value in (("dyad", dyad), ("narrator", narrator), ("phase", phase))
                if not value
            ]
            key = (
                dyad or f"X{n:02d}",
                narrator or NarratorRole.PATIENT,
                phase if phase is not None else self.settings.phases[0],
            )
            while key in used:
                missing.append("a unique dyad")
                key = (f"{key[0]}-{n}", key[1], key[2])
            if missing:
                self.placeholders.append(
                    f"source {source.name!r}: no {', '.join(dict.fromkeys(missing))}; stored as "
                    f"{key[0]} / {key[1].value} / phase {key[2]}"
                )
            used.add(key)
            keys[source.guid] = key
        return keys

    def _contents(
        self, source: QdeSource, key: InterviewKey
    ) -> tuple[
        list[Episode], list[ImportedUnit], list[tuple[InterviewKey, int, str, Layer, float]]
    ]:
        episodes: dict[str, Episode] = {}
        ratings: list[tuple[InterviewKey, int, str, Layer, float]] = []
        pieces: dict[str, list[tuple[QdeSelection, list[tuple[QdeCoding, Meaning]]]]] = {}
        for selection in sorted(source.selections, key=lambda s: (s.start, s.end)):
            meanings = self._meanings(selection)
            if selection.kind == "episode":
                self._our_episode(selection, episodes, ratings, key)
            elif any(m.kind == "re" for _, m in meanings) and selection.kind != "unit":
                other = next(m.other for _, m in meanings if m.kind == "re")
                episodes[selection.guid] = self._episode(
                    selection.guid, 0, other, [Span(selection.start, selection.end)]
                )
            unit_meanings = [(c, m) for c, m in meanings if m.kind == "unit"]
            if selection.kind == "unit" or unit_meanings:
                uid = _part_of(selection) or selection.guid
                pieces.setdefault(uid, []).append((selection, unit_meanings))
        if not episodes and not self.ours:  # REs marked in the text, as a transcript's are
            where = f"{self.file}: source {source.name!r}"
            episodes = marked_episodes(source.text, self.settings, where, source.guid)
        numbered = self._number(
            list(episodes.values()), f"{key[0]} / {key[1].value} / phase {key[2]}"
        )
        units = self._units(pieces, numbered, key, source)
        return numbered, units, ratings

    def _meanings(self, selection: QdeSelection) -> list[tuple[QdeCoding, Meaning]]:
        found = []
        for coding in selection.codings:
            meaning = self.codes.meanings.get(coding.code)
            if meaning is None:
                self.unmapped[self.codes.path(coding.code)] += 1
            else:
                found.append((coding, meaning))
        return found

    def _episode(self, uid: str, number: int, other: str, spans: list[Span]) -> Episode:
        other_type = self.settings.resolve_other_type(other) if other else "other"
        name = "" if other_type else other
        return Episode(uid, number, other_type or "other", name, "", spans)

    def _our_episode(
        self,
        selection: QdeSelection,
        episodes: dict[str, Episode],
        ratings: list,
        key: InterviewKey,
    ) -> None:
        f, span = selection.fields, Span(selection.start, selection.end)
        uid = _part_of(selection) or selection.guid
        if uid in episodes:
            episodes[uid].spans.append(span)
            return
        written = first_value(f, "RE")
        number = int_or_none(written) or 0
        if written and not number:  # past the readers' limit or no number: never renumbered
            raise InputError(
                f"{self.file}: RE selection {quoted(selection.guid)}: an RE number is a whole "
                f"number from 1 to {MAX_RE_NUMBER}, not {quoted(written, 20)}"
            )
        episodes[uid] = Episode(
            uid,
            number,
            first_value(f, "other", "other"),
            first_value(f, "other name"),
            first_value(f, "time frame"),
            [span],
        )
        for rating in f.get("completeness", []):
            parts = [p.strip() for p in rating.split("|", 3)]
            try:
                value, layer = float(parts[0]), Layer(parts[1])
                if not math.isfinite(value):
                    raise ValueError(parts[0])
                coder = self._coder(hex_uid(parts[2]), parts[3])
            except (ValueError, IndexError):
                raise InputError(
                    f"{self.file}: RE selection {quoted(selection.guid)}: unreadable "
                    f"completeness {quoted(rating)}"
                ) from None
            ratings.append((key, number, coder, layer, value))

    def _number(self, episodes: list[Episode], where: str) -> list[Episode]:
        """Foreign REs get the numbers after ours, in text order; one overlapping an earlier RE
        is dropped (REs never overlap)."""
        kept = [e for e in episodes if e.number]
        next_number = max((e.number for e in kept), default=0) + 1
        for episode in sorted((e for e in episodes if not e.number), key=lambda e: e.spans[0]):
            if any(s.overlap(t) for e in kept for s in e.spans for t in episode.spans):
                self.parsed.skipped.append(
                    f"{where}: an RE selection at {_spans(episode)} that overlaps another RE"
                )
                continue
            episode.number, next_number = next_number, next_number + 1
            kept.append(episode)
        return sorted(kept, key=lambda e: e.number)

    def _coder(self, uid: str | None, name: str = "") -> str:
        if uid is None:
            uid = derived_guid("placeholder coder", self.file).replace("-", "")
            name = PLACEHOLDER_CODER
        if uid not in self.coders:
            name = name or self.parsed.users.get(uid) or f"User {uid[:8]}"
            taken, n = set(self.coders.values()), 2
            unique = name
            while unique in taken:
                unique, n = f"{name} ({n})", n + 1
            self.coders[uid] = unique
        return uid

    def _units(
        self, pieces: dict, episodes: list[Episode], key: InterviewKey, source: QdeSource
    ) -> list[ImportedUnit]:
        """Units in their RE; a unit outside every marked RE goes to one more RE made of the
        text between the marked ones (REs never overlap); one across an RE's edge is skipped."""
        units: list[ImportedUnit] = []
        rest = Episode(
            derived_guid(source.guid, "rest").replace("-", ""),
            max((e.number for e in episodes), default=0) + 1,
            "other",
            "text outside marked REs (imported)",
            "",
            gaps([s for e in episodes for s in e.spans], len(source.text)),
        )
        straddling = 0
        for uid, parts in pieces.items():
            for draft, coder, first in self._drafts(parts):
                episode = episode_for(draft, first, episodes)
                if episode is None and inside(draft.spans, rest.spans):
                    episode = rest
                if episode is None:
                    straddling += 1
                    continue
                unit_uid = (
                    uid
                    if uid not in self.unit_uids
                    else derived_guid(uid, coder, draft.component).replace("-", "")
                )
                self.unit_uids.add(unit_uid)
                units.append(
                    ImportedUnit(
                        unit_uid, key, episode.number, coder, draft, first.created, first.modified
                    )
                )
        where = f"{key[0]} / {key[1].value} / phase {key[2]}"
        if n := sum(u.re_number == rest.number for u in units):
            episodes.append(rest)
            self.notes.append(
                f"{where}: {n} units lie outside the marked REs; they are in RE "
                f"{rest.number}, made of the text between the marked REs"
            )
        if straddling:
            self.parsed.skipped.append(
                f"{where}: {straddling} coded selections that cross the edge of an RE"
            )
        return units

    def _drafts(self, parts: list) -> list[tuple[UnitDraft, str, QdeSelection]]:
        first: QdeSelection = parts[0][0]
        spans = tuple(sorted(Span(s.start, s.end) for s, _ in parts))
        if first.kind == "unit":
            return [
                (our_draft(self.file, first, spans, parts[0][1]), self._coder(first.user), first)
            ]
        groups: dict[tuple[str, Component], dict[str, list[str]]] = {}
        for coding, meaning in parts[0][1]:
            coder = self._coder(coding.user or first.user)
            group = groups.setdefault((coder, meaning.component), {"codes": [], "names": []})
            group["names"].append(self.codes.codes[coding.code].name)
            if meaning.category and meaning.category not in group["codes"]:
                group["codes"].append(meaning.category)
        return [
            (foreign_draft(self.system, component, group, spans, first), coder, first)
            for (coder, component), group in groups.items()
        ]


def _spans(episode: Episode) -> str:
    return " + ".join(f"{s.start}..{s.end}" for s in episode.spans)


def _part_of(selection: QdeSelection) -> str | None:
    value = first_value(selection.fields, "part of")
    return hex_uid(value) if value else None
