"""The consensus meeting: accept, edit then accept, delete, rate, undo, redo — coder layers never
change."""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from ccrt_coder.core.domain import Component, Layer, NarratorRole
from ccrt_coder.gui.consensus.coders_side_by_side import Mode
from ccrt_coder.gui.consensus.unit_dialog import ConsensusUnitDialog
from ccrt_coder.gui.shell.main_window import MainWindow
from ccrt_coder.gui.units.unit_card import UnitCard
from ccrt_coder.usecases.project import Project
from tests.gui.workspace_helpers import coder_layer_dump, open_as, when_modal


def mother_re(project_path: Path) -> int:
    with Project.open(project_path) as project:
        return project.find_re("D01", NarratorRole.PATIENT, 5, 1)


def card_of(window: MainWindow, coder: str, consensus: bool = False) -> UnitCard:
    coder_id = window.project.coder(coder).id
    layer = Layer.CONSENSUS if consensus else Layer.CODER
    return next(
        card
        for card in window.side_by_side.pane.columns.cards()
        if card.unit.draft.coder_id == coder_id and card.unit.draft.layer is layer
    )


def button(card: UnitCard, text: str) -> QPushButton:
    return next(b for b in card.findChildren(QPushButton) if b.text() == text)


def consensus_units(project_path: Path, re_id: int):
    with Project.open(project_path) as project:
        return project.units([re_id], layer=Layer.CONSENSUS)


def consensus_rating(project_path: Path, re_id: int) -> float | None:
    with Project.open(project_path) as project:
        anna = project.coder("Anna").id
        return project.completeness_ratings([re_id]).get((re_id, anna, Layer.CONSENSUS))


def press_undo(qtbot, window: MainWindow, redo: bool = False) -> None:
    """Ctrl+Z (Ctrl+Shift+Z: redo) in the main window, where its keyboard focus is."""
    window.activateWindow()  # back from a dialog, as the window manager does
    qtbot.waitUntil(window.isActiveWindow)
    shift = Qt.KeyboardModifier.ShiftModifier if redo else Qt.KeyboardModifier.NoModifier
    target = QApplication.focusWidget() or window
    qtbot.keyClick(target, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | shift)


def meeting_at(qtbot, project_path: Path, re_id: int) -> MainWindow:
    """The lead's active window (window shortcuts need one) in the meeting at ``re_id``."""
    window = open_as(qtbot, project_path, "Anna", lead=True)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.open_consensus_at(re_id)
    return window


def test_the_lead_opens_the_meeting_at_an_re_even_while_blind(qtbot, project_path) -> None:
    re_id = mother_re(project_path)
    window = open_as(qtbot, project_path, "Anna", lead=True)
    assert window.blind.is_blind()
    assert window.open_consensus_at(re_id)
    assert window.side_by_side.mode() is Mode.CONSENSUS
    assert window.side_by_side.dock.isVisible()
    assert window.workspace.panel.current_re().id == re_id
    titles = [lane.name for lane in window.side_by_side.lanes.lanes()]
    assert titles == ["Anna", "Ben", "Consensus"]


def test_a_coder_cannot_open_the_meeting_while_blind(qtbot, project_path: Path) -> None:
    window = open_as(qtbot, project_path, "Ben")
    assert not window.open_consensus_at(mother_re(project_path))
    assert window.side_by_side.mode() is None
    assert window.side_by_side.lanes.marks() == []


def test_accepting_copies_the_unit_and_leaves_coder_layers_unchanged(qtbot, project_path) -> None:
    re_id = mother_re(project_path)
    before = coder_layer_dump(project_path)
    window = open_as(qtbot, project_path, "Anna", lead=True)
    window.open_consensus_at(re_id)
    bens = card_of(window, "Ben")
    qtbot.mouseClick(button(bens, "Accept"), Qt.MouseButton.LeftButton)
    [accepted] = consensus_units(project_path, re_id)
    assert accepted.draft.coder_id == window.project.coder("Anna").id  # the meeting's lead
    assert accepted.draft.layer is Layer.CONSENSUS
    assert accepted.draft.spans == bens.unit.draft.spans
    assert accepted.draft.categories == bens.unit.draft.categories == ("W6",)
    assert coder_layer_dump(project_path) == before
    # The meeting shows it: a consensus card, and Ben's card marked as taken over.
    assert card_of(window, "Anna", consensus=True).unit.id == accepted.id
    notes = [label.text() for label in card_of(window, "Ben").findChildren(QLabel)]
    assert "✓ in consensus" in notes


def test_edit_then_accept_stores_the_edited_code(qtbot, project_path: Path) -> None:
    re_id = mother_re(project_path)
    before = coder_layer_dump(project_path)
    window = open_as(qtbot, project_path, "Anna", lead=True)
    window.open_consensus_at(re_id)

    def edit(dialog) -> None:
        assert isinstance(dialog, ConsensusUnitDialog)
        dialog.label.clear()
        qtbot.keyClicks(dialog.label, "wants to be heard")
        dialog.accept()

    when_modal(edit)
    qtbot.mouseClick(
        button(card_of(window, "Anna"), "Edit, then accept…"), Qt.MouseButton.LeftButton
    )
    [stored] = consensus_units(project_path, re_id)
    assert stored.draft.tailor_label == "wants to be heard"
    assert stored.draft.component is Component.W
    assert coder_layer_dump(project_path) == before


