"""Hostile files of issue 14 (finding 2, and the reader parts of 7 and 11), small versions.

Each is refused through the command a user runs, with one ``error:`` line naming the file,
no traceback, no 'unexpected', no transcript text, and the project unchanged. The limits
of :mod:`ccrt_coder.io.limits` are lowered where a full-size file would be needed to trip
them; ``benchmarks/bench_hostile_files.py`` runs the full sizes.
"""

from __future__ import annotations

import hashlib
import json
import time
from pathlib import Path

import pytest

from ccrt_coder.cli.entry import EXIT_ERROR, main
from ccrt_coder.io import limits
from tests.faults.hostile import files
from tests.faults.hostile.files import MB


def refused(capsys: pytest.CaptureFixture[str], *args: object) -> str:
    """The one-line error of a refused command (asserting that it is one)."""
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    assert code == EXIT_ERROR, (out, err)
    assert err.startswith("error: ") and err.count("\n") == 1, err
    assert "unexpected" not in err and "Traceback" not in err, err
    assert "I said no" not in err and "SELECT" not in err and "INSERT" not in err, err
    return err


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def lower(monkeypatch: pytest.MonkeyPatch):
    """Set limits for one test: ``lower(MAX_ROWS=50)``."""

    def set_limits(**values: int) -> None:
        for name, value in values.items():
            monkeypatch.setattr(limits, name, value)

    return set_limits


# -- units sheets (import-codes) ---------------------------------------------------------------
def test_an_xlsx_bomb_is_refused_by_its_compression_ratio(study, tmp_path, capsys):
    bomb = files.xlsx_bomb(tmp_path / "bomb.xlsx", 4 * MB)
    before = digest(study)
    err = refused(capsys, "import-codes", study, bomb)
    assert err.startswith("error: bomb.xlsx: member 'xl/worksheets/sheet1.xml' unpacks ")
    assert "refused as a decompression bomb" in err
    assert digest(study) == before


def test_an_xlsx_over_the_unpacked_size_is_refused(study, tmp_path, capsys, lower):
    lower(MAX_RATIO=10**6, MAX_UNPACKED_BYTES=1 * MB)
    bomb = files.xlsx_bomb(tmp_path / "big.xlsx", 2 * MB)
    err = refused(capsys, "import-codes", study, bomb)
    assert "big.xlsx: the archive unpacks to 2.0 MB (limit 1.0 MB)" in err


def test_an_xlsx_whose_sheet_unpacks_to_more_than_it_declares_is_refused(study, tmp_path, capsys):
    sheet = files.xlsx_bomb(tmp_path / "lying.xlsx", 600 * 1024)
    files.understate_size(sheet, "xl/worksheets/sheet1.xml", 2000)
    err = refused(capsys, "import-codes", study, sheet)
    assert err == "error: lying.xlsx: not a valid Excel workbook (.xlsx)\n"


def test_an_xlsx_of_too_many_rows_is_refused(study, tmp_path, capsys, lower):
    lower(MAX_ROWS=50)
    sheet = files.xlsx_rows(tmp_path / "rows.xlsx", 60)
    err = refused(capsys, "import-codes", study, sheet)
    assert err == "error: rows.xlsx: the table has more than 50 rows; split it into smaller files\n"


def test_rows_16384_columns_wide_cost_no_more_than_narrow_ones(study, tmp_path, capsys):
    seconds = {}
    for wide in (False, True):
        sheet = files.xlsx_bad_rows(tmp_path / "bad.xlsx", 5000, wide=wide)
        start = time.perf_counter()
        err = refused(capsys, "import-codes", study, sheet)
        seconds[wide] = time.perf_counter() - start
        assert err.startswith("error: bad.xlsx: 30000 problems:; row 2: narrator 'nobody'")
    assert seconds[True] < 2 * seconds[False] + 1, seconds  # all 16,384 cells: 20 times longer


