"""CategoryPicker on its own: filter, arrows, Space for more categories, valence, Enter and Esc."""

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QWidget

from ccrt_coder.core.categories import Category, CategorySystem
from ccrt_coder.core.domain import Actuality, Component, Explicitness, Span, Valence
from ccrt_coder.core.records import UnitDraft
from ccrt_coder.gui.coding.category_picker import CategoryPicker, CodeChoice
from ccrt_coder.gui.coding.category_tree import CODE_ROLE


def lab_system() -> CategorySystem:
    """Items under clusters, as a lab's own system has them (clusters are not categories)."""
    return CategorySystem(
        "Lab items",
        "1",
        (
            Category("RO5a", "Rejects me", Component.RO, "RO5", Valence.NEGATIVE),
            Category("RO5b", "Opposes me", Component.RO, "RO5", Valence.NEGATIVE),
            Category("RO6a", "Helps me", Component.RO, "RO6", Valence.POSITIVE),
            Category("RO6b", "Is helpful to others", Component.RO, "RO6", Valence.POSITIVE),
            Category("W6a", "To be understood", Component.W, "W6"),
        ),
    )


@pytest.fixture
def picker(qtbot) -> Iterator[tuple[CategoryPicker, list[CodeChoice]]]:
    host = QWidget()
    qtbot.addWidget(host)
    host.resize(900, 700)
    host.show()
    host.activateWindow()
    qtbot.waitUntil(host.isActiveWindow)
    picker = CategoryPicker(host)
    chosen: list[CodeChoice] = []
    picker.accepted.connect(chosen.append)
    yield picker, chosen  # the host stays alive as long as the test runs


def shown_codes(picker: CategoryPicker) -> list[str]:
    return [i.data(CODE_ROLE) for i in picker.tree.model().leaves()]


def test_clusters_hold_their_items_and_typing_filters(qtbot, picker) -> None:
    picker, chosen = picker
    picker.open_for(lab_system(), Component.RO, QRect(10, 10, 5, 20), "'turned away'")
    model = picker.tree.model()
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == ["RO5", "RO6"]
    assert shown_codes(picker) == ["RO5a", "RO5b", "RO6a", "RO6b"]
    qtbot.keyClicks(picker.filter, "help")
    assert shown_codes(picker) == ["RO6a", "RO6b"]
    assert picker.current_code() == "RO6a"
    qtbot.keyClick(picker.filter, Qt.Key.Key_Down)  # arrows move through the list
    assert picker.current_code() == "RO6b"
    qtbot.keyClick(picker.tree, Qt.Key.Key_Return)
    assert [c.categories for c in chosen] == [("RO6b",)]  # once, though Enter reached two
    assert chosen[0].valence is Valence.POSITIVE  # the category's default
    assert chosen[0].actuality is Actuality.ACTUAL
    assert not picker.isVisible()


def test_a_typed_code_wins_and_words_combine(qtbot, picker) -> None:
    picker, _chosen = picker
    picker.open_for(lab_system(), Component.RO, QRect(10, 10, 5, 20))
    qtbot.keyClicks(picker.filter, "ro5b")
    assert picker.current_code() == "RO5b"
    picker.filter.clear()
    qtbot.keyClicks(picker.filter, "me opp")
    assert shown_codes(picker) == ["RO5b"]


def test_space_adds_more_categories_and_typing_in_the_list_filters(qtbot, picker) -> None:
    picker, chosen = picker
    picker.open_for(lab_system(), Component.RO, QRect(10, 10, 5, 20))
    qtbot.keyClick(picker.filter, Qt.Key.Key_Down)
    assert picker.tree.hasFocus()
    qtbot.keyClick(picker.tree, Qt.Key.Key_Space)
    assert picker.categories() == ("RO5b",)
    qtbot.keyClicks(picker.tree, "help")  # letters go on in the filter
    assert picker.filter.text() == "help"
    assert picker.filter.hasFocus()
    qtbot.keyClick(picker.filter, Qt.Key.Key_Space, Qt.KeyboardModifier.ControlModifier)
    assert picker.categories() == ("RO5b", "RO6a")
    assert picker.chosen.text() == "Categories: RO5b + RO6a"
    qtbot.keyClick(picker.filter, Qt.Key.Key_Enter)
    assert chosen[0].categories == ("RO5b", "RO6a")
    assert chosen[0].valence is Valence.NEGATIVE  # from the first category


