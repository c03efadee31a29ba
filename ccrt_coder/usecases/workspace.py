"""What the coding workspace reads besides REs and units: progress, partner REs, ratings, search.

What the first frame shows is read without the ORM (``Database.plain_reading``), so SQLAlchemy
is imported only once the window is up."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import islice

from ccrt_coder.core.coding_done import interview_progress
from ccrt_coder.core.domain import Layer
from ccrt_coder.core.text_search import TextHit, find_hits
from ccrt_coder.storage import plain_coding, plain_read
from ccrt_coder.storage.database import Database


def coding_progress(
    db: Database, coder_id: int, interview_ids: Sequence[int] | None
) -> dict[int, tuple[int, int]]:
    """(REs done, REs) per interview with REs, by the rule in ``core.coding_done``."""
    with db.plain_reading() as connection:
        threshold = plain_read.load_settings(connection).completeness_threshold
        states = plain_coding.coding_states(connection, coder_id, threshold, interview_ids)
    return {iid: interview_progress(res) for iid, res in states.items()}


def partner_re_counts(db: Database) -> dict[int, int]:
    with db.plain_reading() as connection:
        return plain_coding.partner_re_counts(connection)


def completeness_ratings(
    db: Database, re_ids: Sequence[int], coder_id: int | None
) -> dict[tuple[int, int, Layer], float]:
    with db.plain_reading() as connection:
        return plain_coding.completeness_ratings(connection, re_ids, coder_id)


def interview_of_re(db: Database, re_id: int) -> int:
    from ccrt_coder.storage import workspace_store  # the ORM: not before the first frame

    with db.reading() as session:
        return workspace_store.interview_of_re(session, re_id)


def search_text(db: Database, query: str, limit: int) -> list[TextHit]:
    """Case-insensitive occurrences of ``query`` in all transcripts, at most ``limit``."""
    from ccrt_coder.storage import workspace_store

    if not query.strip():
        return []
    with db.reading() as session:
        texts = workspace_store.transcripts_containing(session, query)
        hits = (hit for iid, text in texts for hit in find_hits(iid, text, query))
        return list(islice(hits, limit))
