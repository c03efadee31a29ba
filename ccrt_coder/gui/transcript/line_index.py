"""Line numbers of code-point offsets in a transcript, as researchers cite them (1-based)."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable

from ccrt_coder.gui.widgets.terms import lines_words
from ccrt_coder.usecases.domain import Span


class LineIndex:
    """Where each line of a text starts, for fast offset -> line number lookups."""

    def __init__(self, text: str) -> None:
        self._starts = [0]
        position = text.find("\n")
        while position >= 0:
            self._starts.append(position + 1)
            position = text.find("\n", position + 1)

    @property
    def line_count(self) -> int:
        return len(self._starts)

    def line_of(self, offset: int) -> int:
        """The 1-based line holding the code point at ``offset``."""
        return bisect_right(self._starts, offset)

    def line_start(self, line: int) -> int:
        return self._starts[line - 1]

    def lines_of(self, span: Span) -> tuple[int, int]:
        """First and last line a span touches (its end is exclusive)."""
        return self.line_of(span.start), self.line_of(span.end - 1)

    def describe(self, spans: Iterable[Span]) -> str:
        """``line 4``, ``lines 5–13`` or ``lines 5–9, 14–17`` for the given spans."""
        ranges = [self.lines_of(span) for span in sorted(spans)]
        if not ranges:
            return ""
        return lines_words(ranges)
