"""Span arithmetic on transcript text: trimming a selection, merging pieces, finding overlaps."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from ccrt_coder.core.domain import Span


def trimmed(text: str, span: Span) -> Span | None:
    """``span`` without the white space at its ends (None if nothing but white space is left)."""
    start, end = span.start, min(span.end, len(text))
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end) if end > start else None


def merged(spans: Iterable[Span]) -> tuple[Span, ...]:
    """Spans in text order, with overlapping or touching pieces joined into one."""
    result: list[Span] = []
    for span in sorted(spans):
        if result and span.start <= result[-1].end:
            result[-1] = Span(result[-1].start, max(result[-1].end, span.end))
        else:
            result.append(span)
    return tuple(result)


def covering(spans: Sequence[Span], span: Span) -> Span | None:
    """The piece of ``spans`` that contains ``span`` whole, if any."""
    return next((piece for piece in spans if piece.contains(span)), None)
