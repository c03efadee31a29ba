"""Editing units: category by double-click or Enter, text by a new selection, Del; highlights."""

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor

from ccrt_coder.core.domain import Component
from ccrt_coder.gui.units import unit_text
from tests.gui.coding_helpers import (
    code,
    drag_select,
    focused,
    press,
    span_of,
    type_text,
    units_of,
)


@pytest.fixture
def window(carla_window):  # type: ignore[no-untyped-def]
    return carla_window


def stored_units(window, carla_demo: Path):
    return units_of(carla_demo, "Carla", window.interview.id)


def row_point(table, row: int) -> QPoint:
    return table.visualRect(table.model().index(row, 1)).center()


def test_double_click_edits_the_category(qtbot, window, carla_demo: Path) -> None:
    code(qtbot, window, "she said the concert had been a waste", Component.RO, "reject")
    (before,) = stored_units(window, carla_demo)
    table = window.workspace.panel.units_table()
    point = row_point(table, 0)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=point)  # a double click:
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=point)  # click, click
    picker = window.coding.picker
    assert picker.isVisible() and picker.title.text() == "Edit unit"
    assert picker.current_code() == "RO5"
    type_text(qtbot, "upset")
    press(qtbot, Qt.Key.Key_Return)
    (after,) = stored_units(window, carla_demo)
    assert (after.id, after.uid, after.draft.spans) == (before.id, before.uid, before.draft.spans)
    assert after.draft.categories == ("RO3",)
    assert window.workspace.panel.units_model().category_text(after).startswith("RO3 Upset")
    assert window.coding.actions.undo.text() == "&Undo Edit RO5 → RO3"


def test_enter_on_a_row_edits_and_del_deletes(qtbot, window, carla_demo: Path) -> None:
    code(qtbot, window, "felt so small", Component.RS, "rs7")
    code(qtbot, window, "I didn't say anything", Component.RS, "unrecep")
    table = window.workspace.panel.units_table()
    table.setFocus()
    table.setCurrentIndex(table.model().index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert window.coding.picker.isVisible()
    press(qtbot, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    type_text(qtbot, "withdraws")
    press(qtbot, Qt.Key.Key_Return)
    labels = {u.draft.tailor_label for u in stored_units(window, carla_demo)}
    assert labels == {"withdraws", ""}
    table.setFocus()
    table.setCurrentIndex(table.model().index(0, 0))
    gone = window.workspace.panel.current_unit()
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert [u.uid for u in stored_units(window, carla_demo)] != [gone.uid]
    assert gone.uid not in {u.uid for u in stored_units(window, carla_demo)}
    assert window.workspace.panel.units_model().rowCount() == 1
    press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert gone.uid in {u.uid for u in stored_units(window, carla_demo)}


def test_a_new_selection_becomes_the_units_text(qtbot, window, carla_demo: Path) -> None:
    code(qtbot, window, "felt so small", Component.RS, "rs7")
    view, panel = window.workspace.view, window.workspace.panel
    panel.units_table().setCurrentIndex(panel.units_model().index(0, 0))
    wider = span_of(view, "felt so small, like it had been silly")
    drag_select(qtbot, view, wider)
    qtbot.keyClick(view, Qt.Key.Key_U, Qt.KeyboardModifier.ShiftModifier)
    (unit,) = stored_units(window, carla_demo)
    assert unit.draft.spans == (wider,)


def test_clicking_a_highlight_chooses_its_unit(qtbot, window, carla_demo: Path) -> None:
    code(qtbot, window, "felt so small", Component.RS, "rs7")
    code(qtbot, window, "I really wanted my mother to be there", Component.W, "loved")
    view, panel = window.workspace.view, window.workspace.panel
    assert panel.current_unit().draft.component is Component.W
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.qt_range(span_of(view, "so small"))[0])
    point = view.cursorRect(cursor).center() + QPoint(3, 0)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert panel.current_unit().draft.categories == ("RS7",)
    (unit,) = view.units_at_point(point)
    tip = unit_text.tooltips([unit], window.workspace.category_system())
    assert "RS7</b> Disappointed and depressed" in tip and "negative" in tip


def test_overlapping_units_are_both_found_and_drawn(qtbot, window, carla_demo: Path) -> None:
    code(qtbot, window, "I just sat in the back seat", Component.RS, "unrecep")
    code(qtbot, window, "sat in the back seat and looked out of the window", Component.RS, "rs7")
    code(qtbot, window, "I didn't say anything. I just sat", Component.RO, "reject")
    view = window.workspace.view
    inside = span_of(view, "back seat").start
    found = view.units_at(inside)
    assert sorted(u.draft.categories[0] for u in found) == ["RS2", "RS7"]
    both = view.units_at(span_of(view, "I just sat").start)
    assert {u.draft.component for u in both} == {Component.RO, Component.RS}
    # "I just " RO+RS2, "sat" all three, " in the …" RS2+RS7
    assert len(view.overlap_stretches()) == 3
    assert len(view.units_at(span_of(view, "I just sat").end - 1)) == 3
    tip = unit_text.tooltips(found, window.workspace.category_system())
    assert tip.count("<hr>") == 1
    assert focused() is view
    window.grab()  # paints the stacked underlines without error
