"""Core's text rule for units, screened for hundreds of thousands of units at once.

:func:`ccrt_coder.core.rules.unit_span_problems` is asked per unit. A check of a whole file from
elsewhere, or of a merged layer, first screens its units here, in arrays: a unit whose spans are
ranges of the text (0 <= start < end), none overlapping the next one by start, each inside one
span of its RE, has no problem by that rule (these are its three conditions). Every other unit
is asked the rule itself, which decides and words its problems; so the screen only spares the
rule the units that keep it, and a doubtful case (RE spans that overlap, odd values) goes to it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

_LONGEST = 2**32  # no text has so many characters: a span beyond it is doubtful


def units_keeping_text_rule(
    spans: Sequence[tuple[int, int, int, int]], re_spans: Sequence[tuple[int, int, int]]
) -> set[int]:
    """The units that surely keep the text rule, of those with ``spans`` (unit, its RE, start,
    end; whole numbers of 64 bits), given the ``re_spans`` (RE, start, end). A unit without a
    span is not among them (the rule asks for one)."""
    import numpy as np  # only for checks of many units

    if not spans:
        return set()
    unit, re, start, end = np.array(spans, dtype=np.int64).T
    order = np.lexsort((end, start, unit))
    unit, re, start, end = unit[order], re[order], start[order], end[order]
    doubtful = (start < 0) | (end <= start) | (end >= _LONGEST)
    doubtful[1:] |= (unit[1:] == unit[:-1]) & (start[1:] < end[:-1])  # overlaps the one before
    doubtful |= ~_inside_a_piece(np, re, np.clip(start, 0, _LONGEST - 1), end, re_spans)
    first = np.flatnonzero(np.r_[True, unit[1:] != unit[:-1]])  # each unit's first span
    return set(unit[first][~np.logical_or.reduceat(doubtful, first)].tolist())


def _inside_a_piece(
    np: Any, re: Any, start: Any, end: Any, re_spans: Sequence[tuple[int, int, int]]
) -> Any:
    """Whether each span lies inside the span of its RE that starts last at or before it."""
    inside = np.zeros(len(re), dtype=bool)
    if not re_spans:
        return inside
    piece_re, piece_start, piece_end = np.array(re_spans, dtype=np.int64).T
    usable = (piece_start >= 0) & (piece_start < _LONGEST)
    piece_re, piece_start, piece_end = piece_re[usable], piece_start[usable], piece_end[usable]
    if not len(piece_re):
        return inside
    res = np.unique(piece_re)  # REs numbered 0.. so that (RE, start) makes one sortable key
    piece_key = np.searchsorted(res, piece_re) * _LONGEST + piece_start
    order = np.argsort(piece_key, kind="stable")
    piece_key, piece_end = piece_key[order], piece_end[order]
    number = np.minimum(np.searchsorted(res, re), len(res) - 1)
    known = res[number] == re
    key = number * _LONGEST + start
    found = np.searchsorted(piece_key, key, side="right") - 1
    at = np.maximum(found, 0)
    same_re = (found >= 0) & (piece_key[at] // _LONGEST == number)
    return known & same_re & (end <= piece_end[at])
