"""What reading a REFI-QDA file gives: the study to store, its units, and the import report."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from ccrt_coder.core.categories import CategorySystem
from ccrt_coder.core.domain import Layer, NarratorRole, StudySettings
from ccrt_coder.core.narratives import InterviewDraft
from ccrt_coder.core.records import UnitDraft

InterviewKey = tuple[str, NarratorRole, int]


@dataclass(frozen=True)
class ImportedUnit:
    """A unit to store: ``draft.re_id`` and ``draft.coder_id`` are filled in when stored."""

    uid: str
    interview: InterviewKey
    re_number: int
    coder_uid: str
    draft: UnitDraft
    created_at: datetime | None = None
    modified_at: datetime | None = None


@dataclass(frozen=True)
class QdpxImportReport:
    source: str
    ours: bool
    interviews: tuple[str, ...] = ()
    res: int = 0
    units: int = 0
    coders: tuple[str, ...] = ()
    unmapped_codes: tuple[tuple[str, int], ...] = ()  # (code, codings not imported)
    placeholders: tuple[str, ...] = ()
    skipped: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()

    def lines(self) -> list[str]:
        made_by = "CCRT Coder" if self.ours else "another program"
        lines = [
            f"{self.source} (written by {made_by}): {len(self.interviews)} interviews, "
            f"{self.res} REs, {self.units} units, coders: {', '.join(self.coders) or 'none'}"
        ]
        lines += [
            f"  code not mapped: {name!r} ({n} codings not imported)"
            for name, n in self.unmapped_codes
        ]
        lines += [f"  placeholder: {p}" for p in self.placeholders]
        lines += [f"  skipped: {s}" for s in self.skipped]
        lines += [f"  note: {n}" for n in self.notes]
        return lines


@dataclass(frozen=True)
class QdpxStudy:
    settings: StudySettings
    system: CategorySystem
    coders: tuple[tuple[str, str], ...]  # (uid, name)
    interviews: tuple[InterviewDraft, ...]
    transcript_uids: dict[InterviewKey, str]
    re_uids: dict[tuple[InterviewKey, int], str]
    units: tuple[ImportedUnit, ...]
    ratings: tuple[tuple[InterviewKey, int, str, Layer, float], ...]  # key, RE, coder uid, ...
    person_notes: dict[str, str]
    report: QdpxImportReport
