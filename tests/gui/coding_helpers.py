"""What a coder's hands do in the coding tests: drag or Shift+arrow selections, key presses."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QWidget

from ccrt_coder.core.domain import Component, Layer, NarratorRole, Span
from ccrt_coder.core.records import UnitRecord
from ccrt_coder.gui.shell.app import make_main_window
from ccrt_coder.gui.shell.main_window import MainWindow
from ccrt_coder.gui.transcript.narrative_view import NarrativeView
from ccrt_coder.gui.ui_settings import UiSettings
from ccrt_coder.usecases.project import Project
from tests.demo_file import demo_copy

KEYS = {Component.W: Qt.Key.Key_W, Component.RO: Qt.Key.Key_O, Component.RS: Qt.Key.Key_S}


def demo_with_coder(folder: Path, coder: str = "Carla") -> Path:
    """A copy of the demo study in ``folder`` with ``coder`` added, who has coded nothing yet."""
    path = demo_copy(folder)
    with Project.open(path) as project:
        project.add_coder(coder)
    return path


def open_window(qtbot, path: Path, coder: str) -> MainWindow:
    """The app on ``path`` with ``coder`` coding (remembered for the project, as after a start)."""
    with Project.open(path) as project:
        UiSettings().set_coder_for(project.path, project.coder(coder).id)
    window = make_main_window(path)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # window and widget shortcuts need an active window
    if window.coder_chooser.current_name() != coder:
        with Project.open(path) as project:
            window.coder_chooser.choose(project.coder(coder).id)
    assert window.coder_chooser.current_name() == coder
    return window


def show_interview(qtbot, window: MainWindow, dyad: str, narrator: NarratorRole, phase: int):
    """Click the interview in the study tree; returns its record."""
    workspace = window.workspace
    record = next(
        i
        for i in workspace.interviews()
        if (i.dyad, i.narrator, i.phase) == (dyad, narrator, phase)
    )
    index = workspace.tree_model().index_of_interview(record.id)
    workspace.tree.scrollTo(index)
    rect = workspace.tree.visualRect(index)
    qtbot.mouseClick(workspace.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert workspace.current_interview() is not None
    assert workspace.current_interview().id == record.id
    return record


def span_of(view: NarrativeView, words: str, occurrence: int = 1) -> Span:
    text = view.toPlainText()
    start = -1
    for _ in range(occurrence):
        start = text.index(words, start + 1)
    return Span(start, start + len(words))


def _point(view: NarrativeView, code_point: int) -> QPoint:
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.qt_range(Span(code_point, code_point + 1))[0])
    return view.cursorRect(cursor).center() + QPoint(1, 0)


def _mouse(widget: QWidget, kind: QEvent.Type, pos: QPoint, pressed: bool) -> None:
    button = Qt.MouseButton.LeftButton if kind != QEvent.Type.MouseMove else Qt.MouseButton.NoButton
    buttons = Qt.MouseButton.LeftButton if pressed else Qt.MouseButton.NoButton
    event = QMouseEvent(
        kind,
        QPointF(pos),
        QPointF(widget.mapToGlobal(pos)),
        button,
        buttons,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, event)


def drag_select(qtbot, view: NarrativeView, span: Span) -> None:
    """Select ``span`` as a mouse drag does: press at its start, move, release at its end."""
    view.scroll_to(span)
    viewport = view.viewport()
    start, end = _point(view, span.start), _point(view, span.end)
    end.setX(end.x() - 1)
    view.setFocus(Qt.FocusReason.MouseFocusReason)  # what a real (spontaneous) press does
    _mouse(viewport, QEvent.Type.MouseButtonPress, start, True)
    for step in (0.5, 1.0):
        between = start + (end - start) * step
        _mouse(viewport, QEvent.Type.MouseMove, between, True)
    _mouse(viewport, QEvent.Type.MouseButtonRelease, end, False)
    qtbot.wait(1)


def keyboard_select(qtbot, view: NarrativeView, span: Span) -> None:
    """Put the cursor at the span's start (as a click would), then Shift+Right to its end."""
    cursor = view.textCursor()
    cursor.setPosition(view.qt_range(span)[0])
    view.setTextCursor(cursor)
    view.setFocus()
    for _ in range(len(span)):
        qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)


def code(qtbot, window: MainWindow, quote: str, component: Component, typed: str) -> None:
    """Select ``quote`` from the keyboard, press the component's key, filter by ``typed``, Enter."""
    view = window.workspace.view
    keyboard_select(qtbot, view, span_of(view, quote))
    qtbot.keyClick(view, KEYS[component])
    type_text(qtbot, typed)
    press(qtbot, Qt.Key.Key_Return)


def selected(view: NarrativeView) -> str:
    return view.textCursor().selectedText()


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def type_text(qtbot, text: str) -> None:
    qtbot.keyClicks(focused(), text)


def press(qtbot, key: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    """A key press where the focus is, as a user's keyboard sends it."""
    qtbot.keyClick(focused(), key, modifiers)


@contextmanager
def stored(path: Path) -> Iterator[Project]:
    """A second connection to the project file: what is committed, nothing more."""
    with Project.open(path) as project:
        yield project


def units_of(path: Path, coder: str, interview_id: int) -> list[UnitRecord]:
    with stored(path) as project:
        res = project.episodes(interview_id)
        return project.units([r.id for r in res], project.coder(coder).id, Layer.CODER)
