"""Coded-set import: the Units sheet read back into a fresh copy gives the same units; bad rows."""

from __future__ import annotations

import csv
import hashlib
from collections import Counter
from pathlib import Path

import pytest

from ccrt_coder.core.domain import Component, Layer, NarratorRole, Span, Valence
from ccrt_coder.core.errors import InputError
from ccrt_coder.core.narratives import InterviewDraft, ReDraft
from ccrt_coder.core.records import UnitDraft
from ccrt_coder.io.narrative_import import read_narratives
from ccrt_coder.paths import resource
from ccrt_coder.storage.schema import open_project_file
from ccrt_coder.usecases.codes_import import import_codes
from ccrt_coder.usecases.demo import build_demo
from ccrt_coder.usecases.export import ExportOptions, export_project
from ccrt_coder.usecases.project import Project
from tests.demo_counts import DEMO

UNITS_ONLY = ExportOptions(sheets=("units",))
RISKY = ['=HYPERLINK("http://evil.example","click")', "+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1"]


def fresh_demo_copy(path: Path) -> Path:
    """The demo's narratives and REs, no coders and no units."""
    with Project.create(path) as project:
        files = sorted(resource("demo", "transcripts").glob("*.txt"))
        project.import_narratives(read_narratives(files, settings=project.settings()))
    return path


def unit_set(path: Path) -> Counter:
    """Every unit by what a coder decided and where (no ids, no timestamps)."""
    with Project.open(path) as project:
        names = {c.id: c.name for c in project.coders()}
        found: Counter = Counter()
        for interview in project.interviews():
            numbers = {re.id: re.number for re in project.episodes(interview.id)}
            for unit in project.units(list(numbers)):
                d = unit.draft
                re_key = (interview.dyad, interview.narrator, interview.phase, numbers[d.re_id])
                found[(re_key, names[d.coder_id], d.layer, d.component, d.categories,
                       d.valence, d.actuality, d.explicitness, d.lu_direction, d.tailor_label,
                       d.memo, d.spans)] += 1  # fmt: skip
    return found


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def demo_exports(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("demo")
    build_demo(folder / "demo.ccrt")
    db = open_project_file(folder / "demo.ccrt")
    try:
        export_project(db, folder / "demo.xlsx", UNITS_ONLY)
        export_project(db, folder / "demo.csv", UNITS_ONLY)
    finally:
        db.close()
    return {"project": folder / "demo.ccrt", ".xlsx": folder / "demo.xlsx",
            ".csv": folder / "demo-units.csv"}  # fmt: skip


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_round_trip_gives_the_same_units(
    demo_exports: dict[str, Path], tmp_path: Path, suffix: str
) -> None:
    copy = fresh_demo_copy(tmp_path / "copy.ccrt")
    db = open_project_file(copy)
    try:
        report = import_codes(db, demo_exports[suffix])
    finally:
        db.close()
    expected = unit_set(demo_exports["project"])
    assert report.units == sum(expected.values()) == DEMO.all_units
    assert report.new_coders == ("Coder A (L. Berger)", "Coder B (M. Costa)")
    assert unit_set(copy) == expected


def test_importing_the_same_file_twice_adds_nothing_the_second_time(
    demo_exports: dict[str, Path], tmp_path: Path
) -> None:
    copy = fresh_demo_copy(tmp_path / "copy.ccrt")
    with Project.open(copy) as project:
        assert project.import_codes(demo_exports[".csv"]).units == DEMO.all_units
        before = unit_set(copy)
        with pytest.raises(InputError, match=r"row 2: the project already has this unit"):
            project.import_codes(demo_exports[".csv"])
    assert unit_set(copy) == before


def risky_drafts() -> list[InterviewDraft]:
    text = "Interview after session 5\nRE 1: mother\n" + "\n".join(RISKY) + "\nThe end.\n"
    first = text.index(RISKY[0])
    re = ReDraft(1, "mother", (Span(first, text.index("\nThe end")),))
    return [InterviewDraft("D01", NarratorRole.PATIENT, 5, text, (re,), "risky.txt")]


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_round_trip_of_risky_texts_and_pieces(tmp_path: Path, suffix: str) -> None:
    with Project.create(tmp_path / "a.ccrt") as project:
        project.import_narratives(risky_drafts())
        text = project.transcript(project.interviews()[0].id).text
        coder = project.add_coder("=Coder")
        re_id = project.find_re("D01", NarratorRole.PATIENT, 5, 1)
        units = [
            UnitDraft(re_id, coder.id, Component.RO, (Span(i, i + len(line)),), ("RO2",),
                      tailor_label=line.strip(), memo=f"@memo {n}", valence=Valence.NEGATIVE)
            for n, line in enumerate(RISKY)
            for i in [text.index(line)]
        ]  # fmt: skip
        plus, at = text.index("+1"), text.index("@S")
        pieces = (Span(plus, plus + 2), Span(at, len(text) - len("\nThe end.\n")))
        units.append(UnitDraft(re_id, coder.id, Component.W, pieces, ("W1", "W6"),
                               Layer.CONSENSUS, "'=quoted", memo="-"))  # fmt: skip
        project.add_units(units)
        project.export(tmp_path / f"a{suffix}", UNITS_ONLY)
    with Project.create(tmp_path / "b.ccrt") as project:
        project.import_narratives(risky_drafts())
    file = tmp_path / ("a-units.csv" if suffix == ".csv" else "a.xlsx")
    db = open_project_file(tmp_path / "b.ccrt")
    try:
        import_codes(db, file)
    finally:
        db.close()
    assert unit_set(tmp_path / "b.ccrt") == unit_set(tmp_path / "a.ccrt")


def write_units_csv(path: Path, rows: list[dict[str, str]]) -> Path:
    columns = ["dyad", "narrator", "phase", "re", "coder", "layer", "component",
               "category_code", "valence", "start", "end", "text"]  # fmt: skip
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, columns)
        writer.writeheader()
        writer.writerows([{c: row.get(c, "") for c in columns} for row in rows])
    return path


