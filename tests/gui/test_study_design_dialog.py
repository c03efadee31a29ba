"""Project ▸ Study design…: the lead edits dyads, notes, phases and interviews' places; the study
tree shows each change at once and the file holds it."""

from pathlib import Path

from PySide6.QtCore import Qt

from ccrt_coder.gui.study.design_dialog import StudyDesignDialog
from ccrt_coder.gui.study.design_models import DYAD, IV_DYAD, IV_NARRATOR, IV_PHASE, PATIENT
from ccrt_coder.usecases.project import Project
from tests.gui.design_helpers import (
    choose_in_cell,
    tree_texts,
    trigger_project_entry,
    type_into_cell,
)
from tests.gui.workspace_helpers import answer_next_box, open_as


def _design(qtbot, project_path: Path, coder: str = "Anna", lead: bool = True):
    window = open_as(qtbot, project_path, coder, lead=lead)
    dialog = trigger_project_entry(qtbot, window, "Study design…")
    assert isinstance(dialog, StudyDesignDialog)
    return window, dialog


def _keys(path: Path) -> set[tuple[str, str, int]]:
    with Project.open(path) as project:
        return {(i.dyad, i.narrator.value, i.phase) for i in project.interviews()}


def _row(dialog: StudyDesignDialog, dyad: str, narrator: str, phase: int) -> int:
    return next(
        row
        for row, r in enumerate(dialog.interviews.records())
        if (r.dyad, r.narrator.value, r.phase) == (dyad, narrator, phase)
    )


def test_renaming_a_dyad_and_its_patient_shows_in_the_tree(qtbot, project_path: Path) -> None:
    window, dialog = _design(qtbot, project_path)
    assert "D02 · P02 / T02" in tree_texts(window)
    type_into_cell(qtbot, dialog.dyad_table, 1, DYAD, "D09")
    qtbot.waitUntil(lambda: "D09 · P02 / T02" in tree_texts(window))
    type_into_cell(qtbot, dialog.dyad_table, 1, PATIENT, "P09")
    qtbot.waitUntil(lambda: "D09 · P09 / T02" in tree_texts(window))
    assert "D02 · P02 / T02" not in tree_texts(window)
    assert [d.code for d in dialog.dyads.records()] == ["D01", "D09"]
    with Project.open(project_path) as project:
        assert [(d.code, d.patient) for d in project.dyads()] == [("D01", "P01"), ("D09", "P09")]


def test_a_refused_code_is_explained_and_nothing_changes(qtbot, project_path: Path) -> None:
    window, dialog = _design(qtbot, project_path)
    type_into_cell(qtbot, dialog.dyad_table, 1, DYAD, "d01")
    assert dialog.message.text() == "There is already a dyad d01"
    type_into_cell(qtbot, dialog.dyad_table, 1, PATIENT, "T01")
    assert dialog.message.text() == "T01 is a therapist, not a patient"
    assert "D02 · P02 / T02" in tree_texts(window)
    with Project.open(project_path) as project:
        assert [d.code for d in project.dyads()] == ["D01", "D02"]


def test_an_interview_moves_to_another_dyad_narrator_and_phase(qtbot, project_path: Path) -> None:
    window, dialog = _design(qtbot, project_path)
    dialog.tabs.setCurrentIndex(1)
    choose_in_cell(
        qtbot, dialog.interview_table, _row(dialog, "D01", "patient", 15), IV_PHASE, "28"
    )
    qtbot.waitUntil(lambda: ("D01", "patient", 28) in _keys(project_path))
    choose_in_cell(
        qtbot, dialog.interview_table, _row(dialog, "D01", "patient", 28), IV_DYAD, "D02"
    )
    qtbot.waitUntil(lambda: ("D02", "patient", 28) in _keys(project_path))
    row = _row(dialog, "D02", "patient", 28)
    choose_in_cell(qtbot, dialog.interview_table, row, IV_NARRATOR, "therapist")
    qtbot.waitUntil(lambda: ("D02", "therapist", 28) in _keys(project_path))
    assert dialog.selected_interview().phase == 28  # the moved interview stays selected
    texts = tree_texts(window)
    assert "therapist T02" in texts
    d02 = texts.index("D02 · P02 / T02")
    assert texts[d02:] == ["D02 · P02 / T02", "patient P02", "phase 5 · 1 RE",
                           "therapist T02", "phase 28 · 2 REs"]  # fmt: skip


