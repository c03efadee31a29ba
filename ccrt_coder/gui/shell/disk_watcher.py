"""DiskWatcher: the window stays live when another process commits to the open project file.

Every second and a half it asks the project's :class:`ChangeWatch` (one ``PRAGMA data_version``
on a connection of its own: microseconds on the GUI thread, and blind to this window's own
commits, unlike a QFileSystemWatcher on the file and its ``-wal``). When someone else committed
(``ccrt-coder import``, a merge, a colleague's app on a shared drive), the study tree and the
open interview are read anew through the workspace's own ``set_project`` and the coder's place
(interview, RE, scroll, a text selection being made) is kept; the analysis views are told their
figures may be stale. While a dialog or popup is open or a mouse button is held (the coder is
mid-action) the refresh waits for the next tick.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import cast

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication

from ccrt_coder.gui.shell.place_keeper import PlaceKeeper
from ccrt_coder.gui.shell.window_host import ShellWindow
from ccrt_coder.gui.shell.write_wait import WriteWait
from ccrt_coder.usecases.domain import CcrtError
from ccrt_coder.usecases.live import ChangeWatch

POLL_MS = 1500
MESSAGE_MS = 6000


class DiskWatcher(QObject):
    """Polls the open project for other writers' commits and refreshes the window after them."""

    def __init__(
        self, window: ShellWindow, places: PlaceKeeper, settings_changed: Callable[[], None]
    ) -> None:
        super().__init__(window)
        self._window = window
        self._places = places
        self._settings_changed = settings_changed  # the window re-reads the study's settings
        self._watch: ChangeWatch | None = None
        self._pending = False
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self.poll)
        self.write_wait = WriteWait(window)  # a save waiting for another program says so
        window.project_opened.connect(lambda _path: self._follow())
        window.project_closed.connect(self._follow)

    def _follow(self) -> None:
        """Watch the project now open (a closed project closes its watch with it)."""
        project = self._window.project
        self._watch = project.watch_changes() if project is not None else None
        if project is not None:
            project.checkpoint_in_background()  # idle moments catch up: WriteWait
        self._pending = False
        if self._watch is None:
            self._timer.stop()
        else:
            self._timer.start()

    def poll(self) -> bool:
        """Refresh if others changed the file since the last poll; True if it refreshed."""
        if self._watch is None:
            return False
        self._pending = self._watch.changed_outside() or self._pending
        if not self._pending or _coder_is_busy():
            return False
        self._pending = False
        try:
            self.refresh()
        except CcrtError as exc:  # e.g. a newer version's writer: say so once, keep showing
            self._window.statusBar().showMessage(str(exc), MESSAGE_MS)
            return False
        return True

    def refresh(self) -> None:
        """Read the open project anew, keeping the coder's place."""
        window = self._window
        project = window.project
        if project is None:
            return
        workspace = window.workspace
        place = self._places.current()
        cursor = workspace.view.textCursor()
        selection = (cursor.anchor(), cursor.position()) if cursor.hasSelection() else None
        workspace.set_project(project)  # the tree, categories and partner REs anew
        self._settings_changed()  # the study's name; the coder's units and progress
        window.coder_chooser.set_coders(project.coders(), workspace.coder_id())
        self._places.restore(place, selection)
        window.project_reloaded.emit()
        window.statusBar().showMessage(self.tr("Project updated on disk"), MESSAGE_MS)


def _coder_is_busy() -> bool:
    """A dialog or popup is open, or a mouse button is held (a selection being dragged)."""
    app = cast(QApplication, QApplication.instance())
    return (
        app.activeModalWidget() is not None
        or app.activePopupWidget() is not None
        or QApplication.mouseButtons() != Qt.MouseButton.NoButton
    )
