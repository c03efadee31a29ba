"""Use cases on one project file: one short transaction per user action, plain results out.

The GUI and the CLI both work through :class:`Project`; neither touches the database directly.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from ccrt_coder.core.categories import CategorySystem
from ccrt_coder.core.domain import Layer, NarratorRole, Span, StudySettings
from ccrt_coder.core.narratives import InterviewDraft
from ccrt_coder.core.progress import Progress
from ccrt_coder.core.records import (
    CoderRecord,
    Edited,
    InterviewRecord,
    LayerChoice,
    ProjectInfo,
    ReHeader,
    ReRecord,
    ReSnapshot,
    TranscriptRecord,
    UnitDraft,
    UnitRecord,
)
from ccrt_coder.core.rules import check_unit
from ccrt_coder.storage import coding_store, info_store, narrative_store, schema, study_store
from ccrt_coder.storage.database import Database
from ccrt_coder.usecases import editing

if TYPE_CHECKING:
    import pandas as pd

    from ccrt_coder.analysis.agreement.report import AgreementReport
    from ccrt_coder.analysis.ccrt.comparison import ComparisonResults
    from ccrt_coder.analysis.ccrt.formation import CcrtResults
    from ccrt_coder.core.text_search import TextHit
    from ccrt_coder.io.qdpx_import import QdpxImportReport
    from ccrt_coder.usecases.codes_import import CodesImportReport
    from ccrt_coder.usecases.exchange import QdpxExportSummary
    from ccrt_coder.usecases.export import ExportOptions, ExportReport
    from ccrt_coder.usecases.merge import MergePlan, MergeResult


@dataclass(frozen=True)
class ImportReport:
    """What an import added to the project."""

    interviews: tuple[str, ...]
    res: int


class Project:
    """An open ``.ccrt`` project file."""

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
        path = Path(path)
        if system is None:
            from ccrt_coder.io.category_import import default_category_system

            system = default_category_system()
        db = schema.create_project_file(path)
        try:
            with db.transaction() as session:
                study_store.create_study(
                    session,
                    settings or StudySettings(name=path.stem),
                    system,
                )
        except Exception:
            db.close()
            schema._remove_file_set(path)
            raise
        return cls(db)

    @classmethod
    def open(cls, path: str | Path) -> Project:
        """Open an existing project; an older one is backed up and upgraded first."""
        return cls(schema.open_project_file(Path(path)))

    @property
    def path(self) -> Path:
        return self._db.path

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Project:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # -- settings and categories ------------------------------------------------------------
    def settings(self) -> StudySettings:
        with self._db.reading() as session:
            return study_store.load_settings(session)

    def update_settings(self, **changes: object) -> StudySettings:
        with self._db.transaction() as session:
            # Fields by name from the GUI and CLI: replace() refuses an unknown name.
            settings = replace(study_store.load_settings(session), **changes)  # type: ignore[arg-type]
            study_store.save_settings(session, settings)
        return settings

    def category_system(self) -> CategorySystem:
        with self._db.reading() as session:
            return study_store.load_category_system(session)

    def import_category_system(self, system: CategorySystem, activate: bool = True) -> None:
        """Add a lab's category system to the project and (by default) code with it from now."""
        with self._db.transaction() as session:
            system_id = study_store.store_category_system(session, system)
            if activate:
                study_store.activate_category_system(session, system_id)

    # -- narratives ---------------------------------------------------------------------------
    def import_narratives(self, drafts: Sequence[InterviewDraft]) -> ImportReport:
        """Store imported interviews: all of them, or none if anything is wrong."""
        with self._db.transaction() as session:
            n_res = narrative_store.store_interviews(session, drafts)
        return ImportReport(tuple(d.describe() for d in drafts), n_res)

    def import_files(self, paths: Iterable[str | Path], **options: object) -> ImportReport:
        """Read narrative files (txt, docx, csv, xlsx) and import them in one transaction."""
        from ccrt_coder.io.narrative_import import read_narratives

        # read_narratives' own keyword options, passed through as the caller named them.
        drafts = read_narratives([Path(p) for p in paths], settings=self.settings(), **options)  # type: ignore[arg-type]
        return self.import_narratives(drafts)

    def set_person_note(self, code: str, note: str) -> None:
        with self._db.transaction() as session:
            narrative_store.set_person_note(session, code, note)

    def interviews(self) -> list[InterviewRecord]:
        with self._db.reading() as session:
            return narrative_store.list_interviews(session)

    def transcript(self, interview_id: int) -> TranscriptRecord:
        with self._db.reading() as session:
            return narrative_store.load_transcript(session, interview_id)

    def res(self, interview_id: int) -> list[ReRecord]:
        with self._db.reading() as session:
            return narrative_store.list_res(session, interview_id)

    def find_re(self, dyad: str, narrator: NarratorRole, phase: int, number: int) -> int:
        with self._db.reading() as session:
            return narrative_store.find_re(session, dyad, narrator, phase, number)

    def create_re(self, interview_id: int, spans: Sequence[Span], header: ReHeader) -> ReRecord:
        """Mark text as a new RE (the interview's next number); REs never overlap."""
        return editing.create_re(self._db, interview_id, spans, header)

    def add_re_span(self, re_id: int, span: Span) -> Edited[ReRecord]:
        """Extend an RE with another piece of text (3a, 3b); a touching piece is joined."""
        return editing.add_re_span(self._db, re_id, span)

    def set_re_spans(self, re_id: int, spans: Sequence[Span]) -> Edited[ReRecord]:
        return editing.set_re_spans(self._db, re_id, spans)

    def update_re(self, re_id: int, header: ReHeader) -> Edited[ReRecord]:
        """Change an RE's other person and time frame."""
        return editing.update_re(self._db, re_id, header)

    def delete_re(self, re_id: int) -> ReSnapshot:
        """Delete an RE with all coders' units and ratings in it; the snapshot restores it."""
        return editing.delete_re(self._db, re_id)

    def restore_re(self, snapshot: ReSnapshot) -> ReRecord:
        """Put a deleted RE back exactly (same ids, uids, number, spans, units, ratings)."""
        return editing.restore_re(self._db, snapshot)

    # -- coders and coding ----------------------------------------------------------------------
    def add_coder(self, name: str) -> CoderRecord:
        with self._db.transaction() as session:
            return coding_store.add_coder(session, name)

    def coders(self) -> list[CoderRecord]:
        with self._db.reading() as session:
            return coding_store.list_coders(session)

    def coder(self, name: str) -> CoderRecord:
        from ccrt_coder.core.errors import NotFoundError

        for coder in self.coders():
            if coder.name == name:
                return coder
        raise NotFoundError(f"no coder called {name!r} in the project")

    def set_completeness(
        self, re_id: int, coder_id: int, value: float | None, layer: Layer = Layer.CODER
    ) -> None:
        with self._db.transaction() as session:
            coding_store.set_completeness(session, re_id, coder_id, layer, value)

    def set_completeness_many(self, ratings: Sequence[tuple[int, int, Layer, float]]) -> None:
        """Store many (re_id, coder_id, layer, value) ratings in one transaction."""
        with self._db.transaction() as session:
            for re_id, coder_id, layer, value in ratings:
                coding_store.set_completeness(session, re_id, coder_id, layer, value)

    def add_unit(self, draft: UnitDraft) -> int:
        return self.add_units([draft])[0]

    def add_units(self, drafts: Sequence[UnitDraft]) -> list[int]:
        """Validate and store units in one transaction (all or none)."""
        with self._db.transaction() as session:
            system_id = study_store.active_system_id(session)
            system = study_store.load_category_system(session, system_id)
            spans_of: dict[int, tuple] = {}
            for draft in drafts:
                if draft.re_id not in spans_of:
                    spans_of[draft.re_id] = narrative_store.re_spans(session, draft.re_id)
                check_unit(draft, spans_of[draft.re_id], system)
            return coding_store.insert_units(
                session, drafts, study_store.category_ids(session, system_id)
            )

    def units(
        self, re_ids: Sequence[int], coder_id: int | None = None, layer: Layer | None = None
    ) -> list[UnitRecord]:
        with self._db.reading() as session:
            return coding_store.load_units(session, re_ids, coder_id, layer)

    def code_unit(self, draft: UnitDraft) -> UnitRecord:
        """Store one coded unit; returns it as stored."""
        return editing.code_unit(self._db, draft)

    def edit_unit(self, unit_id: int, draft: UnitDraft) -> Edited[UnitRecord]:
        return editing.edit_unit(self._db, unit_id, draft)

    def remove_unit(self, unit_id: int) -> UnitRecord:
        """Delete a unit; the returned record restores it."""
        return editing.remove_unit(self._db, unit_id)

    def restore_unit(self, unit: UnitRecord) -> UnitRecord:
        """Put a deleted unit back with its id, uid and time stamps."""
        return editing.restore_unit(self._db, unit)

    def rate_completeness(
        self, re_id: int, coder_id: int, value: float | None, layer: Layer = Layer.CODER
    ) -> float | None:
        """Rate an RE 1-5 in steps of 0.5 (None: no rating); returns the previous rating."""
        return editing.rate_completeness(self._db, re_id, coder_id, value, layer)

    def unit_counts_by_coder(self, re_id: int) -> dict[str, int]:
        """How many units each coder has in an RE (what deleting it would take with it)."""
        with self._db.reading() as session:
            return coding_store.unit_counts_by_coder(session, re_id)

    # -- analyses -------------------------------------------------------------------------------
    def choose_layer(self, coder: str | None = None, consensus: bool = False) -> LayerChoice:
        """A coder's own layer or the consensus layer (the only coder's when not said)."""
        from ccrt_coder.usecases import ccrt as ccrt_service

        return ccrt_service.choose_layer(self._db, coder, consensus)

    def ccrt_results(self, choice: LayerChoice) -> CcrtResults:
        """The CCRT of every dyad x narrator x phase scope, and pooled over dyads."""
        from ccrt_coder.usecases import ccrt as ccrt_service

        return ccrt_service.ccrt_results(self._db, choice)

    def ccrt_comparison(self, choice: LayerChoice, level: str = "cluster") -> ComparisonResults:
        """Patient vs therapist per dyad and pooled, per phase, and change across phases."""
        from ccrt_coder.analysis.ccrt.comparison import compare

        return compare(self.ccrt_results(choice), level=level)

    def ccrt_table(self, choice: LayerChoice) -> pd.DataFrame:
        """The long table (one row per dyad x narrator x phase x filter x component x category)."""
        from ccrt_coder.analysis.ccrt.tidy import tidy_table

        return tidy_table(self.ccrt_results(choice))

    def agreement_report(
        self, coders: Sequence[str] | None = None, level: str = "category", overlap: float = 0.5
    ) -> AgreementReport:
        """Inter-rater agreement of the coders' own layers over the REs they all coded."""
        from ccrt_coder.usecases import agreement as agreement_service

        return agreement_service.agreement_report(self._db, coders, level, overlap)

    # -- export and coded-set import ------------------------------------------------------------
    def export(
        self,
        out: str | Path,
        options: ExportOptions | None = None,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> ExportReport:
        """Write the coded set to OUT.xlsx or OUT-<sheet>.csv files; nothing if cancelled/failed."""
        from ccrt_coder.usecases.export import ExportOptions, export_project

        return export_project(self._db, out, options or ExportOptions(), progress, cancelled)

    def import_codes(self, path: str | Path, coder: str | None = None) -> CodesImportReport:
        """Add coded units from a Units sheet (.xlsx) or units CSV in one transaction."""
        from ccrt_coder.usecases.codes_import import import_codes

        return import_codes(self._db, path, coder)

    # -- exchange: REFI-QDA files, coders' copies -------------------------------------------------
    def export_qdpx(self, out: str | Path, progress: Progress | None = None) -> QdpxExportSummary:
        """Write the whole project (every coder, both layers) as a REFI-QDA file (.qdpx)."""
        from ccrt_coder.usecases.exchange import export_qdpx

        return export_qdpx(self._db, out, progress)

    @staticmethod
    def import_qdpx(qdpx: str | Path, out: str | Path) -> QdpxImportReport:
        """Create the new project ``out`` from a .qdpx file (all of it or none); the report
        says which codes could not be mapped."""
        from ccrt_coder.usecases.exchange import import_qdpx

        return import_qdpx(qdpx, out)

    def plan_merge(self, sources: Sequence[str | Path]) -> MergePlan:
        """What merging coders' copies ``sources`` into this project would add, and why not."""
        from ccrt_coder.usecases.merge import plan_merge

        return plan_merge(self._db, sources)

    def merge(self, sources: Sequence[str | Path], progress: Progress | None = None) -> MergeResult:
        """Merge coders' copies into this project in one transaction, after a backup."""
        from ccrt_coder.usecases.merge import merge

        return merge(self._db, sources, progress)

    # -- summary --------------------------------------------------------------------------------
    def info(self) -> ProjectInfo:
        with self._db.reading() as session:
            settings = study_store.load_settings(session)
            system = study_store.load_category_system(session)
            counts = info_store.count_rows(session)
            return ProjectInfo(
                path=str(self.path),
                study=settings.name,
                schema_revision=schema.SCHEMA_HEAD,
                category_system=f"{system.name} ({system.version})",
                category_count=len(system.categories),
                phases=settings.phases,
                coders=tuple(c.name for c in coding_store.list_coders(session)),
                units=info_store.unit_counts(session),
                ratings=info_store.rating_counts(session),
                **counts,
            )

    # -- workspace support ----------------------------------------------------------------------
    def coding_progress(
        self, coder_id: int, interview_ids: Sequence[int] | None = None
    ) -> dict[int, tuple[int, int]]:
        """(REs coded by this coder, all REs) per interview, in one query.

        Coded means the coder has a unit in the RE, or rated it below the completeness
        threshold; interviews without REs are left out.
        """
        from ccrt_coder.storage import workspace_store

        with self._db.reading() as session:
            threshold = study_store.load_settings(session).completeness_threshold
            return workspace_store.coding_progress(session, coder_id, threshold, interview_ids)

    def partner_re_counts(self) -> dict[int, int]:
        """Per interview, its REs about the dyad partner (interviews without any left out)."""
        from ccrt_coder.storage import workspace_store

        with self._db.reading() as session:
            return workspace_store.partner_re_counts(session)

    def completeness_ratings(
        self, re_ids: Sequence[int], coder_id: int | None = None
    ) -> dict[tuple[int, int, Layer], float]:
        """Completeness ratings keyed (re_id, coder_id, layer), of one coder or of all."""
        from ccrt_coder.storage import workspace_store

        with self._db.reading() as session:
            return workspace_store.completeness_ratings(session, re_ids, coder_id)

    def interview_of_re(self, re_id: int) -> int:
        from ccrt_coder.storage import workspace_store

        with self._db.reading() as session:
            return workspace_store.interview_of_re(session, re_id)

    def search_text(self, query: str, limit: int = 500) -> list[TextHit]:
        """Case-insensitive occurrences of ``query`` in all transcripts, at most ``limit``."""
        from itertools import islice

        from ccrt_coder.core.text_search import find_hits
        from ccrt_coder.storage import workspace_store

        if not query.strip():
            return []
        with self._db.reading() as session:
            texts = workspace_store.transcripts_containing(session, query)
            hits = (hit for iid, text in texts for hit in find_hits(iid, text, query))
            return list(islice(hits, limit))
