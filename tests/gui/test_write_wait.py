"""A save that waits for another program's write says so in the status bar, then goes through."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ccrt_coder.core.domain import Component, NarratorRole
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


def test_a_save_waits_for_another_program_and_the_status_bar_says_so(
    qtbot, carla_demo: Path
) -> None:
    window = open_window(qtbot, carla_demo, "Carla")
    interview = show_interview(qtbot, window, "D01", NarratorRole.PATIENT, 5)
    view = window.workspace.view
    keyboard_select(qtbot, view, span_of(view, "I really wanted my mother to be there"))
    view.setFocus()
    qtbot.keyClick(view, KEYS[Component.W])
    type_text(qtbot, "loved")
    messages: list[str] = []
    cursors: list[bool] = []
    window.statusBar().messageChanged.connect(messages.append)
    window.statusBar().messageChanged.connect(
        lambda _m: cursors.append(QApplication.overrideCursor() is not None)
    )
    other = sqlite3.connect(carla_demo, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")  # e.g. a merge in another window, mid-write
    other.execute("UPDATE coders SET name = name")
    done = threading.Timer(OTHER_WRITES_S, lambda: other.execute("COMMIT"))
    done.start()
    press(qtbot, Qt.Key.Key_Return)  # the save waits for the other program, then goes through
    done.join()
    other.close()
    assert messages[:2] == ["Waiting for another program to finish writing the project…", ""]
    assert cursors[:2] == [True, False] and QApplication.overrideCursor() is None
    assert messages[-1].startswith("Code W6 on")  # then the save says what it did, as always
    assert len(units_of(carla_demo, "Carla", interview.id)) == 1
