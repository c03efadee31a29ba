"""The compare-coders / consensus dock belongs to the Coding view; the view keys work from it; a
project change leaves nothing of the previous project in it."""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from ccrt_coder.gui.consensus.coders_side_by_side import Mode
from ccrt_coder.gui.shell.main_window import MainWindow
from ccrt_coder.gui.shell.view_switcher import AGREEMENT, CODING, COMPARISON
from ccrt_coder.usecases.project import Project
from tests.gui.test_consensus_meeting import meeting_at, mother_re


def press(qtbot, window: MainWindow, digit: Qt.Key) -> None:
    """Ctrl+digit where the keyboard focus is (as a user types it)."""
    target = QApplication.focusWidget() or window
    qtbot.keyClick(target, digit, Qt.KeyboardModifier.ControlModifier)


def focus(qtbot, widget: QWidget) -> None:
    widget.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget)


def test_view_keys_work_from_the_dock_and_the_dock_stays_with_coding(qtbot, project_path) -> None:
    window = meeting_at(qtbot, project_path, mother_re(project_path))
    dock = window.side_by_side.dock
    assert dock.isVisible()
    focus(qtbot, window.side_by_side.pane.bar.rating)  # the keyboard is in the dock
    press(qtbot, window, Qt.Key.Key_2)
    assert window.views.current() == COMPARISON
    assert not dock.isVisible()  # the Comparison view has the whole window
    assert window.side_by_side.mode() is Mode.CONSENSUS  # the meeting is not left
    press(qtbot, window, Qt.Key.Key_3)
    assert window.views.current() == AGREEMENT and not dock.isVisible()
    press(qtbot, window, Qt.Key.Key_1)
    assert window.views.current() == CODING
    assert dock.isVisible() and window.side_by_side.mode() is Mode.CONSENSUS
    assert window.side_by_side.pane.columns.cards()


def test_view_keys_work_from_another_window_of_the_app(qtbot, project_path) -> None:
    window = meeting_at(qtbot, project_path, mother_re(project_path))
    shortcuts = window.menus.show_shortcuts()  # Help ▸ Keyboard shortcuts (not modal)
    shortcuts.activateWindow()
    qtbot.waitUntil(shortcuts.isActiveWindow)
    press(qtbot, window, Qt.Key.Key_2)
    assert window.views.current() == COMPARISON
    shortcuts.close()


def test_entering_a_mode_from_another_view_shows_coding(qtbot, project_path: Path) -> None:
    with Project.open(project_path) as project:
        project.update_settings(blind_mode=False)
    window = meeting_at(qtbot, project_path, mother_re(project_path))
    window.side_by_side.set_mode(None)
    window.views.show_view(COMPARISON)
    window.side_by_side.compare_action.trigger()  # View ▸ Compare coders
    assert window.views.current() == CODING
    assert window.side_by_side.dock.isVisible()


def test_closing_the_dock_still_leaves_the_mode(qtbot, project_path: Path) -> None:
    window = meeting_at(qtbot, project_path, mother_re(project_path))
    window.side_by_side.dock.close()  # its × button
    assert window.side_by_side.mode() is None
    window.views.show_view(COMPARISON)
    window.views.show_view(CODING)
    assert not window.side_by_side.dock.isVisible()


def test_opening_another_project_leaves_nothing_of_the_previous(
    qtbot, project_path: Path, demo_path: Path
) -> None:
    window = meeting_at(qtbot, project_path, mother_re(project_path))
    pane = window.side_by_side.pane
    assert "mother" in pane.caption.text()
    assert window.show_project(Project.open(demo_path))
    assert "mother" not in pane.caption.text()
    assert not pane.columns.cards()
    assert not window.side_by_side.lanes.lanes()
    assert not window.side_by_side.dock.isVisible()


def test_closing_the_project_clears_the_dock(qtbot, project_path: Path) -> None:
    window = meeting_at(qtbot, project_path, mother_re(project_path))
    window.close_project()
    pane = window.side_by_side.pane
    assert pane.caption.text() == "" and not pane.columns.cards()
    assert not window.side_by_side.dock.isVisible()
