"""Keep a window inside its screen's available area (saved sizes come from other screens and
scale factors: a window saved at 1400 × 860 is 2800 × 1720 device pixels at a scale of 2)."""

from __future__ import annotations

from PySide6.QtCore import QMargins
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# Before the window is first shown its frame is unknown: leave room for a usual one.
ASSUMED_FRAME = QMargins(8, 32, 8, 8)


def fit_to_screen(window: QWidget) -> None:
    """Shrink and move ``window`` (frame included) into the available area of the screen it is
    on; a maximised or full-screen window is the window manager's to place. Called on the
    restored geometry: sizes set later on purpose (tests, screenshots) stay as they are."""
    if window.isMaximized() or window.isFullScreen():
        return
    inner = window.geometry()
    screen = QGuiApplication.screenAt(inner.center()) or window.screen()
    available = screen.availableGeometry()
    frame = _frame_margins(window)
    room = available.marginsRemoved(frame)
    width = max(min(inner.width(), room.width()), 1)
    height = max(min(inner.height(), room.height()), 1)
    if (width, height) != (inner.width(), inner.height()):
        window.resize(width, height)
    x = min(max(inner.x(), room.left()), room.right() + 1 - width)
    y = min(max(inner.y(), room.top()), room.bottom() + 1 - height)
    if (x, y) != (inner.x(), inner.y()):
        window.move(x + window.x() - inner.x(), y + window.y() - inner.y())


def _frame_margins(window: QWidget) -> QMargins:
    frame, inner = window.frameGeometry(), window.geometry()
    if not window.isVisible() or frame == inner:
        return ASSUMED_FRAME
    return QMargins(
        inner.left() - frame.left(),
        inner.top() - frame.top(),
        frame.right() - inner.right(),
        frame.bottom() - inner.bottom(),
    )
