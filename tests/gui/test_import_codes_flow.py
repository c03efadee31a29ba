"""File ▸ Import coded units…: a Units sheet into the project, the report, or every bad row."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt

from ccrt_coder.gui.shell.main_window import MainWindow
from ccrt_coder.gui.widgets.report_boxes import ProblemsDialog
from ccrt_coder.io.limits import MAX_PROBLEMS
from ccrt_coder.io.narrative_import import read_narratives
from ccrt_coder.paths import resource
from ccrt_coder.usecases.export import ExportOptions
from ccrt_coder.usecases.project import Project
from tests.demo_counts import DEMO
from tests.gui.exchange_helpers import CODER_A, demo_study, unit_count
from tests.gui.workspace_helpers import empty_window


@pytest.fixture
def units_csv(tmp_path: Path) -> Path:
    """Coder A's units of the demo study (both layers) as a units CSV."""
    demo = demo_study(tmp_path / "study")
    with Project.open(demo) as project:
        report = project.export(
            tmp_path / "coder-a.csv", ExportOptions(coders=(CODER_A,), sheets=("units",))
        )
    return report.files[0]


@pytest.fixture
def window(qtbot, tmp_path: Path) -> MainWindow:
    """The demo's transcripts and REs in a new project, no coders and no units yet."""
    path = tmp_path / "fresh.ccrt"
    with Project.create(path) as project:
        files = sorted(resource("demo", "transcripts").glob("*.txt"))
        project.import_narratives(read_narratives(files, settings=project.settings()))
    window = empty_window(qtbot)
    assert window.open_project(path)
    return window


def import_file(qtbot, window: MainWindow, source: Path, coder: str | None = None):  # type: ignore[no-untyped-def]
    window.exchange.import_codes_action.trigger()
    dialog = window.exchange.dialog
    dialog.set_source(source, coder)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.job.is_running(), timeout=30_000)
    return dialog


def test_units_exported_from_the_demo_come_back_into_a_fresh_copy(
    qtbot, window: MainWindow, units_csv: Path
) -> None:
    path = window.project.path
    before = window.project
    dialog = import_file(qtbot, window, units_csv)
    assert dialog.result_box is not None
    qtbot.addWidget(dialog.result_box)
    assert (
        dialog.result_box.text()
        == f"Added {DEMO.units_of(CODER_A)} units for {CODER_A}. New coder: {CODER_A}."
    )
    assert unit_count(path) == DEMO.units_of(CODER_A)
    assert window.project is not before  # reloaded: the new coder is offered
    assert [c.name for c in window.project.coders()] == [CODER_A]
    assert f"{DEMO.interviews} interviews" in window.counts_text()


def test_a_bad_file_lists_every_row_error_and_adds_nothing(
    qtbot, window: MainWindow, units_csv: Path, tmp_path: Path
) -> None:
    with units_csv.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    for row in rows[:15]:
        row["category_code"] = "W99"
    for row in rows[15:27]:
        row["re"] = "99"
    bad = tmp_path / "bad-units.csv"
    with bad.open("w", encoding="utf-8-sig", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    dialog = import_file(qtbot, window, bad, "Someone new")
    problems = dialog.problems_box
    assert isinstance(problems, ProblemsDialog)
    qtbot.addWidget(problems)
    listed = problems.problems()
    assert len(listed) == 27  # all of them, not only the first 20 of the message
    assert listed[0].startswith("row 2:") and "W99" in listed[0]
    assert any("RE 99" in line for line in listed)
    assert "27 problems in bad-units.csv" in problems.summary.text()
    assert dialog.ui.statusLabel.text() == "Nothing was imported."
    assert dialog.isVisible() and dialog.result_box is None
    assert unit_count(window.project.path) == 0
    assert window.project.coders() == []


def test_skip_existing_in_the_dialog_adds_only_the_new_units(
    qtbot, window: MainWindow, units_csv: Path, tmp_path: Path
) -> None:
    path = window.project.path
    with units_csv.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    first = tmp_path / "first.csv"
    with first.open("w", encoding="utf-8-sig", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows[:10])
    done = import_file(qtbot, window, first)
    qtbot.addWidget(done.result_box)
    assert unit_count(path) == 10

    window.exchange.import_codes_action.trigger()
    dialog = window.exchange.dialog
    assert not dialog.ui.skipExistingCheck.isChecked()
    dialog.set_source(units_csv)
    check = dialog.ui.skipExistingCheck
    qtbot.mouseClick(check, Qt.MouseButton.LeftButton, pos=QPoint(8, check.height() // 2))
    assert check.isChecked()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.job.is_running(), timeout=30_000)
    assert dialog.result_box is not None
    qtbot.addWidget(dialog.result_box)
    added = DEMO.units_of(CODER_A) - 10
    assert dialog.result_box.text() == (
        f"Added {added:,} units for {CODER_A}. Skipped 10 rows whose unit the project has already."
    )
    assert unit_count(path) == DEMO.units_of(CODER_A)


def test_without_skip_existing_the_dialog_lists_the_rows_already_there(
    qtbot, window: MainWindow, units_csv: Path
) -> None:
    done = import_file(qtbot, window, units_csv)
    qtbot.addWidget(done.result_box)
    dialog = import_file(qtbot, window, units_csv)
    assert isinstance(dialog.problems_box, ProblemsDialog)
    qtbot.addWidget(dialog.problems_box)
    listed = dialog.problems_box.problems()
    total = DEMO.units_of(CODER_A)  # the first 100 are listed, the rest counted
    assert len(listed) == MAX_PROBLEMS + 1 and listed[-1] == f"... and {total - MAX_PROBLEMS} more"
    assert all("the project already has this unit" in line for line in listed[:-1])
    assert f"{total} problems in" in dialog.problems_box.summary.text()
    assert unit_count(window.project.path) == DEMO.units_of(CODER_A)