def test_consensus_units_can_be_edited_and_deleted(qtbot, project_path: Path) -> None:
    re_id = mother_re(project_path)
    window = open_as(qtbot, project_path, "Anna", lead=True)
    window.open_consensus_at(re_id)
    qtbot.mouseClick(button(card_of(window, "Ben"), "Accept"), Qt.MouseButton.LeftButton)
    before = coder_layer_dump(project_path)

    def edit(dialog) -> None:
        qtbot.keyClicks(dialog.label, "agreed")
        dialog.accept()

    when_modal(edit)
    qtbot.mouseClick(button(card_of(window, "Anna", True), "Edit…"), Qt.MouseButton.LeftButton)
    assert consensus_units(project_path, re_id)[0].draft.tailor_label == "agreed"
    qtbot.mouseClick(button(card_of(window, "Anna", True), "Delete"), Qt.MouseButton.LeftButton)
    assert consensus_units(project_path, re_id) == []
    assert coder_layer_dump(project_path) == before


def test_the_consensus_completeness_rating_is_stored(qtbot, project_path: Path) -> None:
    re_id = mother_re(project_path)
    window = open_as(qtbot, project_path, "Anna", lead=True)
    window.open_consensus_at(re_id)
    spin = window.side_by_side.pane.bar.rating
    assert spin.text() == "not rated"
    spin.setFocus()
    qtbot.keyClick(spin, Qt.Key.Key_Up)  # "not rated" -> 1.0
    qtbot.keyClick(spin, Qt.Key.Key_Up)
    with Project.open(project_path) as project:
        ratings = project.completeness_ratings([re_id])
        anna = project.coder("Anna").id
    assert ratings[(re_id, anna, Layer.CONSENSUS)] == 1.5
    assert (re_id, anna, Layer.CODER) not in ratings  # Anna's own rating is untouched (none)


def test_a_consensus_rating_off_the_grid_is_refused(qtbot, project_path: Path) -> None:
    re_id = mother_re(project_path)
    window = open_as(qtbot, project_path, "Anna", lead=True)
    window.open_consensus_at(re_id)
    spin = window.side_by_side.pane.bar.rating
    spin.setValue(3.3)  # typed: the spin box keeps one decimal
    message = window.statusBar().currentMessage()
    assert message == "completeness is rated 1 to 5 in steps of 0.5, not 3.3"
    with Project.open(project_path) as project:
        assert project.completeness_ratings([re_id]) == {}


def test_accepting_is_undone_and_redone_with_the_keyboard(qtbot, project_path: Path) -> None:
    re_id = mother_re(project_path)
    before = coder_layer_dump(project_path)
    window = meeting_at(qtbot, project_path, re_id)
    qtbot.mouseClick(button(card_of(window, "Ben"), "Accept"), Qt.MouseButton.LeftButton)
    [accepted] = consensus_units(project_path, re_id)
    assert window.coding.actions.undo.text().startswith("&Undo Accept W6 on ")
    press_undo(qtbot, window)
    assert consensus_units(project_path, re_id) == []
    assert "Accept" in [b.text() for b in card_of(window, "Ben").findChildren(QPushButton)]
    press_undo(qtbot, window, redo=True)
    assert consensus_units(project_path, re_id) == [accepted]  # the same id, uid and times
    assert card_of(window, "Anna", consensus=True).unit == accepted
    assert coder_layer_dump(project_path) == before


def test_deleting_a_consensus_unit_asks_nothing_and_is_undone(qtbot, project_path) -> None:
    re_id = mother_re(project_path)
    window = meeting_at(qtbot, project_path, re_id)
    qtbot.mouseClick(button(card_of(window, "Ben"), "Accept"), Qt.MouseButton.LeftButton)
    [accepted] = consensus_units(project_path, re_id)
    qtbot.mouseClick(button(card_of(window, "Anna", True), "Delete"), Qt.MouseButton.LeftButton)
    assert consensus_units(project_path, re_id) == []
    press_undo(qtbot, window)
    assert consensus_units(project_path, re_id) == [accepted]
    press_undo(qtbot, window)  # and the accept before it
    assert consensus_units(project_path, re_id) == []


def test_editing_a_consensus_unit_is_undone(qtbot, project_path: Path) -> None:
    re_id = mother_re(project_path)
    window = meeting_at(qtbot, project_path, re_id)
    qtbot.mouseClick(button(card_of(window, "Ben"), "Accept"), Qt.MouseButton.LeftButton)

    def edit(dialog) -> None:
        qtbot.keyClicks(dialog.label, "agreed")
        dialog.accept()

    when_modal(edit)
    qtbot.mouseClick(button(card_of(window, "Anna", True), "Edit…"), Qt.MouseButton.LeftButton)
    assert consensus_units(project_path, re_id)[0].draft.tailor_label == "agreed"
    press_undo(qtbot, window)
    [unit] = consensus_units(project_path, re_id)
    assert unit.draft.tailor_label != "agreed"
    assert card_of(window, "Anna", consensus=True).unit == unit


def test_the_consensus_rating_is_undone_in_one_step(qtbot, project_path: Path) -> None:
    re_id = mother_re(project_path)
    window = meeting_at(qtbot, project_path, re_id)
    spin = window.side_by_side.pane.bar.rating
    spin.setFocus()
    qtbot.keyClick(spin, Qt.Key.Key_Up)
    qtbot.keyClick(spin, Qt.Key.Key_Up)
    assert consensus_rating(project_path, re_id) == 1.5
    window.coding.actions.undo.trigger()  # Edit ▸ Undo (Ctrl+Z in the spin box edits its text)
    assert consensus_rating(project_path, re_id) is None
    assert spin.text() == "not rated"
    window.coding.actions.redo.trigger()
    assert consensus_rating(project_path, re_id) == 1.5
    assert spin.value() == 1.5
