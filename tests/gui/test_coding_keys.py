"""The coding keys: a user's own key from QSettings, hover tooltips, refused undos, no '*'."""

from pathlib import Path

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QHelpEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QToolTip

from ccrt_coder.core.domain import NarratorRole
from ccrt_coder.gui.coding import shortcuts
from tests.gui.coding_helpers import (
    keyboard_select,
    open_window,
    press,
    show_interview,
    span_of,
    stored,
    type_text,
    units_of,
)


def test_a_users_own_key_codes(qtbot, carla_demo: Path) -> None:
    shortcuts.set_key("code_w", "Q")
    assert ("Q", "Code the selection as a Wish (W)") in shortcuts.table()
    window = open_window(qtbot, carla_demo, "Carla")
    interview = show_interview(qtbot, window, "D01", NarratorRole.PATIENT, 5)
    view = window.workspace.view
    keyboard_select(qtbot, view, span_of(view, "I really wanted my mother"))
    qtbot.keyClick(view, Qt.Key.Key_W)
    assert not window.coding.picker.isVisible()
    qtbot.keyClick(view, Qt.Key.Key_Q)
    type_text(qtbot, "loved")
    press(qtbot, Qt.Key.Key_Return)
    assert [u.draft.categories for u in units_of(carla_demo, "Carla", interview.id)] == [("W6",)]
    shortcuts.set_key("code_w", None)
    assert shortcuts.key_for("code_w").toString() == "W"


def test_hovering_a_highlight_shows_its_code(qtbot, carla_demo: Path) -> None:
    window = open_window(qtbot, carla_demo, "Carla")
    show_interview(qtbot, window, "D01", NarratorRole.PATIENT, 5)
    view = window.workspace.view
    keyboard_select(qtbot, view, span_of(view, "felt so small"))
    qtbot.keyClick(view, Qt.Key.Key_S)
    type_text(qtbot, "rs7")
    press(qtbot, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    type_text(qtbot, "feels small")
    press(qtbot, Qt.Key.Key_Return)
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.qt_range(span_of(view, "so small"))[0])
    point = view.cursorRect(cursor).center() + QPoint(2, 0)
    event = QHelpEvent(QEvent.Type.ToolTip, point, view.viewport().mapToGlobal(point))
    QApplication.sendEvent(view.viewport(), event)
    assert QToolTip.isVisible()
    assert "Disappointed and depressed" in QToolTip.text()
    assert "feels small" in QToolTip.text()
    far = QPoint(view.viewport().width() - 5, point.y())  # right of the line's end
    assert view.units_at_point(far) == []


def test_an_undo_the_file_refuses_clears_the_history(qtbot, carla_demo: Path) -> None:
    window = open_window(qtbot, carla_demo, "Carla")
    interview = show_interview(qtbot, window, "D01", NarratorRole.PATIENT, 5)
    view = window.workspace.view
    keyboard_select(qtbot, view, span_of(view, "felt so small"))
    qtbot.keyClick(view, Qt.Key.Key_S)
    press(qtbot, Qt.Key.Key_Return)
    (unit,) = units_of(carla_demo, "Carla", interview.id)
    with stored(carla_demo) as other:  # meanwhile, someone else removes it
        other.remove_unit(unit.id)
    said: list[str] = []  # the disk watcher may say "updated on disk" right after
    window.statusBar().messageChanged.connect(said.append)
    press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.coding.stack.count() == 0)
    assert any("undo history was cleared" in message for message in said), said
    assert not window.coding.stack.canRedo()


def test_the_title_never_claims_unsaved_work(qtbot, carla_demo: Path) -> None:
    window = open_window(qtbot, carla_demo, "Carla")
    show_interview(qtbot, window, "D01", NarratorRole.PATIENT, 5)
    view = window.workspace.view
    keyboard_select(qtbot, view, span_of(view, "felt so small"))
    qtbot.keyClick(view, Qt.Key.Key_S)
    press(qtbot, Qt.Key.Key_Return)
    assert not window.isWindowModified()
    assert "*" not in window.windowTitle()
