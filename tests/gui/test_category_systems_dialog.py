"""Project ▸ Category systems…: the tree, import, switch and export, and the picker afterwards."""

import hashlib
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ccrt_coder.core.domain import NarratorRole
from ccrt_coder.gui.categories.systems_dialog import CategorySystemsDialog
from ccrt_coder.gui.categories.tree_model import CODE_ROLE, UNITS_COLUMN, CategoryTreeModel
from ccrt_coder.gui.coding.category_tree import CODE_ROLE as PICKER_CODE
from ccrt_coder.gui.shell.main_window import MainWindow
from ccrt_coder.gui.shell.menu_bar import menu_named
from ccrt_coder.gui.ui_settings import UiSettings
from ccrt_coder.usecases.domain import Category, CategorySystem, Valence
from ccrt_coder.usecases.project import Project
from tests.gui.coding_helpers import (
    keyboard_select,
    open_window,
    press,
    show_interview,
    span_of,
    units_of,
)
from tests.gui.workspace_helpers import answer_next_box, when_modal

LAB = (
    "code,label,component,cluster,default_valence,description\n"
    "W6a,To be understood,W,W6,,\nW6b,To be held,W,W6,,\nRO7a,Likes me,RO,RO7,+,\n"
)
QUOTE = "I really wanted my mother"


def open_categories(qtbot, path: Path, lead: bool) -> tuple[MainWindow, CategorySystemsDialog]:
    """The app on ``path`` as Carla (the lead or not), D01/patient/5 open, then the dialog
    opened from the Project menu."""
    with Project.open(path) as project:
        UiSettings().set_lead_for(project.path, lead)
    window = open_window(qtbot, path, "Carla")
    show_interview(qtbot, window, "D01", NarratorRole.PATIENT, 5)
    project_menu = menu_named(window.menuBar(), "projectMenu", "")
    action = next(a for a in project_menu.actions() if a.text() == "&Category systems…")
    assert action.isEnabled()
    action.trigger()
    dialog = window.categories.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    return window, dialog


def units_with(path: Path, code: str) -> int:
    """Units carrying ``code`` of the active system, counted straight from the file."""
    with sqlite3.connect(path) as db:
        return db.execute(
            "SELECT COUNT(DISTINCT uc.unit_id) FROM unit_categories uc "
            "JOIN categories c ON c.id = uc.category_id "
            "WHERE c.code = ? AND c.system_id = (SELECT category_system_id FROM study)",
            (code,),
        ).fetchone()[0]


def rows(model, parent: QModelIndex | None = None) -> list[QModelIndex]:
    parent = parent or QModelIndex()
    return [model.index(r, 0, parent) for r in range(model.rowCount(parent))]


