"""REFI-QDA exchange: export a project as .qdpx; import a .qdpx as a new project file.

Both write under a temporary name in the target's folder and rename it when complete, so a
failed export or import never leaves a half-written file under the name asked for.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, replace
from pathlib import Path

from ccrt_coder import __version__
from ccrt_coder.core.errors import InputError, NotFoundError, ProjectFileError
from ccrt_coder.core.progress import Progress
from ccrt_coder.io.atomic_file import atomic_outputs, new_file
from ccrt_coder.io.qdpx_export import write_qdpx
from ccrt_coder.io.qdpx_export_study import ExportInterview, ExportStudy
from ccrt_coder.io.qdpx_import import read_qdpx
from ccrt_coder.io.qdpx_study import QdpxImportReport, QdpxStudy
from ccrt_coder.storage import (
    exchange_store,
    narrative_store,
    schema,
    study_store,
)
from ccrt_coder.storage.database import Database
from ccrt_coder.storage.ids import utcnow
from ccrt_coder.usecases import redaction
from ccrt_coder.usecases.gc_pause import cyclic_gc_paused
from ccrt_coder.usecases.qdpx_checks import check_study

__all__ = ["QdpxExportSummary", "QdpxImportReport", "export_qdpx", "import_qdpx"]


@dataclass(frozen=True)
class QdpxExportSummary:
    path: Path
    sources: int
    res: int
    units: int
    coders: int


def export_qdpx(
    db: Database, out: str | Path, progress: Progress | None = None, pseudonymize: bool = False
) -> QdpxExportSummary:
    """Write the whole project (every coder, both layers) to ``out`` (.qdpx); ``pseudonymize``:
    names replaced by labels in the texts and the XML, positions into the redacted texts."""
    out = Path(out)
    if out.suffix.lower() != ".qdpx":
        raise InputError(f"{out.name}: a REFI-QDA project file must end in .qdpx")
    with cyclic_gc_paused(), atomic_outputs([out]) as (partial,):
        with db.snapshot():  # the study and its names to redact: one state of the file
            study = _export_study(db)
            redact = None
            if pseudonymize:
                pseudonymizer = redaction.pseudonymizer(db)
                study = redaction.pseudonymized_study(study, pseudonymizer)
                redact = pseudonymizer.text
        write_qdpx(study, partial, progress, redact)
    return QdpxExportSummary(
        out, len(study.interviews), len(study.res), len(study.units), len(study.coders)
    )


def _export_study(db: Database) -> ExportStudy:
    with db.reading() as session:
        study_uid, created_at, system_uid = exchange_store.study_identity(session)
        texts = exchange_store.transcripts(session)
        res, re_uids = exchange_store.all_res(session)
        return ExportStudy(
            settings=study_store.load_settings(session),
            system=study_store.load_category_system(session),
            system_uid=system_uid,
            study_uid=study_uid,
            created_at=created_at,
            coders=exchange_store.coders(session),
            interviews=tuple(
                ExportInterview(record, *texts[record.id])
                for record in narrative_store.list_interviews(session)
            ),
            res=tuple(res),
            re_uids=re_uids,
            ratings=exchange_store.all_ratings(session),
            units=tuple(exchange_store.all_units(session)),
            person_notes=exchange_store.person_notes(session),
            app_version=__version__,
        )


def import_qdpx(qdpx: str | Path, out: str | Path) -> QdpxImportReport:
    """Create the project ``out`` (which must not exist) from a .qdpx file: all of it or none."""
    from ccrt_coder.io.category_import import default_category_system

    qdpx, out = Path(qdpx), Path(out)
    if out.exists():
        raise ProjectFileError(f"{out} already exists; choose another name")
    with cyclic_gc_paused():
        study = read_qdpx(qdpx, default_category_system())
    check_study(study)
    with new_file(out) as partial:
        db = schema.create_project_file(partial)
        try:
            with db.transaction() as session:
                _store(session, study)
        finally:
            db.close()
    return study.report


def _store(session, study: QdpxStudy) -> None:
    study_store.create_study(session, study.settings, study.system)
    narrative_store.store_interviews(session, study.interviews)
    exchange_store.adopt_uids(session, study.transcript_uids, study.re_uids)
    for person, note in study.person_notes.items():
        with contextlib.suppress(NotFoundError):  # a case naming nobody we imported
            narrative_store.set_person_note(session, person, note)
    now = utcnow()
    coder_ids = exchange_store.insert_coders(session, study.coders, now)
    re_ids = exchange_store.re_ids(session)
    category_ids = study_store.category_ids(session, study_store.active_system_id(session))
    exchange_store.insert_units(
        session,
        [
            (
                u.uid,
                replace(
                    u.draft,
                    re_id=re_ids[(u.interview, u.re_number)],
                    coder_id=coder_ids[u.coder_uid],
                ),
                u.created_at or now,
                u.modified_at or u.created_at or now,
            )
            for u in study.units
        ],
        category_ids,
    )
    exchange_store.insert_ratings(
        session,
        [
            (re_ids[(key, number)], coder_ids[coder], layer, value)
            for key, number, coder, layer, value in study.ratings
        ],
        now,
    )
