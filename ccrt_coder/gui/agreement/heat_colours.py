"""The heat map's diverging colours: ColorBrewer RdBu from κ = −1 (red) through 0 to 1 (blue)."""

from __future__ import annotations

from PySide6.QtGui import QColor

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
