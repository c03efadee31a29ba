"""A coder copy in the making: the snapshot stripped to one coder's own work, then compacted.

Works on a private temporary file (never on the open project): a snapshot taken with SQLite's
backup API, from which every other coder and every consensus unit and rating is deleted.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from ccrt_coder.core.domain import Layer
from ccrt_coder.core.records import CoderRecord
from ccrt_coder.storage import cipher, memo_store, plain_read, study_store
from ccrt_coder.storage.database import connection_of
from ccrt_coder.storage.merge_store import delete_coder_work
from ccrt_coder.storage.models import CodedUnit, Coder, ReRating


def keep_only_coder(session: Session, coder_name: str) -> tuple[int, int]:
    """Delete all work but ``coder_name``'s own layer and memos, drop the other coders and mark
    the file as their coder copy; returns the (units, ratings) kept."""
    coder = session.scalars(select(Coder).where(Coder.name == coder_name)).one()
    for name in session.scalars(select(Coder.name).where(Coder.id != coder.id)).all():
        delete_coder_work(session, name)
    delete_coder_work(session, coder_name, (Layer.CONSENSUS.value,))
    memo_store.keep_only_coder_memos(session, coder.id)
    session.execute(delete(Coder).where(Coder.id != coder.id))
    study_store.mark_coder_copy(session, coder.uid)
    units = session.scalar(select(func.count()).select_from(CodedUnit)) or 0
    ratings = session.scalar(select(func.count()).select_from(ReRating)) or 0
    return units, ratings


def compact(path: Path) -> None:
    """Rewrite the closed file ``path`` without free pages, so deleted work leaves no bytes
    behind, as one self-contained file (rollback journal; the app turns WAL on when opening)."""
    connection = cipher.connect(path)
    connection.isolation_level = None
    try:
        connection.execute("PRAGMA journal_mode=DELETE")
        connection.execute("VACUUM")
    finally:
        connection.close()


def copy_owner(session: Session) -> CoderRecord | None:
    """The coder whose coder copy this file is; None for a full project."""
    return plain_read.copy_owner(connection_of(session))
