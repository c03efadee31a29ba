"""Coded-set import made friendlier: rows found by their text, and skipping units already there."""

from __future__ import annotations

from pathlib import Path

import pytest

from ccrt_coder.core.domain import Span
from ccrt_coder.core.errors import InputError
from ccrt_coder.usecases.project import Project
from tests.io.test_codes_import import demo_row, digest, fresh_demo_copy, write_units_csv

EMPTY_SEAT = "when I looked out from the stage her seat was empty"  # D01 patient 5, 510-561


@pytest.fixture
def copy(tmp_path: Path) -> Path:
    return fresh_demo_copy(tmp_path / "copy.ccrt")


def spans_of(project: Project) -> list[tuple[Span, ...]]:
    interview = next(i for i in project.interviews() if (i.dyad, i.phase) == ("D01", 5))
    res = [re.id for re in project.episodes(interview.id)]
    return [unit.draft.spans for unit in project.units(res)]


def test_a_row_without_offsets_is_found_by_its_exact_text(copy: Path, tmp_path: Path) -> None:
    file = write_units_csv(
        tmp_path / "units.csv", [demo_row(start="", end="", text=f"  {EMPTY_SEAT} ")]
    )
    with Project.open(copy) as project:
        report = project.import_codes(file)
        assert (report.units, report.skipped) == (1, 0)
        assert spans_of(project) == [(Span(510, 561),)]


def test_text_not_found_or_found_twice_is_an_error_naming_the_row(
    copy: Path, tmp_path: Path
) -> None:
    before = digest(copy)
    file = write_units_csv(tmp_path / "units.csv", [
        demo_row(start="", end="", text=EMPTY_SEAT),
        demo_row(start="", end="", text="her seat was full"),
        demo_row(start="", end="", text="P: I"),
        demo_row(re="2", start="", end="", text=EMPTY_SEAT),  # RE 1's words, not RE 2's
        demo_row(start="", end="", text=""),
    ])  # fmt: skip
    with Project.open(copy) as project, pytest.raises(InputError) as raised:
        project.import_codes(file)
    lines = str(raised.value).splitlines()
    assert lines[0] == "units.csv: 4 problems:"
    assert lines[1] == "row 3: text not found in RE 1"
    assert lines[2].startswith("row 4: text found ") and lines[2].endswith(
        " times in RE 1; give its start and end"
    )
    assert lines[3:] == [
        "row 5: text not found in RE 2",
        "row 6: no start and end, and no text to find the unit by",
    ]
    assert digest(copy) == before


def test_a_file_needs_offsets_or_texts(copy: Path, tmp_path: Path) -> None:
    file = tmp_path / "units.csv"
    file.write_text("dyad,narrator,phase,re,coder,component\nD01,patient,5,1,Ann,W\n")
    with Project.open(copy) as project, pytest.raises(InputError, match="'text' column"):
        project.import_codes(file)


def test_skip_existing_skips_units_already_there_and_imports_the_rest(
    copy: Path, tmp_path: Path
) -> None:
    first = write_units_csv(tmp_path / "first.csv", [demo_row()])
    both = write_units_csv(tmp_path / "both.csv", [
        demo_row(),
        demo_row(component="RS", category_code="RS2", valence="", start="672", end="752"),
    ])  # fmt: skip
    with Project.open(copy) as project:
        project.import_codes(first)
        with pytest.raises(InputError, match="row 2: the project already has this unit"):
            project.import_codes(both)
        report = project.import_codes(both, skip_existing=True)
        assert (report.units, report.skipped, report.coders) == (1, 1, ("Ann",))
        assert sorted(spans_of(project)) == [(Span(510, 561),), (Span(672, 752),)]
        again = project.import_codes(both, skip_existing=True)
        assert (again.units, again.skipped, again.coders) == (0, 2, ())


def test_skip_existing_is_still_all_or_nothing(copy: Path, tmp_path: Path) -> None:
    with Project.open(copy) as project:
        project.import_codes(write_units_csv(tmp_path / "first.csv", [demo_row()]))
    before = digest(copy)
    file = write_units_csv(tmp_path / "mixed.csv", [
        demo_row(),
        demo_row(component="RS", category_code="RS2", valence="", start="672", end="752"),
        demo_row(re="42"),
    ])  # fmt: skip
    with Project.open(copy) as project:
        with pytest.raises(InputError) as raised:
            project.import_codes(file, skip_existing=True)
        assert "row 4: RE 42 of D01 / patient / phase 5 is not in the project" in str(raised.value)
        assert "row 2" not in str(raised.value)
        assert len(spans_of(project)) == 1
    assert digest(copy) == before
