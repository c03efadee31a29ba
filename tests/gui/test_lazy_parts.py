"""Parts of the window made when first used, not at start-up (issue 15): each still works then.

The coders-side-by-side dock (View ▸ Compare coders, View ▸ Consensus meeting) and the welcome
page are not built for a window that opens on a project; they appear, filled, when first asked for.
"""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget

from ccrt_coder.gui.shell.main_window import MainWindow
from ccrt_coder.usecases.project import Project
from tests.gui.test_consensus_meeting import mother_re
from tests.gui.workspace_helpers import open_as


def _dock(window: MainWindow) -> QDockWidget | None:
    return window.findChild(QDockWidget, "codersSideBySide")


def _unblind(project_path: Path) -> None:
    with Project.open(project_path) as project:
        project.update_settings(blind_mode=False)


def test_the_side_by_side_dock_is_made_when_comparing_starts(qtbot, project_path: Path) -> None:
    _unblind(project_path)
    window = open_as(qtbot, project_path, "Anna")
    assert _dock(window) is None  # opening the project made no dock
    window.workspace.show_interview(window.project.interview_of_re(mother_re(project_path)))
    window.workspace.select_re(mother_re(project_path))
    window.side_by_side.compare_action.trigger()  # View ▸ Compare coders
    dock = _dock(window)
    assert dock is not None and dock.isVisible()
    names = {card.unit.draft.coder_id for card in window.side_by_side.pane.columns.cards()}
    assert len(names) >= 2  # every coder's units of the RE, side by side
    assert window.side_by_side.lanes.lanes()  # and their lanes over the transcript


def test_the_consensus_meeting_opens_on_a_fresh_window(qtbot, project_path: Path) -> None:
    window = open_as(qtbot, project_path, "Anna", lead=True)
    assert _dock(window) is None
    assert window.open_consensus_at(mother_re(project_path))
    assert window.side_by_side.dock.isVisible()
    assert window.side_by_side.pane.bar.isVisible()  # the consensus bar: rate, add a unit
    assert window.side_by_side.pane.columns.cards()


def test_the_dock_keeps_its_height_through_a_session_without_it(qtbot, project_path) -> None:
    _unblind(project_path)
    first = open_as(qtbot, project_path, "Anna")
    first.side_by_side.compare_action.trigger()
    first.resizeDocks([first.side_by_side.dock], [311], Qt.Orientation.Vertical)
    qtbot.waitUntil(lambda: first.side_by_side.dock.height() == 311)
    first.close()
    second = open_as(qtbot, project_path, "Anna")  # never compares: no dock is made
    assert _dock(second) is None
    second.close()
    third = open_as(qtbot, project_path, "Anna")
    third.side_by_side.compare_action.trigger()
    qtbot.waitUntil(lambda: third.side_by_side.dock.height() == 311)


def test_the_welcome_page_is_built_when_a_project_closes(qtbot, project_path: Path) -> None:
    window = open_as(qtbot, project_path, "Anna")
    assert window.welcome.widget() is None  # a window opened on a project never showed it
    window.close_action.trigger()  # File ▸ Close project
    assert window.showing_welcome() and window.welcome.isVisible()
    assert window.welcome.widget() is not None
    assert [b.toolTip() for b in window.welcome.recent_buttons] == [str(project_path.resolve())]
    window.welcome.recent_buttons[0].click()  # reopen it from the welcome page
    assert window.project is not None and not window.showing_welcome()
