"""`ccrt-coder import-codes --skip-existing` and rows found by their text."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from ccrt_coder.cli.entry import main
from ccrt_coder.usecases.project import Project
from tests.demo_counts import DEMO
from tests.io.test_codes_import import demo_row, fresh_demo_copy, unit_set, write_units_csv


def run(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_reimporting_the_projects_own_units_sheet_with_skip_existing_changes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    demo = tmp_path / "demo.ccrt"
    assert run(capsys, "demo", demo)[0] == 0
    sheet = tmp_path / "demo.xlsx"
    assert run(capsys, "export", demo, sheet, "--sheet", "units")[0] == 0
    before_units, before_bytes = unit_set(demo), digest(demo)

    code, out, err = run(capsys, "import-codes", demo, sheet, "--skip-existing")

    assert (code, err) == (0, "")
    assert out.splitlines() == [
        "imported no units",
        f"skipped {DEMO.all_units} rows whose unit the project has already",
    ]
    assert unit_set(demo) == before_units and digest(demo) == before_bytes
    code, _, err = run(capsys, "import-codes", demo, sheet)  # without: refused, row by row
    assert code == 1 and "row 2: the project already has this unit" in err


def test_rows_found_by_text_and_a_new_unit_beside_existing_ones(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    copy = fresh_demo_copy(tmp_path / "copy.ccrt")
    existing = write_units_csv(tmp_path / "one.csv", [demo_row()])
    assert run(capsys, "import-codes", copy, existing)[0] == 0
    rows = [
        demo_row(start="", end="", text="when I looked out from the stage her seat was empty"),
        demo_row(component="RS", category_code="RS2", valence="", start="672", end="752"),
    ]
    file = write_units_csv(tmp_path / "two.csv", rows)
    code, out, err = run(capsys, "import-codes", copy, file, "--skip-existing")
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        "imported 1 units of Ann",
        "skipped 1 rows whose unit the project has already",
    ]
    with Project.open(copy) as project:
        assert project.info().units == {"Ann": {"coder": 2}}


def test_a_text_found_twice_names_the_row(tmp_path: Path, capsys) -> None:
    copy = fresh_demo_copy(tmp_path / "copy.ccrt")
    file = write_units_csv(tmp_path / "units.csv", [demo_row(start="", end="", text="P: I")])
    code, _, err = run(capsys, "import-codes", copy, file)
    assert code == 1 and "row 2: text found " in err and "times in RE 1" in err
