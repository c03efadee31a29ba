"""Where coded units overlap: a deeper mixed tint, and every unit's own underline stacked below.

A character format has one underline, so where units overlap the view paints the underlines of
the units beneath the top one itself, a little lower each: no unit disappears under another.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from PySide6.QtCore import QPointF
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QPainter,
    QPalette,
    QPen,
    QTextCharFormat,
    QTextDocument,
)
from PySide6.QtWidgets import QTextEdit

from ccrt_coder.gui.transcript.highlights import selection
from ccrt_coder.gui.transcript.line_geometry import line_pieces, visible_range
from ccrt_coder.gui.transcript.offsets import OffsetMap
from ccrt_coder.gui.widgets.component_style import blend, component_colour, is_dark, pen_style
from ccrt_coder.usecases.domain import Component, UnitRecord

LANE_GAP = 3.0  # px between stacked underlines, the first one below the text's own


@dataclass(frozen=True)
class Overlap:
    """Qt positions ``start``..``end`` covered by several units (drawing order, top one last)."""

    start: int
    end: int
    units: tuple[UnitRecord, ...]


def find_overlaps(units: Sequence[UnitRecord], offsets: OffsetMap) -> list[Overlap]:
    """Every stretch covered by two or more of ``units`` (in the order they are drawn)."""
    pieces = [
        (offsets.to_utf16(span.start), offsets.to_utf16(span.end), unit)
        for unit in units
        for span in unit.draft.spans
    ]
    bounds = sorted({p for start, end, _ in pieces for p in (start, end)})
    overlaps: list[Overlap] = []
    for start, end in pairwise(bounds):
        covering = tuple(u for s, e, u in pieces if s <= start and end <= e)
        if len(covering) < 2:
            continue
        if overlaps and overlaps[-1].end == start and overlaps[-1].units == covering:
            overlaps[-1] = Overlap(overlaps[-1].start, end, covering)
        else:
            overlaps.append(Overlap(start, end, covering))
    return overlaps


def overlap_tint(components: Sequence[Component], palette: QPalette) -> QColor:
    """The components' colours mixed, laid on the base a little deeper than a single unit's."""
    colours = [component_colour(c) for c in components]
    channels = zip(*((c.red(), c.green(), c.blue()) for c in colours), strict=True)
    mix = QColor(*(round(sum(channel) / len(colours)) for channel in channels))
    return blend(palette.color(QPalette.ColorRole.Base), mix, 0.42 if is_dark(palette) else 0.28)


def overlap_selections(
    document: QTextDocument, overlaps: Sequence[Overlap], palette: QPalette
) -> list[QTextEdit.ExtraSelection]:
    """Background only: the top unit's underline stays from its own selection."""
    result = []
    for overlap in overlaps:
        fmt = QTextCharFormat()
        fmt.setBackground(overlap_tint([u.draft.component for u in overlap.units], palette))
        result.append(selection(document, overlap.start, overlap.end, fmt))
    return result


def paint_underlines(painter: QPainter, view: QTextEdit, overlaps: Sequence[Overlap]) -> None:
    """Underline each overlapped unit but the top one in its own colour and style, stacked."""
    below = QFontMetricsF(view.font()).descent()  # the text's own underline sits about here
    height = view.viewport().height()
    first, end = visible_range(view)
    for overlap in overlaps:
        if overlap.end <= first or overlap.start >= end:
            continue  # off screen
        for lane, unit in enumerate(reversed(overlap.units[:-1]), start=1):
            pen = QPen(component_colour(unit.draft.component), 1.3)
            pen.setStyle(pen_style(unit.draft.component))
            painter.setPen(pen)
            for x1, x2, baseline, _top, _bottom in line_pieces(view, overlap.start, overlap.end):
                y = baseline + below + lane * LANE_GAP - 0.5
                if 0 <= y <= height:
                    painter.drawLine(QPointF(x1, y), QPointF(x2, y))
