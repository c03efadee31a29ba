"""Which REs coders marked "nothing codable" (a flag on their rating; see core.coding_done)."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from ccrt_coder.core.domain import Layer
from ccrt_coder.core.records import NothingCodableMark
from ccrt_coder.storage import plain_coding
from ccrt_coder.storage.database import connection_of
from ccrt_coder.storage.models import Coder, Dyad, Interview, RelationshipEpisode, ReRating


def marked_res(session: Session, coder_id: int, layer: Layer, re_ids: Sequence[int]) -> set[int]:
    """Those of ``re_ids`` the coder marked in the layer."""
    return plain_coding.marked_res(connection_of(session), coder_id, layer, re_ids)


def list_marks(session: Session) -> list[NothingCodableMark]:
    """Every mark of the study, by interview, RE, coder and layer."""
    re = RelationshipEpisode
    query = (
        select(
            Dyad.code, Interview.narrator, Interview.phase, re.number, Coder.name, ReRating.layer
        )
        .join(re, re.id == ReRating.re_id)
        .join(Interview, Interview.id == re.interview_id)
        .join(Dyad, Dyad.id == Interview.dyad_id)
        .join(Coder, Coder.id == ReRating.coder_id)
        .where(ReRating.nothing_codable)
        .order_by(Dyad.code, Interview.narrator, Interview.phase, re.number, Coder.name)
    )
    return [
        NothingCodableMark(f"{dyad} / {narrator} / phase {phase}", number, coder, Layer(layer))
        for dyad, narrator, phase, number, coder, layer in session.execute(query)
    ]
