"""Resuming: each project reopens at its interview, RE and scroll position; the app reopens the
project that was open when it quit."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog

from ccrt_coder.gui.shell.app import make_main_window, run_gui
from ccrt_coder.gui.shell.main_window import MainWindow
from ccrt_coder.gui.ui_settings import Place, UiSettings
from tests.gui.coding_helpers import open_window
from tests.gui.test_live_refresh import CODER

Where = tuple[int | None, int | None, int]


def _where(window: MainWindow) -> Where:
    workspace = window.workspace
    shown, re = workspace.current_interview(), workspace.panel.current_re()
    bar = workspace.view.verticalScrollBar()
    return (shown.id if shown else None, re.id if re else None, bar.value())


def _go_to(window: MainWindow, nth: int, re_number: int, fraction: float) -> Where:
    """The ``nth`` interview of the study (tree order), its RE ``re_number``, scrolled down."""
    workspace = window.workspace
    record = workspace.interviews()[nth]
    assert workspace.show_interview(record.id)
    re = next(r for r in workspace.episodes() if r.number == re_number)
    workspace.select_re(re.id, scroll=False)
    bar = workspace.view.verticalScrollBar()
    assert bar.maximum() > 100, "the transcript must be long enough to scroll"
    bar.setValue(int(bar.maximum() * fraction))
    return _where(window)


def _reopened(qtbot, path: Path | None = None) -> MainWindow:
    window = make_main_window(path)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    return window


def test_closing_and_reopening_the_window_returns_to_the_place(qtbot, demo_path: Path) -> None:
    window = open_window(qtbot, demo_path, CODER)
    place = _go_to(window, 4, 3, 0.6)
    window.close()
    again = _reopened(qtbot, demo_path)
    qtbot.waitUntil(lambda: _where(again) == place, timeout=2000)


def test_the_place_is_on_disk_before_the_app_quits(qtbot, demo_path: Path) -> None:
    """A killed app keeps what was chosen, and the scroll position once it has rested."""
    window = open_window(qtbot, demo_path, CODER)
    interview, re, scroll = _go_to(window, 2, 2, 0.5)
    stored = UiSettings().place_in(demo_path)  # another reader of the settings file
    assert stored is not None and (stored.interview_id, stored.re_id) == (interview, re)
    qtbot.waitUntil(lambda: UiSettings().place_in(demo_path) == Place(interview, re, scroll))
    assert UiSettings().project_to_reopen() == demo_path.resolve()


def test_starting_the_app_reopens_the_last_project_at_its_place(
    qtbot, demo_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_gui installs its own
    window = open_window(qtbot, demo_path, CODER)
    place = _go_to(window, 7, 2, 0.4)
    window.close()
    seen: list[Where] = []

    def look_and_quit() -> None:
        shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        started = next(w for w in shown if w.isVisible())
        if _where(started) != place and len(seen) < 40:
            seen.append(_where(started))
            QTimer.singleShot(50, look_and_quit)
            return
        seen.append(_where(started))
        started.close()

    QTimer.singleShot(50, look_and_quit)
    assert run_gui() == 0
    assert seen[-1] == place


def test_a_project_closed_by_the_user_is_not_reopened(qtbot, demo_path: Path) -> None:
    window = open_window(qtbot, demo_path, CODER)
    interview, re, _scroll = _go_to(window, 1, 1, 0.2)
    window.close_action.trigger()
    window.close()
    assert UiSettings().project_to_reopen() is None
    kept = UiSettings().place_in(demo_path)  # its place is still kept for File ▸ Open
    assert kept is not None and (kept.interview_id, kept.re_id) == (interview, re)


def test_each_recent_project_resumes_its_own_place(
    qtbot, demo_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    other = tmp_path / "other" / "demo.ccrt"
    other.parent.mkdir()
    shutil.copyfile(demo_path, other)
    window = open_window(qtbot, demo_path, CODER)
    first = _go_to(window, 3, 2, 0.3)
    window.recent_menu.rebuild()
    assert window.open_project(other)
    assert _where(window) == (None, None, 0)  # nothing remembered for it yet
    second = _go_to(window, 9, 3, 0.7)
    assert first[0] != second[0]
    # back to the first through File ▸ Open, to the second through the recent list
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_args, **_kw: (str(demo_path), ""))
    window.open_action.trigger()
    qtbot.waitUntil(lambda: _where(window) == first, timeout=2000)
    window.recent_menu.rebuild()
    entry = next(a for a in window.recent_menu.actions() if a.toolTip() == str(other.resolve()))
    entry.trigger()
    qtbot.waitUntil(lambda: _where(window) == second, timeout=2000)


def test_a_place_that_is_gone_falls_back_to_the_first_interview(
    qtbot, demo_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    errors: list[str] = []
    monkeypatch.setattr(
        "ccrt_coder.gui.widgets.dialogs.show_error", lambda _p, title, _m: errors.append(title)
    )
    UiSettings().set_place_in(demo_path, Place(987654, 42, 300))
    window = open_window(qtbot, demo_path, CODER)
    model = window.workspace.tree_model()
    top = model.index(0, 0)
    first_leaf = model.index(0, 0, model.index(0, 0, top))
    shown = window.workspace.current_interview()
    assert shown is not None and shown == model.interview_at(first_leaf)
    assert errors == []


def test_a_re_that_is_gone_gives_the_interviews_first_re(qtbot, demo_path: Path) -> None:
    window = open_window(qtbot, demo_path, CODER)
    interview = window.workspace.interviews()[1]
    window.close()
    UiSettings().set_place_in(demo_path, Place(interview.id, 987654, 0))
    again = _reopened(qtbot, demo_path)
    first_re = min(again.workspace.episodes(), key=lambda r: r.number)
    assert _where(again)[:2] == (interview.id, first_re.id)
