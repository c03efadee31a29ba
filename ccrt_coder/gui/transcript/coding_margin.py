"""CodingMargin: coding stripes right of the transcript — a labelled bar per unit over its lines.

Like MAXQDA's coding stripes: every unit is a bar from its first line to its last (following the
wrapping), labelled with its code (``RO5 −``, ``RS2+RS7``) in its component's colour; units that
share a line stand side by side; a bracket shows each RE's extent. When coders are compared, each
coder gets a lane, and units whose categories differ from another coder's on the same stretch
carry a ≠ badge. Only what is on screen is laid out and painted.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetricsF, QHelpEvent, QMouseEvent, QPaintEvent
from PySide6.QtWidgets import QToolTip, QWidget

from ccrt_coder.gui.transcript import margin_paint
from ccrt_coder.gui.transcript.line_geometry import vertical_extent, visible_range
from ccrt_coder.gui.transcript.margin_items import Bar, MarginLane, Placed, Scene
from ccrt_coder.gui.transcript.margin_layout import assign_columns, label_room
from ccrt_coder.gui.transcript.narrative_view import NarrativeView
from ccrt_coder.gui.units import unit_text
from ccrt_coder.gui.widgets.plain_text import html
from ccrt_coder.usecases.domain import disagreements

MIN_WIDTH, MAX_WIDTH = 90, 160  # px, with one lane
EXTRA_PER_LANE = 70  # px more allowed per further lane (compare coders)
SHARE_OF_VIEW = 0.22  # the margin takes at most this share of the transcript's width
SHARE_COMPARED = 0.28  # ... and this when it shows several coders' lanes
COLUMN = 46  # px a column would like: a bar and a short label
BRACKET = 10  # px for the RE brackets at the margin's left
LANE_GAP = 4  # px between lanes
HEADER = 16  # px for the coders' names above their lanes
EXCERPT = 60  # characters of a unit's text in its tooltip


@dataclass
class _Lanes:
    lanes: list[MarginLane] = field(default_factory=list)
    columns: list[int] = field(default_factory=list)  # per lane
    bars: list[Bar] = field(default_factory=list)


class CodingMargin(QWidget):
    """Sits right of a NarrativeView's text, scrolls with it, and follows the units it shows."""

    unit_chosen = Signal(object)  # the UnitRecord whose bar was clicked

    def __init__(self, view: NarrativeView) -> None:
        super().__init__(view)
        self._view = view
        self._compared: list[MarginLane] = []  # lanes shown instead of the view's own units
        self._layout = _Lanes()
        self._wanted = True
        self.setMouseTracking(True)  # a pointing hand over bars only
        view.units_shown.connect(self._rebuild)
        view.verticalScrollBar().valueChanged.connect(self.update)
        view.document().documentLayout().documentSizeChanged.connect(self.update)
        view.viewport_resized.connect(self._fit)
        self._rebuild()

    # -- what it shows ------------------------------------------------------------------------
    def show_lanes(self, lanes: Sequence[MarginLane]) -> None:
        """One lane per coder (compare coders); none: the view's own units again."""
        self._compared = list(lanes)
        self._rebuild()

    def set_wanted(self, wanted: bool) -> None:
        """Show or hide the margin (View ▸ Coding margin); hidden, it takes no room."""
        self._wanted = wanted
        self.setVisible(wanted)
        self._fit()

    def is_wanted(self) -> bool:
        return self._wanted

    def lanes(self) -> list[MarginLane]:
        return list(self._layout.lanes)

    def bars(self) -> list[Bar]:
        return list(self._layout.bars)

    def _rebuild(self) -> None:
        lanes = self._compared or [MarginLane("", None, tuple(self._view.units()))]
        compared = [lane for lane in lanes if lane.compared]
        units = [unit for lane in compared for unit in lane.units]
        marks = disagreements(units) if len(compared) > 1 else {}
        document = self._view.document()
        length = document.characterCount()
        bars: list[Bar] = []
        columns: list[int] = []
        for number, lane in enumerate(lanes):
            extents = [
                (unit, self._view.qt_range(min(unit.draft.spans))[0], end)
                for unit in lane.units
                if unit.draft.spans
                and (end := self._view.qt_range(max(unit.draft.spans))[1]) < length
            ]  # a unit beyond the text belongs to a transcript no longer shown
            ranges = [
                (document.findBlock(start).blockNumber(), document.findBlock(end - 1).blockNumber())
                for _unit, start, end in extents
            ]
            placed = assign_columns(ranges)
            rooms = label_room(ranges, placed)
            columns.append(max(placed, default=-1) + 1)
            bars.extend(
                Bar(unit, number, start, end, first, last, column, room, marks.get(unit.id, ()))
                for (unit, start, end), (first, last), column, room in zip(
                    extents, ranges, placed, rooms, strict=True
                )
            )
        self._layout = _Lanes(lanes, columns, bars)
        self._fit()
        self.update()

    # -- size and place -----------------------------------------------------------------------
    def preferred_width(self) -> int:
        """Room for a short label per column, within 90–160 px (more per extra lane) and a
        share of the transcript's width, so a narrow window keeps its text."""
        lanes = len(self._layout.lanes)
        wanted = BRACKET + COLUMN * sum(max(c, 1) for c in self._layout.columns)
        wanted += LANE_GAP * (lanes - 1)
        share = SHARE_COMPARED if lanes > 1 else SHARE_OF_VIEW
        most = min(MAX_WIDTH + EXTRA_PER_LANE * (lanes - 1), self._view.width() * share)
        return int(max(MIN_WIDTH, min(wanted, most)))

    def sizeHint(self) -> QSize:
        return QSize(self.preferred_width(), 0)

    def _fit(self) -> None:
        self._view.set_right_margin(self.preferred_width() if self._wanted else 0)
        self._place()

    def _place(self) -> None:
        geometry = self._view.viewport().geometry()
        self.setGeometry(
            geometry.right() + 1, geometry.top(), self.preferred_width(), geometry.height()
        )

    # -- geometry -----------------------------------------------------------------------------
    def label_font(self) -> QFont:
        font = QFont(self._view.font())
        font.setPointSizeF(max(self._view.font().pointSizeF() * 0.78, 7.0))
        return font

    def lane_spans(self) -> list[tuple[float, float]]:
        """(left, width) of each lane, sharing the width after the brackets by column count."""
        columns = [max(c, 1) for c in self._layout.columns]
        usable = self.width() - BRACKET - LANE_GAP * (len(columns) - 1)
        spans, x = [], float(BRACKET)
        for count in columns:
            width = usable * count / sum(columns)
            spans.append((x, width))
            x += width + LANE_GAP
        return spans

    def top_inset(self) -> float:
        return HEADER if len(self._layout.lanes) > 1 else 0.0

    def placed(self) -> list[Placed]:
        """The bars on screen, where they are drawn; lays out the visible lines only."""
        view, height = self._view, float(self.height())
        document = view.document()
        first_position, end_position = visible_range(view)
        first = document.findBlock(first_position).blockNumber()
        last = document.findBlock(max(end_position - 1, 0)).blockNumber()
        spans = self.lane_spans()
        line = QFontMetricsF(self.label_font()).height()
        result = []
        for bar in self._layout.bars:
            if bar.last_block < first or bar.first_block > last:
                continue
            top, bottom = vertical_extent(view, bar.start, bar.end)
            if bottom < 0 or top > height:
                continue
            left, width = spans[bar.lane]
            column = width / max(self._layout.columns[bar.lane], 1)
            x = left + bar.column * column
            rect = QRectF(x, top, margin_paint.BAR, bottom - top)
            label_top = min(max(top, self.top_inset()), bottom - line)  # follows a long bar
            room = bar.room if label_top <= top + 1 else 1  # moved down: other bars may be there
            label = QRectF(
                x + margin_paint.BAR + 2, label_top, room * column - margin_paint.BAR - 4, line
            )
            result.append(Placed(bar, rect, label))
        return result

    def bar_at(self, point: QPointF) -> Bar | None:
        """The bar (or its label) under a point of the margin."""
        placed = self.placed()
        for hit in (lambda p: p.rect.adjusted(-3, 0, 3, 0), lambda p: p.label):
            found = [p.bar for p in placed if hit(p).contains(point)]
            if found:
                return found[-1]
        return None

    # -- events -------------------------------------------------------------------------------
    def scene(self) -> Scene:
        lanes = [
            (lane, left, width)
            for lane, (left, width) in zip(self._layout.lanes, self.lane_spans(), strict=True)
        ]
        return Scene(
            lanes, self._view.band_extents(), self.placed(), self.label_font(), self.top_inset()
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        margin_paint.paint(self, event.rect(), self.scene())

    def mousePressEvent(self, event: QMouseEvent) -> None:
        bar = self.bar_at(event.position())
        if event.button() == Qt.MouseButton.LeftButton and bar is not None:
            self.unit_chosen.emit(bar.unit)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        over = self.bar_at(event.position()) is not None
        shape = Qt.CursorShape.PointingHandCursor if over else Qt.CursorShape.ArrowCursor
        if self.cursor().shape() != shape:
            self.setCursor(shape)
        super().mouseMoveEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            bar = self.bar_at(QPointF(event.pos()))
            if bar is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(event.globalPos(), self.tooltip(bar), self)
            return True
        return super().event(event)

    def tooltip(self, bar: Bar) -> str:
        """The unit's categories in full, the start of its text, and whom it disagrees with."""
        unit = bar.unit
        where = unit_text.excerpt(self._view.toPlainText(), unit.draft.spans, EXCERPT)
        rows = [unit_text.tooltip(unit, self._view.category_system(), where)]
        lane = self._layout.lanes[bar.lane]
        if lane.name:
            rows.insert(0, f"<b>{html(lane.name)}</b>")
        others = {b.unit.id: b for b in self._layout.bars}
        for other_id in bar.disagrees_with:
            other = others[other_id]
            rows.append(
                "≠ "
                + self.tr("{coder}: {code}").format(
                    coder=html(self._layout.lanes[other.lane].name),
                    code=html(margin_paint.label_of(other.unit)),
                )
            )
        return "<br>".join(rows)
