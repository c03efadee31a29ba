"""Marking REs in the transcript: new from a selection, a second piece, header, rating, delete."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from ccrt_coder.core.domain import Layer, NarratorRole, Span, StudySettings
from ccrt_coder.core.narratives import InterviewDraft
from ccrt_coder.core.records import ReHeader
from ccrt_coder.usecases.project import Project
from tests.gui.coding_helpers import (
    drag_select,
    focused,
    keyboard_select,
    open_window,
    press,
    show_interview,
    span_of,
    stored,
    type_text,
)

UNMARKED = (
    "Interview: RAP, after session 15\n"
    "I: Tell me about a time with someone important to you.\n"
    "P: My friend Mia called on Saturday.\n"
    "P: I wanted her to come over, but she said she was busy.\n"
    "P: I felt left out and hung up quickly.\n"
    "I: And then?\n"
    "P: Later she texted that she missed me.\n"
    "P: That made me feel a bit better.\n"
    "I: Anything else?\n"
    "P: My brother borrowed my car again without asking.\n"
)


@pytest.fixture
def path(tmp_path: Path) -> Path:
    """A transcript imported without RE markers: the coder marks the REs."""
    path = tmp_path / "unmarked.ccrt"
    with Project.create(path, StudySettings(name="Unmarked")) as project:
        project.import_narratives(
            [InterviewDraft("D05", NarratorRole.PATIENT, 15, UNMARKED, source="D05.txt")]
        )
        project.add_coder("Dora")
    return path


def line_span(words: str) -> Span:
    """The line of the transcript that starts with ``words``."""
    start = UNMARKED.index(words)
    return Span(start, UNMARKED.index("\n", start))


def the_res(path: Path):
    with stored(path) as project:
        return project.episodes(project.interviews()[0].id)


def answer_question(qtbot, button_text: str, seen: list[str]) -> None:
    """Click a button of the next message box, the way the user would."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        button = next(b for b in box.findChildren(QPushButton) if b.text() == button_text)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, click)


