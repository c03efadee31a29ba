"""Use cases on one project file: one short transaction per user action, plain results out.

The GUI and the CLI both work through :class:`Project`; neither touches the database directly.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING

from ccrt_coder.core.categories import CategorySystem
from ccrt_coder.core.domain import Layer, NarratorRole, Span, StudySettings
from ccrt_coder.core.narratives import InterviewDraft
from ccrt_coder.core.progress import Cancelled, Progress
from ccrt_coder.core.records import (
    CoderRecord,
    Edited,
    InterviewRecord,
    ProjectInfo,
    ReHeader,
    ReRecord,
    ReSnapshot,
    TranscriptRecord,
    UnitDraft,
    UnitRecord,
)
from ccrt_coder.io.atomic_file import remove_leftovers
from ccrt_coder.storage import plain_coding, plain_read, project_gate
from ccrt_coder.storage.change_watch import ChangeWatch
from ccrt_coder.storage.database import Database
from ccrt_coder.usecases import workspace
from ccrt_coder.usecases.category_services import CategoryServices
from ccrt_coder.usecases.coders import CoderServices
from ccrt_coder.usecases.design import DesignServices
from ccrt_coder.usecases.memos import MemoServices
from ccrt_coder.usecases.nothing_codable import NothingCodableServices
from ccrt_coder.usecases.project_services import ProjectServices

if TYPE_CHECKING:
    from ccrt_coder.core.text_search import TextHit
    from ccrt_coder.usecases.transcript_import import ImportReport


class Project(
    ProjectServices,
    CategoryServices,
    DesignServices,
    CoderServices,
    MemoServices,
    NothingCodableServices,
):
    """An open ``.ccrt`` project file (analyses, exports, exchange: ProjectServices; category
    systems, the study design, the coders, their memos and "nothing codable" marks:
    CategoryServices, DesignServices, CoderServices, MemoServices, NothingCodableServices)."""

    def __init__(self, db: Database) -> None:
        self._db = db

    # -- life cycle -----------------------------------------------------------------------
    @classmethod
    def create(
        cls,
        path: str | Path,
        settings: StudySettings | None = None,
        system: CategorySystem | None = None,
    ) -> Project:
        """Create a new project (default settings and the Edition 3 cluster system)."""
        from ccrt_coder.usecases import study

        return cls(study.create_project_file(Path(path), settings, system))

    @classmethod
    def open(cls, path: str | Path) -> Project:
        """Open an existing project; an older one is backed up and upgraded first. What killed
        exports, generates or copies left in its folder is removed (see ``atomic_file``)."""
        remove_leftovers(Path(path).parent)
        return cls(project_gate.open_project(Path(path)))

    @property
    def path(self) -> Path:
        return self._db.path

    @property
    def read_only(self) -> bool:
        """Opened for reading only: this user cannot write the file or its folder."""
        return self._db.read_only

    def close(self) -> None:
        self._db.close()

    def prepare_writes(self) -> None:
        """Load the ORM and make the engine now (after the first frame, off the GUI thread), so
        the first write does not wait for them; the first frame reads without them."""
        import_module("ccrt_coder.usecases.editing")  # the coding stores and the models
        self._db.prepare_sessions()

    def watch_changes(self) -> ChangeWatch:
        """Polled by the GUI: whether another connection or process committed to the file."""
        return self._db.watch_changes()

    def on_write_wait(self, listener: Callable[[bool], None] | None) -> None:
        """``listener(True)`` when a write starts waiting for another program's, then ``False``."""
        self._db.wait_listener = listener

    def checkpoint_in_background(self) -> None:
        """The window's saves return before the file itself holds them (within a second; the
        write-ahead log holds them at once), so a coder never waits on the disk."""
        self._db.checkpoint_in_background()

    def catch_up(self) -> None:
        """Copy into the file what a reader elsewhere kept in the WAL at the last write (idle)."""
        self._db.catch_up()

    def __enter__(self) -> Project:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # -- settings -------------------------------------------------------------------------------
    def settings(self) -> StudySettings:
        with self._db.plain_reading() as connection:
            return plain_read.load_settings(connection)

    def update_settings(self, **changes: object) -> StudySettings:
        from ccrt_coder.usecases import study

        return study.update_settings(self._db, changes)

    # -- narratives ---------------------------------------------------------------------------
    def import_narratives(
        self,
        drafts: Sequence[InterviewDraft],
        replace: bool = False,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> ImportReport:
        """Store imported interviews: all of them, or none if anything is wrong or cancelled;
        ``replace`` lets a corrected file replace a transcript nobody has coded yet."""
        from ccrt_coder.usecases import transcript_import

        return transcript_import.store_narratives(self._db, drafts, replace, progress, cancelled)

    def import_files(
        self, paths: Iterable[str | Path], replace: bool = False, **options: object
    ) -> ImportReport:
        """Read narrative files (txt, docx, csv, xlsx) and import them in one transaction."""
        from ccrt_coder.io.narrative_import import read_narratives

        # read_narratives' own keyword options, passed through as the caller named them.
        drafts = read_narratives([Path(p) for p in paths], settings=self.settings(), **options)  # type: ignore[arg-type]
        return self.import_narratives(drafts, replace)

    def set_person_note(self, code: str, note: str) -> None:
        from ccrt_coder.storage import narrative_store

        with self._db.transaction() as session:
            narrative_store.set_person_note(session, code, note)

    def interviews(self) -> list[InterviewRecord]:
        with self._db.plain_reading() as connection:
            return plain_read.list_interviews(connection)

    def transcript(self, interview_id: int) -> TranscriptRecord:
        with self._db.plain_reading() as connection:
            return plain_read.load_transcript(connection, interview_id)

    def episodes(self, interview_id: int) -> list[ReRecord]:
        with self._db.plain_reading() as connection:
            return plain_coding.list_res(connection, interview_id)

    def find_re(self, dyad: str, narrator: NarratorRole, phase: int, number: int) -> int:
        from ccrt_coder.storage import narrative_store

        with self._db.reading() as session:
            return narrative_store.find_re(session, dyad, narrator, phase, number)

    def create_re(self, interview_id: int, spans: Sequence[Span], header: ReHeader) -> ReRecord:
        """Mark text as a new RE (the interview's next number); REs never overlap."""
        from ccrt_coder.usecases import editing

        return editing.create_re(self._db, interview_id, spans, header)

    def add_re_span(self, re_id: int, span: Span) -> Edited[ReRecord]:
        """Extend an RE with another piece of text (3a, 3b); a touching piece is joined."""
        from ccrt_coder.usecases import editing

        return editing.add_re_span(self._db, re_id, span)

    def set_re_spans(self, re_id: int, spans: Sequence[Span]) -> Edited[ReRecord]:
        from ccrt_coder.usecases import editing

        return editing.set_re_spans(self._db, re_id, spans)

    def update_re(self, re_id: int, header: ReHeader) -> Edited[ReRecord]:
        """Change an RE's other person and time frame."""
        from ccrt_coder.usecases import editing

        return editing.update_re(self._db, re_id, header)

    def delete_re(self, re_id: int) -> ReSnapshot:
        """Delete an RE with all coders' units and ratings in it; the snapshot restores it."""
        from ccrt_coder.usecases import editing

        return editing.delete_re(self._db, re_id)

    def restore_re(self, snapshot: ReSnapshot) -> ReRecord:
        """Put a deleted RE back exactly (same ids, uids, number, spans, units, ratings)."""
        from ccrt_coder.usecases import editing

        return editing.restore_re(self._db, snapshot)

    # -- coders and coding ----------------------------------------------------------------------
    def add_coder(self, name: str) -> CoderRecord:
        from ccrt_coder.storage import coding_store

        with self._db.transaction() as session:
            return coding_store.add_coder(session, name)

    def coders(self) -> list[CoderRecord]:
        with self._db.plain_reading() as connection:
            return plain_read.list_coders(connection)

    def coder(self, name: str) -> CoderRecord:
        from ccrt_coder.core.errors import NotFoundError

        for coder in self.coders():
            if coder.name == name:
                return coder
        raise NotFoundError(f"no coder called {name!r} in the project")

    def set_completeness(
        self, re_id: int, coder_id: int, value: float | None, layer: Layer = Layer.CODER
    ) -> None:
        from ccrt_coder.storage import coding_store

        with self._db.transaction() as session:
            coding_store.set_completeness(session, re_id, coder_id, layer, value)

    def set_completeness_many(self, ratings: Sequence[tuple[int, int, Layer, float]]) -> None:
        """Store many (re_id, coder_id, layer, value) ratings in one transaction."""
        from ccrt_coder.storage import coding_store

        with self._db.transaction() as session:
            for re_id, coder_id, layer, value in ratings:
                coding_store.set_completeness(session, re_id, coder_id, layer, value)

    def add_unit(self, draft: UnitDraft) -> int:
        return self.add_units([draft])[0]

    def add_units(self, drafts: Sequence[UnitDraft]) -> list[int]:
        """Validate and store units in one transaction (all or none)."""
        from ccrt_coder.usecases import editing

        return editing.add_units(self._db, drafts)

    def units(
        self, re_ids: Sequence[int], coder_id: int | None = None, layer: Layer | None = None
    ) -> list[UnitRecord]:
        with self._db.plain_reading() as connection:
            return plain_coding.load_units(connection, re_ids, coder_id, layer)

    def code_unit(self, draft: UnitDraft) -> UnitRecord:
        """Store one coded unit; returns it as stored."""
        from ccrt_coder.usecases import editing

        return editing.code_unit(self._db, draft)

    def edit_unit(self, unit_id: int, draft: UnitDraft) -> Edited[UnitRecord]:
        from ccrt_coder.usecases import editing

        return editing.edit_unit(self._db, unit_id, draft)

    def remove_unit(self, unit_id: int) -> UnitRecord:
        """Delete a unit; the returned record restores it."""
        from ccrt_coder.usecases import editing

        return editing.remove_unit(self._db, unit_id)

    def restore_unit(self, unit: UnitRecord) -> UnitRecord:
        """Put a deleted unit back with its id, uid and time stamps."""
        from ccrt_coder.usecases import editing

        return editing.restore_unit(self._db, unit)

    def replace_units(
        self, unit_ids: Sequence[int], draft: UnitDraft
    ) -> tuple[list[UnitRecord], UnitRecord]:
        """Units replaced by ``draft`` at once: (the units removed, the unit stored)."""
        from ccrt_coder.usecases import editing

        return editing.replace_units(self._db, unit_ids, draft)

    def swap_units(self, unit_ids: Sequence[int], restore: Sequence[UnitRecord]) -> None:
        """Undo or redo ``replace_units``: delete ``unit_ids``, restore ``restore``, at once."""
        from ccrt_coder.usecases import editing

        editing.swap_units(self._db, unit_ids, restore)

    def rate_completeness(
        self, re_id: int, coder_id: int, value: float | None, layer: Layer = Layer.CODER
    ) -> float | None:
        """Rate an RE 1-5 in steps of 0.5 (None: no rating); returns the previous rating."""
        from ccrt_coder.usecases import editing

        return editing.rate_completeness(self._db, re_id, coder_id, value, layer)

    def unit_counts_by_coder(self, re_id: int) -> dict[str, int]:
        """How many units each coder has in an RE (what deleting it would take with it)."""
        from ccrt_coder.storage import coding_store

        with self._db.reading() as session:
            return coding_store.unit_counts_by_coder(session, re_id)

    # -- summary and workspace support ---------------------------------------------------------
    def info(self) -> ProjectInfo:
        from ccrt_coder.usecases import study

        return study.project_info(self._db)

    def coding_progress(
        self, coder_id: int, interview_ids: Sequence[int] | None = None
    ) -> dict[int, tuple[int, int]]:
        """(REs this coder is done with, all REs) per interview, in one query.

        Done: rated, and coded (a unit), marked nothing codable or rated below the threshold — see
        ``core.coding_done``; interviews without REs are left out.
        """
        return workspace.coding_progress(self._db, coder_id, interview_ids)

    def partner_re_counts(self) -> dict[int, int]:
        """Per interview, its REs about the dyad partner (interviews without any left out)."""
        return workspace.partner_re_counts(self._db)

    def completeness_ratings(
        self, re_ids: Sequence[int], coder_id: int | None = None
    ) -> dict[tuple[int, int, Layer], float]:
        """Completeness ratings keyed (re_id, coder_id, layer), of one coder or of all."""
        return workspace.completeness_ratings(self._db, re_ids, coder_id)

    def interview_of_re(self, re_id: int) -> int:
        return workspace.interview_of_re(self._db, re_id)

    def search_text(self, query: str, limit: int = 500) -> list[TextHit]:
        """Case-insensitive occurrences of ``query`` in all transcripts, at most ``limit``."""
        return workspace.search_text(self._db, query, limit)