def test_a_move_to_a_taken_place_is_refused(qtbot, project_path: Path) -> None:
    _window, dialog = _design(qtbot, project_path)
    before = _keys(project_path)
    choose_in_cell(qtbot, dialog.interview_table, _row(dialog, "D01", "patient", 15), IV_PHASE, "5")
    assert dialog.message.text() == "D01/patient/5 already has an interview"
    assert _keys(project_path) == before


def test_deleting_asks_names_what_goes_and_says_where_the_backup_is(
    qtbot, project_path: Path
) -> None:
    window, dialog = _design(qtbot, project_path)
    dialog.select_interview(window.workspace.interviews()[0].id)
    assert dialog.selected_interview().describe() == "D01 / patient / phase 5"
    asked: list[str] = []
    answer_next_box(qtbot, "Cancel", asked)
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert asked == ["Delete D01 · patient · phase 5: 2 REs, 4 units by 2 coders, 0 ratings?"]
    assert ("D01", "patient", 5) in _keys(project_path)

    answer_next_box(qtbot, "Delete")
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ("D01", "patient", 5) not in _keys(project_path))
    backup = next(project_path.parent.glob("study.ccrt.bak-predelete-*"))
    assert dialog.message.text() == (
        "Deleted D01 · patient · phase 5: 2 REs, 4 units by 2 coders, 0 ratings. "
        f"The project as it was before is kept in {backup}."
    )
    assert "phase 5 · 2 REs" not in tree_texts(window)[:3]
    assert tree_texts(window)[:3] == ["D01 · P01 / T01", "patient P01", "phase 15 · 2 REs"]
    assert window.counts_text() == "2 dyads · 3 interviews · 4 REs"
    with Project.open(backup) as old:
        assert len(old.interviews()) == 4


def test_a_dyad_is_added_and_notes_and_phases_are_saved(qtbot, project_path: Path) -> None:
    _window, dialog = _design(qtbot, project_path)
    qtbot.keyClicks(dialog.new_dyad, "D03")
    qtbot.keyClicks(dialog.new_therapist, "T01")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == "Added dyad D03."
    assert dialog.selected_dyad().code == "D03"
    assert dialog.notes.therapist_label.text() == "Note on therapist T01"
    qtbot.keyClicks(dialog.notes.patient_note, "Woman, 29")
    qtbot.mouseClick(dialog.notes.save_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == "Notes saved."
    dialog.phases_edit.setText("5, 28")
    qtbot.mouseClick(dialog.phases_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == "Interviews exist for phase 15: keep it in the list"
    dialog.phases_edit.setText("5, 15, 28, 40")
    qtbot.mouseClick(dialog.phases_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == "Phases saved."
    with Project.open(project_path) as project:
        d03 = project.dyads()[2]
        assert (d03.code, d03.patient, d03.therapist) == ("D03", "D03-P", "T01")
        assert d03.patient_note == "Woman, 29"
        assert project.settings().phases == (5, 15, 28, 40)
    assert [text for text, _ in dialog.interviews.choices(dialog.interviews.record_at(0), 2)] == [
        "5", "15", "28", "40",
    ]  # fmt: skip


def test_only_the_lead_changes_the_design(qtbot, project_path: Path) -> None:
    _window, dialog = _design(qtbot, project_path, "Ben", lead=False)
    assert not dialog.add_button.isEnabled() and not dialog.delete_button.isEnabled()
    assert not dialog.phases_edit.isEnabled()
    assert dialog.notes.patient_note.isReadOnly()
    index = dialog.dyads.index(0, DYAD)
    assert not dialog.dyads.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert len(dialog.dyads.records()) == 2  # but everyone may look