def test_an_xlsx_row_of_too_many_cells_is_refused_before_openpyxl_reads_it(
    study, tmp_path, capsys, lower
):
    lower(MAX_ROW_BYTES=100_000)
    sheet = files.xlsx_one_row(tmp_path / "row.xlsx", 20_000)
    err = refused(capsys, "import-codes", study, sheet)
    assert err == (
        "error: row.xlsx: a row of a sheet takes more than 97.7 KB (not a table this program "
        "reads)\n"
    )


def test_an_xlsx_shared_text_too_long_is_refused(study, tmp_path, capsys, lower):
    lower(MAX_ROW_BYTES=100_000)
    sheet = files.xlsx_shared_text(tmp_path / "text.xlsx", 150_000)
    err = refused(capsys, "import-codes", study, sheet)
    assert "text.xlsx: a shared text takes more than 97.7 KB" in err


def test_a_csv_of_too_many_valid_rows_is_refused(study, tmp_path, capsys, lower):
    lower(MAX_ROWS=1000)
    sheet = files.units_csv(tmp_path / "rows.csv", 2000)
    err = refused(capsys, "import-codes", study, sheet)
    assert "rows.csv: the table has more than 1,000 rows" in err


def test_a_csv_of_bad_rows_lists_the_first_problems_and_counts_the_rest(study, tmp_path, capsys):
    sheet = files.units_csv(tmp_path / "bad.csv", 5000, files.BAD_UNIT_ROW)
    err = refused(capsys, "import-codes", study, sheet)
    assert err.startswith("error: bad.csv: 30000 problems:; row 2: narrator 'nobody' is not")
    assert err.rstrip().endswith("; ... and 29980 more")


def test_problems_beyond_the_limit_are_counted_not_kept(study, tmp_path):
    from ccrt_coder.usecases.domain import ProblemsError
    from ccrt_coder.usecases.project import Project

    sheet = files.units_csv(tmp_path / "bad.csv", 5000, files.BAD_UNIT_ROW)
    with Project.open(study) as project, pytest.raises(ProblemsError) as caught:
        project.import_codes(sheet)
    assert len(caught.value.problems) == limits.MAX_PROBLEMS + 1
    assert caught.value.problems[-1] == f"... and {30000 - limits.MAX_PROBLEMS} more"


def test_the_problems_box_counts_every_problem_and_lists_the_kept_ones(qtbot):
    from ccrt_coder.gui.widgets.report_boxes import ProblemsDialog
    from ccrt_coder.io.problems import problems_error

    error = problems_error("bad.csv", [f"row {n}: no coder" for n in range(2, 30002)])
    dialog = ProblemsDialog("Cannot import coded units", error)
    qtbot.addWidget(dialog)
    assert "30000 problems in bad.csv" in dialog.summary.text()
    lines = dialog.details.toPlainText().splitlines()
    assert len(lines) == limits.MAX_PROBLEMS + 1 and lines[-1] == "... and 29900 more"


@pytest.mark.parametrize(
    ("field", "value", "reason"),
    [
        ("re", "1e23", "re '1e23' is too large (at most 999,999,999)"),
        ("re", "9223372036854775807", "re '9223372036854775807' is too large"),
        ("re", "9" * 5000, "re must be a whole number, not '" + "9" * 40 + "...'"),
        ("phase", "nan", "phase must be a whole number, not 'nan'"),
        ("phase", "inf", "phase must be a whole number, not 'inf'"),
        ("start", "1e23", "start '1e23' is too large"),
    ],
)
def test_numbers_in_a_units_sheet_are_bounded(study, tmp_path, capsys, field, value, reason):
    values = dict(zip(files.UNITS_HEADER.split(","), files.VALID_UNIT_ROW.split(","), strict=True))
    values[field] = value
    sheet = tmp_path / "numbers.csv"
    sheet.write_text(files.UNITS_HEADER + "\n" + ",".join(values.values()) + "\n")
    err = refused(capsys, "import-codes", study, sheet)
    assert err.startswith(f"error: numbers.csv: row 2: {reason}"), err


