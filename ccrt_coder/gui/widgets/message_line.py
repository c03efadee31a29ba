"""MessageLine: a dialog's line saying why an edit was refused, or what a change did."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel, QWidget

from ccrt_coder.gui.widgets.component_style import blend
from ccrt_coder.gui.widgets.plain_text import plain

_ERROR = QColor("#D55E00")


class MessageLine(QLabel):
    """Hidden until there is something to say; errors in the colour the settings dialog uses."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        plain(self)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._normal = self.palette().color(self.foregroundRole())
        self.hide()

    def show_error(self, message: str) -> None:
        base = self.palette().color(QPalette.ColorRole.Window)
        self._say(message[:1].upper() + message[1:], blend(base, _ERROR, 0.9))

    def show_info(self, message: str) -> None:
        self._say(message, self._normal)

    def clear_message(self) -> None:
        self.clear()
        self.hide()

    def _say(self, message: str, colour: QColor) -> None:
        palette = self.palette()
        palette.setColor(self.foregroundRole(), colour)
        self.setPalette(palette)
        self.setText(message)
        self.show()
