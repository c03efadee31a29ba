"""Columns of the coding margin: overlapping units side by side, found by greedy interval colouring.

Pure functions over transcript line ranges (no Qt), so the layout does not change while the
window is resized or the text re-wraps: a unit's bar spans its lines, and two units that share a
line stand in different columns.
"""

from __future__ import annotations

import heapq
from bisect import bisect_left
from collections.abc import Sequence

LineRange = tuple[int, int]  # first and last transcript line (block), inclusive


def assign_columns(ranges: Sequence[LineRange]) -> list[int]:
    """A column per range, the lowest free one, so that ranges sharing a line never share a
    column; taken in order of first line (the longer first, so it stands further left), this
    uses as few columns as the most ranges on any one line (interval graphs are coloured
    optimally this way)."""
    order = sorted(range(len(ranges)), key=lambda i: (ranges[i][0], -ranges[i][1]))
    columns = [0] * len(ranges)
    busy: list[tuple[int, int]] = []  # (last line, column) of the ranges still open
    free: list[int] = []
    used = 0
    for i in order:
        first, last = ranges[i]
        while busy and busy[0][0] < first:
            heapq.heappush(free, heapq.heappop(busy)[1])
        if free:
            column = heapq.heappop(free)
        else:
            column, used = used, used + 1
        columns[i] = column
        heapq.heappush(busy, (last, column))
    return columns


def label_room(ranges: Sequence[LineRange], columns: Sequence[int]) -> list[int]:
    """How many columns each range's label may use: its own and the free ones to its right on
    its first line (a label stops at the next column with a bar on that line)."""
    if not ranges:
        return []
    count = max(columns) + 1
    per_column: list[list[LineRange]] = [[] for _ in range(count)]
    for line_range, column in zip(ranges, columns, strict=True):
        per_column[column].append(line_range)
    for found in per_column:
        found.sort()
    firsts = [[first for first, _last in found] for found in per_column]
    room = []
    for (first, _last), column in zip(ranges, columns, strict=True):
        width = 1
        while column + width < count and not _covers(
            per_column[column + width], firsts[column + width], first
        ):
            width += 1
        room.append(width)
    return room


def _covers(found: list[LineRange], firsts: list[int], line: int) -> bool:
    """Does a range of one column (sorted, not overlapping) hold ``line``?"""
    index = bisect_left(firsts, line + 1) - 1
    return index >= 0 and found[index][1] >= line
