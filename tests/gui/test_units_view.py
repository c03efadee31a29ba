"""The Units view in the main window: Ctrl+4, filters, sorting, the unit in its RE, opening it
in the Coding view, blind mode, the matrix and the export."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QPoint, Qt, QThreadPool
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QTableView

from ccrt_coder.cli.entry import main
from ccrt_coder.gui.shell.main_window import MainWindow
from ccrt_coder.gui.shell.view_switcher import CODING, UNITS
from ccrt_coder.gui.units_view import view as view_module
from ccrt_coder.gui.units_view.table_model import COLUMNS
from ccrt_coder.gui.units_view.view import UnitsView
from ccrt_coder.usecases.domain import UnitFilter
from tests.gui.workspace_helpers import open_as


@pytest.fixture(autouse=True)
def _workers_done() -> Iterator[None]:
    yield
    QThreadPool.globalInstance().waitForDone(10_000)


def units_view(qtbot, window: MainWindow) -> UnitsView:
    """Ctrl+4, as the user presses it; waits for the matrix."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert window.views.current() == UNITS
    view = window.views.view(UNITS)
    assert isinstance(view, UnitsView)
    qtbot.waitUntil(lambda: not view.is_counting(), timeout=10_000)
    return view


def row_of(view: UnitsView, text: str) -> int:
    return next(
        n for n in range(view.model.rowCount()) if text in (view.model.row_at(n).text or "")
    )


def highlighted(view: UnitsView) -> list[str]:
    """The texts of the context panel marked with a background (the unit)."""
    found, block = [], view.context.text.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.charFormat().background().style() != Qt.BrushStyle.NoBrush:
                found.append(fragment.text())
            it += 1
        block = block.next()
    return found


def matrix_units(view: UnitsView) -> int:
    model = view.matrix_model
    cells = (
        model.count_at(r, c) for r in range(model.rowCount()) for c in range(model.columnCount())
    )
    return sum(cell.units for cell in cells if cell is not None)


def double_click(qtbot, table: QTableView, row: int) -> None:
    rect = table.visualRect(table.model().index(row, 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_filter_sort_select_and_open_in_coding(qtbot, project_path: Path) -> None:
    window = open_as(qtbot, project_path, "Anna")
    view = units_view(qtbot, window)
    assert view.model.total() == 4  # blind: Anna's own units only (Ben's is hidden)
    assert {view.model.row_at(n).coder for n in range(4)} == {"Anna"}
    assert "only your own" in view.summary.text()
    component = view.filters.combos["component"]
    component.setCurrentIndex(component.findData("RS"))
    assert view.model.total() == 2 and "2 units" in view.summary.text()
    component.setCurrentIndex(0)
    qtbot.keyClicks(view.filters.search, "SMALL")
    qtbot.waitUntil(lambda: view.model.total() == 1)
    assert view.model.row_at(0).text == "felt small"
    view.filters.search.clear()
    qtbot.waitUntil(lambda: view.model.total() == 4)

    header = view.table.horizontalHeader()
    column = [key for key, _ in COLUMNS].index("component")
    qtbot.mouseClick(
        header.viewport(),
        Qt.MouseButton.LeftButton,
        pos=QPoint(header.sectionViewportPosition(column) + 5, 5),
    )
    assert view.model.sort_choice() == ("component", False)
    shown = [view.model.row_at(n).component for n in range(view.model.rowCount())]
    assert shown == sorted(shown)

    row = row_of(view, "hear me play")
    view.table.selectRow(row)
    assert "RE 1: mother (Helga)" in view.context.title.text()
    assert "I wanted my mother to hear me play." in view.context.text.toPlainText()
    assert highlighted(view) == ["hear me play"]

    chosen = view.model.row_at(row)
    double_click(qtbot, view.table, row)
    assert window.views.current() == CODING
    assert window.workspace.current_interview().id == chosen.interview_id
    assert window.workspace.panel.current_re().id == chosen.re_id
    assert window.workspace.panel.current_unit().id == chosen.unit_id

    view = units_view(qtbot, window)  # Enter opens the current unit too
    row = row_of(view, "felt small")
    view.table.setFocus()
    view.table.selectRow(row)
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert window.views.current() == CODING
    assert window.workspace.panel.current_unit().id == view.model.row_at(row).unit_id


def test_blind_coding_hides_the_others_units_and_layers(qtbot, project_path: Path) -> None:
    window = open_as(qtbot, project_path, "Ben")
    view = units_view(qtbot, window)
    assert view.model.total() == 1 and view.model.row_at(0).coder == "Ben"
    coders = view.filters.combos["coder"]
    assert [coders.itemText(n) for n in range(coders.count())] == ["Any coder"]
    assert matrix_units(view) == 1
    window.blind.preview_unblinded()  # as when the lead turns blind coding off
    qtbot.waitUntil(lambda: view.model.total() == 5)
    assert [coders.itemData(n) for n in range(1, coders.count())][1:] == ["Anna", "Ben"]
    coders.setCurrentIndex(coders.findData("Anna"))
    assert view.model.total() == 4


def test_the_matrix_and_the_export_follow_the_filter(
    qtbot, project_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_as(qtbot, project_path, "Anna")
    window.blind.preview_unblinded()
    view = units_view(qtbot, window)
    narrator = view.filters.combos["narrator"]
    narrator.setCurrentIndex(narrator.findData("patient"))
    qtbot.waitUntil(lambda: not view.is_counting(), timeout=10_000)
    expected = window.project.unit_browser().matrix(UnitFilter(narrator="patient"), "category")
    model = view.matrix_model
    shown = {
        (model.headerData(r, Qt.Orientation.Vertical), model.index(r, c).data())
        for r in range(model.rowCount())
        for c in range(model.columnCount())
        if model.count_at(r, c) is not None
    }
    assert shown == {(c.group, f"{c.units} ({c.res})") for c in expected}
    assert ("W6", "2 (1)") in shown  # Anna's and Ben's wish in the mother RE
    assert model.headerData(0, Qt.Orientation.Horizontal) == "patient\nphase 5"

    out = tmp_path / "chosen.xlsx"
    monkeypatch.setattr(view_module, "ask_export_path", lambda _parent: out)
    qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: out.exists() and view.export_button.isEnabled(), timeout=10_000)
    book = load_workbook(out, read_only=True)
    units = list(book["Units"].iter_rows(values_only=True))
    assert len(units) - 1 == view.model.total() == 4
    matrix = list(book["Matrix"].iter_rows(values_only=True))
    assert ("W6", "patient", 5, 2, 1) in matrix


def test_the_units_screenshot(tmp_path: Path, demo_path: Path, capsys) -> None:
    out = tmp_path / "units.png"
    assert main(["screenshot", str(out), "--project", str(demo_path), "--view", "units"]) == 0
    assert "wrote" in capsys.readouterr().out
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1400, 860)
