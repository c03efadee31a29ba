"""CoderLanes: every coder's units under the transcript's lines, one lane and colour per coder.

A character format has one underline, so coders' units that cover the same words cannot all be
ExtraSelections. The lanes are painted over the text instead: each coder's line a little lower,
in the coder's colour and the component's line style (W solid, RO dashed, RS dotted), with a
bar per coder in the left margin beside every line the coder coded. A unit another coder coded
otherwise on the same stretch (core's verdict) is outlined, with a ``≠`` at its end; hovering
the text names every lane's code there and what the others coded.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QHelpEvent, QPainter, QPen
from PySide6.QtWidgets import QToolTip

from ccrt_coder.gui.consensus.compared_card import (
    DIFFERS,
    Verdicts,
    code_words,
    outline_colour,
    verdict_lines,
)
from ccrt_coder.gui.transcript.line_geometry import line_pieces, visible_range
from ccrt_coder.gui.transcript.narrative_view import NarrativeView
from ccrt_coder.gui.widgets.component_style import pen_style
from ccrt_coder.gui.widgets.plain_text import html
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
    unit: UnitRecord | None = None
    differs: bool = False  # another coder coded this stretch otherwise


class CoderLanes(QObject):
    """Owns the lanes shown on a NarrativeView; ``show([])`` removes them."""

    def __init__(self, view: NarrativeView) -> None:
        super().__init__(view)
        self._view = view
        self._lanes: list[Lane] = []
        self._marks: list[LaneMark] = []
        self._verdicts = Verdicts()
        view.viewport().installEventFilter(self)  # tooltips while lanes show

    def show(self, lanes: Sequence[Lane], verdicts: Verdicts | None = None) -> None:
        self._lanes = list(lanes)
        self._verdicts = verdicts or Verdicts()
        by_unit = self._verdicts.by_unit
        self._marks = [
            LaneMark(
                number,
                lane.key,
                unit.draft.component,
                *self._view.qt_range(span),
                unit,
                unit.id in by_unit and by_unit[unit.id].disagrees,
            )
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

    def marks_at(self, position: int) -> list[LaneMark]:
        """The marks covering a Qt text position, in lane order."""
        return [m for m in self._marks if m.start <= position < m.end]

    def paint(self, painter: QPainter) -> None:
        height = self._view.viewport().height()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        first, end = visible_range(self._view)
        # off screen marks are skipped: laying out their lines would cost for nothing
        shown = [m for m in self._marks if m.end > first and m.start < end]
        for mark in shown:
            if mark.differs:
                self._outline(painter, mark, height)
        for mark in shown:
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

    def _outline(self, painter: QPainter, mark: LaneMark, height: int) -> None:
        """A differing unit: its words boxed in the text colour, a ``≠`` pill at its end."""
        colour = outline_colour(self._view.palette())
        pieces = list(line_pieces(self._view, mark.start, mark.end))
        painter.setPen(QPen(colour, 1.0))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for x1, x2, _baseline, top, bottom in pieces:
            if bottom >= 0 and top <= height:
                painter.drawRoundedRect(QRectF(x1 - 2, top, x2 - x1 + 4, bottom - top), 3, 3)
        if not pieces:
            return
        _x1, x2, _baseline, top, _bottom = pieces[-1]
        font = QFont(self._view.font())
        font.setPointSizeF(font.pointSizeF() * 0.8)
        font.setBold(True)
        painter.setFont(font)
        side = painter.fontMetrics().height() + 2.0
        badge = QRectF(x2 + 2 - side / 2, top - side / 2 + 2, side, side)  # on the box's corner
        background = self._view.palette().color(self._view.viewport().backgroundRole())
        painter.setPen(QPen(background, 1.5))  # a ring keeps it apart from the letters
        painter.setBrush(colour)
        painter.drawEllipse(badge)
        painter.setPen(background)
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, DIFFERS)

    def tooltip_at(self, position: int) -> str:
        """Rich text: each lane's code at a Qt position and what the others coded there."""
        rows = []
        for mark in self.marks_at(position):
            if mark.unit is None:
                continue
            lane = self._lanes[mark.lane]
            row = f"<b>{html(lane.name)}</b>: {html(code_words(mark.unit.draft))}"
            verdict = self._verdicts.by_unit.get(mark.unit.id)
            if verdict is not None:
                lines = verdict_lines(verdict, self._verdicts.names)
                row += "".join(f"<br>&nbsp;&nbsp;{html(line)}" for line in lines)
            rows.append(row)
        return "<br>".join(dict.fromkeys(rows))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._lanes and event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self.tooltip_at(self._view.cursorForPosition(event.pos()).position())
            if text:
                QToolTip.showText(event.globalPos(), text, self._view)
                return True
        return super().eventFilter(watched, event)
