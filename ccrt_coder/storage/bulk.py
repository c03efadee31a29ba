"""Bulk writes through SQLAlchemy Core: many rows per statement, ids back in order."""

from __future__ import annotations

from sqlalchemy import insert
from sqlalchemy.orm import Session


def insert_returning_ids(session: Session, model: type, rows: list[dict]) -> list[int]:
    """Bulk insert (multi-row VALUES) that hands back the new ids in the order of ``rows``."""
    if not rows:
        return []
    statement = insert(model).returning(model.id, sort_by_parameter_order=True)  # type: ignore[attr-defined]
    return list(session.scalars(statement, rows))
