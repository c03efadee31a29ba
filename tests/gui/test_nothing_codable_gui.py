"""Code ▸ Nothing codable in this RE (Alt+0) and the RE header's check box: the study tree's
progress, refusals, undo and redo."""

from pathlib import Path

from PySide6.QtCore import Qt

from ccrt_coder.core.coding_done import ReCoding, re_is_done
from ccrt_coder.core.domain import Component, NarratorRole
from ccrt_coder.gui.study.tree_model import PROGRESS_ROLE
from tests.gui.coding_helpers import code, open_window, show_interview, stored, units_of


def test_the_rule_counts_a_marked_rated_re_as_done() -> None:
    assert re_is_done(ReCoding(rated=True, rated_out=False, has_unit=False, nothing_codable=True))
    assert not re_is_done(ReCoding(False, False, False, nothing_codable=True))


def test_marking_from_the_keyboard_ticks_progress_and_undo_takes_it_back(
    qtbot, carla_demo: Path
) -> None:
    window = open_window(qtbot, carla_demo, "Carla")
    interview = show_interview(qtbot, window, "D01", NarratorRole.PATIENT, 5)
    leaf = window.workspace.tree_model().index_of_interview(interview.id)
    view, panel = window.workspace.view, window.workspace.panel
    action = window.coding.actions.nothing_codable
    assert action in window.code_menu.actions()
    assert action.shortcut().toString() == "Alt+0"
    first = panel.current_re()
    assert first is not None and action.isEnabled() and not action.isChecked()
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_0, Qt.KeyboardModifier.AltModifier)  # not rated yet: refused
    assert "rate the completeness" in window.statusBar().currentMessage()
    assert not action.isChecked() and leaf.data(PROGRESS_ROLE) == (0, 4)
    qtbot.keyClick(view, Qt.Key.Key_4, Qt.KeyboardModifier.AltModifier)
    assert leaf.data(PROGRESS_ROLE) == (0, 4)  # rated, but neither coded nor marked
    qtbot.keyClick(view, Qt.Key.Key_0, Qt.KeyboardModifier.AltModifier)
    assert action.isChecked() and leaf.data(PROGRESS_ROLE) == (1, 4)
    box = window.coding.nothing_codable_box  # in the RE panel's header
    assert box.isChecked() and box.text() == "Nothing codable in this RE"
    with stored(carla_demo) as project:
        carla = project.coder("Carla").id
        assert project.nothing_codable_res(carla, [first.id]) == {first.id}
    code(qtbot, window, "I really wanted my mother", Component.W, "loved")  # in the marked RE
    assert "nothing codable" in window.statusBar().currentMessage()
    assert units_of(carla_demo, "Carla", interview.id) == []
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not action.isChecked() and leaf.data(PROGRESS_ROLE) == (0, 4)
    assert not box.isChecked()
    with stored(carla_demo) as project:
        assert project.nothing_codable_res(carla, [first.id]) == set()
    window.coding.actions.redo.trigger()
    assert action.isChecked() and leaf.data(PROGRESS_ROLE) == (1, 4)
    assert box.isChecked()
    box.click()  # unmark in the header (as a click or Space on it does)
    assert not action.isChecked() and leaf.data(PROGRESS_ROLE) == (0, 4)
    action.trigger()  # from the Code menu
    assert box.isChecked() and leaf.data(PROGRESS_ROLE) == (1, 4)
