"""CoderLanes: every coder's units under the transcript's lines, one lane and colour per coder.

A character format has one underline, so coders' units that cover the same words cannot all be
ExtraSelections. The lanes are painted over the text instead: each coder's line a little lower,
in the coder's colour and the component's line style (W solid, RO dashed, RS dotted), with a
bar per coder in the left margin beside every line the coder coded.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from ccrt_coder.gui.transcript.line_geometry import line_pieces, visible_range
from ccrt_coder.gui.transcript.narrative_view import NarrativeView
from ccrt_coder.gui.widgets.component_style import pen_style
from ccrt_coder.usecases.domain import Component, UnitRecord

PAINTER = "coder-lanes"
FIRST_LANE = 4.5  # px below the baseline: clear of the text's own underline
LANE_GAP = 2.4  # px between lanes
MARGIN_BAR = 3.0  # px wide bars in the text's left margin
_PEN_WIDTH = 1.5


@dataclass(frozen=True)
class Lane:
    """One coder's (or the consensus) units, drawn in one colour."""

    key: int  # the coder id; the consensus lane uses CONSENSUS_KEY
    name: str
    colour: QColor
    units: tuple[UnitRecord, ...]


CONSENSUS_KEY = -1


@dataclass(frozen=True)
class LaneMark:
    """A stretch of text (Qt positions) one lane marks with one component."""

    lane: int
    key: int
    component: Component
    start: int
    end: int


class CoderLanes:
    """Owns the lanes shown on a NarrativeView; ``show([])`` removes them."""

    def __init__(self, view: NarrativeView) -> None:
        self._view = view
        self._lanes: list[Lane] = []
        self._marks: list[LaneMark] = []

    def show(self, lanes: Sequence[Lane]) -> None:
        self._lanes = list(lanes)
        self._marks = [
            LaneMark(number, lane.key, unit.draft.component, *self._view.qt_range(span))
            for number, lane in enumerate(self._lanes)
            for unit in lane.units
            for span in unit.draft.spans
        ]
        self._view.set_painter(PAINTER, self.paint if self._lanes else None)

    def clear(self) -> None:
        self.show([])

    def lanes(self) -> list[Lane]:
        return list(self._lanes)

    def marks(self) -> list[LaneMark]:
        return list(self._marks)

    def paint(self, painter: QPainter) -> None:
        height = self._view.viewport().height()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        first, end = visible_range(self._view)
        for mark in self._marks:
            if mark.end <= first or mark.start >= end:
                continue  # off screen: laying out its lines would cost for nothing
            colour = self._lanes[mark.lane].colour
            pen = QPen(colour, _PEN_WIDTH, pen_style(mark.component))
            pen.setCapStyle(Qt.PenCapStyle.FlatCap)
            for x1, x2, baseline, top, bottom in line_pieces(self._view, mark.start, mark.end):
                if bottom < 0 or top > height:
                    continue
                y = baseline + FIRST_LANE + mark.lane * LANE_GAP
                painter.setPen(pen)
                painter.drawLine(QPointF(x1, y), QPointF(x2, y))
                x = 3.0 + mark.lane * (MARGIN_BAR + 1.5)
                painter.fillRect(QRectF(x, top, MARGIN_BAR, bottom - top), colour)
