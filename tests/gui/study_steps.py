"""What a user's hands do in the whole-study test: menu entries, file dialogs, report boxes."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QFileDialog, QMenu, QMessageBox, QWidget

from ccrt_coder.gui.shell.main_window import MainWindow


def menu_action(window: MainWindow, menu: str, text: str) -> QAction:
    """The entry ``text`` (without its ``&``) of the menu bar's menu named ``menu``."""
    menus = (a.menu() for a in window.menuBar().actions())
    found = next(m for m in menus if isinstance(m, QMenu) and m.objectName() == menu)
    action = next(a for a in found.actions() if a.text().replace("&", "") == text)
    assert action.isEnabled(), f"{text} is disabled"
    return action


def choose(window: MainWindow, menu: str, text: str) -> None:
    """Choose ``menu`` ▸ ``text``, as a click on the entry does."""
    menu_action(window, menu, text).trigger()


def activate(qtbot, window: MainWindow) -> None:
    """Back in the main window, as the window manager does after a dialog closed (window
    shortcuts need an active window)."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def shortcut(qtbot, window: MainWindow, key: Qt.Key) -> None:
    """Ctrl+``key`` pressed where the keyboard focus is in the main window."""
    activate(qtbot, window)
    target = QApplication.focusWidget() or window
    qtbot.keyClick(target, key, Qt.KeyboardModifier.ControlModifier)


def file_dialogs_answer(monkeypatch: pytest.MonkeyPatch, **answers: object) -> None:
    """The next file dialogs return these paths (``getOpenFileName=path`` and so on)."""
    for name, chosen in answers.items():
        if isinstance(chosen, list):
            value: object = ([str(p) for p in chosen], "")
        elif name == "getExistingDirectory":
            value = str(chosen)
        else:
            value = (str(chosen), "")
        monkeypatch.setattr(QFileDialog, name, lambda *_a, _v=value, **_k: _v)


def click(qtbot, button: QWidget) -> None:
    assert button.isEnabled() and button.isVisible(), button
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def dismiss(qtbot, box: QMessageBox | None) -> str:
    """Read a report box, then click its OK; returns what it said."""
    assert box is not None
    text = box.text()
    click(qtbot, box.button(QMessageBox.StandardButton.Ok))
    qtbot.waitUntil(lambda: not box.isVisible())
    return text


def open_with_ctrl_o(qtbot, window: MainWindow, monkeypatch, path: Path) -> None:
    """File ▸ Open project… (Ctrl+O), choosing ``path`` in the file dialog."""
    file_dialogs_answer(monkeypatch, getOpenFileName=path)
    shortcut(qtbot, window, Qt.Key.Key_O)
    qtbot.waitUntil(lambda: window.project is not None and window.project.path == path)
