"""Memos: each coder's own notes on an interview and on its REs (see :mod:`ccrt_coder.core.memos`).

Writing one is one transaction and hands back the text it replaced, so that the GUI can undo it.
Searching looks in one coder's memos only: blind coders never see another coder's notes.
:class:`~ccrt_coder.usecases.project.Project` inherits these methods.
"""

from __future__ import annotations

from itertools import islice

from ccrt_coder.core.memos import MemoRecord, clean_memo
from ccrt_coder.core.text_search import TextHit, find_hits
from ccrt_coder.storage import plain_coding
from ccrt_coder.storage.database import Database


class MemoServices:
    """The coders' memos in an open project file (``_db``)."""

    _db: Database

    def memos(self, coder_id: int | None = None) -> list[MemoRecord]:
        """The memos of one coder (or of all), by interview, each interview's own memo first."""
        from ccrt_coder.storage import memo_store

        with self._db.reading() as session:
            return memo_store.list_memos(session, coder_id)

    def interview_memos(self, coder_id: int, interview_id: int) -> dict[int | None, str]:
        """One coder's memos on an interview by RE id (None: the memo of the interview)."""
        with self._db.plain_reading() as connection:
            where = {"m.coder_id": coder_id, "m.interview_id": interview_id}
            found = plain_coding.memos(connection, where)
        return {m.re_id: m.text for m in found}

    def set_memo(self, coder_id: int, interview_id: int, re_id: int | None, text: str) -> str:
        """Store a coder's memo on the interview (``re_id`` None) or on one of its REs, in one
        transaction; an empty text removes it. Returns the text it had before."""
        from ccrt_coder.storage import memo_store

        text = clean_memo(text)
        with self._db.transaction() as session:
            return memo_store.set_memo(session, coder_id, interview_id, re_id, text)

    def search_memos(self, coder_id: int, query: str, limit: int) -> list[TextHit]:
        """Case-insensitive occurrences of ``query`` in one coder's memos, at most ``limit``;
        each hit points at its RE's first piece of text (or the start of the interview)."""
        from ccrt_coder.storage import memo_store

        if not query.strip():
            return []
        with self._db.reading() as session:
            found = memo_store.list_memos(session, coder_id)
            starts = memo_store.re_starts(session, [m.re_id for m in found if m.re_id])
        hits = (
            hit.in_memo(m.re_number, starts.get(m.re_id, 0) if m.re_id else 0)
            for m in found
            for hit in find_hits(m.interview_id, m.text, query)
        )
        return list(islice(hits, limit))
