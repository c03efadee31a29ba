"""The export use case on real projects: sheets, columns, filters, CSV files, cancel, failures."""

from __future__ import annotations

import csv
import os
import tempfile
import threading
import zipfile
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest

from ccrt_coder import __version__
from ccrt_coder.core.domain import Component, Layer, NarratorRole, Span, Valence
from ccrt_coder.core.errors import CcrtError, InputError, NotFoundError
from ccrt_coder.core.narratives import InterviewDraft, ReDraft
from ccrt_coder.core.records import UnitDraft
from ccrt_coder.io.units_format import UNITS_HEADER
from ccrt_coder.storage import schema
from ccrt_coder.storage.database import Database
from ccrt_coder.storage.schema import open_project_file
from ccrt_coder.usecases import export as export_service
from ccrt_coder.usecases.demo import build_demo
from ccrt_coder.usecases.export import ExportCancelled, ExportOptions, export_project
from ccrt_coder.usecases.project import Project
from tests.demo_counts import DEMO

RISKY = ['=HYPERLINK("http://evil.example","click")', "+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1"]
CODER_A, CODER_B = DEMO.coder_a, DEMO.coder_b
SHEETS = (
    "Units", "REs", "Memos", "CCRT", "Comparison", "Dyad similarity", "Agreement", "Categories",
    "About",
)  # fmt: skip


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.ccrt"
    build_demo(path)
    return path


@pytest.fixture
def demo(demo_path: Path) -> Iterator[Database]:
    db = open_project_file(demo_path)
    yield db
    db.close()


def risky_study(path: Path) -> Path:
    """One RE whose text lines, labels and memos all start like formulas."""
    text = "Interview after session 5\nRE 1: mother\n" + "\n".join(RISKY) + "\nThe end.\n"
    first = text.index(RISKY[0])
    re = ReDraft(1, "mother", (Span(first, text.index("\nThe end")),), "=cmd|' /C calc'!A0")
    draft = InterviewDraft("D01", NarratorRole.PATIENT, 5, text, (re,), "risky.txt")
    with Project.create(path) as project:
        project.import_narratives([draft])
        coder = project.add_coder("-Coder")
        re_id = project.find_re("D01", NarratorRole.PATIENT, 5, 1)
        units = [
            UnitDraft(re_id, coder.id, Component.RS, (Span(i, i + len(line)),), ("RS1",),
                      tailor_label=line, memo=f"@memo {n}", valence=Valence.POSITIVE)
            for n, line in enumerate(RISKY)
            for i in [text.index(line)]
        ]  # fmt: skip
        two_pieces = (Span(first, first + 5), Span(text.index("-2+3"), text.index("-2+3") + 4))
        units.append(
            UnitDraft(re_id, coder.id, Component.W, two_pieces, ("W1", "W6"), Layer.CONSENSUS,
                      "two pieces", memo="-")
        )  # fmt: skip
        project.add_units(units)
    return path


def rows_of(path: Path, sheet: str) -> list[dict[str, object]]:
    ws = openpyxl.load_workbook(path)[sheet]
    values = list(ws.iter_rows(values_only=True))
    return [dict(zip(values[0], row, strict=True)) for row in values[1:]]


def test_workbook_sheets_and_units_columns(demo: Database, tmp_path: Path) -> None:
    out = tmp_path / "demo.xlsx"
    report = export_project(demo, out)
    assert report.files == (out,)
    assert openpyxl.load_workbook(out).sheetnames == list(SHEETS)
    assert report.rows == {"Units": DEMO.all_units, "REs": DEMO.res, "Memos": 0, "CCRT": 972,
                           "Comparison": 324, "Dyad similarity": 3 * 4 * 3 * 3 * 2,
                           "Agreement": 560, "Categories": 24,
                           "About": 22}  # fmt: skip
    units = rows_of(out, "Units")
    assert tuple(units[0]) == UNITS_HEADER
    assert {u["coder"] for u in units} == {"Coder A (L. Berger)", CODER_B}
    assert {u["layer"] for u in units} == {"coder", "consensus"}
    assert all(isinstance(u["created_at"], datetime) for u in units)
    assert all(isinstance(u[k], int) for u in units for k in ("phase", "re", "start", "end"))


def test_unit_text_and_line_numbers_match_the_transcripts(demo: Database, tmp_path: Path) -> None:
    export_project(demo, tmp_path / "demo.xlsx")
    project = Project(demo)
    texts = {
        f"{i.dyad}/{i.narrator.value}/{i.phase}": project.transcript(i.id).text
        for i in project.interviews()
    }
    for unit in rows_of(tmp_path / "demo.xlsx", "Units"):
        text, start, end = texts[unit["interview"]], unit["start"], unit["end"]
        assert unit["text"] == text[start:end]
        assert unit["line_start"] == text.count("\n", 0, start) + 1
        assert unit["line_end"] == text.count("\n", 0, end - 1) + 1