def test_marking_rating_and_deleting_an_re(qtbot, path: Path) -> None:
    window = open_window(qtbot, path, "Dora")
    show_interview(qtbot, window, "D05", NarratorRole.PATIENT, 15)
    view, panel = window.workspace.view, window.workspace.panel

    # A new RE from a mouse selection: R, then the other person, name and time frame.
    first = span_of(
        view,
        "P: My friend Mia called on Saturday.\nP: I wanted her to come over, "
        "but she said she was busy.\nP: I felt left out and hung up quickly.",
    )
    drag_select(qtbot, view, first)
    qtbot.keyClick(view, Qt.Key.Key_R)
    editor = window.coding.re_editor
    assert editor.isVisible() and editor.title.text() == "New RE 1"
    assert editor.detail.text() == "Lines 3–5"
    assert focused() is editor.other
    type_text(qtbot, "fri")  # type-ahead in the list of other-person types
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "Mia")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "cur")
    press(qtbot, Qt.Key.Key_Return)
    (re,) = the_res(path)
    assert (re.number, re.other_type, re.other_name, re.time_frame) == (
        1,
        "friend",
        "Mia",
        "current",
    )
    assert re.spans == (first,)
    assert panel.current_re().id == re.id
    assert len(view.bands()) == 1
    assert (
        window.workspace.tree_model()
        .index_of_interview(re.interview_id)
        .data()
        .startswith("phase 15 · 1 RE")
    )

    # The story goes on later: a second piece (3b) with Shift+R.
    second = span_of(
        view, "P: Later she texted that she missed me.\nP: That made me feel a bit better."
    )
    keyboard_select(qtbot, view, second)
    qtbot.keyClick(view, Qt.Key.Key_R, Qt.KeyboardModifier.ShiftModifier)
    (re,) = the_res(path)
    assert re.spans == (first, second)
    assert panel.header.lines.text() == "Lines 3–5, 7–8"

    # Completeness: a digit while the RE panel has the focus, Alt+digit anywhere, the spin box.
    coder = window.workspace.coder_id()
    panel.list_view.setFocus()
    qtbot.keyClick(panel.list_view, Qt.Key.Key_4)
    with stored(path) as project:
        assert project.completeness_ratings([re.id], coder) == {(re.id, coder, Layer.CODER): 4.0}
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    spin = panel.header.completeness.spin
    assert spin.value() == 2.0
    assert "left out of the CCRT" in panel.header.completeness.note.text()
    spin.setFocus()
    qtbot.keyClick(spin, Qt.Key.Key_Up)
    with stored(path) as project:
        assert project.completeness_ratings([re.id], coder) == {(re.id, coder, Layer.CODER): 2.5}

    # A unit in it, then F2 to change the time frame.
    keyboard_select(qtbot, view, span_of(view, "I wanted her to come over"))
    qtbot.keyClick(view, Qt.Key.Key_W)
    type_text(qtbot, "close")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.keyClick(view, Qt.Key.Key_F2)
    assert editor.isVisible() and editor.name.text() == "Mia"
    press(qtbot, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)  # to "Time frame"
    assert focused() is editor.time_frame
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Down)  # current -> past-childhood -> here-and-now
    press(qtbot, Qt.Key.Key_Return)
    (re,) = the_res(path)
    assert re.time_frame == "here-and-now"

    # Delete it (after saying yes), then bring it all back with Ctrl+Z.
    with stored(path) as project:
        before = project.delete_re(re.id)  # what a delete takes with it ...
        project.restore_re(before)  # ... put back at once: the file is as before
    seen: list[str] = []
    answer_question(qtbot, "Delete RE", seen)
    qtbot.keyClick(
        view,
        Qt.Key.Key_Delete,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert "1 coded unit (Dora 1)" in seen[0]
    assert the_res(path) == []
    assert panel.current_re() is None and view.bands() == []
    qtbot.waitUntil(lambda: view.hasFocus())  # back where it was once the question has gone
    press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    with stored(path) as project:
        assert project.delete_re(re.id) == before  # same uids, spans, unit, ratings
        project.restore_re(before)
    assert panel.current_re().id == re.id
    assert len(view.units()) == 1


def test_cancelling_the_delete_keeps_the_re(qtbot, path: Path) -> None:
    with Project.open(path) as project:
        interview = project.interviews()[0]
        project.create_re(interview.id, [line_span("P: My brother borrowed")], ReHeader("sibling"))
    window = open_window(qtbot, path, "Dora")
    show_interview(qtbot, window, "D05", NarratorRole.PATIENT, 15)
    seen: list[str] = []
    answer_question(qtbot, "Cancel", seen)
    window.coding.actions.delete_re.trigger()
    assert "No coder has coded units in it yet." in seen[0]
    assert len(the_res(path)) == 1


def test_an_re_cannot_overlap_another(qtbot, path: Path) -> None:
    window = open_window(qtbot, path, "Dora")
    show_interview(qtbot, window, "D05", NarratorRole.PATIENT, 15)
    view = window.workspace.view
    drag_select(qtbot, view, span_of(view, "P: My friend Mia called on Saturday."))
    qtbot.keyClick(view, Qt.Key.Key_R)
    type_text(qtbot, "fri")  # a new RE has no other person until one is chosen
    press(qtbot, Qt.Key.Key_Return)
    drag_select(qtbot, view, span_of(view, "on Saturday.\nP: I wanted"))
    qtbot.keyClick(view, Qt.Key.Key_R)
    assert not window.coding.re_editor.isVisible()
    assert "overlaps RE 1" in window.statusBar().currentMessage()
    assert len(the_res(path)) == 1


def test_the_partner_flag_follows_the_type_until_the_coder_sets_it(qtbot, path: Path) -> None:
    """Finding 8: a former therapist or another patient could not be marked."""
    with Project.open(path) as project:
        interview = project.interviews()[0]
        project.create_re(interview.id, [line_span("P: My brother borrowed")], ReHeader("sibling"))
    window = open_window(qtbot, path, "Dora")
    show_interview(qtbot, window, "D05", NarratorRole.PATIENT, 15)
    editor = window.coding.re_editor
    qtbot.keyClick(window.workspace.view, Qt.Key.Key_F2)
    assert editor.isVisible() and not editor.partner.isChecked()
    editor.other.setCurrentText("therapist")  # the patient's partner type ticks it ...
    assert editor.partner.isChecked()
    editor.other.setCurrentText("sibling")  # ... and clears it again
    assert not editor.partner.isChecked()
    qtbot.mouseClick(editor.partner, Qt.MouseButton.LeftButton)  # the coder says: the partner
    editor.other.setCurrentText("therapist")
    editor.other.setCurrentText("sibling")
    assert editor.partner.isChecked()  # the coder's tick stays whatever the type
    press(qtbot, Qt.Key.Key_Return)
    (re,) = the_res(path)
    assert (re.other_type, re.about_partner) == ("sibling", True)
    # A former therapist: "therapist" but not this dyad's partner.
    qtbot.keyClick(window.workspace.view, Qt.Key.Key_F2)
    assert editor.partner.isChecked()
    editor.other.setCurrentText("therapist")
    qtbot.mouseClick(editor.partner, Qt.MouseButton.LeftButton)
    press(qtbot, Qt.Key.Key_Return)
    (re,) = the_res(path)
    assert (re.other_type, re.about_partner) == ("therapist", False)
    press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undo gives the tick back
    (re,) = the_res(path)
    assert (re.other_type, re.about_partner) == ("sibling", True)
