"""Study settings and category systems in the project file."""

from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy import select
from sqlalchemy.orm import Session

from ccrt_coder.core.categories import CategorySystem, check_category_system
from ccrt_coder.core.domain import StudySettings
from ccrt_coder.core.errors import InputError
from ccrt_coder.core.settings import changed_settings, validate_settings
from ccrt_coder.storage import plain_read
from ccrt_coder.storage.database import connection_of
from ccrt_coder.storage.ids import new_uid, utcnow
from ccrt_coder.storage.models import CategoryRow, CategorySystemRow, Interview, Study


def create_study(session: Session, settings: StudySettings, system: CategorySystem) -> None:
    validate_settings(settings)
    study = Study(
        uid=new_uid(),
        name=settings.name,
        phases=list(settings.phases),
        other_person_types=list(settings.other_person_types),
        time_frames=list(settings.time_frames),
        completeness_threshold=settings.completeness_threshold,
        min_res_for_ccrt=settings.min_res_for_ccrt,
        blind_mode=settings.blind_mode,
        created_at=utcnow(),
    )
    session.add(study)
    study.category_system_id = store_category_system(session, system)


def _study(session: Session) -> Study:
    study = session.scalars(select(Study)).one_or_none()
    if study is None:
        raise InputError("the project has no study settings; it is damaged")
    return study


def load_settings(session: Session) -> StudySettings:
    return plain_read.load_settings(connection_of(session))


def save_settings(session: Session, settings: StudySettings) -> None:
    validate_settings(settings)
    study = _study(session)
    study.name = settings.name
    study.phases = list(settings.phases)
    study.other_person_types = list(settings.other_person_types)
    study.time_frames = list(settings.time_frames)
    study.completeness_threshold = settings.completeness_threshold
    study.min_res_for_ccrt = settings.min_res_for_ccrt
    study.blind_mode = settings.blind_mode


def mark_coder_copy(session: Session, coder_uid: str) -> None:
    """Say that the file is ``coder_uid``'s coder copy; such a copy is coded blind."""
    study = _study(session)
    study.coder_copy_of = coder_uid
    study.blind_mode = True


def coder_copy_of(session: Session) -> str | None:
    """The uid of the coder whose coder copy the file is; None for a full project."""
    return plain_read.coder_copy_of(connection_of(session))


def update_settings(session: Session, changes: Mapping[str, object]) -> StudySettings:
    """Apply named changes to the stored settings (checked in core); returns the new settings."""
    in_use = session.scalars(select(Interview.phase).distinct()).all()
    settings = changed_settings(load_settings(session), changes, in_use)
    save_settings(session, settings)
    return settings


def store_category_system(session: Session, system: CategorySystem) -> int:
    """Insert a category system (refusing a name+version already stored); returns its id."""
    check_category_system(system)
    existing = session.scalars(
        select(CategorySystemRow).where(
            CategorySystemRow.name == system.name, CategorySystemRow.version == system.version
        )
    ).one_or_none()
    if existing is not None:
        raise InputError(
            f"the project already has category system '{system.name}' version {system.version}"
        )
    row = CategorySystemRow(
        uid=new_uid(),
        name=system.name,
        version=system.version,
        description=system.description,
        uses_lu_direction=system.uses_lu_direction,
        imported_at=utcnow(),
    )
    session.add(row)
    session.flush()
    session.add_all(
        CategoryRow(
            system_id=row.id,
            code=c.code,
            label=c.label,
            component=c.component.value if c.component else None,
            cluster=c.cluster,
            default_valence=c.default_valence.value if c.default_valence else None,
            description=c.description,
            position=position,
        )
        for position, c in enumerate(system.categories)
    )
    return row.id


def activate_category_system(session: Session, system_id: int) -> None:
    _study(session).category_system_id = system_id


def active_system_id(session: Session) -> int:
    return plain_read.active_system_id(connection_of(session))


def load_category_system(session: Session, system_id: int | None = None) -> CategorySystem:
    return plain_read.load_category_system(connection_of(session), system_id)


def category_ids(session: Session, system_id: int) -> dict[str, int]:
    rows = session.execute(
        select(CategoryRow.code, CategoryRow.id).where(CategoryRow.system_id == system_id)
    )
    return {code: id_ for code, id_ in rows}
