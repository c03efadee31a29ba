"""An export read back as other programs read it: openpyxl (content and formatting) and LibreOffice.

The workbook is written by xlsxwriter; these tests pin what a reader sees, so a change of writer
or of its options cannot silently change the file.
"""

from __future__ import annotations

import csv
import math
import shutil
import subprocess
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import openpyxl
import pytest
from openpyxl.utils import get_column_letter

from ccrt_coder.io.sheet_source import SheetSource
from ccrt_coder.io.xlsx_writer import write_xlsx
from ccrt_coder.storage.database import Database
from ccrt_coder.storage.schema import open_project_file
from ccrt_coder.usecases.demo import build_demo
from ccrt_coder.usecases.export import ExportOptions, export_project, sheet_sources

DATETIME = "yyyy-mm-dd h:mm:ss"
WHEN = datetime(2024, 5, 17, 14, 30, 5)
RISKY = ['=HYPERLINK("http://evil.example","click")', "+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1"]


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    path = tmp_path_factory.mktemp("demo") / "demo.ccrt"
    build_demo(path)
    db = open_project_file(path)
    yield db
    db.close()


def seen(value: object) -> object:
    """What a reader sees for a value given to the writer (times: to the millisecond)."""
    if value == "" or (isinstance(value, float) and not math.isfinite(value)):
        return None
    if isinstance(value, datetime):
        return value.replace(microsecond=0) + timedelta(milliseconds=round(value.microsecond / 1e3))
    return value


def test_an_export_reads_back_with_the_rows_it_was_given(demo: Database, tmp_path: Path) -> None:
    out = tmp_path / "demo.xlsx"
    report = export_project(demo, out)
    with demo.reading() as session:
        sources = sheet_sources(session, demo, ExportOptions())
        expected = {s.name: [tuple(s.header), *map(tuple, s.rows)] for s in sources}
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == list(expected)
    for name, rows in expected.items():
        read = list(book[name].iter_rows(values_only=True))
        assert len(read) == len(rows) == report.rows[name] + 1
        for got, given in zip(read, rows, strict=True):
            want = tuple(seen(v) for v in given)
            if name == "About" and given[0] == "exported at (UTC)":
                assert isinstance(got[1], datetime)  # the time of each export
                continue
            assert tuple(seen(v) for v in got[: len(want)]) == want, name


def test_an_export_keeps_its_formatting(demo: Database, tmp_path: Path) -> None:
    out = tmp_path / "demo.xlsx"
    report = export_project(demo, out)
    book = openpyxl.load_workbook(out)
    for ws in book.worksheets:
        last = get_column_letter(ws.max_column)
        assert all(c.font.bold and c.data_type == "s" for c in ws[1]), ws.title
        assert not any(c.font.bold for c in ws[2]), ws.title
        assert ws[1][0].font.name == "Calibri" and ws[1][0].font.size == 11
        assert ws.freeze_panes == "A2"
        assert ws.auto_filter.ref == f"A1:{last}{report.rows[ws.title] + 1}"
        assert ws.print_title_rows == "$1:$1"
        assert ws.page_setup.orientation == "landscape"
        widths = [
            ws.column_dimensions[get_column_letter(i)].width for i in range(1, 1 + len(ws[1]))
        ]
        assert all(6 <= w <= 70 and w == int(w) for w in widths), ws.title
    units = book["Units"]
    header = [c.value for c in units[1]]
    width = {name: units.column_dimensions[get_column_letter(i)].width
             for i, name in enumerate(header, start=1)}  # fmt: skip
    assert width["dyad"] == len("dyad") + 3  # header wider than "D01"
    assert width["created_at"] == len("2024-01-31 23:59:59") + 2
    assert width["text"] == 70  # long texts: capped, wrapped
    created, text = header.index("created_at"), header.index("text")
    rows = list(units.iter_rows(min_row=2))
    assert all(r[created].number_format == DATETIME and r[created].is_date for r in rows)
    assert all(r[header.index("start")].number_format == "General" for r in rows)
    wrapped = [r for r in rows if len(r[text].value) > 70 or "\n" in r[text].value]
    assert wrapped and all(r[text].alignment.wrap_text for r in wrapped)
    assert all(units.row_dimensions[r[0].row].height in (15, 30, 45, 60) for r in wrapped[:50])
    assert not any(r[text].alignment.wrap_text for r in rows if r not in wrapped)
    about = {r[0].value: r[1] for r in book["About"].iter_rows(min_row=2)}
    assert about["exported at (UTC)"].number_format == DATETIME
    assert about["minimum REs for a CCRT"].data_type == "n"


def sample_sheets() -> list[SheetSource]:
    header = ("name", "number", "ratio", "when", "text", "flag")
    rows = [(t, -1, -1.5, WHEN, t, None) for t in RISKY]
    rows += [("plain", 5, 2.5, WHEN, "line one\nline two", True)]
    second = [("a", 1), ("b", 2)]
    return [
        SheetSource("First", "first", header, rows, len(rows), frozenset({"text"})),
        SheetSource("Second", "second", ("key", "count"), second, len(second)),
    ]


def libreoffice_calc() -> bool:
    """LibreOffice with Calc (``sclo``, its spreadsheet library): Writer alone cannot load .xlsx."""
    soffice = shutil.which("soffice")
    return soffice is not None and any(Path(soffice).resolve().parent.glob("*sclo.*"))


@pytest.mark.skipif(not libreoffice_calc(), reason="LibreOffice Calc is not installed")
def test_libreoffice_reads_texts_as_texts(tmp_path: Path) -> None:
    out = tmp_path / "book.xlsx"
    write_xlsx(out, sample_sheets())
    # 44,34,76: comma, double quote, UTF-8; ...,-1: every sheet, one file each
    options = "44,34,76,1,,0,false,true,false,false,false,-1"
    subprocess.run(
        ["soffice", f"-env:UserInstallation=file://{tmp_path / 'profile'}", "--headless",
         "--convert-to", f"csv:Text - txt - csv (StarCalc):{options}", "--outdir",
         str(tmp_path / "csv"), str(out)],
        check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    with (tmp_path / "csv" / "book-First.csv").open(encoding="utf-8", newline="") as handle:
        first = list(csv.reader(handle))
    assert first[0] == ["name", "number", "ratio", "when", "text", "flag"]
    for row, text in zip(first[1:-1], RISKY, strict=True):
        assert row[0] == row[4] == text  # the text itself, never a formula's result
        assert row[1:4] == ["-1", "-1.5", "2024-05-17 14:30:05"]
    assert first[-1] == ["plain", "5", "2.5", "2024-05-17 14:30:05", "line one\nline two", "TRUE"]
    second = (tmp_path / "csv" / "book-Second.csv").read_text(encoding="utf-8")
    assert second.splitlines() == ["key,count", "a,1", "b,2"]
