"""PasswordDialog: asks for an encrypted project's password, or for a new one (twice).

Qt cannot read the caps-lock key portably, so a hint appears when the typed password is all
capital letters. The dialog keeps nothing: the caller takes :meth:`password` and the fields are
cleared when it closes.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ccrt_coder.gui.widgets.plain_text import plain
from ccrt_coder.usecases import encryption
from ccrt_coder.usecases.domain import PasswordError


class PasswordDialog(QDialog):
    """One password field (opening), or two that must match (a new password)."""

    def __init__(
        self, parent: QWidget | None, title: str, prompt: str, *, new: bool = False
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self._typed = ""
        self._prompt = plain(QLabel(prompt))  # it names the file
        self._prompt.setWordWrap(True)
        self.field = self._password_field()
        self.repeat = self._password_field() if new else None
        self.caps_hint = QLabel(self.tr("Caps Lock may be on: the password is all capitals."))
        self.caps_hint.setObjectName("capsHint")
        self.message = QLabel()
        self.message.setObjectName("passwordMessage")
        self.message.setStyleSheet("color: #b00020")
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._accept_if_valid)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Password:"), self.field)
        if self.repeat is not None:
            form.addRow(self.tr("&Repeat:"), self.repeat)
        layout = QVBoxLayout(self)
        layout.addWidget(self._prompt)
        layout.addLayout(form)
        layout.addWidget(self.caps_hint)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.finished.connect(self._clear)
        self._update_hint()
        self.show_message("")

    def _password_field(self) -> QLineEdit:
        field = QLineEdit()
        field.setEchoMode(QLineEdit.EchoMode.Password)
        field.textChanged.connect(lambda _text: self._update_hint())
        return field

    def password(self) -> str:
        return self._typed

    def show_message(self, text: str) -> None:
        """Say why the dialog asks again (e.g. a wrong password)."""
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _update_hint(self) -> None:
        text = self.field.text()
        letters = [c for c in text if c.isalpha()]
        self.caps_hint.setVisible(len(letters) >= 2 and all(c.isupper() for c in letters))

    def _accept_if_valid(self) -> None:
        if not self.field.text():
            self.show_message(self.tr("Type the password."))
            return
        if self.repeat is not None and self.repeat.text() != self.field.text():
            self.show_message(self.tr("The two passwords differ."))
            return
        self._typed = self.field.text()
        self.accept()

    def _clear(self, _result: int = 0) -> None:
        self.field.clear()
        if self.repeat is not None:
            self.repeat.clear()


def ask_password(
    parent: QWidget | None, title: str, prompt: str, message: str = "", *, new: bool = False
) -> str | None:
    """The password typed in a modal PasswordDialog, or None when cancelled."""
    dialog = PasswordDialog(parent, title, prompt, new=new)
    dialog.show_message(message)
    try:
        with _arrow_cursor():
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.password() if accepted else None
    finally:
        dialog.setParent(None)  # deleted with its last reference, here: no deferred delete


def unlock(parent: QWidget | None, path: Path) -> bool:
    """Ask for the password of the encrypted project ``path`` until it is right (True), or
    until cancelled (False); True at once for a plain project or a known password."""
    message = ""
    while encryption.needs_password(path):
        password = ask_password(
            parent,
            _tr("Encrypted project"),
            _tr("{name} is encrypted. Enter its password:").format(name=path.name),
            message,
        )
        if password is None:
            return False
        encryption.use_password(path, password)
        try:
            encryption.check_password(path)
        except PasswordError:
            message = _tr("Wrong password. Try again.")
    return True


def _tr(text: str) -> str:
    return QCoreApplication.translate("widgets.password_dialog", text)


@contextmanager
def _arrow_cursor() -> Iterator[None]:
    """The dialog may be asked for while the window shows a busy cursor."""
    QApplication.setOverrideCursor(Qt.CursorShape.ArrowCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()
