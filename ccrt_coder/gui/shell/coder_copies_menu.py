"""File ▸ Prepare coder copies… (the lead) and File ▸ Send my work… (any coder)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from ccrt_coder.gui.shell.menu_bar import menu_named

if TYPE_CHECKING:  # the dialog and the flow are imported when first used
    from pathlib import Path

    from ccrt_coder.gui.exchange.coder_copies_dialog import CoderCopiesDialog
    from ccrt_coder.gui.exchange.qdpx_flows import QdpxJob
    from ccrt_coder.gui.shell.window_host import ShellWindow


class CoderCopiesMenu(QObject):
    """Adds both entries to the File menu, above Close, and enables them for who may use them."""

    def __init__(self, window: ShellWindow) -> None:
        super().__init__(window)
        self._window = window
        self.dialog: CoderCopiesDialog | None = None  # the last one opened (tests, screenshots)
        self.send_job: QdpxJob | None = None
        self.prepare_action = QAction(self.tr("Prepare coder co&pies…"), window)
        self.send_action = QAction(self.tr("Send my &work…"), window)
        self.send_action.setStatusTip(
            self.tr("Write your own units and ratings to a file for your project lead to merge")
        )
        menu = menu_named(window.menuBar(), "fileMenu", self.tr("&File"))
        menu.insertActions(window.close_action, [self.prepare_action, self.send_action])
        menu.insertSeparator(window.close_action)
        self.prepare_action.triggered.connect(self.open_prepare)
        self.send_action.triggered.connect(self.ask_send)
        window.project_opened.connect(lambda _path: self._update())
        window.project_closed.connect(self._update)
        window.identity.identity_changed.connect(lambda _identity: self._update())
        self._update()

    def _update(self) -> None:
        identity = self._window.identity.identity()
        is_open = self._window.project is not None
        lead = bool(identity and identity.lead and not identity.coder_copy)
        self.prepare_action.setEnabled(is_open and lead)
        self.prepare_action.setStatusTip(
            self.tr("Write one file per coder, each with only that coder's own work")
            if lead
            else self.tr("Only the project lead prepares coder copies (Project ▸ Who is coding?)")
        )
        self.send_action.setEnabled(is_open and identity is not None)

    def open_prepare(self) -> CoderCopiesDialog | None:
        from ccrt_coder.gui.exchange.coder_copies_dialog import CoderCopiesDialog

        if not self.prepare_action.isEnabled() or self._window.project is None:
            return None
        if self.dialog is not None and not self.dialog.isVisible():
            self.dialog.deleteLater()
        self.dialog = CoderCopiesDialog(self._window.project, self._window)
        self.dialog.open()
        return self.dialog

    def ask_send(self) -> QdpxJob | None:
        from ccrt_coder.gui.exchange.send_work import ask_target

        project, identity = self._window.project, self._window.identity.identity()
        if project is None or identity is None:
            return None
        out = ask_target(self._window, project.path, identity.name)
        return self.send(out) if out else None

    def send(self, out: Path) -> QdpxJob | None:
        """Write the current coder's work to ``out`` (a worker, then a report)."""
        from ccrt_coder.gui.exchange.send_work import send_work

        project, identity = self._window.project, self._window.identity.identity()
        if project is None or identity is None:
            return None
        self.send_job = send_work(self._window, project.path, identity.name, out)
        return self.send_job
