"""Bulk writes through SQLAlchemy Core: many rows per statement, ids back in order."""

from __future__ import annotations

from sqlalchemy import insert
from sqlalchemy.orm import Session


def insert_returning_ids(session: Session, model: type, rows: list[dict]) -> list[int]:
    """Bulk insert (multi-row VALUES) that hands back the new ids in the order of ``rows``."""
    if not rows:
        return []
    table = model.__table__  # type: ignore[attr-defined]
    statement = insert(table).returning(table.c.id, sort_by_parameter_order=True)
    return list(session.connection().execute(statement, rows).scalars())


def insert_rows(session: Session, model: type, rows: list[dict]) -> None:
    """Plain executemany of ``rows`` (Core: skips the ORM's per-row bookkeeping)."""
    if rows:
        session.connection().execute(insert(model.__table__), rows)  # type: ignore[attr-defined]
