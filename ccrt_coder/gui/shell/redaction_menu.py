"""Project ▸ Names to redact…: the names pseudonymised exports replace."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from ccrt_coder.gui.shell.menu_bar import menu_named

if TYPE_CHECKING:
    from ccrt_coder.gui.exchange.redaction_dialog import RedactionDialog
    from ccrt_coder.gui.shell.window_host import ShellWindow


class RedactionMenu(QObject):
    """One entry in the Project menu, enabled while a project is open."""

    def __init__(self, window: ShellWindow) -> None:
        super().__init__(window)
        self._window = window
        self.dialog: RedactionDialog | None = None
        self.action = QAction(self.tr("&Names to redact…"), window)
        self.action.setStatusTip(
            self.tr("The names pseudonymised exports replace, and how often each occurs")
        )
        self.action.triggered.connect(self.open_dialog)
        project_menu = menu_named(window.menuBar(), "projectMenu", self.tr("&Project"))
        project_menu.addAction(self.action)
        self.action.setEnabled(False)
        window.project_opened.connect(lambda _path: self.action.setEnabled(True))
        window.project_closed.connect(lambda: self.action.setEnabled(False))

    def open_dialog(self) -> RedactionDialog | None:
        from ccrt_coder.gui.exchange.redaction_dialog import RedactionDialog  # when first used

        if self._window.project is None:
            return None
        self.dialog = RedactionDialog(self._window.project, self._window)
        self.dialog.open()
        return self.dialog
