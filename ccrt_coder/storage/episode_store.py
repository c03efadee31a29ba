"""Editing relationship episodes: create, re-span, re-head, delete with a snapshot, restore."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import delete, func, insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ccrt_coder.core.domain import Span
from ccrt_coder.core.errors import InputError, NotFoundError
from ccrt_coder.core.records import ReHeader, ReRecord, ReSnapshot
from ccrt_coder.storage import coding_store, memo_store
from ccrt_coder.storage.ids import new_uid, utcnow
from ccrt_coder.storage.models import Interview, RelationshipEpisode, ReSpan, Transcript


def _episode(session: Session, re_id: int) -> RelationshipEpisode:
    episode = session.get(RelationshipEpisode, re_id)
    if episode is None:
        raise NotFoundError(f"RE {re_id} does not exist")
    return episode


def load_re(session: Session, re_id: int) -> ReRecord:
    episode = _episode(session, re_id)
    return re_record(episode, _spans(session, re_id))


def _spans(session: Session, re_id: int) -> tuple[Span, ...]:
    rows = session.execute(
        select(ReSpan.start, ReSpan.end).where(ReSpan.re_id == re_id).order_by(ReSpan.ordinal)
    )
    return tuple(Span(start, end) for start, end in rows)


def re_record(episode: RelationshipEpisode, spans: tuple[Span, ...]) -> ReRecord:
    return ReRecord(
        id=episode.id,
        interview_id=episode.interview_id,
        number=episode.number,
        other_type=episode.other_type,
        other_name=episode.other_name,
        time_frame=episode.time_frame,
        spans=spans,
        about_partner=bool(episode.about_partner),
    )


def text_length(session: Session, interview_id: int) -> int:
    """The transcript's length in code points (SQLite's length() counts characters)."""
    length = session.scalar(
        select(func.length(Transcript.text)).where(Transcript.interview_id == interview_id)
    )
    if length is None:
        raise NotFoundError(f"interview {interview_id} has no transcript")
    return int(length)


def other_res_spans(
    session: Session, interview_id: int, except_re: int | None = None
) -> dict[int, tuple[Span, ...]]:
    """The spans of the interview's REs by RE number, leaving out ``except_re``."""
    rows = session.execute(
        select(RelationshipEpisode.id, RelationshipEpisode.number, ReSpan.start, ReSpan.end)
        .join(ReSpan, ReSpan.re_id == RelationshipEpisode.id)
        .where(RelationshipEpisode.interview_id == interview_id)
    )
    spans: dict[int, list[Span]] = {}
    for re_id, number, start, end in rows:
        if re_id != except_re:
            spans.setdefault(number, []).append(Span(start, end))
    return {number: tuple(pieces) for number, pieces in spans.items()}


def next_number(session: Session, interview_id: int) -> int:
    highest = session.scalar(
        select(func.max(RelationshipEpisode.number)).where(
            RelationshipEpisode.interview_id == interview_id
        )
    )
    return (highest or 0) + 1


def insert_re(
    session: Session, interview_id: int, number: int, header: ReHeader, spans: Sequence[Span]
) -> ReRecord:
    now = utcnow()
    episode = RelationshipEpisode(
        uid=new_uid(),
        interview_id=interview_id,
        number=number,
        other_type=header.other_type,
        other_name=header.other_name,
        time_frame=header.time_frame,
        about_partner=header.partner_flag(_narrator(session, interview_id)),
        created_at=now,
        modified_at=now,
    )
    session.add(episode)
    session.flush()
    _write_spans(session, episode.id, spans)
    return re_record(episode, tuple(sorted(spans)))


def _narrator(session: Session, interview_id: int) -> str:
    narrator = session.scalar(select(Interview.narrator).where(Interview.id == interview_id))
    if narrator is None:
        raise NotFoundError(f"interview {interview_id} does not exist")
    return str(narrator)


def _write_spans(session: Session, re_id: int, spans: Sequence[Span]) -> None:
    session.execute(delete(ReSpan).where(ReSpan.re_id == re_id))
    session.add_all(
        ReSpan(re_id=re_id, ordinal=n, start=s.start, end=s.end)
        for n, s in enumerate(sorted(spans))
    )
    session.flush()


def set_spans(session: Session, re_id: int, spans: Sequence[Span]) -> ReRecord:
    """Replace an RE's text spans (validated by the caller); pieces are kept in text order."""
    episode = _episode(session, re_id)
    _write_spans(session, re_id, spans)
    episode.modified_at = utcnow()
    return re_record(episode, tuple(sorted(spans)))


def set_header(session: Session, re_id: int, header: ReHeader) -> ReRecord:
    episode = _episode(session, re_id)
    episode.other_type = header.other_type
    episode.other_name = header.other_name
    episode.time_frame = header.time_frame
    episode.about_partner = header.partner_flag(_narrator(session, episode.interview_id))
    episode.modified_at = utcnow()
    return re_record(episode, _spans(session, re_id))


def delete_re(session: Session, re_id: int) -> ReSnapshot:
    """Delete an RE; its spans, units and ratings go with it (and into the snapshot)."""
    episode = _episode(session, re_id)
    snapshot = ReSnapshot(
        re=re_record(episode, _spans(session, re_id)),
        uid=episode.uid,
        created_at=episode.created_at,
        modified_at=episode.modified_at,
        units=tuple(coding_store.load_units(session, [re_id])),
        ratings=tuple(coding_store.load_ratings(session, [re_id])),
        memos=tuple(memo_store.re_memos(session, [re_id])),
    )
    session.delete(episode)  # the database cascades to spans, units, ratings and memos
    session.flush()
    return snapshot


def restore_re(session: Session, snapshot: ReSnapshot, category_ids: dict[str, int]) -> ReRecord:
    """Put a deleted RE back exactly: id, uid, number, spans, time stamps, units and ratings."""
    re = snapshot.re
    try:
        session.execute(
            insert(RelationshipEpisode).values(
                id=re.id,
                uid=snapshot.uid,
                interview_id=re.interview_id,
                number=re.number,
                other_type=re.other_type,
                other_name=re.other_name,
                time_frame=re.time_frame,
                about_partner=re.about_partner,
                created_at=snapshot.created_at,
                modified_at=snapshot.modified_at,
            )
        )
    except IntegrityError as exc:
        raise InputError(
            f"RE {re.number} cannot be restored: the project was changed meanwhile"
        ) from exc
    _write_spans(session, re.id, re.spans)
    coding_store.restore_units(session, snapshot.units, category_ids)
    coding_store.restore_ratings(session, snapshot.ratings)
    memo_store.restore_memos(session, snapshot.memos)
    return re
