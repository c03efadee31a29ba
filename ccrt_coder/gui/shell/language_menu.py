"""View ▸ Language: choose English, German or the system's language for the next start."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu

from ccrt_coder.gui.language import LANGUAGES, SYSTEM
from ccrt_coder.gui.shell.menu_bar import menu_named

if TYPE_CHECKING:
    from ccrt_coder.gui.shell.window_host import ShellWindow


class LanguageMenu(QObject):
    """Radio entries for each language; the choice is stored and applies at the next start."""

    def __init__(self, window: ShellWindow) -> None:
        super().__init__(window)
        self._window = window
        view = menu_named(window.menuBar(), "viewMenu", self.tr("&View"))
        self.menu = QMenu(self.tr("&Language"), view)
        self.menu.setObjectName("languageMenu")
        view.addSeparator()
        view.addMenu(self.menu)
        group = QActionGroup(self)
        self.actions: dict[str, QAction] = {}
        names = {SYSTEM: self.tr("&System language"), **LANGUAGES}
        chosen = window.ui_settings.language()
        for code, name in names.items():
            action = QAction(name, self.menu, checkable=True)
            action.setChecked(code == chosen)
            action.triggered.connect(lambda _checked=False, c=code: self.choose(c))
            group.addAction(action)
            self.menu.addAction(action)
            self.actions[code] = action

    def choose(self, code: str) -> None:
        """Remember ``code`` (``system``, ``en`` or ``de``) for the next start, and say so."""
        self._window.ui_settings.set_language(code)
        self._window.ui_settings.sync()
        self.actions[code].setChecked(True)
        self._window.statusBar().showMessage(
            self.tr("The language changes when CCRT Coder starts next time."), 10000
        )
