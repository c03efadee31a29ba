"""The project's stored category systems: which exist, and how many units use their categories."""

from __future__ import annotations

from typing import TypeVar

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from ccrt_coder.core.categories import (
    Category,
    CategorySystem,
    CategorySystemSummary,
)
from ccrt_coder.storage import plain_read, study_store
from ccrt_coder.storage.database import connection_of
from ccrt_coder.storage.models import CategoryRow, CategorySystemRow, UnitCategory

K = TypeVar("K", int, str)


def system_summaries(session: Session) -> list[CategorySystemSummary]:
    """Every stored system in the order it was stored, with its categories and coded units."""
    active = study_store.active_system_id(session)
    sizes = _pairs(
        session,
        select(CategoryRow.system_id, func.count(CategoryRow.id)).group_by(CategoryRow.system_id),
    )
    units = _pairs(
        session,
        select(CategoryRow.system_id, func.count(func.distinct(UnitCategory.unit_id)))
        .join(UnitCategory, UnitCategory.category_id == CategoryRow.id)
        .group_by(CategoryRow.system_id),
    )
    rows = session.execute(
        select(CategorySystemRow.id, CategorySystemRow.name, CategorySystemRow.version).order_by(
            CategorySystemRow.id
        )
    )
    return [
        CategorySystemSummary(
            id_, name, version, sizes.get(id_, 0), units.get(id_, 0), id_ == active
        )
        for id_, name, version in rows
    ]


def unit_counts_by_code(session: Session, system_id: int) -> dict[str, int]:
    """Units (of every coder and layer) carrying each category of the system; unused: absent."""
    return _pairs(
        session,
        select(CategoryRow.code, func.count(func.distinct(UnitCategory.unit_id)))
        .join(UnitCategory, UnitCategory.category_id == CategoryRow.id)
        .where(CategoryRow.system_id == system_id)
        .group_by(CategoryRow.code),
    )


def categories_in_use_outside(session: Session, system_id: int) -> list[Category]:
    """Categories of the other systems that coded units still carry, in their systems' order."""
    return plain_read.categories_in_use_outside(connection_of(session), system_id)


def active_with_categories_in_use(session: Session) -> CategorySystem:
    """The active system plus the other systems' categories units still carry, so analyses and
    views name units coded before a switch with their own labels."""
    return plain_read.active_with_categories_in_use(connection_of(session))


def _pairs(session: Session, query: Select[K, int]) -> dict[K, int]:
    """A two-column query's rows as a mapping (its Result has ``keys()``: no ``dict(result)``)."""
    return {key: n for key, n in session.execute(query)}
