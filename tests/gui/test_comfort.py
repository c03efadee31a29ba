"""Keyboard shortcuts help, the status bar's position, zoom, project settings."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QDialogButtonBox

from ccrt_coder.core.domain import NarratorRole
from ccrt_coder.gui.consensus.coders_side_by_side import Mode
from ccrt_coder.gui.shell.app import make_main_window
from ccrt_coder.gui.shell.help_dialog import ShortcutsDialog
from ccrt_coder.gui.shell.settings_dialog import ProjectSettingsDialog
from ccrt_coder.gui.transcript.narrative_view import READING_POINT_SIZE
from ccrt_coder.gui.ui_settings import UiSettings
from ccrt_coder.gui.widgets.phases import parse_phases
from ccrt_coder.usecases.project import Project
from tests.gui.workspace_helpers import click_tree_row, interview_id, open_as


@pytest.fixture
def window(qtbot, project_path: Path):
    window = open_as(qtbot, project_path, "Anna")
    click_tree_row(qtbot, window, interview_id(window, "D01", NarratorRole.PATIENT, 5))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def test_f1_lists_every_shortcut_from_the_actions(qtbot, window) -> None:
    qtbot.keyClick(window.workspace.view, Qt.Key.Key_F1)
    dialog = next(d for d in window.findChildren(ShortcutsDialog) if d.isVisible())
    rows = dict(dialog.rows())
    assert rows["Find"] == "Ctrl+F"
    assert rows["Find in study"] == "Ctrl+Shift+F"
    assert rows["Find next"] == "F3"
    assert rows["Keyboard shortcuts"] == "F1"
    assert rows["Zoom in"].startswith("Ctrl++")
    assert rows["Compare coders"] == "Ctrl+Alt+C"
    assert "W" in rows.values()  # the coding keys (gui/shortcuts.py), listed once
    assert list(rows.values()).count("W") == 1
    qtbot.keyClicks(dialog.filter, "find")
    shown = [what for what, _keys in dialog.rows()]
    assert "Find" in shown and "Zoom in" not in shown


def test_the_status_bar_follows_the_cursor(qtbot, window) -> None:
    view = window.workspace.view
    text = view.toPlainText()
    cursor = view.textCursor()
    cursor.setPosition(text.index("his phone"))
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.cursorRect(cursor).center()
    )
    assert window.position.text().startswith("Line 9 · RE 2 · Anna")
    view.setFocus()
    for _ in range(3):
        qtbot.keyClick(view, Qt.Key.Key_Up)
    assert window.position.text().startswith("Line 6 · no RE · Anna")  # between the REs
    qtbot.keyClick(view, Qt.Key.Key_Up)
    assert window.position.text().startswith("Line 5 · RE 1 · Anna")
    moved = view.textCursor()
    moved.movePosition(QTextCursor.MoveOperation.Start)
    view.setTextCursor(moved)
    assert window.position.text() == "Line 1 · no RE · Anna · Blind coding"


def test_zoom_changes_the_transcript_and_is_remembered(qtbot, window, project_path) -> None:
    view = window.workspace.view
    gutter = view.gutter.font().pointSizeF()
    qtbot.keyClick(view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert view.font().pointSizeF() == READING_POINT_SIZE + 2
    assert view.gutter.font().pointSizeF() > gutter  # the line numbers grow too
    assert UiSettings().reading_size() == READING_POINT_SIZE + 2
    window.close()
    again = make_main_window(project_path)
    qtbot.addWidget(again)
    assert again.workspace.view.font().pointSizeF() == READING_POINT_SIZE + 2
    again.zoom.reset_action.trigger()
    assert again.workspace.view.font().pointSizeF() == READING_POINT_SIZE
    again.zoom.zoom_out_action.trigger()
    assert again.workspace.view.font().pointSizeF() == READING_POINT_SIZE - 1


def test_project_settings_are_saved_by_the_lead(qtbot, project_path: Path) -> None:
    window = open_as(qtbot, project_path, "Anna", lead=True)
    dialog = window.menus.edit_project_settings()
    assert dialog.ui.blindValue.text().startswith("On:")
    assert dialog.ui.minResSpin.value() == 10  # the default, about what a stable CCRT needs
    hint = dialog.ui.minResHint.text()
    assert all(use in hint for use in ("CCRT", "comparison", "agreement report"))
    assert dialog.ui.minResHint.isVisible()
    dialog.ui.nameEdit.clear()
    qtbot.keyClicks(dialog.ui.nameEdit, "Leipzig dyads")
    dialog.ui.phasesEdit.clear()
    qtbot.keyClicks(dialog.ui.phasesEdit, "5, 28, 15, 40")
    dialog.ui.thresholdSpin.setValue(3.0)
    dialog.ui.minResSpin.setValue(5)
    save = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    with Project.open(project_path) as project:
        settings = project.settings()
    assert (settings.name, settings.phases) == ("Leipzig dyads", (5, 15, 28, 40))
    assert (settings.completeness_threshold, settings.min_res_for_ccrt) == (3.0, 5)
    assert window.workspace.tree_header.detail() == "Leipzig dyads"


def test_a_phase_with_interviews_cannot_be_dropped(qtbot, project_path: Path) -> None:
    window = open_as(qtbot, project_path, "Anna", lead=True)
    dialog = window.menus.edit_project_settings()
    dialog.ui.phasesEdit.setText("5, 28")
    dialog.save()
    assert dialog.isVisible()
    assert dialog.error.text() == "Interviews exist for phase 15: keep it in the list"
    with Project.open(project_path) as project:
        assert project.settings().phases == (5, 15, 28)


def test_only_the_lead_edits_project_settings(qtbot, project_path: Path) -> None:
    window = open_as(qtbot, project_path, "Ben")
    dialog = window.menus.edit_project_settings()
    assert isinstance(dialog, ProjectSettingsDialog)
    assert not dialog.ui.nameEdit.isEnabled()
    assert not dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).isVisible()


def test_phases_must_be_numbers() -> None:
    with pytest.raises(ValueError, match="Phases are session numbers"):
        parse_phases("5, x")


@pytest.mark.parametrize(
    ("field", "text", "message"),
    [
        ("phasesEdit", "", "Give at least one phase"),
        ("phasesEdit", "5, 15, 28, 28", "given once"),
        ("phasesEdit", "0, 5, 15, 28", "positive"),
        ("nameEdit", "   ", "The study needs a name"),
    ],
)
def test_the_dialog_refuses_invalid_settings(
    qtbot, project_path: Path, field: str, text: str, message: str
) -> None:
    window = open_as(qtbot, project_path, "Anna", lead=True)
    dialog = window.menus.edit_project_settings()
    getattr(dialog.ui, field).setText(text)
    dialog.save()
    assert dialog.isVisible()
    assert message in dialog.error.text()
    with Project.open(project_path) as project:
        assert project.settings().phases == (5, 15, 28)


def test_the_dialog_refuses_a_threshold_off_the_rating_grid(qtbot, project_path: Path) -> None:
    window = open_as(qtbot, project_path, "Anna", lead=True)
    dialog = window.menus.edit_project_settings()
    dialog.ui.thresholdSpin.setValue(3.3)
    dialog.save()
    assert dialog.isVisible()
    assert "in steps of 0.5, not 3.3" in dialog.error.text()
    with Project.open(project_path) as project:
        assert project.settings().completeness_threshold == 2.5


def test_phases_are_read_in_order() -> None:
    assert parse_phases(" 28; 5 ,15 ") == (5, 15, 28)


def test_the_side_by_side_dock_keeps_its_height(qtbot, project_path: Path) -> None:
    with Project.open(project_path) as project:
        project.update_settings(blind_mode=False)
    window = open_as(qtbot, project_path, "Anna")
    window.side_by_side.set_mode(Mode.COMPARE)
    dock = window.side_by_side.dock
    window.resizeDocks([dock], [333], Qt.Orientation.Vertical)
    qtbot.waitUntil(lambda: dock.height() == 333)
    window.close()
    again = open_as(qtbot, project_path, "Anna")
    assert not again.side_by_side.dock.isVisible()  # the modes start off
    again.side_by_side.set_mode(Mode.COMPARE)
    qtbot.waitUntil(lambda: again.side_by_side.dock.height() == 333)
