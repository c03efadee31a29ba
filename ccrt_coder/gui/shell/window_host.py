"""ShellWindow: the main window as the menus and views built around it see it.

The menus, the view switching and the Agreement link take a ShellWindow rather than the MainWindow
that builds them, so no module imports the window that imports it back.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow

from ccrt_coder.gui.coders.blind_mode import BlindMode
from ccrt_coder.gui.coders.coder_chooser import CoderChooser
from ccrt_coder.gui.coders.identity import IdentityKeeper
from ccrt_coder.gui.coding.controller import CodingController
from ccrt_coder.gui.coding.workspace import CodingWorkspace
from ccrt_coder.gui.consensus.coders_side_by_side import CodersSideBySide
from ccrt_coder.gui.shell.view_switcher import ViewSwitcher
from ccrt_coder.gui.transcript.zoom import TextZoom
from ccrt_coder.gui.ui_settings import UiSettings
from ccrt_coder.usecases.project import Project


class ShellWindow(QMainWindow):
    """Holds the open project and the user's settings; its parts are set by MainWindow's
    constructor before it builds the menus that read them."""

    project_opened = Signal(Path)
    project_closed = Signal()
    project_reloaded = Signal()  # another writer changed the open project; it was read anew

    workspace: CodingWorkspace
    coding: CodingController
    coder_chooser: CoderChooser
    views: ViewSwitcher
    identity: IdentityKeeper
    blind: BlindMode
    zoom: TextZoom
    side_by_side: CodersSideBySide
    close_action: QAction

    def __init__(self, settings: UiSettings) -> None:
        super().__init__()
        self._settings = settings
        self._project: Project | None = None

    @property
    def ui_settings(self) -> UiSettings:
        return self._settings

    @property
    def project(self) -> Project | None:
        return self._project