# -- transcripts (import) ------------------------------------------------------------------------
@pytest.mark.parametrize(
    "build", [files.docx_text_bomb, files.docx_paragraph_bomb], ids=["text", "paragraphs"]
)
def test_a_docx_bomb_is_refused(study, tmp_path, capsys, build):
    bomb = build(tmp_path / "D02_patient_5.docx", 4 * MB)
    before = digest(study)
    err = refused(capsys, "import", study, bomb)
    assert err.startswith("error: D02_patient_5.docx: member 'word/document.xml' unpacks ")
    assert digest(study) == before


def test_many_small_well_compressed_members_are_refused_together(study, tmp_path, capsys):
    document = files.docx_text(tmp_path / "D02_patient_5.docx", "RE 1: mother\nI said no.")
    members = {f"customXml/item{n}.xml": files.Filler(b"<a>", b"a", 900 * 1024) for n in range(5)}
    files.write_zip(document, {**files.docx_parts(document), **members})
    err = refused(capsys, "import", study, document)
    assert "D02_patient_5.docx: the archive unpacks " in err and "decompression bomb" in err


def test_a_docx_longer_than_the_text_limit_is_refused(study, tmp_path, capsys, lower):
    lower(MAX_TEXT_CHARS=5000)
    text = "RE 1: mother\n" + "I said no. " * 600
    document = files.docx_text(tmp_path / "D02_patient_5.docx", text)
    err = refused(capsys, "import", study, document)
    assert err == ("error: D02_patient_5.docx: the transcript has more than 5,000 characters\n")


def test_a_txt_of_too_many_lines_is_refused(study, tmp_path, capsys, lower):
    lower(MAX_LINES=1000)
    transcript = tmp_path / "D02_patient_5.txt"
    transcript.write_text("RE 1: mother\n" + "I said no.\n" * 1500)
    err = refused(capsys, "import", study, transcript)
    assert err == (
        "error: D02_patient_5.txt: the transcript has 16,513 characters in 1,502 lines "
        "(limits 10,485,760 and 1,000)\n"
    )


def test_a_docx_of_too_many_paragraphs_is_refused(study, tmp_path, capsys, lower):
    lower(MAX_LINES=1000)
    document = files.docx_many_paragraphs(tmp_path / "D02_patient_5.docx", 1500)
    err = refused(capsys, "import", study, document)
    assert err == "error: D02_patient_5.docx: the transcript has more than 1,000 paragraphs\n"


def test_a_docx_of_too_many_entries_is_refused(study, tmp_path, capsys):
    document = files.many_entries(tmp_path / "D02_patient_5.docx", limits.MAX_ENTRIES)
    err = refused(capsys, "import", study, document)
    assert "D02_patient_5.docx: the archive holds 10,0" in err and "(limit 10,000)" in err


@pytest.mark.parametrize("digits", ["1" + "0" * 23, "9223372036854775807", "7" * 5000])
def test_a_huge_re_number_in_a_transcript_is_a_line_problem(study, tmp_path, capsys, digits):
    transcript = tmp_path / "D02_patient_5.txt"
    transcript.write_text(f"RE {digits}: mother\nI said no.\n")
    err = refused(capsys, "import", study, transcript)
    assert err == (
        "error: D02_patient_5.txt: line 1: "
        "an RE number is a whole number from 1 to 9999, not an out-of-range value\n"
    )


def test_a_huge_re_number_in_a_narrative_table_is_a_row_problem(study, tmp_path, capsys):
    table = tmp_path / "res.csv"
    table.write_text(f"dyad,narrator,phase,re,other,text\nD02,patient,5,{'9' * 5000},mother,x\n")
    err = refused(capsys, "import", study, table)
    assert err == f"error: res.csv: row 2: RE number '{'9' * 40}...' is not a whole number\n"
    table.write_text(
        "dyad,narrator,phase,re,other,text\nD02,patient,5,100000000000000000000000,mother,x\n"
    )
    err = refused(capsys, "import", study, table)
    assert "row 2: an RE number is a whole number from 1 to 9999, not an out-of-range value" in err


