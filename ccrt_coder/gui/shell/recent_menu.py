"""RecentProjectsMenu: File ▸ Open recent, rebuilt from the remembered list each time it opens."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMenu, QWidget

from ccrt_coder.gui.ui_settings import UiSettings
from ccrt_coder.gui.widgets.plain_text import as_text


class RecentProjectsMenu(QMenu):
    """Up to eight projects, newest first; files that have gone are left out."""

    project_chosen = Signal(Path)

    def __init__(self, settings: UiSettings, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Open &recent"), parent)
        self._settings = settings
        self.aboutToShow.connect(self.rebuild)
        self.rebuild()

    def rebuild(self) -> None:
        self.clear()
        paths = self._settings.recent_projects()
        for number, path in enumerate(paths, start=1):
            action = self.addAction(f"&{number}  {path.name.replace('&', '&&')}")
            action.setToolTip(as_text(str(path)))
            action.setStatusTip(str(path))
            action.triggered.connect(lambda _=False, p=path: self.project_chosen.emit(p))
        if paths:
            self.addSeparator()
            self.addAction(self.tr("Clear list"), self._clear)
        else:
            self.addAction(self.tr("No recent projects")).setEnabled(False)

    def _clear(self) -> None:
        for path in self._settings.recent_projects():
            self._settings.forget_project(path)
        self.rebuild()
