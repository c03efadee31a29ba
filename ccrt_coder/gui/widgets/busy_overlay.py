"""BusyOverlay: a quiet 'Computing…' layer over a widget, shown only when work takes a while."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget

DELAY_MS = 150  # quicker work shows no overlay: a flash would be worse than nothing


class BusyOverlay(QWidget):
    """Covers its parent (tracking its size); ``start`` arms it, ``finish`` hides it."""

    def __init__(self, parent: QWidget, delay_ms: int = DELAY_MS) -> None:
        super().__init__(parent)
        self._host = parent
        self.label = QLabel(self.tr("Computing…"))
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        bar = QProgressBar()
        bar.setRange(0, 0)  # busy, with no fake percentage
        bar.setFixedWidth(220)
        bar.setTextVisible(False)
        layout = QVBoxLayout(self)
        layout.addStretch()
        layout.addWidget(self.label, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(bar, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._appear)
        parent.installEventFilter(self)
        self.hide()

    def start(self, message: str | None = None, at_once: bool = False) -> None:
        """Show the overlay after the delay, or ``at_once`` when what it covers is out of
        date (it must not pass for the result being computed)."""
        self.label.setText(message or self.tr("Computing…"))
        if at_once and not self.isVisible():
            self._timer.stop()
            self._appear()
        elif not self.isVisible() and not self._timer.isActive():
            self._timer.start()

    def finish(self) -> None:
        self._timer.stop()
        self.hide()

    def _appear(self) -> None:
        self.setGeometry(self._host.rect())
        self.raise_()
        self.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._host and event.type() == QEvent.Type.Resize:
            self.setGeometry(self._host.rect())
        return False

    def paintEvent(self, event: QPaintEvent) -> None:
        veil = QColor(self.palette().base().color())
        veil.setAlpha(225)  # what lies under it is out of date: hint at it, no more
        QPainter(self).fillRect(self.rect(), veil)
