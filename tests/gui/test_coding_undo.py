"""Undo and redo with Ctrl+Z / Ctrl+Shift+Z across REs and interviews, persisted either way."""

from pathlib import Path

from PySide6.QtCore import Qt

from ccrt_coder.core.domain import Component, NarratorRole
from tests.gui.coding_helpers import (
    code,
    open_window,
    press,
    show_interview,
    units_of,
)

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


def uids(path: Path, interview_id: int) -> set[str]:
    return {u.uid for u in units_of(path, "Carla", interview_id)}


def test_undo_three_redo_two_across_res(qtbot, carla_demo: Path) -> None:
    window = open_window(qtbot, carla_demo, "Carla")
    interview = show_interview(qtbot, window, "D01", NarratorRole.PATIENT, 5)
    panel, undo = window.workspace.panel, window.coding.actions.undo
    code(qtbot, window, "I really wanted my mother to be there", Component.W, "loved")
    first = uids(carla_demo, interview.id)
    assert undo.text() == "&Undo Code W6 on 'I really wanted my mother to…'"
    code(qtbot, window, "exactly the way I tell you", Component.RO, "controlling")
    second = uids(carla_demo, interview.id)
    code(qtbot, window, "I redid it exactly the way he wanted", Component.RS, "helpless")
    third = uids(carla_demo, interview.id)
    assert len(third) == 3 and panel.current_re().number == 3

    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert uids(carla_demo, interview.id) == second
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert uids(carla_demo, interview.id) == first
    assert panel.current_re().number == 3
    press(qtbot, Qt.Key.Key_Z, CTRL)  # the unit in RE 1: the view goes back there
    assert uids(carla_demo, interview.id) == set()
    assert panel.current_re().number == 1
    assert window.workspace.view.units() == []

    press(qtbot, Qt.Key.Key_Z, CTRL | SHIFT)
    assert uids(carla_demo, interview.id) == first  # the very same unit, uid and all
    assert panel.current_re().number == 1
    assert panel.units_model().rowCount() == 1
    press(qtbot, Qt.Key.Key_Y, CTRL)  # Ctrl+Y redoes too
    assert uids(carla_demo, interview.id) == second
    assert panel.current_re().number == 3
    assert panel.current_unit().draft.categories == ("RO2",)  # the redone unit is chosen
    assert window.coding.actions.redo.text() == "&Redo Code RS6 on 'I redid it exactly the way…'"


def test_undo_returns_to_the_interview_of_the_change(qtbot, carla_demo: Path) -> None:
    window = open_window(qtbot, carla_demo, "Carla")
    patient = show_interview(qtbot, window, "D01", NarratorRole.PATIENT, 5)
    code(qtbot, window, "felt so small", Component.RS, "rs7")
    therapist = show_interview(qtbot, window, "D01", NarratorRole.THERAPIST, 5)
    window.workspace.view.setFocus()
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert window.workspace.current_interview().id == patient.id
    assert units_of(carla_demo, "Carla", patient.id) == []
    press(qtbot, Qt.Key.Key_Z, CTRL | SHIFT)
    assert len(units_of(carla_demo, "Carla", patient.id)) == 1
    assert therapist.id != patient.id


def test_closing_the_project_clears_the_history(qtbot, carla_demo: Path) -> None:
    window = open_window(qtbot, carla_demo, "Carla")
    show_interview(qtbot, window, "D01", NarratorRole.PATIENT, 5)
    code(qtbot, window, "felt so small", Component.RS, "rs7")
    assert window.coding.stack.canUndo()
    window.close_project()
    assert not window.coding.stack.canUndo() and not window.coding.actions.undo.isEnabled()
