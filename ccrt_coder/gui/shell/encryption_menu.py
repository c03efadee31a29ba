"""File ▸ Encrypt project…, Change password…, Decrypt project…, and the password asked when
an encrypted project is opened.

The password is kept in this process's memory only (never in the settings or the recent
projects) and never shown in a message. Converting closes the project, rewrites the file
(a verified copy swapped in) and opens it again.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMessageBox

from ccrt_coder.gui.shell.menu_bar import menu_named
from ccrt_coder.gui.widgets import dialogs
from ccrt_coder.gui.widgets.password_dialog import ask_password, unlock
from ccrt_coder.usecases import encryption
from ccrt_coder.usecases.domain import CcrtError, PasswordError
from ccrt_coder.usecases.project import Project

if TYPE_CHECKING:
    from ccrt_coder.gui.shell.window_host import ShellWindow


class EncryptionMenu(QObject):
    """The three File entries (enabled by whether the open project is encrypted) and
    :meth:`open`, which the window opens every project with."""

    def __init__(
        self,
        window: ShellWindow,
        open_project: Callable[[Path], bool],
        close_project: Callable[[], None],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._open_project = open_project
        self._close_project = close_project
        self.encrypt_action = QAction(self.tr("Encr&ypt project…"), window)
        self.change_action = QAction(self.tr("C&hange password…"), window)
        # no accelerator: no letter of "Decrypt" is free in the File menu of every language
        self.decrypt_action = QAction(self.tr("Decrypt project…"), window)
        menu = menu_named(window.menuBar(), "fileMenu", self.tr("&File"))
        actions = [self.encrypt_action, self.change_action, self.decrypt_action]
        menu.insertActions(window.close_action, actions)
        menu.insertSeparator(window.close_action)
        self.encrypt_action.triggered.connect(self.encrypt)
        self.change_action.triggered.connect(self.change_password)
        self.decrypt_action.triggered.connect(self.decrypt)
        window.project_opened.connect(lambda _path: self._update())
        window.project_closed.connect(self._update)
        self._update()

    def _update(self) -> None:
        project = self._window.project
        encrypted = project is not None and encryption.is_encrypted(project.path)
        self.encrypt_action.setEnabled(project is not None and not encrypted)
        self.change_action.setEnabled(encrypted)
        self.decrypt_action.setEnabled(encrypted)

    def open(self, path: Path) -> Project:
        """Open ``path``, asking for its password until it is right if it is encrypted."""
        if not unlock(self._window, path):
            raise PasswordError(
                self.tr("{name} is encrypted: give its password").format(name=path.name)
            )
        return Project.open(path)

    def encrypt(self) -> None:
        password = self._ask_new(
            self.tr("Encrypt project"),
            self.tr(
                "Choose a password for {name}. Without it nobody can open the project, and a "
                "lost password cannot be recovered. A long passphrase of several unrelated "
                "words is both safe and easy to remember."
            ),
        )
        if password is not None:
            self._convert(lambda path: encryption.encrypt_project(path, password))

    def change_password(self) -> None:
        password = self._ask_new(
            self.tr("Change password"),
            self.tr("Choose a new password for {name}. The old one will no longer open it."),
        )
        if password is not None:
            self._convert(lambda path: encryption.change_password(path, password))

    def decrypt(self) -> None:
        project = self._window.project
        if project is None:
            return
        answer = QMessageBox.question(
            self._window,
            self.tr("Decrypt project"),
            self.tr(
                "Store {name} unencrypted? Anyone who can copy the file can then read the "
                "transcripts."
            ).format(name=project.path.name),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._convert(encryption.decrypt_project)

    def _ask_new(self, title: str, prompt: str) -> str | None:
        project = self._window.project
        if project is None:
            return None
        return ask_password(self._window, title, prompt.format(name=project.path.name), new=True)

    def _convert(self, rewrite: Callable[[Path], None]) -> None:
        """Close the project, rewrite its file and open it again (also after a failure)."""
        project = self._window.project
        if project is None:
            return
        path = project.path
        self._close_project()
        try:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                rewrite(path)
            finally:
                QApplication.restoreOverrideCursor()
        except (CcrtError, OSError) as exc:
            dialogs.show_error(self._window, self.tr("Cannot convert the project"), str(exc))
        self._open_project(path)
