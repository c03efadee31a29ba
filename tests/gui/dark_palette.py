"""A dark palette for tests of screens that must follow it, set on the app and put back."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

R = QPalette.ColorRole
DARK = {
    R.Window: "#2b2b2b",
    R.WindowText: "#e6e6e6",
    R.Base: "#1e1e1e",
    R.AlternateBase: "#2a2a2a",
    R.Text: "#e6e6e6",
    R.Button: "#353535",
    R.ButtonText: "#e6e6e6",
    R.PlaceholderText: "#8a8a8a",
    R.Mid: "#444444",
}


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in DARK.items():
        palette.setColor(role, QColor(colour))
    return palette


@contextmanager
def dark_app() -> Iterator[QPalette]:
    """The application in a dark palette for the ``with`` block."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.palette()
    app.setPalette(dark_palette())
    try:
        yield app.palette()
    finally:
        app.setPalette(before)
