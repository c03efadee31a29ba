"""The Comparison (CCRT) view offers the CCRT-LU direction level only for a system with
directions, and shows the direction-level CCRT (tests/lu_study.py, counted in its docstring)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QThreadPool

from ccrt_coder.gui.comparison.view import ComparisonView
from ccrt_coder.usecases.project import Project
from tests.gui.comparison_helpers import combo_texts, open_view, wait_shown
from tests.lu_study import build_lu_study


@pytest.fixture
def lu_view(qtbot, tmp_path: Path) -> Iterator[ComparisonView]:  # type: ignore[no-untyped-def]
    with Project.open(build_lu_study(tmp_path / "lu.ccrt")) as project:
        yield open_view(qtbot, project)
        QThreadPool.globalInstance().waitForDone(10_000)


def cell(view: ComparisonView, component: str, kind: str, column: int) -> str:
    model = view.model
    return model.data(model.index(model.row_of(component, kind), column))


def test_the_direction_level_is_offered_and_shown_for_lu(qtbot, lu_view: ComparisonView) -> None:  # type: ignore[no-untyped-def]
    combo = lu_view.controls.level
    assert combo_texts(combo) == ["Category", "Cluster", "Direction (CCRT-LU)"]
    with qtbot.waitSignal(lu_view.figures_shown, timeout=20_000):
        combo.setCurrentIndex(combo.findData("direction"))
    wait_shown(qtbot, lu_view)
    assert lu_view.figures().choice.level == "direction"
    # Patient phase 5: WOS and WSO tie at 2 of 5 included REs; ROS and RSO 3 of 5.
    w = cell(lu_view, "W", "patient", 0)
    assert "WOS" in w and "WSO" in w and "40% (2/5 REs)" in w
    assert "ROS" in cell(lu_view, "RO", "patient", 0)
    assert "60% (3/5 REs)" in cell(lu_view, "RS", "patient", 0)
    assert "WOO" in cell(lu_view, "W", "therapist", 0)
    assert "100% (2/2 REs)" in cell(lu_view, "W", "therapist", 0)
    assert "units without a direction do not count" in lu_view.note.text()
    with qtbot.waitSignal(lu_view.figures_shown, timeout=20_000):
        combo.setCurrentIndex(combo.findData("cluster"))
    assert "direction" not in lu_view.note.text()


def test_no_direction_level_without_lu(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with Project.open(build_lu_study(tmp_path / "plain.ccrt", lu=False)) as project:
        view = open_view(qtbot, project)
        assert combo_texts(view.controls.level) == ["Category", "Cluster"]
        assert view.controls.level.findData("direction") == -1
        QThreadPool.globalInstance().waitForDone(10_000)


def test_a_direction_choice_falls_back_when_the_project_has_none(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with (
        Project.open(build_lu_study(tmp_path / "lu.ccrt")) as lu,
        Project.open(build_lu_study(tmp_path / "plain.ccrt", lu=False)) as plain,
    ):
        view = open_view(qtbot, lu)
        view.controls.level.setCurrentIndex(view.controls.level.findData("direction"))
        wait_shown(qtbot, view)
        view.set_context(plain)
        wait_shown(qtbot, view)
        assert view.choice().level == "cluster"
        assert combo_texts(view.controls.level) == ["Category", "Cluster"]
        assert view.model.headerData(0, Qt.Orientation.Vertical) == "W · Patient"
        QThreadPool.globalInstance().waitForDone(10_000)
