"""Blind coding: others' units stay hidden; the lead switches it off, and the project keeps it."""

from pathlib import Path

from PySide6.QtGui import QColor, QPalette, QTextCharFormat

from ccrt_coder.core.domain import Layer, NarratorRole
from ccrt_coder.gui.coders.blind_mode import CONFIRM_TEXT
from ccrt_coder.gui.consensus.coders_side_by_side import Mode
from ccrt_coder.gui.shell.main_window import MainWindow
from ccrt_coder.usecases.project import Project
from tests.gui.workspace_helpers import answer_next_box, click_tree_row, interview_id, open_as


def ranges_of(window: MainWindow, coder: str) -> set[tuple[int, int]]:
    """Qt ranges of a coder's units in the open interview."""
    project, view = window.project, window.workspace.view
    res = project.episodes(window.workspace.current_interview().id)
    units = project.units([r.id for r in res], project.coder(coder).id, Layer.CODER)
    return {view.qt_range(span) for unit in units for span in unit.draft.spans}


def shown_ranges(window: MainWindow) -> set[tuple[int, int]]:
    """Every highlighted range in the transcript (ExtraSelections and coder lanes)."""
    view = window.workspace.view
    extras = {
        (s.cursor.selectionStart(), s.cursor.selectionEnd())
        for s in view.extraSelections()
        if s.format.underlineStyle() != QTextCharFormat.UnderlineStyle.NoUnderline
    }
    lanes = {(m.start, m.end) for m in window.side_by_side.lanes.marks()}
    return extras | lanes


def open_patient_interview(qtbot, path: Path, coder: str, lead: bool = False) -> MainWindow:
    window = open_as(qtbot, path, coder, lead)
    click_tree_row(qtbot, window, interview_id(window, "D01", NarratorRole.PATIENT, 5))
    return window


def test_blind_mode_hides_the_other_coders_units(qtbot, project_path: Path) -> None:
    window = open_patient_interview(qtbot, project_path, "Anna")
    assert window.blind.is_blind() and window.blind.action.isChecked()
    assert not window.side_by_side.compare_action.isEnabled()
    assert not window.side_by_side.consensus_action.isEnabled()  # Anna does not lead
    window.side_by_side.compare_action.trigger()  # a disabled action does nothing
    assert not window.side_by_side.set_mode(Mode.COMPARE)  # nor does asking directly
    assert window.side_by_side.mode() is None
    assert not window.side_by_side.dock.isVisible()
    bens = ranges_of(window, "Ben")
    assert bens and not bens & shown_ranges(window)
    assert ranges_of(window, "Anna") <= shown_ranges(window)
    assert "Blind coding" in window.position.text()


def test_only_the_lead_switches_blind_coding(qtbot, project_path: Path) -> None:
    window = open_as(qtbot, project_path, "Anna")
    assert not window.blind.action.isEnabled()
    lead = open_as(qtbot, project_path, "Anna", lead=True)
    assert lead.blind.action.isEnabled()


def test_turning_blind_off_asks_and_the_project_remembers(qtbot, project_path: Path) -> None:
    window = open_patient_interview(qtbot, project_path, "Anna", lead=True)
    asked: list[str] = []
    answer_next_box(qtbot, "Turn blind coding off", asked)
    window.blind.action.trigger()
    assert asked == [CONFIRM_TEXT]
    assert "Coders will see each other's work" in asked[0]
    assert not window.blind.is_blind()
    with Project.open(project_path) as project:
        assert project.settings().blind_mode is False
    assert window.side_by_side.compare_action.isEnabled()
    window.close()
    again = open_as(qtbot, project_path, "Ben")  # another coder, not the lead
    assert not again.blind.action.isChecked()
    assert again.side_by_side.compare_action.isEnabled()


def test_cancelling_keeps_blind_coding(qtbot, project_path: Path) -> None:
    window = open_as(qtbot, project_path, "Anna", lead=True)
    answer_next_box(qtbot, "Cancel")
    window.blind.action.trigger()
    assert window.blind.is_blind() and window.blind.action.isChecked()
    with Project.open(project_path) as project:
        assert project.settings().blind_mode is True


def test_compare_coders_shows_every_coder_outside_blind_mode(qtbot, project_path: Path) -> None:
    with Project.open(project_path) as project:
        project.update_settings(blind_mode=False)
    window = open_patient_interview(qtbot, project_path, "Anna")
    window.side_by_side.compare_action.trigger()
    assert window.side_by_side.mode() is Mode.COMPARE
    assert window.side_by_side.dock.isVisible()
    assert ranges_of(window, "Ben") <= shown_ranges(window)
    lanes = window.side_by_side.lanes.lanes()
    assert [lane.name for lane in lanes] == ["Anna", "Ben"]
    assert lanes[0].colour != lanes[1].colour
    columns = window.side_by_side.pane.columns
    coders = {card.unit.draft.coder_id for card in columns.cards()}
    assert coders == {window.project.coder("Anna").id, window.project.coder("Ben").id}


def test_switching_blind_back_on_closes_the_comparison(qtbot, project_path: Path) -> None:
    with Project.open(project_path) as project:
        project.update_settings(blind_mode=False)
    window = open_patient_interview(qtbot, project_path, "Anna", lead=True)
    window.side_by_side.compare_action.trigger()
    assert ranges_of(window, "Ben") <= shown_ranges(window)
    window.blind.action.trigger()  # back on: no question asked
    assert window.blind.is_blind()
    assert window.side_by_side.mode() is None
    assert not window.side_by_side.compare_action.isEnabled()
    assert not ranges_of(window, "Ben") & shown_ranges(window)
    with Project.open(project_path) as project:
        assert project.settings().blind_mode is True


def test_coder_colours_follow_a_dark_palette(qtbot, project_path: Path) -> None:
    with Project.open(project_path) as project:
        project.update_settings(blind_mode=False)
    window = open_patient_interview(qtbot, project_path, "Anna")
    window.side_by_side.compare_action.trigger()
    light = [lane.colour.name() for lane in window.side_by_side.lanes.lanes()]
    view = window.workspace.view
    dark = QPalette(view.palette())
    dark.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
    view.setPalette(dark)
    qtbot.waitUntil(
        lambda: [lane.colour.name() for lane in window.side_by_side.lanes.lanes()] != light
    )
    lifted = [lane.colour.lightness() for lane in window.side_by_side.lanes.lanes()]
    assert all(a > QColor(b).lightness() for a, b in zip(lifted, light, strict=True))
