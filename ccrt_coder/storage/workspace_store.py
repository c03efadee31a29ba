"""Queries behind the coding workspace: progress per coder, partner REs, ratings, text search."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from sqlalchemy import exists, func, select
from sqlalchemy.orm import Session

from ccrt_coder.core.coding_done import ReCoding
from ccrt_coder.core.completeness import is_below_threshold
from ccrt_coder.core.domain import Layer
from ccrt_coder.core.errors import NotFoundError
from ccrt_coder.storage.models import (
    CodedUnit,
    RelationshipEpisode,
    ReRating,
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
    mine = (
        ReRating.re_id == RE.id,
        ReRating.coder_id == coder_id,
        ReRating.layer == Layer.CODER.value,
    )
    rated = exists().where(*mine, ReRating.completeness.is_not(None))
    rated_out = exists().where(*mine, is_below_threshold(ReRating.completeness, threshold))
    marked = exists().where(*mine, ReRating.nothing_codable)
    has_unit = exists().where(
        CodedUnit.re_id == RE.id,
        CodedUnit.coder_id == coder_id,
        CodedUnit.layer == Layer.CODER.value,
    )
    query = select(RE.interview_id, rated, rated_out, has_unit, marked).order_by(RE.interview_id)
    if interview_ids is not None:
        query = query.where(RE.interview_id.in_(interview_ids))
    states: dict[int, list[ReCoding]] = {}
    for interview_id, is_rated, is_out, with_unit, is_marked in session.execute(query):
        states.setdefault(interview_id, []).append(
            ReCoding(bool(is_rated), bool(is_out), bool(with_unit), bool(is_marked))
        )
    return states


def partner_re_counts(session: Session) -> dict[int, int]:
    """Per interview, how many REs are about the dyad partner (the REs' stored flag)."""
    rows = session.execute(
        select(RE.interview_id, func.count(RE.id)).where(RE.about_partner).group_by(RE.interview_id)
    )
    return {iid: count for iid, count in rows}


def completeness_ratings(
    session: Session, re_ids: Sequence[int], coder_id: int | None = None
) -> dict[tuple[int, int, Layer], float]:
    """Ratings of some REs keyed (re_id, coder_id, layer); optionally of one coder only."""
    query = select(ReRating.re_id, ReRating.coder_id, ReRating.layer, ReRating.completeness)
    query = query.where(ReRating.re_id.in_(re_ids))
    if coder_id is not None:
        query = query.where(ReRating.coder_id == coder_id)
    return {(r, c, Layer(layer)): value for r, c, layer, value in session.execute(query)}


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
