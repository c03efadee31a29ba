"""How the coding margin looks: RE brackets, lanes, bars in component colours, labels, ≠ badges.

Colours come from the palette and the component colours; label colours are moved towards black
or white until they read at WCAG AA contrast on the margin, in light and dark palettes alike.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPalette, QPen
from PySide6.QtWidgets import QWidget

from ccrt_coder.gui.transcript.margin_items import Placed, Scene
from ccrt_coder.gui.units.unit_text import VALENCE_SIGN, code_of
from ccrt_coder.gui.widgets.component_style import blend, component_colour, muted_text
from ccrt_coder.gui.widgets.contrast import readable
from ccrt_coder.usecases.domain import UnitRecord

BAR = 4.0  # px: a unit's bar
BADGE = 11.0  # px: the ≠ badge's diameter
DISAGREE = "≠"


def label_of(unit: UnitRecord) -> str:
    """``RO5 −``, ``W6``, ``RS2+RS7``: the unit's code and, if set, its valence."""
    valence = unit.draft.valence
    code = code_of(unit.draft)
    return f"{code} {VALENCE_SIGN[valence]}" if valence else code


def fitted(metrics: QFontMetricsF, candidates: list[str], width: float) -> str:
    """The first of ``candidates`` (longest first) that fits ``width``, else the last shortened."""
    for text in candidates:
        if metrics.horizontalAdvance(text) <= width:
            return text
    return metrics.elidedText(candidates[-1], Qt.TextElideMode.ElideRight, width)


def background(palette: QPalette) -> QColor:
    """The margin's ground: like the line-number gutter's, between base and window."""
    return blend(
        palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Window), 0.6
    )


def paint(widget: QWidget, area: QRect, scene: Scene) -> None:
    painter = QPainter(widget)
    palette = widget.palette()
    ground = background(palette)
    painter.fillRect(area, ground)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    _paint_lanes(painter, scene, ground, widget.height())
    _paint_brackets(painter, scene, palette)
    painter.setFont(scene.font)
    for placed in scene.placed:
        _paint_bar(painter, placed, ground, palette, scene.font)
    _paint_headers(painter, scene, ground, palette, widget.width())
    painter.end()


def _paint_brackets(painter: QPainter, scene: Scene, palette: QPalette) -> None:
    """A ``[`` beside each RE's lines; the current RE's in the highlight colour."""
    for top, bottom, current in scene.bands:
        colour = palette.color(QPalette.ColorRole.Highlight) if current else muted_text(palette)
        painter.setPen(QPen(colour, 2.0 if current else 1.2))
        x, tick = 3.0, 5.0
        painter.drawLine(QPointF(x + tick, top + 1), QPointF(x, top + 1))
        painter.drawLine(QPointF(x, top + 1), QPointF(x, bottom - 1))
        painter.drawLine(QPointF(x, bottom - 1), QPointF(x + tick, bottom - 1))


def _paint_lanes(painter: QPainter, scene: Scene, ground: QColor, height: int) -> None:
    """With several lanes: each a faint tint of its coder's colour."""
    if len(scene.lanes) < 2:
        return
    for lane, left, width in scene.lanes:
        if lane.colour is not None:
            painter.fillRect(QRectF(left, 0, width, height), blend(ground, lane.colour, 0.10))


def _paint_headers(
    painter: QPainter, scene: Scene, ground: QColor, palette: QPalette, full_width: int
) -> None:
    """Each lane's coder above it, kept in view while the text scrolls."""
    if not scene.header:
        return
    height = scene.header
    painter.fillRect(QRectF(0, 0, full_width, height), ground)
    metrics = QFontMetricsF(painter.font())
    for lane, left, width in scene.lanes:
        colour = readable(lane.colour or muted_text(palette), ground)
        painter.fillRect(QRectF(left, height - 2, width, 2), colour)
        painter.setPen(colour)
        words = lane.name.split()
        name = fitted(metrics, [lane.name, " ".join(words[:2]), *words[:1]], width - 2)
        painter.drawText(
            QRectF(left + 1, 0, width - 2, height - 2), Qt.AlignmentFlag.AlignVCenter, name
        )


def _paint_bar(
    painter: QPainter, placed: Placed, ground: QColor, palette: QPalette, font: QFont
) -> None:
    unit = placed.bar.unit
    colour = component_colour(unit.draft.component)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(readable(colour, ground, 3.0))  # a graphic object: WCAG asks 3:1
    painter.drawRoundedRect(placed.rect, 1.5, 1.5)
    label = QRectF(placed.label)
    if placed.bar.disagrees_with:  # on the bar, so that the label keeps its room
        centre = QPointF(placed.rect.center().x(), label.center().y())
        _paint_badge(painter, centre, palette, font)
        label.setLeft(max(label.left(), centre.x() + BADGE / 2 + 1))
    if label.width() < 6:
        return
    text = fitted(QFontMetricsF(font), [label_of(unit), code_of(unit.draft)], label.width())
    painter.setPen(readable(colour, ground))
    painter.drawText(label, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)


def _paint_badge(painter: QPainter, centre: QPointF, palette: QPalette, font: QFont) -> None:
    """≠ in a round badge of the text colour: a disagreement, whatever the colours around."""
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(palette.color(QPalette.ColorRole.Text))
    painter.drawEllipse(centre, BADGE / 2, BADGE / 2)
    small = QFont(font)
    small.setBold(True)
    small.setPointSizeF(max(font.pointSizeF() * 0.85, 6.0))
    painter.setFont(small)
    painter.setPen(palette.color(QPalette.ColorRole.Base))
    box = QRectF(centre.x() - BADGE / 2, centre.y() - BADGE / 2, BADGE, BADGE)
    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, DISAGREE)
    painter.setFont(font)
