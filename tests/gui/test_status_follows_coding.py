"""The status bar follows every RE change and cursor move; a new RE asks for its other person."""

from pathlib import Path

from PySide6.QtCore import Qt

from ccrt_coder.core.domain import NarratorRole
from tests.gui.coding_helpers import (
    drag_select,
    focused,
    keyboard_select,
    open_window,
    press,
    show_interview,
    span_of,
    type_text,
)
from tests.gui.test_coding_res import answer_question, path, the_res

__all__ = ["path"]  # the fixture: one transcript without RE markers, coder Dora

MIA = "P: My friend Mia called on Saturday.\nP: I wanted her to come over"


def test_counts_and_position_follow_a_new_and_a_deleted_re(qtbot, path: Path) -> None:
    window = open_window(qtbot, path, "Dora")
    show_interview(qtbot, window, "D05", NarratorRole.PATIENT, 15)
    view = window.workspace.view
    assert window.counts_text().endswith("0 REs")
    drag_select(qtbot, view, span_of(view, MIA))
    assert "no RE" in window.position.text()
    qtbot.keyClick(view, Qt.Key.Key_R)
    type_text(qtbot, "fri")
    press(qtbot, Qt.Key.Key_Return)
    assert len(the_res(path)) == 1
    assert window.counts_text().endswith("1 RE")
    assert window.workspace.panel.res_header.detail() == "1 RE in this interview"
    assert "RE 1" in window.position.text()  # the cursor has not moved: the RE came to it
    answer_question(qtbot, "Delete RE", [])
    qtbot.keyClick(
        view,
        Qt.Key.Key_Delete,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert the_res(path) == []
    assert window.counts_text().endswith("0 REs")
    assert window.workspace.panel.res_header.detail() == "0 REs in this interview"
    assert "no RE" in window.position.text()
    qtbot.waitUntil(view.hasFocus)  # back once the question has gone
    press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undo brings it back
    assert window.counts_text().endswith("1 RE")
    assert "RE 1" in window.position.text()


def test_the_position_names_the_re_of_a_newly_opened_interview(qtbot, carla_demo: Path) -> None:
    window = open_window(qtbot, carla_demo, "Carla")
    show_interview(qtbot, window, "D01", NarratorRole.PATIENT, 5)
    view = window.workspace.view
    keyboard_select(qtbot, view, span_of(view, "Jonas"))  # in RE 2
    assert "RE 2" in window.position.text()
    show_interview(qtbot, window, "D01", NarratorRole.PATIENT, 15)
    assert window.position.text().startswith("Line 1 · no RE")
    keyboard_select(qtbot, view, span_of(view, "P: ", 3))
    number = view.re_at_cursor().number
    assert f"RE {number}" in window.position.text()


def test_a_new_re_has_no_other_person_until_one_is_chosen(qtbot, path: Path) -> None:
    window = open_window(qtbot, path, "Dora")
    show_interview(qtbot, window, "D05", NarratorRole.PATIENT, 15)
    view, editor = window.workspace.view, window.coding.re_editor
    drag_select(qtbot, view, span_of(view, MIA))
    qtbot.keyClick(view, Qt.Key.Key_R)
    assert focused() is editor.other
    assert editor.other.currentText() == ""  # no "mother" waiting for a quick Enter
    press(qtbot, Qt.Key.Key_Return)
    assert editor.isVisible()  # refused, with a hint
    assert "Choose the other person" in editor.hint.text()
    assert the_res(path) == []
    type_text(qtbot, "fri")
    press(qtbot, Qt.Key.Key_Return)
    assert not editor.isVisible()
    (re,) = the_res(path)
    assert re.other_type == "friend"
