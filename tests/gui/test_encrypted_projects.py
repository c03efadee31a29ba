"""Encrypted projects in the app: the password asked on open (again when wrong, a caps-lock
hint), File ▸ Encrypt project…, Change password… and Decrypt project…; never stored."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox, QPushButton

from ccrt_coder.gui.shell.app import make_main_window
from ccrt_coder.gui.shell.main_window import MainWindow
from ccrt_coder.gui.widgets.password_dialog import PasswordDialog
from ccrt_coder.storage import cipher
from ccrt_coder.usecases import encryption
from ccrt_coder.usecases.demo import build_demo

PASSWORD = "violet harbour seven lanterns"


@pytest.fixture(autouse=True)
def _forget_passwords() -> Iterator[None]:
    yield
    QThreadPool.globalInstance().waitForDone(10_000)  # no worker outlives its test
    cipher._passwords.clear()
    cipher._derived.clear()


@pytest.fixture
def encrypted(tmp_path: Path) -> Path:
    path = tmp_path / "secret.ccrt"
    build_demo(path, password=PASSWORD)
    encryption.forget_password(path)
    return path


def window(qtbot) -> MainWindow:  # type: ignore[no-untyped-def]
    shown = make_main_window()
    qtbot.addWidget(shown)
    shown.resize(1200, 800)
    shown.show()
    return shown


def when_asked(qtbot, *steps: Callable[[PasswordDialog], None]) -> list[str]:  # type: ignore[no-untyped-def]
    """Answer the next password dialogs in turn; returns each one's message."""
    messages: list[str] = []
    pending = list(steps)

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, PasswordDialog):
            QTimer.singleShot(20, answer)
            return
        messages.append(dialog.message.text())
        pending.pop(0)(dialog)
        if pending:
            QTimer.singleShot(20, answer)

    QTimer.singleShot(0, answer)
    return messages


def typing(qtbot, password: str, repeat: str | None = None) -> Callable[[PasswordDialog], None]:  # type: ignore[no-untyped-def]
    def step(dialog: PasswordDialog) -> None:
        qtbot.keyClicks(dialog.field, password)
        if dialog.repeat is not None:
            qtbot.keyClicks(dialog.repeat, password if repeat is None else repeat)
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    return step


def cancelling(dialog: PasswordDialog) -> None:
    dialog.reject()


def test_a_wrong_password_is_asked_again_then_the_project_opens(qtbot, encrypted: Path) -> None:
    shown = window(qtbot)
    messages = when_asked(qtbot, typing(qtbot, "not it"), typing(qtbot, PASSWORD))

    assert shown.open_project(encrypted)

    assert messages == ["", "Wrong password. Try again."]
    assert shown.project is not None and shown.project.path == encrypted
    settings_text = b"".join(p.read_bytes() for p in encrypted.parent.rglob("*.ini"))
    assert PASSWORD.encode() not in settings_text and b"not it" not in settings_text


def test_cancelling_the_password_keeps_the_window_empty_with_a_one_line_reason(
    qtbot, encrypted: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    errors: list[str] = []
    monkeypatch.setattr(
        "ccrt_coder.gui.widgets.dialogs.show_error",
        lambda _p, _title, message: errors.append(message),
    )
    shown = window(qtbot)
    when_asked(qtbot, cancelling)

    assert not shown.open_project(encrypted)

    assert shown.project is None
    assert errors == ["secret.ccrt is encrypted: give its password"]


def test_the_caps_lock_hint_shows_for_a_password_in_capitals(qtbot) -> None:
    dialog = PasswordDialog(None, "Encrypted project", "Enter its password:")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.field, "VIOLET HARBOUR")
    assert dialog.caps_hint.isVisible()
    dialog.field.clear()
    qtbot.keyClicks(dialog.field, "Violet HARBOUR")
    assert not dialog.caps_hint.isVisible()


def click_yes(qtbot) -> None:  # type: ignore[no-untyped-def]
    def click() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        yes = next(b for b in box.findChildren(QPushButton) if b.text().replace("&", "") == "Yes")
        qtbot.mouseClick(yes, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, click)


