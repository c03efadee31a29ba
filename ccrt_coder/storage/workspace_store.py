"""Queries behind the coding workspace: progress per coder, partner REs, ratings, text search."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ccrt_coder.core.coding_done import ReCoding
from ccrt_coder.core.domain import Layer
from ccrt_coder.core.errors import NotFoundError
from ccrt_coder.storage import plain_coding
from ccrt_coder.storage.database import connection_of
from ccrt_coder.storage.models import (
    RelationshipEpisode,
    Transcript,
)

RE = RelationshipEpisode


def coding_states(
    session: Session,
    coder_id: int,
    threshold: float,
    interview_ids: Sequence[int] | None = None,
) -> dict[int, list[ReCoding]]:
    """Per interview, what one coder has done in each of its REs (own layer), in one query."""
    return plain_coding.coding_states(connection_of(session), coder_id, threshold, interview_ids)


def partner_re_counts(session: Session) -> dict[int, int]:
    """Per interview, how many REs are about the dyad partner (the REs' stored flag)."""
    return plain_coding.partner_re_counts(connection_of(session))


def completeness_ratings(
    session: Session, re_ids: Sequence[int], coder_id: int | None = None
) -> dict[tuple[int, int, Layer], float]:
    """Ratings of some REs keyed (re_id, coder_id, layer); optionally of one coder only."""
    return plain_coding.completeness_ratings(connection_of(session), re_ids, coder_id)


def interview_of_re(session: Session, re_id: int) -> int:
    interview_id = session.scalar(select(RE.interview_id).where(RE.id == re_id))
    if interview_id is None:
        raise NotFoundError(f"RE {re_id} does not exist")
    return interview_id


def transcripts_containing(session: Session, query: str) -> Iterator[tuple[int, str]]:
    """(interview_id, text) of transcripts that may hold ``query``, in interview order.

    SQLite's ``lower()`` folds ASCII only, so the database narrows the search for ASCII queries;
    any other query is checked in Python against every transcript.
    """
    statement = select(Transcript.interview_id, Transcript.text).order_by(Transcript.interview_id)
    if query.isascii():
        statement = statement.where(func.instr(func.lower(Transcript.text), query.lower()) > 0)
    yield from ((interview_id, text) for interview_id, text in session.execute(statement))