def picker_codes(qtbot, window: MainWindow, key: Qt.Key = Qt.Key.Key_W) -> list[str]:
    """What the category picker offers when the coder, back in the main window (the dialog
    stays open beside it), selects text and presses ``key``."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    view = window.workspace.view
    keyboard_select(qtbot, view, span_of(view, QUOTE))
    qtbot.keyClick(view, key)
    picker = window.coding.picker
    qtbot.waitUntil(picker.isVisible)
    return [i.data(PICKER_CODE) for i in picker.tree.model().leaves()]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_the_tree_shows_the_active_system_with_its_unit_counts(qtbot, carla_demo: Path) -> None:
    window, dialog = open_categories(qtbot, carla_demo, lead=False)
    dialog.resize(1024, 700)
    model, tree = dialog.model, dialog.tree
    components = rows(model)
    assert [i.data() for i in components] == [
        "W  Wish",
        "RO  Response of Other",
        "RS  Response of Self",
    ]
    tree.collapseAll()
    tree.setCurrentIndex(components[0])
    qtbot.keyClick(tree, Qt.Key.Key_Right)  # a user opens the Wish branch
    assert tree.isExpanded(components[0])
    wishes = rows(model, components[0])
    assert [i.data(CODE_ROLE) for i in wishes] == [f"W{n}" for n in range(1, 9)]
    w6 = wishes[5]
    assert w6.siblingAtColumn(1).data() == "To be loved and understood"
    assert int(w6.siblingAtColumn(UNITS_COLUMN).data()) == units_with(carla_demo, "W6") > 0
    ro1 = rows(model, components[1])[0]
    assert ro1.siblingAtColumn(2).data() == "+"
    assert "Edition 3" in dialog.title.text()
    # Only the lead imports or switches; everyone sees the stored systems.
    assert not dialog.import_button.isEnabled()
    assert not dialog.switch_button.isEnabled()
    assert dialog.export_button.isEnabled()
    assert dialog.systems.count() == 1
    assert "674 units coded with it" in dialog.systems.itemText(0)
    assert dialog.note.text() == "Only the project lead imports or switches systems."
    identity = window.identity.identity()
    assert identity is not None
    window.identity.adopt(identity.id, lead=True)  # "Who is coding?" answered as the lead
    assert dialog.import_button.isEnabled() and not dialog.note.isVisibleTo(dialog)


def test_the_lead_imports_a_system_and_the_picker_offers_it_at_once(
    qtbot, carla_demo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, dialog = open_categories(qtbot, carla_demo, lead=True)
    assert picker_codes(qtbot, window) == [f"W{n}" for n in range(1, 9)]
    qtbot.keyClicks(window.coding.picker.filter, "loved")
    press(qtbot, Qt.Key.Key_Return)  # W6, coded with Edition 3
    table = tmp_path / "lab.csv"
    table.write_text(LAB, encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(table), ""))
    asked: list[str] = []
    answer_next_box(qtbot, "Switch", asked)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert asked == ["Import lab (version imported, categories: 3) and code with it from now on?"]
    assert dialog.title.text().startswith("<b>Active: lab</b>")
    assert [i.data() for i in rows(dialog.model)] == ["W  Wish", "RO  Response of Other"]
    assert dialog.outside.text() == "Units coded with other systems than the active one: 675"
    assert [dialog.systems.itemText(i).split(" — ")[0] for i in range(2)] == [
        "CCRT standard categories, Edition 3 (clusters)",
        "lab",
    ]
    # The picker offers the lab's categories at once, and coding stores them.
    assert picker_codes(qtbot, window) == ["W6a", "W6b"]
    qtbot.keyClicks(window.coding.picker.filter, "held")
    press(qtbot, Qt.Key.Key_Return)
    interview = window.workspace.current_interview()
    coded = [u.draft.categories for u in units_of(carla_demo, "Carla", interview.id)]
    assert sorted(coded) == [("W6",), ("W6b",)]
    units = window.workspace.panel.units_model()
    shown = {units.category_text(units.unit_at(row)) for row in range(units.rowCount())}
    assert shown == {"W6 To be loved and understood", "W6b To be held"}  # both still named
    w6 = rows(dialog.model, rows(dialog.model)[0])[0]
    counts = {
        i.data(CODE_ROLE): i.siblingAtColumn(UNITS_COLUMN).data() for i in rows(dialog.model, w6)
    }
    assert counts == {"W6a": "0", "W6b": "1"}  # the open dialog counts the new unit
    # Switching back is said first and can be cancelled.
    dialog.systems.setCurrentIndex(0)
    assert dialog.switch_button.isEnabled()
    said: list[str] = []

    def read_and_cancel(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        said.extend([box.text(), box.informativeText()])
        box.button(QMessageBox.StandardButton.Cancel).click()

    when_modal(read_and_cancel)
    qtbot.mouseClick(dialog.switch_button, Qt.MouseButton.LeftButton)
    assert said == [
        "Code with CCRT standard categories, Edition 3 (clusters) (version 3.0-clusters) from "
        "now on?",
        "Units already coded keep their categories; the category picker and new coding use the "
        "active system.\n\nAfterwards, units coded with other systems: 1.",
    ]
    assert dialog.title.text().startswith("<b>Active: lab</b>")
    dialog.systems.setCurrentIndex(0)
    answer_next_box(qtbot, "Switch")
    qtbot.mouseClick(dialog.switch_button, Qt.MouseButton.LeftButton)
    assert "Edition 3" in dialog.title.text()
    assert dialog.outside.text() == "Units coded with other systems than the active one: 1"
    assert {units.category_text(units.unit_at(r)) for r in range(units.rowCount())} == shown
    assert picker_codes(qtbot, window)[:2] == ["W1", "W2"]
    press(qtbot, Qt.Key.Key_Escape)


def test_a_bad_file_is_named_with_its_row_and_changes_nothing(
    qtbot, carla_demo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _window, dialog = open_categories(qtbot, carla_demo, lead=True)
    before = digest(carla_demo)
    table = tmp_path / "lab.csv"
    table.write_text(LAB + "X1,Odd,XX,X,+,\n", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(table), ""))
    shown: list[str] = []
    answer_next_box(qtbot, None, shown)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert len(shown) == 1 and "lab.csv" in shown[0] and "row 5" in shown[0]
    assert digest(carla_demo) == before
    assert dialog.systems.count() == 1


def test_the_export_reads_back(
    qtbot, carla_demo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _window, dialog = open_categories(qtbot, carla_demo, lead=False)
    target = tmp_path / "ours"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "CSV (*.csv)")
    )
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    written = tmp_path / "ours.csv"
    with Project.open(carla_demo) as project:
        assert project.read_category_file(written).categories == (
            project.category_system().categories
        )


def test_a_ccrt_lu_system_is_one_tree_for_all_components(qtbot) -> None:
    system = CategorySystem(
        "LU",
        "1",
        (
            Category("A1", "Seeks closeness", None, "A"),
            Category("A2", "Recognition", None, "A", Valence.POSITIVE),
            Category("B1", "Rejects", None, "B", Valence.NEGATIVE),
        ),
        uses_lu_direction=True,
    )
    model = CategoryTreeModel()
    model.set_system(system, {"A2": 4})
    (top,) = rows(model)
    assert top.data() == "All components (CCRT-LU)"
    clusters = rows(model, top)
    assert [c.data() for c in clusters] == ["A", "B"]
    a2 = rows(model, clusters[0])[1]
    cells = [a2.siblingAtColumn(c).data() for c in range(4)]
    assert cells == ["A2", "Recognition", "+", "4"]
    model.set_counts({"A2": 5, "B1": 1})
    assert a2.siblingAtColumn(UNITS_COLUMN).data() == "5"
