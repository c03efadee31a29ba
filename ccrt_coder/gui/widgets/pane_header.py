"""PaneHeader: the small caption above each pane, with an optional muted detail line."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from ccrt_coder.gui.widgets.component_style import muted_text
from ccrt_coder.gui.widgets.plain_text import plain


class PaneHeader(QWidget):
    """A bold caption (``Study``, ``Relationship episodes``) and a quieter detail below it."""

    def __init__(self, title: str, detail: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._title = plain(QLabel(title))
        font = self._title.font()
        font.setBold(True)
        self._title.setFont(font)
        self._title.setWordWrap(True)  # narrow panes wrap their caption instead of growing
        self._detail = plain(QLabel(detail))
        self._detail.setWordWrap(True)
        palette = self._detail.palette()
        palette.setColor(self._detail.foregroundRole(), muted_text(self.palette()))
        self._detail.setPalette(palette)
        self._detail.setVisible(bool(detail))
        self._title_row = QHBoxLayout()
        self._title_row.setSpacing(2)
        self._title_row.addWidget(self._title, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 6, 4, 6)
        layout.setSpacing(2)
        layout.addLayout(self._title_row)
        layout.addWidget(self._detail)

    def add_action(self, action: QAction) -> QToolButton:
        """A small text button for an action on what the pane shows, right of the caption."""
        button = QToolButton()
        button.setDefaultAction(action)
        button.setAutoRaise(True)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self._title_row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        return button

    def set_title(self, title: str) -> None:
        self._title.setText(title)

    def title(self) -> str:
        return self._title.text()

    def set_detail(self, detail: str) -> None:
        self._detail.setText(detail)
        self._detail.setVisible(bool(detail))

    def detail(self) -> str:
        return self._detail.text()
