"""The Units view's Memos tab: the memos on the filtered interviews and REs (blind: only one's
own), opened in the Coding view by a double-click, and written to the export's Memos sheet."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt, QThreadPool

from ccrt_coder.gui.shell.view_switcher import CODING
from ccrt_coder.gui.units_view import view as view_module
from ccrt_coder.usecases.project import Project
from tests.gui.test_units_view import double_click, units_view
from tests.gui.workspace_helpers import open_as


@pytest.fixture(autouse=True)
def _workers_done() -> Iterator[None]:
    yield
    QThreadPool.globalInstance().waitForDone(10_000)


@pytest.fixture
def with_memos(project_path: Path) -> tuple[Path, int, int]:
    """Anna's memos on the first interview and on its first RE, Ben's on another interview."""
    with Project.open(project_path) as project:
        first, other = project.interviews()[0], project.interviews()[-1]
        re = project.episodes(first.id)[0]
        anna, ben = project.coder("Anna").id, project.coder("Ben").id
        project.set_memo(anna, first.id, None, "Anna on the whole interview")
        project.set_memo(anna, first.id, re.id, "Anna on RE one: " + "long words " * 30)
        project.set_memo(ben, other.id, None, "Ben's private note")
    return project_path, first.id, re.id


def shown(view) -> list[tuple[str, str, str]]:
    model = view.memos.model
    return [
        tuple(model.index(r, c).data() for c in range(model.columnCount()))
        for r in range(model.rowCount())
    ]


def test_blind_coders_see_their_own_memos_and_open_one_in_coding(
    qtbot, with_memos: tuple[Path, int, int]
) -> None:
    path, interview, re = with_memos
    window = open_as(qtbot, path, "Anna")
    view = units_view(qtbot, window)
    assert view.tabs.tabText(1) == "Memos (2)"
    rows = shown(view)
    assert [(where.endswith("interview"), coder) for where, coder, _ in rows] == [
        (True, "Anna"),
        (False, "Anna"),
    ]
    assert rows[1][0].endswith("· RE 1") and " · patient · " in rows[1][0]
    assert rows[1][2].endswith("…") and len(rows[1][2]) <= 120  # elided; in full as tooltip
    tooltip = view.memos.model.index(1, 2).data(Qt.ItemDataRole.ToolTipRole)
    assert tooltip.startswith("Anna on RE one: long words") and len(tooltip) > 300
    assert "Ben's private note" not in str(rows)
    view.tabs.setCurrentIndex(1)
    double_click(qtbot, view.memos.table, 1)
    assert view.memos.full.toPlainText().endswith(tooltip)  # the chosen memo in full
    assert window.views.current() == CODING
    assert window.workspace.current_interview().id == interview
    assert window.workspace.panel.current_re().id == re


def test_the_memos_follow_the_filter_and_go_to_the_export(
    qtbot, with_memos: tuple[Path, int, int], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, _interview, _re = with_memos
    window = open_as(qtbot, path, "Anna")
    window.blind.preview_unblinded()
    view = units_view(qtbot, window)
    qtbot.waitUntil(lambda: view.memos.model.rowCount() == 3)
    assert "Ben" in [coder for _, coder, _ in shown(view)]
    coders = view.filters.combos["coder"]
    coders.setCurrentIndex(coders.findData("Ben"))
    assert [(coder, text) for _, coder, text in shown(view)] == [("Ben", "Ben's private note")]
    out = tmp_path / "units.xlsx"
    monkeypatch.setattr(view_module, "ask_export_path", lambda _parent: out)
    qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: out.exists() and view.export_button.isEnabled(), timeout=10_000)
    memos = list(load_workbook(out, read_only=True)["Memos"].iter_rows(values_only=True))
    assert memos[0] == ("interview", "re", "coder", "memo", "modified_at")
    assert [(r[1], r[2], r[3]) for r in memos[1:]] == [(None, "Ben", "Ben's private note")]
