"""Shared steps of the workspace-support tests: open as a coder, answer message boxes, dump DB."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget

from ccrt_coder.core.domain import NarratorRole
from ccrt_coder.gui.shell.app import make_main_window
from ccrt_coder.gui.shell.main_window import MainWindow
from ccrt_coder.gui.ui_settings import UiSettings
from ccrt_coder.usecases.project import Project


def empty_window(qtbot, size: tuple[int, int] | None = None) -> MainWindow:
    """A shown main window with no project open, its settings not kept, asking for no coder."""
    window = MainWindow(UiSettings(persistent=False), ask_for_coder=False)
    qtbot.addWidget(window)
    if size is not None:
        window.resize(*size)
    window.show()
    return window


def open_as(qtbot, path: Path, coder: str | None, lead: bool = False) -> MainWindow:
    """The window on ``path`` with ``coder`` remembered for it (None: nobody remembered)."""
    if coder is not None:
        with Project.open(path) as project:
            UiSettings().set_coder_for(path, project.coder(coder).id)
            UiSettings().set_lead_for(path, lead)
    window = make_main_window(path)
    qtbot.addWidget(window)
    window.resize(1300, 860)
    window.show()
    return window


def interview_id(window: MainWindow, dyad: str, narrator: NarratorRole, phase: int) -> int:
    return next(
        i.id
        for i in window.workspace.interviews()
        if (i.dyad, i.narrator, i.phase) == (dyad, narrator, phase)
    )


def click_tree_row(qtbot, window: MainWindow, record_id: int) -> None:
    workspace = window.workspace
    index = workspace.tree_model().index_of_interview(record_id)
    assert index.isValid()
    workspace.tree.scrollTo(index)
    rect = workspace.tree.visualRect(index)
    qtbot.mouseClick(workspace.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def answer_next_box(qtbot, button_text: str | None = None, found: list[str] | None = None) -> None:
    """Click a button of the next modal message box once it shows (None: its default button)."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click)
            return
        if found is not None:
            found.append(box.text())
        buttons = [
            b for b in box.findChildren(QPushButton) if b.text().replace("&", "") == button_text
        ]
        target = buttons[0] if buttons else box.defaultButton()
        qtbot.mouseClick(target, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, click)


def when_modal(act: Callable[[QWidget], None]) -> None:
    """Run ``act`` on the next modal dialog once it shows."""

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, poll)
        else:
            act(dialog)

    QTimer.singleShot(0, poll)


def coder_layer_dump(path: Path) -> list[tuple]:
    """Every row of the coder layers (units, their spans and categories) exactly as stored."""
    with sqlite3.connect(path) as db:
        units = db.execute("SELECT * FROM coded_units WHERE layer = 'coder' ORDER BY id").fetchall()
        spans = db.execute(
            "SELECT s.* FROM unit_spans s JOIN coded_units u ON u.id = s.unit_id "
            "WHERE u.layer = 'coder' ORDER BY s.id"
        ).fetchall()
        cats = db.execute(
            "SELECT c.* FROM unit_categories c JOIN coded_units u ON u.id = c.unit_id "
            "WHERE u.layer = 'coder' ORDER BY c.unit_id, c.position"
        ).fetchall()
        ratings = db.execute(
            "SELECT * FROM re_ratings WHERE layer = 'coder' ORDER BY id"
        ).fetchall()
    return [*units, *spans, *cats, *ratings]
