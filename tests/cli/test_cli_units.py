"""`ccrt-coder units` and the UnitBrowser use case: the same rows as the export's Units sheet,
exact pages in every order, a matrix that matches plain SQL, an xlsx that reads back inert."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from openpyxl import load_workbook

from ccrt_coder.cli.entry import main
from ccrt_coder.usecases.domain import SORT_KEYS, UnitFilter
from ccrt_coder.usecases.project import Project
from tests.demo_counts import DEMO
from tests.demo_file import demo_copy


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    return demo_copy(tmp_path)


def units_json(capsys: pytest.CaptureFixture[str], *args: str) -> list[dict]:
    assert main(["units", *args, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def export_units(capsys: pytest.CaptureFixture[str], demo: Path, out: Path, *args: str) -> list:
    """The Units sheet of ``ccrt-coder export`` as dicts by header."""
    assert main(["export", str(demo), str(out), "--sheet", "units", *args]) == 0
    capsys.readouterr()
    sheet = load_workbook(out, read_only=True)["Units"]
    rows = list(sheet.iter_rows(values_only=True))
    return [dict(zip(rows[0], row, strict=True)) for row in rows[1:]]


@pytest.mark.parametrize("component", [None, "RO"])
def test_the_cli_lists_the_export_s_units_row_for_row(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], component: str | None
) -> None:
    sheet = export_units(capsys, demo, tmp_path / "x.xlsx", "--coders", DEMO.coder_a, "--layer",
                         "coder")  # fmt: skip
    if component is not None:
        sheet = [row for row in sheet if row["component"] == component]
    args = [str(demo), "--coder", DEMO.coder_a] + (["--component", component] if component else [])
    listed = units_json(capsys, *args)
    assert len(listed) == len(sheet) > 0
    assert len(sheet) == (DEMO.own_units(DEMO.coder_a) if component is None else len(sheet))
    for mine, theirs in zip(listed, sheet, strict=True):
        for key in ("unit_uid", "dyad", "narrator", "phase", "re", "coder", "layer", "component",
                    "category_code", "category_label", "cluster", "valence", "actuality", "start",
                    "end", "text"):  # fmt: skip
            assert mine[key] == theirs[key], key
        assert mine["memo"] == (theirs["memo"] or "")


def test_the_cli_filters_and_checks_what_it_is_asked(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    everything = units_json(capsys, str(demo))
    assert len(everything) == DEMO.all_units
    consensus = units_json(capsys, str(demo), "--consensus")
    assert len(consensus) == DEMO.consensus_units
    narrowed = units_json(capsys, str(demo), "--dyad", "D01", "--narrator", "patient",
                          "--phase", "15", "--category", "RO5")  # fmt: skip
    assert narrowed and all(
        (r["dyad"], r["narrator"], r["phase"]) == ("D01", "patient", 15)
        and "RO5" in r["category_code"].split("; ")
        for r in narrowed
    )
    by_cluster = units_json(capsys, str(demo), "--cluster", "RO5")
    assert {r["unit_uid"] for r in narrowed} <= {r["unit_uid"] for r in by_cluster}
    assert main(["units", str(demo), "--dyad", "D99"]) != 0
    assert "no dyad 'D99'" in capsys.readouterr().err
    assert main(["units", str(demo)]) == 0
    assert f"{DEMO.all_units} units" in capsys.readouterr().out


def test_pages_are_exact_in_every_order(demo: Path) -> None:
    with Project.open(demo) as project:
        browser = project.unit_browser()
        wanted = UnitFilter(narrator="patient")
        everything = browser.rows(wanted)
        assert browser.count(wanted) == len(everything)
        for sort in (None, *SORT_KEYS):
            for descending in (False, True):
                paged, offset = [], 0
                while offset < len(everything):
                    page = browser.page(wanted, sort, descending, offset, 7)
                    assert page
                    paged += page
                    offset += len(page)
                assert sorted(r.unit_id for r in paged) == sorted(r.unit_id for r in everything)
                if sort is None:
                    assert paged == everything  # the export's order
                elif sort not in ("category", "cluster", "coder", "text"):
                    values = [getattr(r, sort) or "" for r in paged]
                    assert values == sorted(values, reverse=descending), sort


def test_text_search_finds_the_unit_s_text_label_and_memo(demo: Path) -> None:
    with Project.open(demo) as project:
        browser = project.unit_browser()
        row = browser.page(UnitFilter(), limit=1)[0]
        word = row.text.split()[-1].strip(".,").upper()
        found = browser.rows(UnitFilter(text=word))
        assert row.unit_id in {r.unit_id for r in found}
        assert all(word.lower() in (r.text + r.tailor_label + r.memo).lower() for r in found)


@pytest.mark.parametrize("level", ["category", "cluster"])
def test_the_matrix_counts_what_plain_sql_counts(demo: Path, level: str) -> None:
    column = "code" if level == "category" else "cluster"
    with sqlite3.connect(demo) as db:
        expected = {
            (group, narrator, phase): (units, res)
            for group, narrator, phase, units, res in db.execute(
                f"SELECT cat.{column}, i.narrator, i.phase, COUNT(DISTINCT u.id), "
                "COUNT(DISTINCT u.re_id) FROM coded_units u "
                "JOIN unit_categories uc ON uc.unit_id = u.id "
                "JOIN categories cat ON cat.id = uc.category_id "
                "JOIN relationship_episodes re ON re.id = u.re_id "
                "JOIN interviews i ON i.id = re.interview_id "
                "WHERE u.layer = 'consensus' GROUP BY 1, 2, 3"
            )
        }
    with Project.open(demo) as project:
        counts = project.unit_browser().matrix(UnitFilter(consensus=True), level)
    assert expected
    assert {(c.group, c.narrator, c.phase): (c.units, c.res) for c in counts} == expected


def test_the_workbook_reads_back_with_risky_text_kept_inert(demo: Path, tmp_path: Path) -> None:
    with Project.open(demo) as project:
        row = project.unit_browser().page(UnitFilter(), limit=1)[0]
        unit = next(u for u in project.units([row.re_id]) if u.id == row.unit_id)
        from dataclasses import replace

        project.edit_unit(unit.id, replace(unit.draft, memo="=HYPERLINK(1)"))
        browser = project.unit_browser()
        wanted = UnitFilter(dyad="D01", component=row.component)
        out = tmp_path / "units.xlsx"
        written = browser.export_xlsx(out, wanted, "memo", True, "cluster")
        listed = browser.rows(wanted)
        counts = browser.matrix(wanted, "cluster")
    book = load_workbook(out)
    table, matrix = book["Units"], book["Matrix"]
    assert written == {"Units": len(listed), "Matrix": len(counts), "Memos": 0}
    header = [cell.value for cell in table[1]]
    memo = table.cell(2, header.index("memo") + 1)  # sorted by memo, descending: "=..." first
    assert memo.value == "=HYPERLINK(1)" and memo.data_type == "s" and memo.quotePrefix
    uids = [table.cell(n, header.index("unit_uid") + 1).value for n in range(2, len(listed) + 2)]
    assert sorted(uids) == sorted(r.unit_uid for r in listed)
    assert [c.value for c in matrix[1]] == ["cluster", "narrator", "phase", "units", "res"]
    assert sum(r[3] for r in matrix.iter_rows(min_row=2, values_only=True)) == sum(
        c.units for c in counts
    )
