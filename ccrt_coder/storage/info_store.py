"""Counts that summarise a project (for `ccrt-coder info` and the GUI's status)."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ccrt_coder.storage.models import (
    Base,
    CodedUnit,
    Coder,
    Dyad,
    Interview,
    Person,
    RelationshipEpisode,
    ReRating,
)


def count_rows(session: Session) -> dict[str, int]:
    def count(model: type[Base]) -> int:
        return session.scalar(select(func.count()).select_from(model)) or 0

    return {
        "dyads": count(Dyad),
        "people": count(Person),
        "interviews": count(Interview),
        "res": count(RelationshipEpisode),
    }


def counts_per_coder_and_layer(
    session: Session, model: type[CodedUnit] | type[ReRating]
) -> dict[str, dict[str, int]]:
    rows = session.execute(
        select(Coder.name, model.layer, func.count(model.id))
        .join(Coder, model.coder_id == Coder.id)
        .group_by(Coder.name, model.layer)
        .order_by(Coder.name, model.layer)
    )
    result: dict[str, dict[str, int]] = {}
    for name, layer, n in rows:
        result.setdefault(name, {})[layer] = n
    return result


def unit_counts(session: Session) -> dict[str, dict[str, int]]:
    return counts_per_coder_and_layer(session, CodedUnit)


def rating_counts(session: Session) -> dict[str, dict[str, int]]:
    return counts_per_coder_and_layer(session, ReRating)
