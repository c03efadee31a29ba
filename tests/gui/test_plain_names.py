"""User-supplied names (coders, study, dyads, people, other persons, categories, memos, transcript
text, file names) are shown as plain text in every view, never as rich text (issue 14, item 6)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from matplotlib.text import Text
from PySide6.QtCore import Qt, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QLineEdit, QWidget

from ccrt_coder.core.domain import NarratorRole
from ccrt_coder.gui.consensus.coders_side_by_side import Mode
from ccrt_coder.gui.shell.main_window import MainWindow
from ccrt_coder.gui.shell.view_switcher import AGREEMENT, COMPARISON, UNITS
from ccrt_coder.gui.widgets.plain_text import as_text
from tests.gui import agreement_helpers, comparison_helpers
from tests.gui.coding_helpers import keyboard_select, show_interview, span_of
from tests.gui.hostile_study import (
    CODER_A,
    CODER_B,
    HOSTILE_DYAD,
    MARK,
    MATH,
    PATIENT,
    assert_no_leaks,
    code,
    hostile_study,
    leaks,
    shown_texts,
    visible_text,
)
from tests.gui.workspace_helpers import open_as


@pytest.fixture(autouse=True)
def _workers_done() -> Iterator[None]:
    yield
    QThreadPool.globalInstance().waitForDone(10_000)


@pytest.fixture
def window(qtbot, tmp_path: Path) -> MainWindow:
    """The lead, called ``MARK``, at the interview whose text and RE hold HTML."""
    path = hostile_study(tmp_path)
    window = open_as(qtbot, path, CODER_A, lead=True)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    show_interview(qtbot, window, HOSTILE_DYAD, NarratorRole.PATIENT, 5)
    return window


def test_the_coding_view_shows_every_name_as_text(qtbot, window: MainWindow) -> None:
    assert_no_leaks()
    shown = shown_texts()
    assert MARK in shown  # the coder chooser and the study's name
    assert f"mother ({MARK})" in shown  # the RE's other person
    assert f"{MARK}.txt · 5 lines" in shown  # the transcript's file name


def test_the_consensus_meeting_and_coder_comparison_show_names_as_text(qtbot, window) -> None:
    re_id = window.workspace.panel.current_re().id
    assert window.open_consensus_at(re_id)
    assert_no_leaks()
    assert window.side_by_side.set_mode(Mode.COMPARE)
    assert_no_leaks()
    assert any(CODER_B in text for text in shown_texts())


def test_the_units_view_shows_names_as_text(qtbot, window: MainWindow) -> None:
    window.views.action(UNITS).trigger()
    view = window.views.view(UNITS)
    qtbot.waitUntil(lambda: not view.is_counting(), timeout=10_000)
    view.table.selectRow(0)
    assert_no_leaks()


def test_the_agreement_view_shows_names_as_text(qtbot, window: MainWindow) -> None:
    window.views.action(AGREEMENT).trigger()
    agreement_helpers.wait_shown(qtbot, window.views.view(AGREEMENT))
    assert_no_leaks()


def test_the_comparison_view_shows_names_as_text(qtbot, window: MainWindow) -> None:
    window.views.action(COMPARISON).trigger()
    view = window.views.view(COMPARISON)
    comparison_helpers.wait_shown(qtbot, view)
    assert_no_leaks()
    texts = []
    for n, canvas in enumerate(view.charts.canvases):  # a label read as mathtext cannot draw
        view.charts.tabs.setCurrentIndex(n)
        view.charts.draw_now()
        texts += [t.get_text() for t in canvas.figure.findobj(Text)]
    assert any(MATH in text for text in texts)  # the pervasiveness chart's categories


def visit(qtbot, window: MainWindow, menu: str, text: str) -> list[str]:
    """Choose ``menu`` ▸ ``text``; of the window it opens (a modal dialog or message box, or
    one shown beside the main window), once its workers had time to fill it, the leaks and
    the texts its labels show. Then close it."""
    before = set(QApplication.topLevelWidgets())
    seen: list[tuple[list[str], list[str]]] = []

    def opened() -> QWidget | None:
        modal = QApplication.activeModalWidget() or QApplication.activePopupWidget()
        if modal is not None:
            return modal
        return next(
            (w for w in QApplication.topLevelWidgets() if w not in before and w.isVisible()), None
        )

    def check(tries: int = 250) -> None:
        shown = opened()
        if shown is None:
            if tries:
                QTimer.singleShot(20, lambda: check(tries - 1))
            return
        qtbot.wait(400)  # previews and counts come from workers
        widgets = [shown, *shown.findChildren(QWidget)]
        seen.append((leaks(widgets), shown_texts(widgets)))
        shown.reject() if isinstance(shown, QDialog) else shown.close()

    QTimer.singleShot(0, check)  # a dialog run with exec() blocks the trigger
    bar = window.menuBar()
    actions = next(a.menu() for a in bar.actions() if a.menu().objectName() == menu).actions()
    next(a for a in actions if a.text().replace("&", "") == text).trigger()
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    found, shown = seen[0]
    assert not found, "\n".join(found)
    return shown


@pytest.mark.parametrize(
    ("menu", "text", "shown"),
    [
        ("projectMenu", "Who is coding?…", None),
        ("projectMenu", "Project settings…", None),
        ("projectMenu", "Category systems…", None),
        ("projectMenu", "Study design…", f"Note on patient {PATIENT}"),
        ("projectMenu", "Coders…", None),
        ("projectMenu", "Names to redact…", None),
        ("fileMenu", "Export…", None),
        ("fileMenu", "Report for publication…", None),
        ("fileMenu", "Prepare coder copies…", None),
        ("editMenu", "Find in study…", None),
        ("codeMenu", "Delete RE 1…", f"Delete RE 1 · mother ({MARK}) · current?"),
        ("codeMenu", "RE memo…", None),
        ("codeMenu", "Interview memo…", None),
    ],
)
def test_dialogs_show_names_as_text(qtbot, window, menu: str, text: str, shown) -> None:
    texts = visit(qtbot, window, menu, text)
    if shown is not None:
        assert any(shown in t for t in texts), texts


def popup(window: MainWindow) -> QWidget:
    """The coding view's open popup (category picker, RE editor), drawn inside the window."""
    return next(w for w in window.findChildren(QWidget, "popupFrame") if w.isVisible())


