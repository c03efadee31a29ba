"""Find in the transcript (Ctrl+F, Enter / F3, Shift+F3, Esc) and find in the whole study."""

from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from ccrt_coder.core.domain import NarratorRole
from ccrt_coder.gui.shell.main_window import MainWindow
from ccrt_coder.gui.transcript.find_bar import hit_formats
from tests.gui.workspace_helpers import click_tree_row, interview_id, open_as


def active_window(qtbot, project_path: Path) -> MainWindow:
    window = open_as(qtbot, project_path, "Anna")
    click_tree_row(qtbot, window, interview_id(window, "D01", NarratorRole.PATIENT, 5))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # shortcuts need an active window
    window.workspace.view.setFocus()
    return window


def hit_backgrounds(window: MainWindow) -> list[tuple[int, int, str]]:
    every, current = hit_formats(window.workspace.view.palette())
    colours = {
        every.background().color().name(): "hit",
        current.background().color().name(): "current",
    }
    return [
        (
            s.cursor.selectionStart(),
            s.cursor.selectionEnd(),
            colours[s.format.background().color().name()],
        )
        for s in window.workspace.view.extraSelections()
        if s.format.background().color().name() in colours
    ]


def test_ctrl_f_finds_and_cycles_through_the_hits(qtbot, project_path: Path) -> None:
    window = active_window(qtbot, project_path)
    bar, view = window.workspace.find_bar, window.workspace.view
    qtbot.keyClick(view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert bar.isVisible() and bar.edit.hasFocus()
    qtbot.keyClicks(bar.edit, "p: i")  # case ignored: "P: I wanted", "P: I went", "P: I hoped"
    assert bar.count.text() == "1 of 3"
    assert view.textCursor().selectedText() == "P: I"
    first = view.textCursor().selectionStart()
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return)
    assert bar.count.text() == "2 of 3"
    qtbot.keyClick(bar.edit, Qt.Key.Key_F3)
    assert bar.count.text() == "3 of 3"
    qtbot.keyClick(bar.edit, Qt.Key.Key_F3)  # round again
    assert bar.count.text() == "1 of 3"
    assert view.textCursor().selectionStart() == first
    qtbot.keyClick(bar.edit, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert bar.count.text() == "3 of 3"
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert bar.count.text() == "2 of 3"
    marks = hit_backgrounds(window)
    assert [kind for *_r, kind in marks] == ["hit", "current", "hit"]
    qtbot.keyClick(bar.edit, Qt.Key.Key_Escape)
    assert not bar.isVisible()
    assert hit_backgrounds(window) == []


def test_no_match_says_so(qtbot, project_path: Path) -> None:
    window = active_window(qtbot, project_path)
    bar = window.workspace.find_bar
    qtbot.keyClick(window.workspace.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(bar.edit, "xylophone")
    assert bar.count.text() == "No matches"
    assert bar.hits() == []


def test_hits_follow_another_interview_and_a_dark_palette(qtbot, project_path: Path) -> None:
    window = active_window(qtbot, project_path)
    bar, view = window.workspace.find_bar, window.workspace.view
    qtbot.keyClick(view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(bar.edit, "felt")
    assert bar.count.text() == "1 of 1"
    click_tree_row(qtbot, window, interview_id(window, "D01", NarratorRole.THERAPIST, 5))
    assert bar.count.text() == "1 of 1"  # "I felt relieved"
    assert view.textCursor().selectedText() == "felt"
    light = hit_backgrounds(window)
    dark = QPalette(view.palette())
    dark.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
    dark.setColor(QPalette.ColorRole.Text, QColor("#e0e0e0"))
    view.setPalette(dark)  # a PaletteChange: the tints are made again from the new palette
    QApplication.sendPostedEvents(view, QEvent.Type.PaletteChange)
    assert hit_backgrounds(window)[0][:2] == light[0][:2]
    assert (
        hit_formats(dark)[1].background().color() != hit_formats(QPalette())[1].background().color()
    )


def test_find_in_study_lists_hits_and_opens_one(qtbot, project_path: Path) -> None:
    window = active_window(qtbot, project_path)
    qtbot.keyClick(
        window.workspace.view,
        Qt.Key.Key_F,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    dialog = window.menus.study_search
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(dialog.isActiveWindow)  # keys go to the dialog, not the transcript behind
    qtbot.keyClicks(dialog.edit, "HIS PHONE")
    qtbot.keyClick(dialog.edit, Qt.Key.Key_Return)
    model = dialog.model
    rows = [[model.index(r, c).data() for c in range(3)] for r in range(model.rowCount())]
    assert [row[:2] for row in rows] == [
        ["D01 · patient P01 · phase 5", "9"],
        ["D01 · patient P01 · phase 15", "9"],
        ["D02 · patient P02 · phase 5", "9"],
    ]
    assert rows[0][2] == "P: He picked up his phone."
    assert dialog.summary.text() == "3 hits in 3 interviews."
    dialog.results.setCurrentIndex(model.index(1, 0))
    qtbot.keyClick(dialog.results, Qt.Key.Key_Return)
    workspace = window.workspace
    assert workspace.current_interview().id == interview_id(window, "D01", NarratorRole.PATIENT, 15)
    assert workspace.view.textCursor().selectedText() == "his phone"
    assert workspace.panel.current_re().number == 2


def test_find_in_study_opens_an_interview_a_filter_hides(qtbot, project_path: Path) -> None:
    window = active_window(qtbot, project_path)
    qtbot.mouseClick(window.workspace.filter_bar.partner, Qt.MouseButton.LeftButton)
    dialog = window.menus.open_study_search()
    qtbot.keyClicks(dialog.edit, "a waste of")
    qtbot.keyClick(dialog.edit, Qt.Key.Key_Return)
    assert dialog.model.rowCount() == 3  # patient text at D01 5 and 15, D02 5
    dialog.results.activated.emit(dialog.model.index(2, 0))
    assert window.workspace.current_interview().dyad == "D02"
    assert not window.workspace.filter_bar.partner.isChecked()