def test_several_categories_share_one_row(demo: Database, tmp_path: Path) -> None:
    export_project(demo, tmp_path / "demo.xlsx")
    multi = [u for u in rows_of(tmp_path / "demo.xlsx", "Units") if "; " in u["category_code"]]
    assert multi  # the demo has units with two categories
    for unit in multi:
        codes = unit["category_code"].split("; ")
        assert len(unit["category_label"].split("; ")) == len(codes)
        assert unit["cluster"].split("; ") == codes  # the shipped system codes clusters


def test_res_sheet_has_each_coders_completeness(demo: Database, tmp_path: Path) -> None:
    export_project(demo, tmp_path / "demo.xlsx")
    res = rows_of(tmp_path / "demo.xlsx", "REs")
    assert len(res) == DEMO.res
    columns = [c for c in res[0] if c.startswith("completeness")]
    assert columns == [
        "completeness: Coder A (L. Berger) (coder)",
        f"completeness: {CODER_B} (coder)",
        "completeness: Coder A (L. Berger) (consensus)",
    ]
    assert all(1 <= r[columns[0]] <= 5 for r in res)  # numbers (4.0 reads back as 4)
    assert all(r["line_start"] <= r["line_end"] and "-" in r["spans"] for r in res)


def test_categories_and_about(demo: Database, tmp_path: Path) -> None:
    export_project(demo, tmp_path / "demo.xlsx", ExportOptions(layer="consensus"))
    categories = rows_of(tmp_path / "demo.xlsx", "Categories")
    assert [c["code"] for c in categories][:2] == ["W1", "W2"]
    assert categories[8]["default_valence"] == "+" and categories[8]["component"] == "RO"
    about = {r["item"]: r["value"] for r in rows_of(tmp_path / "demo.xlsx", "About")}
    assert about["app version"] == f"CCRT Coder {__version__}"
    assert about["schema revision"] == schema.SCHEMA_HEAD
    assert about["completeness threshold"] == 2.5 and about["minimum REs for a CCRT"] == 10
    assert "a unit or a completeness rating" in about["coded REs"]  # the rule, said once
    assert "excluded (n_res_excluded), with or without units" in about["coded REs"]
    assert about["phases"] == "5, 15, 28" and about["blind mode"] == "on"
    assert about["layers exported"] == "consensus" and about["coders exported"] == "all"
    assert isinstance(about["exported at (UTC)"], datetime)


def test_filters_by_coder_and_layer(demo: Database, tmp_path: Path) -> None:
    options = ExportOptions(coders=(CODER_B,), layer="coder", sheets=("units", "res"))
    report = export_project(demo, tmp_path / "b.xlsx", options)
    assert report.rows == {"Units": DEMO.own_units(CODER_B), "REs": DEMO.res}
    assert {u["coder"] for u in rows_of(tmp_path / "b.xlsx", "Units")} == {CODER_B}
    res = rows_of(tmp_path / "b.xlsx", "REs")
    assert [c for c in res[0] if c.startswith("completeness")] == [
        f"completeness: {CODER_B} (coder)"
    ]
    consensus = export_project(demo, tmp_path / "c.xlsx", ExportOptions(layer="consensus"))
    assert consensus.rows["Units"] == DEMO.consensus_units


def test_csv_one_file_per_sheet(demo: Database, tmp_path: Path) -> None:
    report = export_project(demo, tmp_path / "study.csv")
    names = [f"study-{key}.csv" for key in export_service.sheet_keys()]
    assert names[3:7] == [
        "study-ccrt.csv", "study-comparison.csv", "study-dyads.csv", "study-agreement.csv",
    ]  # fmt: skip
    assert [p.name for p in report.files] == names
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(names)
    raw = (tmp_path / "study-units.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfdyad,patient,") and b"\r\n" in raw
    with (tmp_path / "study-units.csv").open(encoding="utf-8-sig", newline="") as handle:
        assert len(list(csv.reader(handle))) == 675
    only = export_project(demo, tmp_path / "one.csv", ExportOptions(sheets=("Units",)))
    assert [p.name for p in only.files] == ["one-units.csv"]


def test_risky_texts_cannot_execute(tmp_path: Path) -> None:
    db = open_project_file(risky_study(tmp_path / "risky.ccrt"))
    try:
        export_project(db, tmp_path / "risky.xlsx")
        export_project(db, tmp_path / "risky.csv", ExportOptions(sheets=("units", "res")))
    finally:
        db.close()
    with zipfile.ZipFile(tmp_path / "risky.xlsx") as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/"):
                xml = archive.read(name).decode()
                assert "<f>" not in xml and "<f " not in xml
    ws = openpyxl.load_workbook(tmp_path / "risky.xlsx")["Units"]
    header = [c.value for c in ws[1]]
    for row in ws.iter_rows(min_row=2):
        for name in ("text", "tailor_label", "memo", "coder"):
            cell = row[header.index(name)]
            assert cell.data_type == "s"
            assert cell.value is None or not cell.value.startswith("'")
    units = rows_of(tmp_path / "risky.xlsx", "Units")
    assert [u["text"] for u in units[:6]] == RISKY  # exact: nothing added in xlsx
    assert units[6]["spans"] and units[6]["text"] == "=HYPE … -2+3"
    with (tmp_path / "risky-units.csv").open(encoding="utf-8-sig", newline="") as handle:
        lines = list(csv.DictReader(handle))
    assert [u["text"] for u in lines[:6]] == ["'" + t for t in RISKY]
    assert lines[0]["coder"] == "'-Coder" and lines[0]["valence"] == "+"
    assert lines[6]["memo"] == "-" and lines[6]["re"] == "1"
    with (tmp_path / "risky-res.csv").open(encoding="utf-8-sig", newline="") as handle:
        assert next(csv.DictReader(handle))["other_name"] == "'=cmd|' /C calc'!A0"


