"""Colours per coder for the comparison views, kept apart from the component colours.

Components own Okabe–Ito blue, vermillion and bluish green; coders get Paul Tol's wine,
indigo and olive and Okabe–Ito's orange and reddish purple, so a coder's lane never reads as
a component. In dark mode the colours are lifted towards white to stay visible.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPixmap

from ccrt_coder.gui.widgets.component_style import blend, is_dark
from ccrt_coder.usecases.domain import CoderRecord

CODER_COLOURS = ("#882255", "#E69F00", "#332288", "#999933", "#CC79A7", "#661100")
CONSENSUS_COLOUR = "#4D4D4D"  # neutral: the agreed layer, nobody's own


def coder_colour(position: int, palette: QPalette | None = None) -> QColor:
    """The colour of the coder at ``position`` in the project's coder list."""
    return _readable(QColor(CODER_COLOURS[position % len(CODER_COLOURS)]), palette)


def consensus_colour(palette: QPalette | None = None) -> QColor:
    return _readable(QColor(CONSENSUS_COLOUR), palette, lift=0.6)


def coder_colours(
    coders: Sequence[CoderRecord], palette: QPalette | None = None
) -> dict[int, QColor]:
    """Coder id -> colour, by the coders' order in the project (stable between sessions)."""
    return {coder.id: coder_colour(i, palette) for i, coder in enumerate(coders)}


def swatch(colour: QColor, size: int = 12) -> QIcon:
    """A round dot of the colour, for column headers and legends."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawEllipse(1, 1, size - 2, size - 2)
    painter.end()
    return QIcon(pixmap)


def _readable(colour: QColor, palette: QPalette | None, lift: float = 0.35) -> QColor:
    if palette is not None and is_dark(palette):
        return blend(colour, QColor("white"), lift)
    return colour
