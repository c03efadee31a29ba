"""TextZoom: View ▸ Zoom in / Zoom out / Actual size for the transcript, kept in QSettings."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

from ccrt_coder.gui.transcript.narrative_view import READING_POINT_SIZE, NarrativeView
from ccrt_coder.gui.ui_settings import UiSettings

MIN_POINTS, MAX_POINTS = 8.0, 28.0
STEP = 1.0


class TextZoom(QObject):
    """Changes the transcript's font size in whole points and remembers it for next time."""

    def __init__(self, view: NarrativeView, settings: UiSettings, parent: QObject) -> None:
        super().__init__(parent)
        self._view, self._settings = view, settings
        self.zoom_in_action = QAction(self.tr("Zoom &in"), parent)
        self.zoom_in_action.setShortcuts(
            [QKeySequence(QKeySequence.StandardKey.ZoomIn), QKeySequence("Ctrl+=")]
        )
        self.zoom_out_action = QAction(self.tr("Zoom &out"), parent)
        self.zoom_out_action.setShortcut(QKeySequence.StandardKey.ZoomOut)
        self.reset_action = QAction(self.tr("&Actual size"), parent)
        self.reset_action.setShortcut(QKeySequence("Ctrl+0"))
        for action, tip in (
            (self.zoom_in_action, self.tr("Larger transcript text")),
            (self.zoom_out_action, self.tr("Smaller transcript text")),
            (
                self.reset_action,
                self.tr("Transcript text at {READING_POINT_SIZE:g} pt").format(
                    READING_POINT_SIZE=READING_POINT_SIZE
                ),
            ),
        ):
            action.setStatusTip(tip)
        self.zoom_in_action.triggered.connect(lambda: self.set_size(self.size() + STEP))
        self.zoom_out_action.triggered.connect(lambda: self.set_size(self.size() - STEP))
        self.reset_action.triggered.connect(lambda: self.set_size(READING_POINT_SIZE))
        self._size = READING_POINT_SIZE
        self.set_size(settings.reading_size() or READING_POINT_SIZE, remember=False)

    def actions(self) -> list[QAction]:
        return [self.zoom_in_action, self.zoom_out_action, self.reset_action]

    def size(self) -> float:
        return self._size

    def set_size(self, points: float, remember: bool = True) -> None:
        self._size = min(max(points, MIN_POINTS), MAX_POINTS)
        self._view.set_reading_size(self._size)
        self.zoom_in_action.setEnabled(self._size < MAX_POINTS)
        self.zoom_out_action.setEnabled(self._size > MIN_POINTS)
        if remember:
            self._settings.set_reading_size(self._size)
