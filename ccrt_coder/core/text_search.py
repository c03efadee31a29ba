"""Case-insensitive text search in transcripts: hits as code-point spans with their line."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace

from ccrt_coder.core.domain import Span

CONTEXT_CHARS = 60  # of the line, either side of a hit, shown in result lists


@dataclass(frozen=True)
class TextHit:
    """One occurrence of a searched text in an interview's transcript.

    ``context`` is the hit's line, shortened around it; ``marked`` is where the hit sits in it.
    A hit in a coder's memo has ``memo`` set; its span is where the memo's RE starts (the
    interview's start for the interview memo) and ``memo_re`` that RE's number.
    """

    interview_id: int
    span: Span
    line: int  # 1-based, as the transcript (or the memo) is cited
    context: str
    marked: tuple[int, int]
    memo: bool = False
    memo_re: int | None = None

    def in_memo(self, re_number: int | None, start: int) -> TextHit:
        """This hit, found in the memo of RE ``re_number`` (None: of the interview)."""
        return replace(self, span=Span(start, start + 1), memo=True, memo_re=re_number)


def find_hits(interview_id: int, text: str, query: str) -> Iterator[TextHit]:
    """Every case-insensitive occurrence of ``query`` in ``text``, in text order."""
    if not query:
        return
    line, counted_to = 1, 0
    for match in re.finditer(re.escape(query), text, re.IGNORECASE):
        start, end = match.span()
        line += text.count("\n", counted_to, start)
        counted_to = start
        context, marked = _context(text, start, end)
        yield TextHit(interview_id, Span(start, end), line, context, marked)


def _context(text: str, start: int, end: int) -> tuple[str, tuple[int, int]]:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    left = max(line_start, start - CONTEXT_CHARS)
    right = min(line_end, end + CONTEXT_CHARS)
    prefix = "…" if left > line_start else ""
    suffix = "…" if right < line_end else ""
    offset = len(prefix) - left
    return f"{prefix}{text[left:right]}{suffix}", (start + offset, end + offset)


def occurrences_within(text: str, pieces: Sequence[Span], needle: str) -> list[Span]:
    """Every place where the exact ``needle`` lies wholly inside one of ``pieces`` of ``text``
    (overlapping places too: a text found twice cannot name one unit)."""
    found: list[Span] = []
    if not needle:
        return found
    for piece in pieces:
        at = text.find(needle, piece.start, piece.end)
        while at >= 0:
            found.append(Span(at, at + len(needle)))
            at = text.find(needle, at + 1, piece.end)
    return found
