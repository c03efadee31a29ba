"""The study as a whole: creating its file, its settings and category systems, its summary."""

from __future__ import annotations

from pathlib import Path

from ccrt_coder.core.categories import CategorySystem
from ccrt_coder.core.domain import StudySettings
from ccrt_coder.core.records import ProjectInfo
from ccrt_coder.storage import schema
from ccrt_coder.storage.database import Database


def create_project_file(
    path: Path, settings: StudySettings | None, system: CategorySystem | None
) -> Database:
    """A new project file holding one study; nothing is left behind if that fails."""
    from ccrt_coder.storage import study_store

    if system is None:
        from ccrt_coder.io.category_import import default_category_system

        system = default_category_system()
    db = schema.create_project_file(path)
    try:
        with db.transaction() as session:
            study_store.create_study(session, settings or StudySettings(name=path.stem), system)
    except Exception:
        db.close()
        schema.remove_file_set(path)
        raise
    return db


def update_settings(db: Database, changes: dict[str, object]) -> StudySettings:
    """Apply named changes to the settings; core checks every value before it is stored."""
    from ccrt_coder.storage import study_store

    with db.transaction() as session:
        return study_store.update_settings(session, changes)


def project_info(db: Database) -> ProjectInfo:
    """What the project holds, counted in one reading session."""
    from ccrt_coder.storage import coding_store, info_store, study_store

    with db.reading() as session:
        settings = study_store.load_settings(session)
        system = study_store.load_category_system(session)
        counts = info_store.count_rows(session)
        return ProjectInfo(
            path=str(db.path),
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
