"""What a REFI-QDA export writes, gathered by the use case: plain records plus the uids for GUIDs.

Its own module so the writer (:mod:`qdpx_export`) and the codebook (:mod:`qdpx_codebook`) can both
read it without importing each other.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from ccrt_coder.core.categories import CategorySystem
from ccrt_coder.core.domain import StudySettings
from ccrt_coder.core.records import InterviewRecord, ReRecord, UnitRecord


@dataclass(frozen=True)
class ExportInterview:
    """One interview with its transcript text and the uid its source file gets."""

    record: InterviewRecord
    transcript_uid: str
    text: str
    imported_at: datetime
    source: str


@dataclass(frozen=True)
class ExportStudy:
    """Everything written to a .qdpx, as plain records plus the uids that become GUIDs."""

    settings: StudySettings
    system: CategorySystem
    system_uid: str
    study_uid: str
    created_at: datetime
    coders: dict[int, tuple[str, str]]  # coder id -> (uid, name)
    interviews: tuple[ExportInterview, ...]
    res: tuple[ReRecord, ...]
    re_uids: dict[int, str]
    ratings: dict[int, tuple[tuple[int, str, float], ...]]  # re id -> (coder id, layer, value)
    units: tuple[UnitRecord, ...]
    person_notes: dict[str, str]
    app_version: str
