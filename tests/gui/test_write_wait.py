"""A save that waits for another program's write says so in the status bar, then goes through."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ccrt_coder.core.domain import Component, NarratorRole
from ccrt_coder.gui.shell import error_dialog
from ccrt_coder.storage import write_lock
from tests.gui.coding_helpers import (
    KEYS,
    keyboard_select,
    open_window,
    press,
    show_interview,
    span_of,
    type_text,
    units_of,
)

OTHER_WRITES_S = 0.8  # how long the other program holds the write lock
WAITING = "Waiting for another program to finish writing the project…"


def lock_held_elsewhere(path: Path) -> sqlite3.Connection:
    """Another program (e.g. a merge in another window) holds the write lock, mid-write."""
    other = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
    other.execute("UPDATE coders SET name = name")
    return other


def about_to_code(qtbot, path: Path):  # type: ignore[no-untyped-def]
    """Carla's window with a W unit chosen in the picker, one Enter from being saved."""
    window = open_window(qtbot, path, "Carla")
    interview = show_interview(qtbot, window, "D01", NarratorRole.PATIENT, 5)
    view = window.workspace.view
    keyboard_select(qtbot, view, span_of(view, "I really wanted my mother to be there"))
    view.setFocus()
    qtbot.keyClick(view, KEYS[Component.W])
    type_text(qtbot, "loved")
    return window, interview


def test_a_save_waits_for_another_program_and_the_status_bar_says_so(
    qtbot, carla_demo: Path
) -> None:
    window, interview = about_to_code(qtbot, carla_demo)
    messages: list[str] = []
    cursors: list[bool] = []
    window.statusBar().messageChanged.connect(messages.append)
    window.statusBar().messageChanged.connect(
        lambda _m: cursors.append(QApplication.overrideCursor() is not None)
    )
    other = lock_held_elsewhere(carla_demo)
    done = threading.Timer(OTHER_WRITES_S, lambda: other.execute("COMMIT"))
    done.start()
    press(qtbot, Qt.Key.Key_Return)  # the save waits for the other program, then goes through
    done.join()
    other.close()
    assert messages[:2] == [WAITING, ""]
    assert cursors[:2] == [True, False] and QApplication.overrideCursor() is None
    assert messages[-1].startswith("Code W6 on")  # then the save says what it did, as always
    assert len(units_of(carla_demo, "Carla", interview.id)) == 1


def test_a_save_that_waited_too_long_says_the_project_is_busy(
    qtbot, carla_demo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(write_lock, "WAIT_SECONDS", 0.3)
    window, interview = about_to_code(qtbot, carla_demo)
    other = lock_held_elsewhere(carla_demo)
    press(qtbot, Qt.Key.Key_Return)
    other.execute("ROLLBACK")
    other.close()
    assert window.statusBar().currentMessage() == (
        "the project demo.ccrt is busy in another program; try again"
    )
    assert QApplication.overrideCursor() is None and error_dialog.shown_dialog() is None
    assert units_of(carla_demo, "Carla", interview.id) == []
