"""How CCRT components look: Okabe–Ito colours, tints derived from the palette, underline styles.

Colour is never the only cue: each component also has its own underline (W solid, RO dashed,
RS dotted), so the coding stays legible for colour-blind readers and in greyscale print-outs.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPen, QPixmap, QTextCharFormat

from ccrt_coder.usecases.domain import Component

# Okabe & Ito (2008), "Color Universal Design": distinguishable under all common colour blindness.
COMPONENT_COLOURS: dict[Component, str] = {
    Component.W: "#0072B2",  # blue
    Component.RO: "#D55E00",  # vermillion
    Component.RS: "#009E73",  # bluish green
}

_UNDERLINES = {
    Component.W: QTextCharFormat.UnderlineStyle.SingleUnderline,
    Component.RO: QTextCharFormat.UnderlineStyle.DashUnderline,
    Component.RS: QTextCharFormat.UnderlineStyle.DotLine,
}

_PEN_STYLES = {
    Component.W: Qt.PenStyle.SolidLine,
    Component.RO: Qt.PenStyle.DashLine,
    Component.RS: Qt.PenStyle.DotLine,
}


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def blend(base: QColor, accent: QColor, amount: float) -> QColor:
    """``accent`` laid over ``base`` with opacity ``amount`` (0..1), as an opaque colour."""
    mix = [round(b + (a - b) * amount) for b, a in zip(_rgb(base), _rgb(accent), strict=True)]
    return QColor(*mix)


def component_colour(component: Component) -> QColor:
    return QColor(COMPONENT_COLOURS[component])


def component_tint(component: Component, palette: QPalette) -> QColor:
    """A light background tint of the component colour that keeps text readable (light or dark)."""
    amount = 0.30 if is_dark(palette) else 0.16
    return blend(palette.color(QPalette.ColorRole.Base), component_colour(component), amount)


def underline_style(component: Component) -> QTextCharFormat.UnderlineStyle:
    return _UNDERLINES[component]


def pen_style(component: Component) -> Qt.PenStyle:
    """The line style that matches the component's underline, for lines painted by hand."""
    return _PEN_STYLES[component]


def unit_format(component: Component, palette: QPalette) -> QTextCharFormat:
    """The character format an ExtraSelection of a coded unit uses."""
    fmt = QTextCharFormat()
    fmt.setBackground(component_tint(component, palette))
    fmt.setUnderlineStyle(underline_style(component))
    fmt.setUnderlineColor(component_colour(component))
    return fmt


# (dark palette, current RE) -> opacity of the text colour over the base. Neutral, not a hue:
# the bands must not compete with the component tints (W's blue least of all).
_BAND_AMOUNTS = {
    (False, False): 0.035,
    (False, True): 0.075,
    (True, False): 0.05,
    (True, True): 0.10,
}


def band_colour(palette: QPalette, current: bool) -> QColor:
    """Background of an RE's band in the transcript; the current RE stands out a little."""
    accent = palette.color(QPalette.ColorRole.Text)
    amount = _BAND_AMOUNTS[(is_dark(palette), current)]
    return blend(palette.color(QPalette.ColorRole.Base), accent, amount)


def muted_text(palette: QPalette) -> QColor:
    return palette.color(QPalette.ColorRole.PlaceholderText)


@cache  # one pixmap per component for the whole session
def component_icon(component: Component, size: int = 16) -> QIcon:
    """A small swatch: the tint with a line in the component's underline style."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = component_colour(component)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(blend(QColor("white"), colour, 0.35))
    painter.drawRoundedRect(1, 1, size - 2, size - 4, 3, 3)
    pen = QPen(colour, 2, _PEN_STYLES[component])
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    painter.setPen(pen)
    painter.drawLine(QPointF(1, size - 1.5), QPointF(size - 1, size - 1.5))
    painter.end()
    return QIcon(pixmap)


def _rgb(colour: QColor) -> tuple[int, int, int]:
    return colour.red(), colour.green(), colour.blue()
