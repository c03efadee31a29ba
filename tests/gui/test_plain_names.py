"""User-supplied names (coders, study, dyads, people, other persons, categories, memos, transcript
text, file names) are shown as plain text in every view: never as rich text (issue 14, item 6)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool

from ccrt_coder.core.domain import NarratorRole
from ccrt_coder.gui.shell.main_window import MainWindow
from tests.gui.coding_helpers import show_interview
from tests.gui.hostile_study import CODER_A, HOSTILE_DYAD, MARK, hostile_study, leaks, shown_texts
from tests.gui.workspace_helpers import open_as


@pytest.fixture(autouse=True)
def _workers_done() -> Iterator[None]:
    yield
    QThreadPool.globalInstance().waitForDone(10_000)


@pytest.fixture
def window(qtbot, tmp_path: Path) -> MainWindow:
    path = hostile_study(tmp_path)
    window = open_as(qtbot, path, CODER_A, lead=True)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def test_explore(qtbot, window: MainWindow) -> None:
    show_interview(qtbot, window, HOSTILE_DYAD, NarratorRole.PATIENT, 5)
    found = leaks()
    print("\n".join(found))
    print([t for t in shown_texts() if MARK in t])
    assert not found
