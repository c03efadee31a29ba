"""Project ▸ Coders…: the lead renames, adds, retires and merges coders; "Who is coding?" stops
offering retired coders; the identity follows a rename."""

from pathlib import Path

from PySide6.QtCore import Qt

from ccrt_coder.gui.coders.coders_dialog import CodersDialog
from ccrt_coder.gui.coders.coders_model import NAME
from ccrt_coder.usecases.project import Project
from tests.gui.design_helpers import trigger_project_entry, type_into_cell
from tests.gui.workspace_helpers import answer_next_box, open_as


def _coders(qtbot, project_path: Path, coder: str = "Anna", lead: bool = True):
    window = open_as(qtbot, project_path, coder, lead=lead)
    dialog = trigger_project_entry(qtbot, window, "Coders…")
    assert isinstance(dialog, CodersDialog)
    return window, dialog


def _table(dialog: CodersDialog) -> list[tuple[str, ...]]:
    model = dialog.model
    return [
        tuple(str(model.index(row, column).data()) for column in range(model.columnCount()))
        for row in range(model.rowCount())
    ]


def _stored(project_path: Path) -> dict[str, tuple[int, int, bool]]:
    with Project.open(project_path) as project:
        return {c.name: (c.units, c.ratings, c.retired) for c in project.coder_summaries()}


def test_coders_are_listed_with_their_work(qtbot, project_path: Path) -> None:
    _window, dialog = _coders(qtbot, project_path)
    assert _table(dialog) == [("Anna", "4", "0", "active"), ("Ben", "1", "0", "active")]


def test_renaming_the_coder_at_work_renames_the_identity(qtbot, project_path: Path) -> None:
    window, dialog = _coders(qtbot, project_path)
    type_into_cell(qtbot, dialog.table, 0, NAME, "Anna K.")
    qtbot.waitUntil(lambda: window.windowTitle().endswith("— Anna K."))
    assert window.coder_chooser.current_name() == "Anna K."
    assert dialog.selected().name == "Anna K."
    assert list(_stored(project_path)) == ["Anna K.", "Ben"]
    type_into_cell(qtbot, dialog.table, 1, NAME, "anna k.")
    assert dialog.message.text() == "There is already a coder called 'anna k.'"


def test_a_retired_coder_is_no_longer_offered(qtbot, project_path: Path) -> None:
    window, dialog = _coders(qtbot, project_path)
    dialog.select("Ben")
    qtbot.mouseClick(dialog.retire_button, Qt.MouseButton.LeftButton)
    assert _table(dialog)[1] == ("Ben", "1", "0", "retired")
    assert dialog.retire_button.text() == "R&einstate"
    assert _stored(project_path)["Ben"] == (1, 0, True)
    dialog.accept()
    who = window.identity.ask()
    offered = [who.ui.coderList.item(r).text() for r in range(who.ui.coderList.count())]
    assert offered == ["Anna"]
    who.reject()
    window.coder_chooser.choose(next(c.id for c in window.project.coders() if c.name == "Ben"))
    assert window.coder_chooser.current_name() == "Anna"  # Ben cannot be chosen any more


def test_adding_then_merging_two_names_of_one_person(qtbot, project_path: Path) -> None:
    _window, dialog = _coders(qtbot, project_path)
    qtbot.keyClicks(dialog.new_name, "B. Meyer")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == "Added B. Meyer."
    dialog.select("Ben")
    dialog.merge_target.setCurrentText("B. Meyer")
    asked: list[str] = []
    answer_next_box(qtbot, "Merge", asked)
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    assert asked == [
        "Ben and B. Meyer are the same person: 1 unit, 0 ratings of Ben become B. Meyer's, "
        "and Ben is removed."
    ]
    assert dialog.message.text() == "Merged Ben into B. Meyer."
    assert _stored(project_path) == {"Anna": (4, 0, False), "B. Meyer": (1, 0, False)}
    assert dialog.selected().name == "B. Meyer"


def test_merging_coders_of_the_same_re_is_refused_with_the_reason(
    qtbot, project_path: Path
) -> None:
    _window, dialog = _coders(qtbot, project_path)
    dialog.select("Ben")
    dialog.merge_target.setCurrentText("Anna")
    answer_next_box(qtbot, "Merge")
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == (
        "Cannot merge Ben into Anna: both coded the same RE in the same layer "
        "(D01/patient/5 RE 1 (coder layer)); delete one coder's units and rating there first"
    )
    assert _stored(project_path) == {"Anna": (4, 0, False), "Ben": (1, 0, False)}


def test_only_the_lead_changes_coders(qtbot, project_path: Path) -> None:
    _window, dialog = _coders(qtbot, project_path, "Ben", lead=False)
    for widget in (dialog.add_button, dialog.rename_button, dialog.retire_button,
                   dialog.merge_button, dialog.new_name):  # fmt: skip
        assert not widget.isEnabled()
    assert not dialog.model.flags(dialog.model.index(0, NAME)) & Qt.ItemFlag.ItemIsEditable


def test_retiring_the_coder_at_work_asks_who_is_coding(qtbot, project_path: Path) -> None:
    window, dialog = _coders(qtbot, project_path)
    dialog.select("Anna")
    qtbot.mouseClick(dialog.retire_button, Qt.MouseButton.LeftButton)
    assert window.identity.identity() is None
    assert window.coder_chooser.current_name() == ""
    who = window.identity.dialog
    assert who is not None
    assert [who.ui.coderList.item(r).text() for r in range(who.ui.coderList.count())] == ["Ben"]
