"""View ▸ Coding margin: show or hide the coding stripes beside the transcript (remembered)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from ccrt_coder.gui.shell.menu_bar import menu_named

if TYPE_CHECKING:
    from ccrt_coder.gui.shell.window_host import ShellWindow


class MarginMenu(QObject):
    """A checkable View entry; on by default, the choice kept in the user's settings."""

    def __init__(self, window: ShellWindow) -> None:
        super().__init__(window)
        self._window = window
        self.action = QAction(self.tr("Coding ma&rgin"), window, checkable=True)
        self.action.setObjectName("codingMarginAction")
        self.action.setStatusTip(
            self.tr("Show each unit as a labelled bar beside the transcript's lines")
        )
        view = menu_named(window.menuBar(), "viewMenu", self.tr("&View"))
        view.addSeparator()
        view.addAction(self.action)
        shown = window.ui_settings.coding_margin()
        self.action.setChecked(shown)
        window.workspace.margin.set_wanted(shown)
        self.action.toggled.connect(self.show_margin)

    def show_margin(self, shown: bool) -> None:
        self._window.workspace.margin.set_wanted(shown)
        self._window.ui_settings.set_coding_margin(shown)
