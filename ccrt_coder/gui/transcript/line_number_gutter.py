"""LineNumberGutter: the strip left of the transcript with its line numbers, as cited in papers."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QTextEdit, QWidget

from ccrt_coder.gui.widgets.component_style import blend, muted_text

BandExtents = Callable[[], list[tuple[float, float, bool]]]  # (top, bottom, is current) per RE

_PADDING = 10  # px left and right of the digits
_BAR = 3  # px: the RE bar at the gutter's right edge


class LineNumberGutter(QWidget):
    """Paints the number of every visible block (one block = one transcript line)."""

    def __init__(self, view: QTextEdit, band_extents: BandExtents) -> None:
        super().__init__(view)
        self._view = view
        self._band_extents = band_extents
        self._font = QFont()
        self.follow_font()

    def follow_font(self) -> None:
        """Numbers a little smaller than the transcript's font (again after zooming)."""
        self._font = QFont(self._view.font())
        self._font.setPointSizeF(max(self._view.font().pointSizeF() * 0.82, 7.0))
        self._font.setFeature(QFont.Tag("tnum"), 1)  # tabular digits line up
        self.setFont(self._font)
        self.update()

    def width_for(self, line_count: int) -> int:
        digits = max(len(str(max(line_count, 1))), 3)
        metrics = QFontMetricsF(self._font)
        return int(metrics.horizontalAdvance("9" * digits) + 2 * _PADDING + _BAR)

    def sizeHint(self) -> QSize:
        return QSize(self.width_for(self._view.document().blockCount()), 0)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        base = palette.color(QPalette.ColorRole.Base)
        painter.fillRect(event.rect(), blend(base, palette.color(QPalette.ColorRole.Window), 0.6))
        self._paint_re_bars(painter)
        if self._view.document().isEmpty():
            return
        painter.setPen(muted_text(palette))
        painter.setFont(self._font)
        self._paint_numbers(painter, event.rect().top(), event.rect().bottom())

    def _paint_numbers(self, painter: QPainter, top: float, bottom: float) -> None:
        view = self._view
        layout = view.document().documentLayout()
        scroll = view.verticalScrollBar().value()
        metrics = QFontMetricsF(self._font)
        right = self.width() - _PADDING - _BAR
        block = view.cursorForPosition(view.viewport().rect().topLeft()).block()
        while block.isValid():
            rect = layout.blockBoundingRect(block)
            if rect.top() - scroll > bottom:
                break
            if rect.bottom() - scroll >= top and block.layout().lineCount():
                line = block.layout().lineAt(0)
                baseline = block.layout().position().y() + line.y() + line.ascent() - scroll
                number = str(block.blockNumber() + 1)
                x = right - metrics.horizontalAdvance(number)
                painter.drawText(QPointF(x, baseline), number)
            block = block.next()

    def _paint_re_bars(self, painter: QPainter) -> None:
        """A thin bar beside each RE; the current one in the highlight colour."""
        palette = self.palette()
        for top, bottom, current in self._band_extents():
            role = QPalette.ColorRole.Highlight if current else QPalette.ColorRole.Mid
            colour = palette.color(role)
            if not current:
                colour = blend(palette.color(QPalette.ColorRole.Base), colour, 0.55)
            rect = QRectF(self.width() - _BAR, top, _BAR, bottom - top)
            painter.fillRect(rect, colour)
        painter.setPen(Qt.PenStyle.NoPen)
