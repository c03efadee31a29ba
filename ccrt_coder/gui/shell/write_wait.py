"""WriteWait: the window says "waiting for another program…" while a save waits for the file.

A save waits (up to ten seconds) while another program writes the same project: a merge or an
import in a second window, the command line, a colleague's app on a shared drive. Without a word
the window would seem frozen, so the status bar says why and the cursor turns busy until the
save went through (or became the one-line "busy in another program" error).

The project tells it from whichever thread writes: a save on the GUI thread waits on it, so the
status bar is repainted at once; a worker's write reaches the window through a queued signal.
At the window's idle moments (a timer) it also lets the project copy back into the file what a
reader in another program held back at the last save (``Project.catch_up``), so that a copy of
the file holds every save.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from ccrt_coder.gui.shell.window_host import ShellWindow

CATCH_UP_MS = 2000


class WriteWait(QObject):
    """Shows waits of the open project's writes in the status bar; keeps its file whole."""

    waiting = Signal(bool)  # emitted by the project's writes, on any thread

    def __init__(self, window: ShellWindow) -> None:
        super().__init__(window)
        self._window = window
        self._shown = False
        self.waiting.connect(self._show)
        self._idle = QTimer(self)
        self._idle.setInterval(CATCH_UP_MS)
        self._idle.timeout.connect(self.catch_up)
        window.project_opened.connect(lambda _path: self._follow())
        window.project_closed.connect(self._follow)

    def _follow(self) -> None:
        project = self._window.project
        if project is None:
            self._idle.stop()
            return
        project.on_write_wait(self.waiting.emit)
        self._idle.start()

    @Slot(bool)
    def _show(self, waiting: bool) -> None:
        bar = self._window.statusBar()
        if waiting and not self._shown:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            bar.showMessage(self.tr("Waiting for another program to finish writing the project…"))
            bar.repaint()  # the GUI thread may be the one waiting: paint now, not later
        elif not waiting and self._shown:
            QApplication.restoreOverrideCursor()
            bar.clearMessage()
        self._shown = waiting

    def catch_up(self) -> None:
        """An idle moment: copy into the file what the last save had to leave in the WAL."""
        if self._window.project is not None:
            self._window.project.catch_up()
