"""Text colours that keep their hue yet stay readable on a background (WCAG contrast ratio)."""

from __future__ import annotations

from PySide6.QtGui import QColor

from ccrt_coder.gui.widgets.component_style import blend

READABLE_RATIO = 4.5  # WCAG AA for normal-size text


def luminance(colour: QColor) -> float:
    """Relative luminance (WCAG 2): 0 for black, 1 for white."""

    def linear(channel: int) -> float:
        c = channel / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * linear(colour.red())
        + 0.7152 * linear(colour.green())
        + 0.0722 * linear(colour.blue())
    )


def contrast(a: QColor, b: QColor) -> float:
    """The WCAG contrast ratio of two colours, 1 to 21."""
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def readable(colour: QColor, background: QColor, ratio: float = READABLE_RATIO) -> QColor:
    """``colour`` moved towards black (on a light background) or white (on a dark one) in small
    steps until it reaches ``ratio`` against ``background``."""
    target = QColor("black") if luminance(background) > 0.18 else QColor("white")
    for step in range(11):
        candidate = blend(colour, target, step / 10)
        if contrast(candidate, background) >= ratio:
            return candidate
    return target
