"""Project ▸ Study design… and Project ▸ Coders…: the study's make-up, changed by its lead."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog

from ccrt_coder.gui.shell.menu_bar import menu_named

if TYPE_CHECKING:
    from ccrt_coder.gui.coders.coders_dialog import CodersDialog
    from ccrt_coder.gui.shell.window_host import ShellWindow
    from ccrt_coder.gui.study.design_dialog import StudyDesignDialog

_Dialog = TypeVar("_Dialog", bound=QDialog)


class DesignMenu(QObject):
    """Everyone may look; only the project lead changes (the dialogs are read-only otherwise).

    After a change the study tree and the coder identity are read anew, and the coding undo
    history is dropped: its steps may name REs or coders that are gone.
    """

    def __init__(self, window: ShellWindow) -> None:
        super().__init__(window)
        self._window = window
        self.design_action = QAction(self.tr("Study &design…"), window)
        self.coders_action = QAction(self.tr("C&oders…"), window)
        self.design_action.triggered.connect(self.open_design)
        self.coders_action.triggered.connect(self.open_coders)
        project = menu_named(window.menuBar(), "projectMenu", self.tr("&Project"))
        project.addSeparator()
        project.addActions([self.design_action, self.coders_action])
        window.project_opened.connect(lambda _path: self._enable(True))
        window.project_closed.connect(lambda: self._enable(False))
        self._enable(window.project is not None)

    def _enable(self, is_open: bool) -> None:
        self.design_action.setEnabled(is_open)
        self.coders_action.setEnabled(is_open)

    def _lead(self) -> bool:
        identity = self._window.identity.identity()
        return bool(identity and identity.lead)

    def open_design(self) -> StudyDesignDialog | None:
        from ccrt_coder.gui.study.design_dialog import StudyDesignDialog  # loaded when first opened

        if self._window.project is None:
            return None
        dialog = StudyDesignDialog(self._window.project, self._lead(), self._window)
        dialog.changed.connect(self._design_changed)
        return self._show(dialog)

    def open_coders(self) -> CodersDialog | None:
        from ccrt_coder.gui.coders.coders_dialog import CodersDialog  # loaded when first opened

        if self._window.project is None:
            return None
        dialog = CodersDialog(self._window.project, self._lead(), self._window)
        dialog.changed.connect(self._coders_changed)
        return self._show(dialog)

    def _show(self, dialog: _Dialog) -> _Dialog:
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _design_changed(self) -> None:
        self._window.workspace.reload_study()  # the window clears the undo history

    def _coders_changed(self) -> None:
        self._window.coding.stack.clear()
        self._window.identity.refresh()
