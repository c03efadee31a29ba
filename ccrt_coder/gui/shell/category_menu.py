"""Project ▸ Category systems…: the dialog, and the coding views told when the system changes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from ccrt_coder.gui.shell.menu_bar import menu_named

if TYPE_CHECKING:
    from ccrt_coder.gui.categories.systems_dialog import CategorySystemsDialog
    from ccrt_coder.gui.coders.identity import CoderIdentity
    from ccrt_coder.gui.shell.window_host import ShellWindow


class CategoryMenu(QObject):
    """One entry in the Project menu, enabled while a project is open."""

    def __init__(self, window: ShellWindow) -> None:
        super().__init__(window)
        self._window = window
        self.dialog: CategorySystemsDialog | None = None
        self.action = QAction(self.tr("&Category systems…"), window)
        self.action.setStatusTip(
            self.tr("The active category system; the project lead imports and switches systems")
        )
        self.action.triggered.connect(self.open_dialog)
        project_menu = menu_named(window.menuBar(), "projectMenu", self.tr("&Project"))
        project_menu.addAction(self.action)
        self.action.setEnabled(False)
        window.project_opened.connect(lambda _path: self.action.setEnabled(True))
        window.project_closed.connect(self._on_closed)
        window.identity.identity_changed.connect(self._on_identity)

    def open_dialog(self) -> CategorySystemsDialog | None:
        from ccrt_coder.gui.categories.systems_dialog import (
            CategorySystemsDialog,  # loaded when first opened
        )

        window = self._window
        if window.project is None:
            return None
        identity = window.identity.identity()
        self._on_closed()
        self.dialog = CategorySystemsDialog(
            window.project, bool(identity and identity.lead), window
        )
        self.dialog.system_changed.connect(self._system_changed)
        window.workspace.coding_changed.connect(self.dialog.recount)
        self.dialog.show()  # modeless: a codebook beside the transcript while coding
        return self.dialog

    def _on_identity(self, identity: CoderIdentity | None) -> None:
        if self.dialog is not None:
            self.dialog.set_lead(bool(identity and identity.lead))

    def _system_changed(self) -> None:
        """New coding uses the new active system at once: in the workspace and the meeting."""
        self._window.workspace.refresh_category_system()
        self._window.side_by_side.refresh_category_system()

    def _on_closed(self) -> None:
        self.action.setEnabled(self._window.project is not None)
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            self._window.workspace.coding_changed.disconnect(dialog.recount)
            dialog.close()
            dialog.deleteLater()
