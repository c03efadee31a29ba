"""Managing the coders in the project file: their work counted, renaming, retiring, merging."""

from __future__ import annotations

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from ccrt_coder.core.coders import (
    CoderSummary,
    WorkKey,
    clashing_work,
    coder_name_problems,
    merge_problems,
)
from ccrt_coder.core.design import check
from ccrt_coder.core.errors import NotFoundError
from ccrt_coder.storage import memo_store
from ccrt_coder.storage.models import (
    CodedUnit,
    Coder,
    Dyad,
    Interview,
    RelationshipEpisode,
    ReRating,
)


def coder_summaries(session: Session) -> list[CoderSummary]:
    """Every coder (retired ones too) with their units and ratings in both layers."""
    units = dict(
        session.execute(select(CodedUnit.coder_id, func.count()).group_by(CodedUnit.coder_id)).all()
    )
    ratings = dict(
        session.execute(select(ReRating.coder_id, func.count()).group_by(ReRating.coder_id)).all()
    )
    return [
        CoderSummary(c.id, c.name, c.retired, units.get(c.id, 0), ratings.get(c.id, 0))
        for c in session.scalars(select(Coder).order_by(Coder.name))
    ]


def rename_coder(session: Session, name: str, new_name: str) -> None:
    coder = _coder(session, name)
    others = set(session.scalars(select(Coder.name).where(Coder.id != coder.id)))
    check(coder_name_problems(new_name, others))
    coder.name = new_name.strip()


def set_retired(session: Session, name: str, retired: bool) -> None:
    _coder(session, name).retired = retired


def merge_coders(session: Session, source: str, target: str) -> None:
    """Give all units, ratings and memos of ``source`` to ``target`` and remove ``source``; refused
    where both coded the same RE in the same layer (``core.coders.clashing_work``)."""
    giver, taker = _coder(session, source), _coder(session, target)
    clashes = clashing_work(_work(session, giver.id), _work(session, taker.id))
    check(merge_problems(giver.name, taker.name, _labels(session, clashes)))
    for model in (CodedUnit, ReRating):
        session.execute(update(model).where(model.coder_id == giver.id).values(coder_id=taker.id))
    memo_store.hand_over_memos(session, giver.id, taker.id)
    session.delete(giver)
    session.flush()


def _work(session: Session, coder_id: int) -> set[WorkKey]:
    keys: set[WorkKey] = set()
    for model in (CodedUnit, ReRating):
        rows = session.execute(
            select(model.re_id, model.layer).where(model.coder_id == coder_id).distinct()
        )
        keys.update((re_id, layer) for re_id, layer in rows)
    return keys


def _labels(session: Session, keys: list[WorkKey]) -> list[str]:
    """``D01/patient/5 RE 3 (coder layer)`` for each key, in the order given."""
    if not keys:
        return []
    rows = session.execute(
        select(
            RelationshipEpisode.id,
            Dyad.code,
            Interview.narrator,
            Interview.phase,
            RelationshipEpisode.number,
        )
        .join(Interview, RelationshipEpisode.interview_id == Interview.id)
        .join(Dyad, Interview.dyad_id == Dyad.id)
        .where(RelationshipEpisode.id.in_({re_id for re_id, _ in keys}))
    )
    names = {re_id: f"{d}/{n}/{p} RE {number}" for re_id, d, n, p, number in rows}
    return [f"{names[re_id]} ({layer} layer)" for re_id, layer in keys]


def _coder(session: Session, name: str) -> Coder:
    coder = session.scalars(select(Coder).where(Coder.name == name)).one_or_none()
    if coder is None:
        raise NotFoundError(f"no coder called {name!r} in the project")
    return coder
