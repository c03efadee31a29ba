"""Coding a whole demo interview from the keyboard: select, W/O/S, filter, Enter — then reopen."""

from pathlib import Path

from PySide6.QtCore import Qt

from ccrt_coder.core.domain import Actuality, Component, NarratorRole, Valence
from tests.gui.coding_helpers import (
    KEYS,
    drag_select,
    focused,
    keyboard_select,
    open_window,
    press,
    selected,
    show_interview,
    span_of,
    type_text,
    units_of,
)

# (RE, quote, component, what the coder types to filter, the category it should find)
CODING = [
    (1, "I really wanted my mother to be there", Component.W, "loved", "W6"),
    (1, "she said the concert had been a waste", Component.RO, "reject", "RO5"),
    (1, "felt so small", Component.RS, "disappointed", "RS7"),
    (2, "I wanted to know where we stand", Component.W, "close", "W5"),
    (2, "can we not do this today", Component.RO, "reject opp", "RO5"),
    (2, "I felt my chest get tight", Component.RS, "rs8", "RS8"),
    (3, "I wanted him to see that I had put real care into it", Component.W, "W6", "W6"),
    (3, "exactly the way I tell you", Component.RO, "controlling", "RO2"),
    (3, "I redid it exactly the way he wanted", Component.RS, "helpless", "RS6"),
    (4, "wanted her to understand without me having to say", Component.W, "understood", "W6"),
    (4, "She waited and then asked what had just happened", Component.RO, "help", "RO6"),
    (4, "annoyed with myself", Component.RS, "disapp", "RS7"),
]


def test_a_whole_interview_is_coded_from_the_keyboard(qtbot, carla_demo: Path) -> None:
    window = open_window(qtbot, carla_demo, "Carla")
    interview = show_interview(qtbot, window, "D01", NarratorRole.PATIENT, 5)
    view, panel = window.workspace.view, window.workspace.panel
    for n, (re_number, quote, component, typed, code) in enumerate(CODING, start=1):
        span = span_of(view, quote)
        if n % 2:
            keyboard_select(qtbot, view, span)
        else:
            drag_select(qtbot, view, span)
        assert selected(view) == quote
        view.setFocus()
        qtbot.keyClick(view, KEYS[component])
        picker = window.coding.picker
        assert picker.isVisible() and focused() is picker.filter
        type_text(qtbot, typed)
        assert picker.current_code() == code
        press(qtbot, Qt.Key.Key_Return)
        assert not picker.isVisible()
        assert panel.current_re().number == re_number  # the RE holding the text became current
        stored = units_of(carla_demo, "Carla", interview.id)
        assert len(stored) == n  # committed at once: a second connection already sees it
        assert panel.units_model().rowCount() == sum(1 for c in CODING[:n] if c[0] == re_number)
        assert view.hasFocus()  # back in the text, ready for the next selection
    window.close()

    again = open_window(qtbot, carla_demo, "Carla")
    show_interview(qtbot, again, "D01", NarratorRole.PATIENT, 5)
    units = units_of(carla_demo, "Carla", interview.id)
    text = again.workspace.view.toPlainText()
    found = sorted(
        (text[u.draft.spans[0].start : u.draft.spans[0].end], u.draft.component, u.draft.categories)
        for u in units
    )
    assert found == sorted((quote, comp, (code,)) for _re, quote, comp, _t, code in CODING)
    by_quote = {text[u.draft.spans[0].start : u.draft.spans[0].end]: u.draft for u in units}
    assert by_quote["can we not do this today"].valence is Valence.NEGATIVE  # from RO5
    assert by_quote["She waited and then asked what had just happened"].valence is Valence.POSITIVE
    assert by_quote["can we not do this today"].actuality is Actuality.ACTUAL
    assert by_quote["I wanted to know where we stand"].valence is None  # W has none
    assert len(again.workspace.view.units()) == 12


def test_valence_label_and_anticipated_by_keyboard(qtbot, carla_demo: Path) -> None:
    window = open_window(qtbot, carla_demo, "Carla")
    interview = show_interview(qtbot, window, "D01", NarratorRole.PATIENT, 5)
    view = window.workspace.view
    keyboard_select(qtbot, view, span_of(view, "he didn't seem to notice"))
    qtbot.keyClick(view, Qt.Key.Key_O)
    type_text(qtbot, "reject")
    press(qtbot, Qt.Key.Key_V, Qt.KeyboardModifier.AltModifier)  # default − becomes +
    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    press(qtbot, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)  # to the label field
    type_text(qtbot, "ignores me")
    press(qtbot, Qt.Key.Key_Enter)
    (unit,) = units_of(carla_demo, "Carla", interview.id)
    assert unit.draft.categories == ("RO5",)
    assert unit.draft.valence is Valence.POSITIVE
    assert unit.draft.actuality is Actuality.ANTICIPATED
    assert unit.draft.tailor_label == "ignores me"


def test_escape_cancels_and_stores_nothing(qtbot, carla_demo: Path) -> None:
    window = open_window(qtbot, carla_demo, "Carla")
    interview = show_interview(qtbot, window, "D01", NarratorRole.PATIENT, 5)
    view = window.workspace.view
    keyboard_select(qtbot, view, span_of(view, "felt so small"))
    qtbot.keyClick(view, Qt.Key.Key_S)
    type_text(qtbot, "rs7")
    press(qtbot, Qt.Key.Key_Escape)
    assert not window.coding.picker.isVisible()
    assert units_of(carla_demo, "Carla", interview.id) == []
    assert not window.coding.stack.canUndo()


def test_a_selection_outside_every_re_is_refused_with_a_message(qtbot, carla_demo: Path) -> None:
    window = open_window(qtbot, carla_demo, "Carla")
    interview = show_interview(qtbot, window, "D01", NarratorRole.PATIENT, 5)
    view = window.workspace.view
    keyboard_select(qtbot, view, span_of(view, "Please tell me about a specific time"))
    qtbot.keyClick(view, Qt.Key.Key_W)
    assert not window.coding.picker.isVisible()
    assert "not inside one RE" in window.statusBar().currentMessage()
    view.setTextCursor(view.textCursor())  # nothing selected at all:
    cursor = view.textCursor()
    cursor.clearSelection()
    view.setTextCursor(cursor)
    qtbot.keyClick(view, Qt.Key.Key_W)
    assert "Select text in the transcript first" in window.statusBar().currentMessage()
    assert units_of(carla_demo, "Carla", interview.id) == []


def test_coding_keys_do_nothing_outside_the_transcript(qtbot, carla_demo: Path) -> None:
    window = open_window(qtbot, carla_demo, "Carla")
    show_interview(qtbot, window, "D01", NarratorRole.PATIENT, 5)
    view = window.workspace.view
    keyboard_select(qtbot, view, span_of(view, "felt so small"))
    window.workspace.tree.setFocus()
    qtbot.keyClick(window.workspace.tree, Qt.Key.Key_W)
    assert not window.coding.picker.isVisible()