# -- category systems (categories --import) ----------------------------------------------------
def test_category_json_nested_100000_deep_is_refused(study, tmp_path, capsys):
    deep = tmp_path / "deep.json"
    deep.write_text('{"categories": ' + "[" * 100_000 + "]" * 100_000 + "}")
    err = refused(capsys, "categories", study, "--import", deep)
    assert err == (
        "error: deep.json: line 1: lists and objects nested more than 32 deep; "
        "not a category system\n"
    )


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        (["a"], "category 1: 'label' must be a text, not a list"),
        (5, "category 1: 'label' must be a text, not a number"),
        (float("nan"), "not valid JSON (NaN is not a number JSON allows)"),
        (float("inf"), "not valid JSON (Infinity is not a number JSON allows)"),
    ],
)
def test_category_json_values_must_be_texts(study, tmp_path, capsys, value, reason):
    system = tmp_path / "lab.json"
    category = {"code": "W1", "label": value, "component": "W", "cluster": "W1"}
    system.write_text(json.dumps({"categories": [category]}))
    err = refused(capsys, "categories", study, "--import", system)
    assert err == f"error: lab.json: {reason}\n"


def test_a_category_xlsx_bomb_is_refused(study, tmp_path, capsys):
    bomb = files.xlsx_bomb(tmp_path / "lab.xlsx", 4 * MB)
    err = refused(capsys, "categories", study, "--import", bomb)
    assert "refused as a decompression bomb" in err


# -- REFI-QDA (import-qdpx) ------------------------------------------------------------------------
def test_a_qdpx_bomb_is_refused(tmp_path, capsys):
    bomb = files.qdpx_bomb(tmp_path / "bomb.qdpx", 4 * MB)
    err = refused(capsys, "import-qdpx", bomb, tmp_path / "out.ccrt")
    assert "bomb.qdpx: member 'sources/" in err and "decompression bomb" in err
    assert not (tmp_path / "out.ccrt").exists()


def test_a_qdpx_source_past_the_text_limit_is_stopped_while_reading(tmp_path, capsys, lower):
    lower(MAX_TEXT_CHARS=5000)
    project = files.qdpx_text(tmp_path / "long.qdpx", "RE 1: mother\n" + "I said no. " * 2000)
    err = refused(capsys, "import-qdpx", project, tmp_path / "out.ccrt")
    assert "long.qdpx: member 'sources/" in err and "unpacks to more than 19.5 KB" in err


def test_a_qdpx_inline_text_past_the_text_limit_is_refused(tmp_path, capsys, lower):
    lower(MAX_TEXT_CHARS=5000)
    project = files.qdpx_text(tmp_path / "long.qdpx", "I said no. " * 600, inline=True)
    err = refused(capsys, "import-qdpx", project, tmp_path / "out.ccrt")
    assert err == (
        "error: long.qdpx: source 'long' has 6,600 characters (limit 5,000 per transcript)\n"
    )


def test_a_qdpx_member_that_unpacks_to_more_than_it_declares_is_refused(tmp_path, capsys):
    project = files.qdpx_bomb(tmp_path / "lying.qdpx", 100_000)
    files.understate_size(project, f"sources/{files._GUID}.txt", 100)
    err = refused(capsys, "import-qdpx", project, tmp_path / "out.ccrt")
    assert "lying.qdpx: member 'sources/" in err and "is damaged" in err


def test_qdpx_codes_nested_2000_deep_are_refused(tmp_path, capsys):
    project = files.qdpx_nested_codes(tmp_path / "deep.qdpx", 2000)
    err = refused(capsys, "import-qdpx", project, tmp_path / "out.ccrt")
    assert err == "error: deep.qdpx: codes nested more than 32 deep in the codebook\n"


def test_a_qdpx_code_inside_a_code_of_the_same_guid_is_refused(tmp_path, capsys):
    project = files.qdpx_nested_codes(tmp_path / "loop.qdpx", 2, same_guid=True)
    err = refused(capsys, "import-qdpx", project, tmp_path / "out.ccrt")
    assert err.startswith("error: loop.qdpx: code '0f0e0d0c0b0a49088706050403020100' appears twice")