def test_valence_keys_and_flags(qtbot, picker) -> None:
    picker, chosen = picker
    picker.open_for(lab_system(), Component.RO, QRect(10, 10, 5, 20))
    qtbot.keyClicks(picker.filter, "rejects")
    assert picker.valence() is Valence.NEGATIVE
    qtbot.keyClick(picker.filter, Qt.Key.Key_V, Qt.KeyboardModifier.AltModifier)
    assert picker.valence() is Valence.POSITIVE
    qtbot.keyClick(picker.filter, Qt.Key.Key_Down)
    qtbot.keyClick(picker.tree, Qt.Key.Key_Minus)
    assert picker.valence() is Valence.NEGATIVE
    qtbot.keyClick(picker.tree, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(picker.tree, Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(picker.tree, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClicks(picker.details.memo, "sarcastic?")
    qtbot.keyClick(picker.details.memo, Qt.Key.Key_Return)
    (choice,) = chosen
    assert (choice.actuality, choice.explicitness) == (Actuality.ANTICIPATED, Explicitness.INFERRED)
    assert choice.memo == "sarcastic?"
    assert choice.valence is Valence.NEGATIVE


def test_wishes_have_no_valence_and_escape_cancels(qtbot, picker) -> None:
    picker, chosen = picker
    cancelled: list[bool] = []
    picker.cancelled.connect(lambda: cancelled.append(True))
    picker.open_for(lab_system(), Component.W, QRect(10, 10, 5, 20))
    assert shown_codes(picker) == ["W6a"]
    assert not picker.details.positive.isEnabled()
    qtbot.keyClick(picker.filter, Qt.Key.Key_V, Qt.KeyboardModifier.AltModifier)
    assert picker.valence() is None
    qtbot.keyClick(picker.filter, Qt.Key.Key_Escape)
    assert cancelled == [True] and chosen == []
    assert not picker.isVisible()


def test_an_edit_opens_prefilled_and_can_switch_component(qtbot, picker) -> None:
    picker, chosen = picker
    unit = UnitDraft(
        1,
        1,
        Component.RO,
        (Span(0, 4),),
        ("RO5a", "RO6a"),
        tailor_label="mixed",
        valence=Valence.POSITIVE,
    )
    picker.open_for(lab_system(), Component.RO, QRect(10, 10, 5, 20), unit=unit)
    assert picker.categories() == ("RO5a", "RO6a")
    assert picker.details.label.text() == "mixed"
    assert picker.valence() is Valence.POSITIVE  # the unit's own, not the category default
    qtbot.keyClick(picker.filter, Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)
    assert shown_codes(picker) == ["W6a"] and picker.categories() == ("W6a",)
    qtbot.keyClick(picker.filter, Qt.Key.Key_Return)
    assert (chosen[0].component, chosen[0].categories, chosen[0].valence) == (
        Component.W,
        ("W6a",),
        None,
    )
    assert chosen[0].actuality is None


def test_nothing_chosen_and_no_label_is_not_stored(qtbot, picker) -> None:
    picker, chosen = picker
    picker.open_for(lab_system(), Component.RO, QRect(10, 10, 5, 20))
    qtbot.keyClicks(picker.filter, "no such category")
    qtbot.keyClick(picker.filter, Qt.Key.Key_Return)
    assert chosen == [] and picker.isVisible()
    assert "Choose a category" in picker.hint.text()