def test_encrypt_change_password_and_decrypt_from_the_file_menu(qtbot, tmp_path: Path) -> None:
    path = tmp_path / "demo.ccrt"
    build_demo(path)
    shown = window(qtbot)
    assert shown.open_project(path)
    menu = shown.encryption
    assert menu.encrypt_action.isEnabled() and not menu.decrypt_action.isEnabled()

    messages = when_asked(qtbot, typing(qtbot, PASSWORD, "typo"), cancelling)
    menu.encrypt_action.trigger()  # the typo: said in the dialog, which is then cancelled
    assert messages == ["", "The two passwords differ."]
    assert not encryption.is_encrypted(path)
    when_asked(qtbot, typing(qtbot, PASSWORD))
    menu.encrypt_action.trigger()

    assert encryption.is_encrypted(path) and b"Renate" not in path.read_bytes()
    assert shown.project is not None and shown.project.path == path  # opened again
    assert menu.change_action.isEnabled() and not menu.encrypt_action.isEnabled()

    when_asked(qtbot, typing(qtbot, "a new long passphrase"))
    menu.change_action.trigger()
    encryption.forget_password(path)
    encryption.use_password(path, "a new long passphrase")
    encryption.check_password(path)  # the new password opens it

    click_yes(qtbot)
    menu.decrypt_action.trigger()
    assert not encryption.is_encrypted(path) and shown.project is not None
    assert menu.encrypt_action.isEnabled()


def test_an_encrypted_copy_is_merged_once_its_password_is_given(qtbot, tmp_path: Path) -> None:
    from ccrt_coder.gui.exchange.merge_dialog import MergeDialog
    from ccrt_coder.usecases.project import Project
    from tests.demo_counts import DEMO

    target, copy = tmp_path / "demo.ccrt", tmp_path / "copy-b.ccrt"
    build_demo(target)
    with Project.open(target) as project:
        project.write_coder_copy(DEMO.coder_b, copy, password=PASSWORD)
    encryption.forget_password(copy)
    with Project.open(target) as project:
        dialog = MergeDialog(project)
    qtbot.addWidget(dialog)
    dialog.show()

    when_asked(qtbot, cancelling)
    dialog.add_sources([copy])  # cancelled: not added
    assert dialog.sources() == []
    messages = when_asked(qtbot, typing(qtbot, "not it"), typing(qtbot, PASSWORD))
    dialog.add_sources([copy])

    assert messages == ["", "Wrong password. Try again."]
    assert dialog.sources() == [copy]
    qtbot.waitUntil(lambda: dialog.plan() is not None, timeout=10000)
    assert [s.refused for s in dialog.plan().sources] == [()]  # type: ignore[union-attr]
    QThreadPool.globalInstance().waitForDone(10_000)  # the preview's worker has ended


def test_the_lead_encrypts_the_coder_copies_with_a_password_of_their_choice(
    qtbot, tmp_path: Path
) -> None:
    from ccrt_coder.gui.exchange.coder_copies_dialog import CoderCopiesDialog
    from ccrt_coder.usecases.project import Project

    path, folder = tmp_path / "demo.ccrt", tmp_path / "copies"
    folder.mkdir()
    build_demo(path)
    with Project.open(path) as project:
        dialog = CoderCopiesDialog(project)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.folder_edit.setText(str(folder))
    dialog.encrypt_box.setChecked(True)
    when_asked(qtbot, typing(qtbot, "copies passphrase for coders"))

    qtbot.mouseClick(dialog.write_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result_box is not None, timeout=30_000)
    qtbot.addWidget(dialog.result_box)

    copies = sorted(folder.glob("*.ccrt"))
    assert len(copies) == 2
    cipher._passwords.clear()
    for copy in copies:
        assert encryption.is_encrypted(copy) and b"Renate" not in copy.read_bytes()
        encryption.use_password(copy, "copies passphrase for coders")
        with Project.open(copy) as opened:
            assert opened.coder_copy_owner() is not None