def test_runs_on_a_worker_thread(demo: Database, tmp_path: Path) -> None:
    """As the GUI runs it: the project was opened (and used) on another thread."""
    Project(demo).info()
    results: list[object] = []
    worker = threading.Thread(
        target=lambda: results.append(export_project(demo, tmp_path / "demo.xlsx").rows)
    )
    worker.start()
    worker.join()
    assert results and results[0]["Units"] == DEMO.all_units  # type: ignore[index]


def test_cancel_leaves_no_file(demo: Database, tmp_path: Path, monkeypatch) -> None:
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    calls: list[tuple[int, int]] = []
    for out in (out_dir / "demo.xlsx", out_dir / "demo.csv"):
        calls.clear()
        with pytest.raises(ExportCancelled):
            export_project(demo, out, progress=lambda d, t: calls.append((d, t)),
                           cancelled=lambda: bool(calls))  # fmt: skip
        assert calls == [(0, DEMO.all_units + DEMO.res + 972 + 324 + 216 + 560 + 24 + 22)]
        assert list(out_dir.iterdir()) == [] and list(scratch.iterdir()) == []


def test_progress_ends_at_the_rows_written(demo: Database, tmp_path: Path) -> None:
    calls: list[tuple[int, int]] = []
    out = tmp_path / "demo.xlsx"
    report = export_project(demo, out, progress=lambda d, t: calls.append((d, t)))
    done = [d for d, _ in calls]
    assert done == sorted(done) and all(d <= t for d, t in calls)
    assert calls[-1] == (sum(report.rows.values()),) * 2


def test_cancel_midway_keeps_an_older_file(demo: Database, tmp_path: Path) -> None:
    out = tmp_path / "demo.xlsx"
    out.write_bytes(b"older export")
    calls: list[int] = []
    with pytest.raises(ExportCancelled):
        export_project(demo, out, progress=lambda d, t: calls.append(d),
                       cancelled=lambda: len(calls) >= 2)  # fmt: skip
    assert calls == [0, DEMO.all_units]  # stopped after the Units sheet
    assert out.read_bytes() == b"older export"
    assert [p.name for p in tmp_path.iterdir()] == ["demo.xlsx"]


def test_a_failing_export_leaves_no_file(demo: Database, tmp_path: Path, monkeypatch) -> None:
    def broken(path, sheets, rows_written):
        Path(path).write_bytes(b"half")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(export_service, "write_xlsx", broken)
    with pytest.raises(OSError):
        export_project(demo, tmp_path / "demo.xlsx")
    assert list(tmp_path.iterdir()) == []


def _unwritable_folder(tmp_path: Path) -> Path:
    if os.geteuid() != 0:
        folder = tmp_path / "locked"
        folder.mkdir()
        folder.chmod(0o555)
        return folder
    if Path("/sys").is_dir():  # root may write anywhere else
        return Path("/sys")
    pytest.skip("no unwritable folder for root here")


def test_unwritable_or_missing_folder(demo: Database, tmp_path: Path) -> None:
    folder = _unwritable_folder(tmp_path)
    with pytest.raises(InputError, match=f"cannot write in folder {folder}"):
        export_project(demo, folder / "demo.xlsx")
    assert not (folder / "demo.xlsx").exists()
    with pytest.raises(InputError, match="does not exist"):
        export_project(demo, tmp_path / "missing" / "demo.csv")


@pytest.mark.parametrize(
    ("out", "options", "error", "message"),
    [
        ("demo.txt", ExportOptions(), InputError, "ending in .xlsx or .csv"),
        ("demo.xlsx", ExportOptions(coders=("Nobody",)), NotFoundError, "no coder called 'Nobody'"),
        ("demo.xlsx", ExportOptions(layer="draft"), InputError, "layer must be one of"),
        ("demo.xlsx", ExportOptions(sheets=("pivot",)), InputError, "unknown sheet(s) pivot"),
    ],
)
def test_bad_requests(
    demo: Database, tmp_path: Path, out: str, options: ExportOptions,
    error: type[CcrtError], message: str,
) -> None:  # fmt: skip
    with pytest.raises(error) as raised:
        export_project(demo, tmp_path / out, options)
    assert message in str(raised.value)
    assert list(tmp_path.iterdir()) == []
