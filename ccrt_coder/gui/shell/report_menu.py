"""File ▸ Report for publication…: the manuscript-ready report (.docx or .html)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction

from ccrt_coder.gui.shell.menu_bar import menu_named

if TYPE_CHECKING:  # the dialog is imported when first opened: start-up stays quick
    from ccrt_coder.gui.exchange.report_dialog import ReportDialog
    from ccrt_coder.gui.shell.window_host import ShellWindow


class ReportMenu(QObject):
    """One File-menu entry above Close, enabled while a project is open."""

    def __init__(self, window: ShellWindow) -> None:
        super().__init__(window)
        self._window = window
        self.dialog: ReportDialog | None = None  # the last one opened (tests, screenshots)
        self.action = QAction(self.tr("Report for pub&lication…"), window)
        self.action.setObjectName("reportAction")
        menu = menu_named(window.menuBar(), "fileMenu", self.tr("&File"))
        menu.insertAction(window.close_action, self.action)
        menu.insertSeparator(window.close_action)
        self.action.triggered.connect(self.open_report)
        window.project_opened.connect(lambda _path: self.action.setEnabled(True))
        window.project_closed.connect(lambda: self.action.setEnabled(False))
        self.action.setEnabled(window.project is not None)

    def open_report(self) -> ReportDialog | None:
        from ccrt_coder.gui.exchange.report_dialog import ReportDialog

        if self._window.project is None:
            return None
        if self.dialog is not None and not self.dialog.isVisible():
            self.dialog.deleteLater()
        self.dialog = ReportDialog(self._window.project, self._window)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.show()
        return self.dialog
