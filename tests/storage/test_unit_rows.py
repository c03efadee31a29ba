"""Every write of a unit goes through storage/unit_rows.py, which checks it against core's rules."""

from datetime import UTC, datetime
from pathlib import Path

import pytest

from ccrt_coder.core.domain import Component, NarratorRole, Span
from ccrt_coder.core.errors import InputError, NotFoundError
from ccrt_coder.core.records import UnitDraft
from ccrt_coder.storage import coding_store, exchange_store, study_store
from ccrt_coder.storage.database import Database
from ccrt_coder.usecases.project import Project

NOW = datetime(2026, 1, 1, tzinfo=UTC)


def _draft(project: Project, **changes) -> UnitDraft:
    values = dict(
        re_id=project.find_re("D01", NarratorRole.PATIENT, 5, 1),
        coder_id=project.add_coder("Anna").id,
        component=Component.W,
        spans=(Span(10_000, 10_010),),  # beyond the RE's text
        categories=("W1",),
    )
    values.update(changes)
    return UnitDraft(**values)


def _open(project: Project, tmp_path: Path) -> Database:
    project.close()
    return Database(tmp_path / "study.ccrt")


def test_no_write_path_stores_a_unit_outside_its_re(project: Project, tmp_path: Path) -> None:
    draft = _draft(project)
    db = _open(project, tmp_path)
    try:
        with db.transaction() as session:
            ids = study_store.category_ids(session, study_store.active_system_id(session))
        writes = [
            lambda s: coding_store.insert_units(s, [draft], ids),
            lambda s: coding_store.insert_unit(s, draft, ids),
            lambda s: exchange_store.insert_units(s, [("uid-1", draft, NOW, NOW)], ids),
        ]
        for write in writes:
            raises = pytest.raises(InputError, match="lies outside the RE's text")
            with raises, db.transaction() as session:
                write(session)
    finally:
        db.close()


def test_a_unit_of_a_missing_re_is_refused(project: Project, tmp_path: Path) -> None:
    draft = _draft(project, re_id=999)
    db = _open(project, tmp_path)
    try:
        raises = pytest.raises(NotFoundError, match="RE 999 does not exist")
        with raises, db.transaction() as session:
            coding_store.insert_units(session, [draft], {})
    finally:
        db.close()
