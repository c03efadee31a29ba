"""The xlsx and CSV writers: formatting, types, formula injection, cleaning up after failures."""

from __future__ import annotations

import csv
import math
import tempfile
import zipfile
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest

from ccrt_coder.io.atomic_file import atomic_outputs
from ccrt_coder.io.cell_safety import is_risky, neutralise_csv, restore_text
from ccrt_coder.io.csv_writer import write_csv
from ccrt_coder.io.sheet_source import SheetSource
from ccrt_coder.io.xlsx_writer import write_xlsx

RISKY = ['=HYPERLINK("http://evil.example","click")', "+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1"]
WHEN = datetime(2024, 5, 17, 14, 30, 5)
HEADER = ("name", "number", "ratio", "when", "text", "flag")


def sheet(rows: list[tuple], name: str = "Data", key: str = "data") -> SheetSource:
    return SheetSource(name, key, HEADER, iter(rows), len(rows), frozenset({"text"}))


def plain_rows() -> list[tuple]:
    return [
        ("a", 5, 2.5, WHEN, "short", True),
        ("b", -3, -0.25, None, "x" * 200, False),
        ("c", 0, math.nan, WHEN, "line one\nline two", None),
        ("-", 7, math.inf, None, "#N/A", None),
    ]


def risky_rows() -> list[tuple]:
    return [(text, -1, -1.5, None, text, None) for text in RISKY]


def sheet_xml(path: Path) -> str:
    with zipfile.ZipFile(path) as archive:
        return archive.read("xl/worksheets/sheet1.xml").decode("utf-8")


@pytest.mark.parametrize(
    ("text", "in_csv"),
    [*((t, "'" + t) for t in RISKY), ("-", "-"), ("+", "+"), ("", ""), ("a=1", "a=1"),
     ("1-2", "1-2"), ("'abc", "'abc"), ("'=1", "''=1"), ("''-2", "'''-2"), ("\n=1", "'\n=1")],
)  # fmt: skip
def test_csv_guard_and_its_inverse(text: str, in_csv: str) -> None:
    assert is_risky(text) is (text in RISKY or text == "\n=1")
    assert neutralise_csv(text) == in_csv
    assert restore_text(in_csv) == text


def test_xlsx_header_filter_freeze_and_widths(tmp_path: Path) -> None:
    out = tmp_path / "out.xlsx"
    counts = write_xlsx(out, [sheet(plain_rows())])
    assert counts == {"Data": 4}
    ws = openpyxl.load_workbook(out)["Data"]
    assert [c.value for c in ws[1]] == list(HEADER)
    assert all(c.font.bold for c in ws[1])
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == "A1:F5"
    widths = {col: ws.column_dimensions[col].width for col in "ABCDEF"}
    assert widths["E"] == 70  # long text: capped
    assert 6 <= widths["A"] < 10 and widths["D"] >= 19  # short codes; dates fit


def test_xlsx_types_numbers_dates_and_wrap(tmp_path: Path) -> None:
    out = tmp_path / "out.xlsx"
    write_xlsx(out, [sheet(plain_rows())])
    ws = openpyxl.load_workbook(out)["Data"]
    a, b, c, d = (ws[n] for n in range(2, 6))
    assert (a[1].value, a[1].data_type, a[2].value) == (5, "n", 2.5)
    assert (b[1].value, b[1].data_type, b[2].value, b[2].data_type) == (-3, "n", -0.25, "n")
    assert a[3].value == WHEN and a[3].is_date and "yy" in a[3].number_format
    assert a[5].value is True
    assert c[2].value is None and d[2].value is None  # NaN and inf: empty, not "nan"
    assert not a[4].alignment.wrap_text  # fits its column: no need to wrap
    assert b[4].alignment.wrap_text and c[4].alignment.wrap_text  # too long; line breaks
    heights = [ws.row_dimensions[n].height for n in range(2, 6)]
    assert heights == [None, 45, 30, None]  # 200 characters in 70: 3 lines; two lines
    assert (d[0].value, d[0].data_type) == ("-", "s")
    assert (d[4].value, d[4].data_type) == ("#N/A", "s")  # text, not an error cell


