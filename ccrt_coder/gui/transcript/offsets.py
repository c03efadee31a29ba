"""Convert a text's Unicode code-point offsets (how spans are stored) to Qt's UTF-16 positions."""

from __future__ import annotations

import re
from bisect import bisect_left

# Characters outside the Basic Multilingual Plane take two UTF-16 units (a surrogate pair) in Qt.
_NON_BMP = re.compile("[\U00010000-\U0010ffff]")


class OffsetMap:
    """Code points <-> UTF-16 units for one text; the identity unless it has non-BMP characters.

    Only texts with non-BMP characters (emoji, rare CJK) get a table: the sorted code-point
    offsets of those characters, so each conversion is one binary search.
    """

    __slots__ = ("_astral", "_astral_utf16", "_length")

    def __init__(self, text: str) -> None:
        self._length = len(text)
        self._astral = [m.start() for m in _NON_BMP.finditer(text)] if not text.isascii() else []
        # UTF-16 position of each non-BMP character: its code point plus the pairs before it.
        self._astral_utf16 = [cp + i for i, cp in enumerate(self._astral)]

    @property
    def is_identity(self) -> bool:
        return not self._astral

    def to_utf16(self, code_point: int) -> int:
        """The Qt position of a code-point offset."""
        if not self._astral:
            return code_point
        return code_point + bisect_left(self._astral, code_point)

    def to_code_point(self, utf16: int) -> int:
        """The code-point offset of a Qt position (inside a surrogate pair: that character)."""
        if not self._astral:
            return utf16
        return utf16 - bisect_left(self._astral_utf16, utf16)

    def utf16_length(self) -> int:
        return self._length + len(self._astral)


def to_utf16(text: str, code_point: int) -> int:
    """One-off conversion; build an :class:`OffsetMap` to convert many offsets of a text."""
    return OffsetMap(text).to_utf16(code_point)


def to_code_point(text: str, utf16: int) -> int:
    return OffsetMap(text).to_code_point(utf16)
