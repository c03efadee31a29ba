"""Bulk writes through SQLAlchemy Core: one executemany per table, ids known in order."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from ccrt_coder.storage.models import Base


def insert_returning_ids(
    session: Session, model: type[Base], rows: Sequence[Mapping[str, object]]
) -> list[int]:
    """Insert ``rows`` in bulk and hand back their new ids, in the order of ``rows``.

    The ids are assigned here (after the table's highest) rather than returned: SQLAlchemy turns
    an ordered RETURNING into one INSERT per row on SQLite. Inside the write transaction no other
    writer can take them; a concurrent commit makes SQLite refuse ours instead of clashing.
    """
    if not rows:
        return []
    ids = list(next_ids(session, model, len(rows)))
    insert_rows(session, model, [{**row, "id": id_} for row, id_ in zip(rows, ids, strict=True)])
    return ids


def next_ids(session: Session, model: type[Base], n: int) -> range:
    """``n`` ids after the table's highest, for rows written in this write transaction."""
    table = model.__table__
    first = (session.scalar(select(func.max(table.c.id))) or 0) + 1
    return range(first, first + n)


def insert_rows(session: Session, model: type[Base], rows: Sequence[Mapping[str, object]]) -> None:
    """Plain executemany of ``rows`` (Core: skips the ORM's per-row bookkeeping)."""
    if rows:
        session.connection().execute(insert(model), rows)
