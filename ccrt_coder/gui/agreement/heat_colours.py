"""The heat map's diverging colours: ColorBrewer RdBu from κ = −1 (red) through 0 to 1 (blue)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette

from ccrt_coder.gui.widgets.component_style import blend, muted_text

# ColorBrewer RdBu, 11 classes (Brewer 2003): colour-blind safe, centred on a light grey.
RDBU = (
    "#67001f", "#b2182b", "#d6604d", "#f4a582", "#fddbc7", "#f7f7f7",
    "#d1e5f0", "#92c5de", "#4393c3", "#2166ac", "#053061",
)  # fmt: skip
UNDEFINED_FILL = QColor("#eeeeee")
UNDEFINED_HATCH = QColor("#b0b0b0")
INK = QColor("#1a1a1a")
MUTED = QColor("#5f5f5f")
LIGHT_TEXT_FROM = 0.55  # |κ| above this: white text on the darker cell


@dataclass(frozen=True)
class Ink:
    """The colours around the cells: the card, its text, muted text, the undefined swatch."""

    paper: QColor
    text: QColor
    muted: QColor
    undefined: QColor


PAPER = Ink(QColor("white"), INK, MUTED, UNDEFINED_FILL)  # exported figures: print on white


def screen_ink(palette: QPalette) -> Ink:
    """On screen the card follows the widget palette (light or dark)."""
    base, text = palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Text)
    return Ink(base, text, muted_text(palette), blend(base, text, 0.1))


def kappa_colour(value: float) -> QColor:
    """The colour of ``value`` (clipped to −1..1), interpolated between the RdBu classes."""
    position = (min(max(value, -1.0), 1.0) + 1.0) / 2.0 * (len(RDBU) - 1)
    low = min(int(position), len(RDBU) - 2)
    share = position - low
    a, b = QColor(RDBU[low]), QColor(RDBU[low + 1])
    return QColor(
        round(a.red() + (b.red() - a.red()) * share),
        round(a.green() + (b.green() - a.green()) * share),
        round(a.blue() + (b.blue() - a.blue()) * share),
    )


def text_colour(value: float) -> QColor:
    return QColor("white") if abs(value) > LIGHT_TEXT_FROM else INK
