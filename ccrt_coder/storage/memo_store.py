"""Coders' memos on interviews and REs: read, write, keep with an RE's undo, strip for copies."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import NamedTuple

from sqlalchemy import delete, select
from sqlalchemy.orm import Session, aliased

from ccrt_coder.core.errors import InputError, NotFoundError
from ccrt_coder.core.memos import MemoRecord
from ccrt_coder.storage import plain_coding
from ccrt_coder.storage.bulk import insert_rows
from ccrt_coder.storage.database import connection_of
from ccrt_coder.storage.ids import utcnow
from ccrt_coder.storage.models import (
    Coder,
    Dyad,
    Interview,
    Memo,
    Person,
    RelationshipEpisode,
    ReSpan,
    Transcript,
)


class MemoSnap(NamedTuple):
    """A memo keyed by uids, as merges compare them (``re_uid`` None: the interview's memo)."""

    coder_uid: str
    transcript_uid: str
    re_uid: str | None
    text: str
    modified_at: datetime

    @property
    def key(self) -> tuple[str, str, str | None]:
        return self.coder_uid, self.transcript_uid, self.re_uid


def list_memos(
    session: Session,
    coder_id: int | None = None,
    interview_id: int | None = None,
    re_ids: Sequence[int] | None = None,
) -> list[MemoRecord]:
    """Memos (of one coder, interview or some REs, or all) by interview, its own memo first."""
    where = {"m.coder_id": coder_id, "m.interview_id": interview_id}
    chosen = {column: value for column, value in where.items() if value is not None}
    return plain_coding.memos(connection_of(session), chosen, re_ids)


def memos_where(
    session: Session,
    coder: str | None,
    dyad: str | None = None,
    narrator: str | None = None,
    phase: int | None = None,
) -> list[MemoRecord]:
    """Memos on the interviews of a dyad, narrator and phase (None: any) by a coder's name
    (None: every coder's; "" matches no coder: nobody is coding), as ``list_memos`` orders them."""
    where = {"c.name": coder, "d.code": dyad, "iv.narrator": narrator, "iv.phase": phase}
    chosen = {column: value for column, value in where.items() if value is not None}
    return plain_coding.memos(connection_of(session), chosen)


def _row(session: Session, coder_id: int, interview_id: int, re_id: int | None) -> Memo | None:
    query = select(Memo).where(Memo.coder_id == coder_id, Memo.interview_id == interview_id)
    query = query.where(Memo.re_id.is_(None) if re_id is None else Memo.re_id == re_id)
    return session.scalars(query).first()


def memo_text(session: Session, coder_id: int, interview_id: int, re_id: int | None) -> str:
    row = _row(session, coder_id, interview_id, re_id)
    return row.text if row is not None else ""


def set_memo(
    session: Session, coder_id: int, interview_id: int, re_id: int | None, text: str
) -> str:
    """Store a coder's memo (empty: remove it); the text it had before, for undo."""
    if session.get(Coder, coder_id) is None:
        raise NotFoundError(f"no coder with id {coder_id}")
    if session.get(Interview, interview_id) is None:
        raise NotFoundError(f"no interview with id {interview_id}")
    if re_id is not None:
        re = session.get(RelationshipEpisode, re_id)
        if re is None or re.interview_id != interview_id:
            raise InputError(f"RE id {re_id} is not an RE of this interview")
    row = _row(session, coder_id, interview_id, re_id)
    before = row.text if row is not None else ""
    if not text:
        if row is not None:
            session.delete(row)
    elif row is None:
        session.add(Memo(coder_id=coder_id, interview_id=interview_id, re_id=re_id,
                         text=text, modified_at=utcnow()))  # fmt: skip
    elif row.text != text:
        row.text, row.modified_at = text, utcnow()
    session.flush()
    return before


def re_memos(session: Session, re_ids: Sequence[int]) -> list[MemoRecord]:
    """Every coder's memos on these REs (what deleting them takes with it)."""
    return list_memos(session, re_ids=re_ids)


def restore_memos(session: Session, memos: Sequence[MemoRecord]) -> None:
    insert_rows(
        session,
        Memo,
        [
            {"coder_id": m.coder_id, "interview_id": m.interview_id, "re_id": m.re_id,
             "text": m.text, "modified_at": m.modified_at}
            for m in memos
        ],
    )  # fmt: skip


def keep_only_coder_memos(session: Session, coder_id: int) -> int:
    """Delete every other coder's memos (a coder copy); the number of memos kept."""
    session.execute(delete(Memo).where(Memo.coder_id != coder_id))
    return len(session.scalars(select(Memo.id)).all())


def re_starts(session: Session, re_ids: Sequence[int]) -> dict[int, int]:
    """Where each RE's text begins (its first piece), by RE id."""
    query = select(ReSpan.re_id, ReSpan.start).where(ReSpan.re_id.in_(re_ids), ReSpan.ordinal == 0)
    return {re_id: start for re_id, start in session.execute(query)}


def hand_over_memos(session: Session, giver_id: int, taker_id: int) -> None:
    """Give one coder's memos to another (merging coders); where both wrote a memo on the same
    interview or RE, the giver's text is appended to the taker's."""
    for memo in session.scalars(select(Memo).where(Memo.coder_id == giver_id)).all():
        kept = _row(session, taker_id, memo.interview_id, memo.re_id)
        if kept is None:
            memo.coder_id = taker_id
        else:
            kept.text, kept.modified_at = f"{kept.text}\n\n{memo.text}", utcnow()
            session.delete(memo)
    session.flush()


def load_memo_snaps(session: Session) -> list[MemoSnap]:
    """Every memo of the project keyed by uids (for merging)."""
    query = (
        select(Coder.uid, Transcript.uid, RelationshipEpisode.uid, Memo.text, Memo.modified_at)
        .join(Coder, Coder.id == Memo.coder_id)
        .join(Transcript, Transcript.interview_id == Memo.interview_id)
        .outerjoin(RelationshipEpisode, RelationshipEpisode.id == Memo.re_id)
    )
    return [MemoSnap(*row) for row in session.execute(query)]


def write_memo_snaps(session: Session, memos: Sequence[MemoSnap]) -> None:
    """Store merged memos (uids of the target), each replacing that coder's memo there."""
    connection = session.connection()
    coders = dict(connection.execute(select(Coder.uid, Coder.id)).all())
    interviews = dict(connection.execute(select(Transcript.uid, Transcript.interview_id)).all())
    res = dict(connection.execute(select(RelationshipEpisode.uid, RelationshipEpisode.id)).all())
    for memo in memos:
        coder_id, interview_id = coders[memo.coder_uid], interviews[memo.transcript_uid]
        re_id = res[memo.re_uid] if memo.re_uid is not None else None
        row = _row(session, coder_id, interview_id, re_id)
        if row is None:
            row = Memo(coder_id=coder_id, interview_id=interview_id, re_id=re_id)
            session.add(row)
        row.text, row.modified_at = memo.text, memo.modified_at
    session.flush()


def export_rows(session: Session, coder_ids: Sequence[int] | None) -> list[tuple]:
    """(dyad, patient, therapist, narrator, phase, RE number or None, coder, text, modified_at)
    of every memo (of some coders), by interview, each interview's own memo first."""
    patient, therapist = aliased(Person), aliased(Person)
    query = (
        select(
            Dyad.code, patient.code, therapist.code, Interview.narrator, Interview.phase,
            RelationshipEpisode.number, Coder.name, Memo.text, Memo.modified_at,
        )
        .join(Coder, Coder.id == Memo.coder_id)
        .join(Interview, Interview.id == Memo.interview_id)
        .join(Dyad, Dyad.id == Interview.dyad_id)
        .join(patient, patient.id == Dyad.patient_id)
        .join(therapist, therapist.id == Dyad.therapist_id)
        .outerjoin(RelationshipEpisode, RelationshipEpisode.id == Memo.re_id)
        .order_by(Dyad.code, Interview.narrator, Interview.phase, RelationshipEpisode.number,
                  Coder.name)
    )  # fmt: skip
    if coder_ids is not None:
        query = query.where(Memo.coder_id.in_(coder_ids))
    return [tuple(row) for row in session.execute(query)]
