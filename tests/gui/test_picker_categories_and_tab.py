"""The category picker with several categories, its Tab order and its long labels (issue 11)."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from ccrt_coder.core.domain import Component
from tests.gui.coding_helpers import (
    code,
    focused,
    keyboard_select,
    press,
    span_of,
    type_text,
    units_of,
)


@pytest.fixture
def window(carla_window):  # type: ignore[no-untyped-def]
    return carla_window


def test_a_ticked_category_and_the_filtered_one_are_both_stored(
    qtbot, window, carla_demo: Path
) -> None:
    view, picker = window.workspace.view, window.coding.picker
    keyboard_select(qtbot, view, span_of(view, "felt so small"))
    qtbot.keyClick(view, Qt.Key.Key_S)
    type_text(qtbot, "rs2")
    press(qtbot, Qt.Key.Key_Down)  # into the list
    press(qtbot, Qt.Key.Key_Space)  # tick RS2
    type_text(qtbot, "rs7")  # typing in the list filters anew
    assert picker.current_code() == "RS7"
    assert picker.chosen.text() == "Categories: RS2 + RS7"
    press(qtbot, Qt.Key.Key_Return)
    (unit,) = units_of(carla_demo, "Carla", window.interview.id)
    assert unit.draft.categories == ("RS2", "RS7")  # ticked, then current


def test_space_in_the_filter_ticks_the_typed_code(qtbot, window, carla_demo: Path) -> None:
    view = window.workspace.view
    keyboard_select(qtbot, view, span_of(view, "felt so small"))
    qtbot.keyClick(view, Qt.Key.Key_S)
    type_text(qtbot, "rs2 rs7")  # Space after an exact code ticks it; the next code replaces it
    press(qtbot, Qt.Key.Key_Return)
    (unit,) = units_of(carla_demo, "Carla", window.interview.id)
    assert unit.draft.categories == ("RS2", "RS7")


def test_space_ticks_while_editing_a_unit(qtbot, window, carla_demo: Path) -> None:
    code(qtbot, window, "felt so small", Component.RS, "rs7")
    table = window.workspace.panel.units_table()
    table.setFocus()
    table.setCurrentIndex(table.model().index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    picker = window.coding.picker
    assert picker.isVisible() and picker.current_code() == "RS7"
    press(qtbot, Qt.Key.Key_Space)  # ticks RS7, types nothing
    assert picker.filter.text() == ""
    type_text(qtbot, "rs2")
    press(qtbot, Qt.Key.Key_Return)
    (unit,) = units_of(carla_demo, "Carla", window.interview.id)
    assert unit.draft.categories == ("RS7", "RS2")


def test_unticking_the_current_category_leaves_it_out(qtbot, window, carla_demo: Path) -> None:
    view, picker = window.workspace.view, window.coding.picker
    keyboard_select(qtbot, view, span_of(view, "felt so small"))
    qtbot.keyClick(view, Qt.Key.Key_S)
    type_text(qtbot, "rs2 rs7 ")  # ticks both
    assert picker.categories() == ("RS2", "RS7")
    press(qtbot, Qt.Key.Key_Space)  # the filter names RS7 still: unticks it
    assert picker.categories() == ("RS2",)
    press(qtbot, Qt.Key.Key_Return)
    (unit,) = units_of(carla_demo, "Carla", window.interview.id)
    assert unit.draft.categories == ("RS2",)


def test_the_categories_line_does_not_cover_the_list(qtbot, window) -> None:
    view, picker = window.workspace.view, window.coding.picker
    keyboard_select(qtbot, view, span_of(view, "felt so small"))
    qtbot.keyClick(view, Qt.Key.Key_S)
    type_text(qtbot, "rs2 rs7")
    assert picker.chosen.isVisible()
    assert picker.chosen.geometry().top() >= picker.tree.geometry().bottom()
    assert picker.details.geometry().top() >= picker.chosen.geometry().bottom()
    assert picker.rect().contains(picker.store.geometry())


def test_tab_goes_from_the_filter_to_the_label(qtbot, window) -> None:
    view, picker = window.workspace.view, window.coding.picker
    keyboard_select(qtbot, view, span_of(view, "felt so small"))
    qtbot.keyClick(view, Qt.Key.Key_S)
    assert focused() is picker.filter
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is picker.details.label
    assert picker.isVisible()


def test_long_category_rows_carry_their_full_text_as_tooltip(qtbot, window) -> None:
    view, picker = window.workspace.view, window.coding.picker
    keyboard_select(qtbot, view, span_of(view, "I really wanted my mother"))
    qtbot.keyClick(view, Qt.Key.Key_W)
    model = picker.tree.model()
    for index in model.leaves():
        tip = str(index.data(Qt.ItemDataRole.ToolTipRole))
        assert tip.startswith(str(index.data(Qt.ItemDataRole.DisplayRole)))


def test_study_tree_rows_carry_their_full_text_as_tooltip(window) -> None:
    tree = window.workspace.tree_model()
    dyad = tree.index(0, 0)
    narrator = tree.index(0, 0, dyad)
    for index in (dyad, narrator, tree.index(0, 0, narrator)):
        tip = str(index.data(Qt.ItemDataRole.ToolTipRole))
        assert tip.startswith(str(index.data(Qt.ItemDataRole.DisplayRole)))