def demo_row(**changes: str) -> dict[str, str]:
    """A valid unit of the demo (D01 patient 5, RE 1 spans 264-1046), changed as given."""
    row = {"dyad": "D01", "narrator": "patient", "phase": "5", "re": "1", "coder": "Ann",
           "layer": "coder", "component": "RO", "category_code": "RO5", "valence": "-",
           "start": "510", "end": "561"}  # fmt: skip
    return {**row, **changes}


def test_every_bad_row_is_reported_and_nothing_changes(tmp_path: Path) -> None:
    copy = fresh_demo_copy(tmp_path / "copy.ccrt")
    before = digest(copy)
    bad = write_units_csv(tmp_path / "units.csv", [
        demo_row(),
        demo_row(category_code="RO99"),
        demo_row(component="WISHES"),
        demo_row(valence="maybe"),
        demo_row(start="100", end="120"),
        demo_row(re="42"),
        demo_row(start="561", end="510"),
        demo_row(layer="draft"),
        demo_row(text="something else entirely"),
        demo_row(component="W", category_code="RO5", valence="+"),
        demo_row(phase="five", start="x"),
        demo_row(text="when I looked out from the stage her seat was empty"),
    ])  # fmt: skip
    db = open_project_file(copy)
    try:
        with pytest.raises(InputError) as raised:
            import_codes(db, bad)
    finally:
        db.close()
    lines = str(raised.value).splitlines()
    assert lines[0] == "units.csv: 13 problems:"
    assert lines[1:] == [
        "row 3: unknown category 'RO99' in CCRT standard categories, Edition 3 (clusters)",
        "row 4: component 'WISHES' is not one of response of other, response of self, ro, "
        "rs, w, wish",
        "row 5: valence 'maybe' is not one of +, -, neg, negative, pos, positive",
        "row 6: span 100..120 lies outside the RE's text",
        "row 7: RE 42 of D01 / patient / phase 5 is not in the project",
        "row 8: start (561) must be before end (510)",
        "row 9: layer 'draft' is not one of coder, consensus",
        "row 10: text differs from the transcript",
        "row 11: category RO5 belongs to RO, not W",
        "row 11: valence and actual/anticipated apply to RO and RS only",
        "row 12: phase must be a whole number, not 'five'",
        "row 12: start must be a whole number, not 'x'",
        "row 13: the same unit as row 2",  # found by its text: the unit of row 2 once more
    ]
    assert digest(copy) == before
    with Project.open(copy) as project:
        assert project.coders() == [] and project.info().units == {}


def test_one_coder_for_every_row_and_new_coders(tmp_path: Path) -> None:
    copy = fresh_demo_copy(tmp_path / "copy.ccrt")
    rows = [demo_row(coder=""), demo_row(component="RS", category_code="RS2", start="672",
                                         end="752")]  # fmt: skip
    file = write_units_csv(tmp_path / "units.csv", rows)
    with Project.open(copy) as project:
        project.add_coder("Ann")
        with pytest.raises(InputError, match="row 2: no coder"):
            project.import_codes(file)
        report = project.import_codes(file, coder="Ann")
        assert (report.units, report.coders, report.new_coders) == (2, ("Ann",), ())
        report = project.import_codes(file, coder="Ben")
        assert report.new_coders == ("Ben",)
        assert project.info().units == {"Ann": {"coder": 2}, "Ben": {"coder": 2}}


def test_a_file_without_coder_column_needs_the_option(tmp_path: Path) -> None:
    copy = fresh_demo_copy(tmp_path / "copy.ccrt")
    file = tmp_path / "units.csv"
    file.write_text("dyad,narrator,phase,re,component,start,end\nD01,patient,5,1,W,415,472\n")
    with Project.open(copy) as project:
        with pytest.raises(InputError, match="no 'coder' column; name the coder with --coder"):
            project.import_codes(file)
        assert project.import_codes(file, coder="Cy").units == 1
