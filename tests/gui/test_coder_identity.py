"""Who is coding: the dialog on opening, adding a coder, the title, remembering per project."""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from ccrt_coder.gui.coders.coder_dialog import CoderDialog
from ccrt_coder.gui.ui_settings import UiSettings
from ccrt_coder.usecases.project import Project
from tests.gui.workspace_helpers import open_as


def click_coder(qtbot, dialog: CoderDialog, name: str) -> None:
    items = dialog.ui.coderList.findItems(name, Qt.MatchFlag.MatchExactly)
    assert items, name
    rect = dialog.ui.coderList.visualItemRect(items[0])
    qtbot.mouseClick(dialog.ui.coderList.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_opening_asks_who_is_coding_and_the_title_shows_it(qtbot, project_path: Path) -> None:
    window = open_as(qtbot, project_path, None)
    dialog = window.identity.dialog
    assert dialog is not None and dialog.isVisible()
    assert window.windowTitle() == "CCRT Coder — study.ccrt"
    assert window.workspace.coder_id() is None
    assert not dialog.ok_button().isEnabled()  # nothing chosen yet
    click_coder(qtbot, dialog, "Ben")
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    assert window.identity.dialog is None
    assert window.windowTitle() == "CCRT Coder — study.ccrt — Ben"
    assert "*" not in window.windowTitle()
    assert window.coder_chooser.current_name() == "Ben"
    assert "Ben" in window.position.text()


def test_the_choice_is_remembered_per_project(qtbot, project_path: Path) -> None:
    window = open_as(qtbot, project_path, None)
    click_coder(qtbot, window.identity.dialog, "Ben")
    qtbot.keyClick(window.identity.dialog.ui.coderList, Qt.Key.Key_Return)
    window.close()
    again = open_as(qtbot, project_path, None)
    assert again.identity.dialog is None  # not asked again
    assert again.windowTitle() == "CCRT Coder — study.ccrt — Ben"


def test_a_new_coder_is_added_to_the_project(qtbot, project_path: Path) -> None:
    window = open_as(qtbot, project_path, None)
    dialog = window.identity.dialog
    qtbot.keyClicks(dialog.ui.newCoderEdit, "Coder C (J. Smith)")
    assert dialog.ok_button().isEnabled()
    qtbot.keyClick(dialog.ui.newCoderEdit, Qt.Key.Key_Return)
    assert window.windowTitle() == "CCRT Coder — study.ccrt — Coder C (J. Smith)"
    with Project.open(project_path) as project:
        assert [c.name for c in project.coders()] == ["Anna", "Ben", "Coder C (J. Smith)"]
        assert UiSettings().coder_for(project_path) == project.coder("Coder C (J. Smith)").id


def test_typing_an_existing_name_chooses_that_coder(qtbot, project_path: Path) -> None:
    window = open_as(qtbot, project_path, None)
    dialog = window.identity.dialog
    qtbot.keyClicks(dialog.ui.newCoderEdit, "anna")
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    assert window.coder_chooser.current_name() == "Anna"
    with Project.open(project_path) as project:
        assert len(project.coders()) == 2


def test_cancelling_leaves_nobody_coding(qtbot, project_path: Path) -> None:
    window = open_as(qtbot, project_path, None)
    window.identity.dialog.reject()
    assert window.coder_chooser.current_coder() is None
    assert window.coder_chooser.switch_button.text() == "Choose coder…"
    qtbot.mouseClick(window.coder_chooser.switch_button, Qt.MouseButton.LeftButton)
    assert window.identity.dialog is not None


def test_the_chooser_never_lists_the_other_coders(qtbot, project_path: Path) -> None:
    window = open_as(qtbot, project_path, "Anna")
    assert window.coder_chooser.findChildren(QComboBox) == []
    qtbot.mouseClick(window.coder_chooser.switch_button, Qt.MouseButton.LeftButton)
    dialog = window.identity.dialog
    assert dialog is not None  # switching goes through "Who is coding?"
    assert dialog.choice().coder_id == window.project.coder("Anna").id
    click_coder(qtbot, dialog, "Ben")
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    assert window.workspace.coder_id() == window.project.coder("Ben").id


def test_the_lead_role_is_remembered(qtbot, project_path: Path) -> None:
    window = open_as(qtbot, project_path, None)
    dialog = window.identity.dialog
    click_coder(qtbot, dialog, "Anna")
    qtbot.mouseClick(dialog.ui.leadCheck, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    assert window.identity.identity().lead
    assert window.blind.action.isEnabled()  # the lead may switch blind coding
    assert UiSettings().lead_for(project_path)
