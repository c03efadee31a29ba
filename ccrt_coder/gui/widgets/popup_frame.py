"""PopupFrame: a small editor floating over the window beside the text it is about.

A child widget rather than a separate popup window: it stays in the window's own rendering (so
screenshots show it), Enter accepts and Esc cancels from any field in it, and it closes when
the focus leaves it (a click elsewhere).
"""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QPoint, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import QApplication, QFrame, QGraphicsDropShadowEffect, QWidget

_GAP = 6  # px between the anchor and the popup


class PopupFrame(QFrame):
    """Subclasses build their fields and implement :meth:`result`; ``accepted`` carries it."""

    accepted = Signal(object)
    cancelled = Signal()

    def __init__(self, host: QWidget) -> None:
        super().__init__(host)
        self._host = host
        self.setObjectName("popupFrame")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        shadow = QGraphicsDropShadowEffect(self)
        shadow.setBlurRadius(24)
        shadow.setOffset(0, 4)
        shadow.setColor(QColor(0, 0, 0, 70))
        self.setGraphicsEffect(shadow)
        self.hide()
        cast(QApplication, QApplication.instance()).focusChanged.connect(self._on_focus_changed)

    # -- showing ----------------------------------------------------------------------------
    def popup_at(self, anchor: QRect, focus: QWidget | None = None) -> None:
        """Show below ``anchor`` (host coordinates), or above it when there is no room below."""
        self.adjustSize()
        host = self._host.rect()
        size = self.sizeHint().expandedTo(self.minimumSizeHint())
        x = min(max(anchor.left(), 8), max(host.width() - size.width() - 8, 8))
        y = anchor.bottom() + _GAP
        if y + size.height() > host.height() - 8:
            y = max(anchor.top() - _GAP - size.height(), 8)
        self.setGeometry(QRect(QPoint(x, y), size))
        self.show()
        self.raise_()
        (focus or self).setFocus(Qt.FocusReason.PopupFocusReason)

    def close_popup(self) -> None:
        self.hide()

    # -- results ----------------------------------------------------------------------------
    def result(self) -> object:
        raise NotImplementedError

    def accept(self) -> None:
        if not self.isVisible():  # Enter can reach us twice (a list's activation, then us)
            return
        value = self.result()
        if value is not None:
            self.hide()
            self.accepted.emit(value)

    def reject(self) -> None:
        if self.isVisible():
            self.hide()
            self.cancelled.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.accept()
        elif event.key() == Qt.Key.Key_Escape:
            self.reject()
        else:
            super().keyPressEvent(event)

    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if self.isVisible() and new is not None and not self._holds(new):
            # After the click that moved the focus is handled, so it lands where it was meant.
            QTimer.singleShot(0, self.reject)

    def _holds(self, widget: QWidget) -> bool:
        """Whether ``widget`` is part of this popup, even in a window of its own (combo lists)."""
        current: QWidget | None = widget
        while current is not None:
            if current is self:
                return True
            current = current.parentWidget()
        return False
