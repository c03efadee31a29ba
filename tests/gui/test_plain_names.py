"""User-supplied names (coders, study, dyads, people, other persons, categories, memos, transcript
text, file names) are shown as plain text in every view, never as rich text (issue 14, item 6)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool

from ccrt_coder.core.domain import NarratorRole
from ccrt_coder.gui.consensus.coders_side_by_side import Mode
from ccrt_coder.gui.shell.main_window import MainWindow
from ccrt_coder.gui.shell.view_switcher import AGREEMENT, COMPARISON, UNITS
from tests.gui import agreement_helpers, comparison_helpers
from tests.gui.coding_helpers import show_interview
from tests.gui.hostile_study import (
    CODER_A,
    CODER_B,
    HOSTILE_DYAD,
    MARK,
    assert_no_leaks,
    hostile_study,
    shown_texts,
)
from tests.gui.workspace_helpers import open_as


@pytest.fixture(autouse=True)
def _workers_done() -> Iterator[None]:
    yield
    QThreadPool.globalInstance().waitForDone(10_000)


@pytest.fixture
def window(qtbot, tmp_path: Path) -> MainWindow:
    """The lead, called ``MARK``, at the interview whose text and RE hold HTML."""
    path = hostile_study(tmp_path)
    window = open_as(qtbot, path, CODER_A, lead=True)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    show_interview(qtbot, window, HOSTILE_DYAD, NarratorRole.PATIENT, 5)
    return window


def test_the_coding_view_shows_every_name_as_text(qtbot, window: MainWindow) -> None:
    assert_no_leaks()
    shown = shown_texts()
    assert MARK in shown  # the coder chooser and the study's name
    assert f"mother ({MARK})" in shown  # the RE's other person
    assert f"{MARK}.txt · 5 lines" in shown  # the transcript's file name


def test_the_consensus_meeting_and_coder_comparison_show_names_as_text(qtbot, window) -> None:
    re_id = window.workspace.panel.current_re().id
    assert window.open_consensus_at(re_id)
    assert_no_leaks()
    assert window.side_by_side.set_mode(Mode.COMPARE)
    assert_no_leaks()
    assert any(CODER_B in text for text in shown_texts())


def test_the_units_view_shows_names_as_text(qtbot, window: MainWindow) -> None:
    window.views.action(UNITS).trigger()
    view = window.views.view(UNITS)
    qtbot.waitUntil(lambda: not view.is_counting(), timeout=10_000)
    view.table.selectRow(0)
    assert_no_leaks()


def test_the_agreement_view_shows_names_as_text(qtbot, window: MainWindow) -> None:
    window.views.action(AGREEMENT).trigger()
    agreement_helpers.wait_shown(qtbot, window.views.view(AGREEMENT))
    assert_no_leaks()


def test_the_comparison_view_shows_names_as_text(qtbot, window: MainWindow) -> None:
    window.views.action(COMPARISON).trigger()
    comparison_helpers.wait_shown(qtbot, window.views.view(COMPARISON))
    assert_no_leaks()
