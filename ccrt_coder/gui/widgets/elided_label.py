"""ElidedLabel: one line of user text that never widens the window.

Names come from coders and colleagues (up to 200 characters): a plain QLabel asks for its whole
text's width, so one long coder or person name made the window wider than a 1024-pixel screen.
This label keeps its whole text (``text()`` for tests and screen readers), paints as much as
fits with an ellipsis, and then shows the whole text in its tooltip.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from ccrt_coder.gui.widgets.plain_text import as_text, plain

SHORTEST_CHARS = 6  # room for a few letters and the ellipsis when space is scarce


class ElidedLabel(QLabel):
    """A plain-text label that elides on the right; ``widest_chars`` caps the width it asks for."""

    def __init__(self, widest_chars: int = 40, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        plain(self)
        self._widest_chars = widest_chars
        self._own_tip = ""
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

    def setText(self, text: str) -> None:
        super().setText(text)
        self._update_tip()

    def setToolTip(self, tip: str) -> None:
        """A tooltip of its own, shown when the whole text fits (else the text is shown)."""
        self._own_tip = tip
        self._update_tip()

    def is_elided(self) -> bool:
        return self.fontMetrics().horizontalAdvance(self.text()) > self.contentsRect().width()

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        widest = self.fontMetrics().averageCharWidth() * self._widest_chars
        return QSize(min(hint.width(), widest), hint.height())

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        shortest = self.fontMetrics().averageCharWidth() * SHORTEST_CHARS
        return QSize(min(hint.width(), shortest), hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_tip()

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.is_elided():
            super().paintEvent(event)
            return
        area = self.contentsRect()
        elide = Qt.TextElideMode.ElideRight
        shown = self.fontMetrics().elidedText(self.text(), elide, area.width())
        painter = QPainter(self)
        self.style().drawItemText(
            painter, area, int(self.alignment()), self.palette(), self.isEnabled(), shown,
            self.foregroundRole(),
        )  # fmt: skip
        painter.end()

    def _update_tip(self) -> None:
        super().setToolTip(as_text(self.text()) if self.is_elided() else self._own_tip)