def test_xlsx_risky_texts_are_inert_strings(tmp_path: Path) -> None:
    out = tmp_path / "out.xlsx"
    write_xlsx(out, [sheet(risky_rows())])
    ws = openpyxl.load_workbook(out)["Data"]
    for row, text in zip(ws.iter_rows(min_row=2), RISKY, strict=True):
        for cell in (row[0], row[4]):
            assert (cell.value, cell.data_type) == (text, "s")
            assert cell.quotePrefix  # Excel keeps it text even when the cell is edited
        assert (row[1].value, row[1].data_type, row[2].value) == (-1, "n", -1.5)
    xml = sheet_xml(out)
    assert "<f>" not in xml and "<f " not in xml
    assert "HYPERLINK" in xml and 't="inlineStr"' in xml


def test_xlsx_control_characters_become_replacement_marks(tmp_path: Path) -> None:
    out = tmp_path / "out.xlsx"
    write_xlsx(out, [sheet([("bell\x07", 1, 1.0, None, "form\x0cfeed", None)])])
    ws = openpyxl.load_workbook(out)["Data"]
    assert (ws["A2"].value, ws["E2"].value) == ("bell\ufffd", "form\ufffdfeed")


def test_xlsx_several_sheets_and_progress(tmp_path: Path) -> None:
    seen: list[int] = []
    many = [("n", i, 0.0, None, "t", None) for i in range(4500)]
    counts = write_xlsx(
        tmp_path / "out.xlsx", [sheet(many), sheet(plain_rows(), "More", "more")], seen.append
    )
    assert counts == {"Data": 4500, "More": 4}
    assert seen == [2000, 4000, 4500, 4504]
    assert openpyxl.load_workbook(tmp_path / "out.xlsx").sheetnames == ["Data", "More"]


def test_xlsx_row_files_stay_beside_the_workbook(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No study data in the system's temporary folder while writing; nothing left after."""
    scratch, out = tmp_path / "scratch", tmp_path / "out"
    scratch.mkdir()
    out.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    seen: list[list[Path]] = []
    many = [("n", i, 0.0, None, "t", None) for i in range(4500)]

    def files(_: int) -> None:
        seen.append([p for p in out.rglob("*") if p.is_file()] + list(scratch.iterdir()))

    write_xlsx(out / "out.xlsx", [sheet(many)], files)
    assert seen[0] and all(p.parent.name.startswith(".xlsx-rows-") for p in seen[0])
    assert [p.name for p in out.iterdir()] == ["out.xlsx"]


def test_xlsx_failure_leaves_no_temporary_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))

    def rows():
        yield ("a", 1, 1.0, None, "t", None)
        raise RuntimeError("source broke")

    with pytest.raises(RuntimeError):
        write_xlsx(tmp_path / "out.xlsx", [sheet(plain_rows()), sheet(list(rows()))])
    with pytest.raises(RuntimeError), atomic_outputs([tmp_path / "out.xlsx"]) as (partial,):
        write_xlsx(partial, [sheet(plain_rows()), SheetSource("B", "b", HEADER, rows(), 2)])
    assert list(scratch.iterdir()) == []
    assert [p.name for p in tmp_path.iterdir()] == ["scratch"]


def test_csv_conventions(tmp_path: Path) -> None:
    out = tmp_path / "out.csv"
    assert write_csv(out, sheet(plain_rows() + risky_rows())) == 10
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfname,number,")
    assert raw.count(b"\r\n") >= 11 and b'"line one\nline two"' in raw
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == list(HEADER)
    assert rows[1] == ["a", "5", "2.5", "2024-05-17 14:30:05", "short", "TRUE"]
    assert rows[2][:3] == ["b", "-3", "-0.25"] and rows[2][5] == "FALSE"
    assert rows[3][2] == "" and rows[4][:3] == ["-", "7", ""]  # NaN, inf: empty; "-" as is
    for row, text in zip(rows[5:], RISKY, strict=True):
        assert row[0] == row[4] == "'" + text
        assert row[1:3] == ["-1", "-1.5"]  # numbers stay numbers


def test_atomic_outputs_replace_only_on_success(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    target.write_text("old")
    with pytest.raises(ValueError), atomic_outputs([target]) as (partial,):
        partial.write_text("half")
        raise ValueError
    assert target.read_text() == "old"
    with atomic_outputs([target]) as (partial,):
        partial.write_text("new")
    assert target.read_text() == "new"
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]
