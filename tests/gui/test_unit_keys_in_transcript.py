"""Return and Del act on the unit under the text cursor when the transcript has the focus."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from ccrt_coder.core.domain import Component
from tests.gui.coding_helpers import (
    code,
    focused,
    press,
    span_of,
    type_text,
    units_of,
)


@pytest.fixture
def window(carla_window):  # type: ignore[no-untyped-def]
    return carla_window


def put_cursor(view, words: str, offset: int = 2) -> None:
    """A click into the text: the cursor inside ``words``, nothing selected, focus on the text."""
    cursor = view.textCursor()
    cursor.setPosition(view.qt_range(span_of(view, words))[0] + offset)
    view.setTextCursor(cursor)
    view.setFocus()


def stored(window, carla_demo: Path):
    return units_of(carla_demo, "Carla", window.interview.id)


def test_return_edits_and_del_deletes_the_unit_under_the_cursor(
    qtbot, window, carla_demo: Path
) -> None:
    code(qtbot, window, "felt so small", Component.RS, "rs7")
    code(qtbot, window, "I really wanted my mother to be there", Component.W, "loved")
    view, picker = window.workspace.view, window.coding.picker
    put_cursor(view, "felt so small")
    assert focused() is view
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert picker.isVisible() and picker.title.text() == "Edit unit"
    assert picker.current_code() == "RS7"
    type_text(qtbot, "rs6")
    press(qtbot, Qt.Key.Key_Return)
    assert sorted(u.draft.categories for u in stored(window, carla_demo)) == [("RS6",), ("W6",)]
    put_cursor(view, "I really wanted my mother")
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert [u.draft.categories for u in stored(window, carla_demo)] == [("RS6",)]


def test_outside_every_unit_return_says_so(qtbot, window, carla_demo: Path) -> None:
    code(qtbot, window, "felt so small", Component.RS, "rs7")
    view = window.workspace.view
    put_cursor(view, "I really wanted my mother")
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert not window.coding.picker.isVisible()
    assert "no unit at the text cursor" in window.statusBar().currentMessage().lower()
    assert len(stored(window, carla_demo)) == 1


def test_overlapping_units_the_chosen_one_else_the_innermost(
    qtbot, window, carla_demo: Path
) -> None:
    code(qtbot, window, "sat in the back seat and looked out of the window", Component.RS, "rs7")
    code(qtbot, window, "the back seat", Component.RS, "unrecep")  # inside the first
    view, panel = window.workspace.view, window.workspace.panel
    outer = next(u for u in stored(window, carla_demo) if u.draft.categories == ("RS7",))
    panel.select_unit(outer.id)  # chosen in the units table: it wins
    put_cursor(view, "the back seat", 5)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert [u.draft.categories for u in stored(window, carla_demo)] == [("RS2",)]
    press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    inner = next(u for u in stored(window, carla_demo) if u.draft.categories == ("RS2",))
    panel.select_unit(inner.id)
    code(qtbot, window, "I really wanted my mother", Component.W, "loved")  # chosen elsewhere
    put_cursor(view, "the back seat", 5)
    qtbot.keyClick(view, Qt.Key.Key_Delete)  # the innermost of the two
    assert sorted(u.draft.categories for u in stored(window, carla_demo)) == [("RS7",), ("W6",)]
