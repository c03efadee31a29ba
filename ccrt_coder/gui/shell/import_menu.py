"""File ▸ Import transcripts… (Ctrl+I), and transcripts dropped on the main window.

Dropped project files (.ccrt) stay the window's own business; any other dropped files open the
import dialog with them (the dialog says per file what it cannot use), or say that a project
must be open first.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QEvent, QMimeData, QObject, QTimer
from PySide6.QtGui import QAction, QDropEvent, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox

from ccrt_coder.gui.shell.menu_bar import menu_named
from ccrt_coder.gui.widgets import dialogs

if TYPE_CHECKING:  # the dialog is imported when first opened: start-up stays quick
    from ccrt_coder.gui.shell.window_host import ShellWindow
    from ccrt_coder.gui.study.import_dialog import TranscriptImportDialog

SHORTCUT = "Ctrl+I"
_DRAG_EVENTS = (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop)


class TranscriptImportMenu(QObject):
    """The File-menu entry and the window's drop target for transcripts."""

    def __init__(self, window: ShellWindow) -> None:
        super().__init__(window)
        self._window = window
        self.dialog: TranscriptImportDialog | None = None  # the last one opened (tests, shots)
        self.notice_box: QMessageBox | None = None  # "open a project first"
        self.action = QAction(self.tr("&Import transcripts…"), window)
        self.action.setShortcut(QKeySequence(SHORTCUT))
        self.action.setObjectName("importTranscriptsAction")
        menu = menu_named(window.menuBar(), "fileMenu", self.tr("&File"))
        menu.insertAction(_first_of_second_group(menu) or window.close_action, self.action)
        self.action.triggered.connect(lambda: self.open_dialog())
        window.project_opened.connect(lambda _path: self.action.setEnabled(True))
        window.project_closed.connect(lambda: self.action.setEnabled(False))
        self.action.setEnabled(window.project is not None)
        window.installEventFilter(self)

    def open_dialog(self, paths: Sequence[Path] = ()) -> TranscriptImportDialog | None:
        """Open the dialog (or, if open, add to it) with ``paths`` read at once."""
        from ccrt_coder.gui.study.import_dialog import TranscriptImportDialog

        project = self._window.project
        if project is None:
            return None
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.add_paths(paths)
            return self.dialog
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = TranscriptImportDialog(project, self._window.ui_settings, self._window)
        self.dialog.imported.connect(lambda _report: self._window.workspace.reload_study())
        self.dialog.open()
        self.dialog.add_paths(paths)
        return self.dialog

    def import_dropped(self, paths: Sequence[Path]) -> TranscriptImportDialog | None:
        if self._window.project is None:
            from ccrt_coder.gui.widgets.report_boxes import done_box

            self.notice_box = done_box(
                self._window,
                self.tr("No project open"),
                self.tr(
                    "Open or create a project first, then drop the transcripts again "
                    "(or use File ▸ Import transcripts…)."
                ),
            )
            return None
        return self.open_dialog(paths)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Take drags of files other than projects; a project file is the window's to open."""
        if watched is self._window and event.type() in _DRAG_EVENTS:
            drag = cast(QDropEvent, event)  # enter and move events are drop events too
            paths = dropped_files(drag.mimeData())
            if paths and not any(dialogs.is_project_path(p) for p in paths):
                drag.acceptProposedAction()
                if event.type() == QEvent.Type.Drop:
                    # After the drop returns, so no box blocks the file manager meanwhile.
                    QTimer.singleShot(0, lambda: self.import_dropped(paths))
                return True
        return super().eventFilter(watched, event)


def _first_of_second_group(menu: QMenu) -> QAction | None:
    """The File menu's first entry after New, Open, Recent and Demo: the imports start there."""
    actions = menu.actions()
    first_separator = next((n for n, a in enumerate(actions) if a.isSeparator()), len(actions))
    return next((a for a in actions[first_separator:] if not a.isSeparator()), None)


def dropped_files(mime: QMimeData) -> list[Path]:
    """The local files and folders among dragged URLs."""
    urls = mime.urls() if mime.hasUrls() else []
    return [Path(url.toLocalFile()) for url in urls if url.isLocalFile()]