def test_the_category_picker_shows_the_excerpt_and_labels_as_text(qtbot, window) -> None:
    view = window.workspace.view
    keyboard_select(qtbot, view, span_of(view, f"{MARK} to hear"))
    qtbot.keyClick(view, Qt.Key.Key_W)
    shown = popup(window)
    assert_no_leaks()
    assert any(MARK in text for text in shown_texts([shown, *shown.findChildren(QWidget)]))


def test_the_re_editor_shows_the_other_person_as_text(qtbot, window) -> None:
    actions = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Code").actions()
    next(a for a in actions if a.text() == "&Edit RE 1…").trigger()
    shown = popup(window)
    assert_no_leaks()
    assert MARK in [e.text() for e in shown.findChildren(QLineEdit)]


def test_the_import_dialog_shows_file_names_and_their_problems_as_text(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    name = f"{code('D09')}_patient_5.txt"
    hostile = tmp_path / name
    hostile.write_text(f"RE 1: mother\nP: {MARK}\nRE 2 {code('boss')}\n", encoding="utf-8")
    chosen = ([str(hostile)], "")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *_a, **_k: chosen)
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    dialog = window.transcripts.dialog
    qtbot.mouseClick(dialog.add_files_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.job.is_running(), timeout=20_000)
    dialog.table.selectRow(0)
    assert_no_leaks()
    assert dialog.details.text().startswith(f"{name}: line 3")
    dialog.reject()


@pytest.mark.parametrize(
    "text",
    [MARK, f"RE 1\n{MARK}", "a &lt; b, in a memo", f"{MARK}\n  second line\n", "plain < text"],
)
def test_as_text_shows_any_text_exactly_where_qt_guesses_the_format(qapp, text: str) -> None:
    shown = as_text(text)
    assert visible_text(shown) == text.rstrip("\n")  # a last line break shows as nothing
    assert as_text("no markup here") == "no markup here"  # plain tooltips stay as they were
