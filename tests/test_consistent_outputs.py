"""Every output reads one state of the project, whatever another program commits meanwhile.

Each test exports once undisturbed, then again while a second connection (another program, as
far as SQLite knows) removes a unit at every progress report, i.e. between sheets and steps;
the second output must equal the first.
"""

from __future__ import annotations

import csv
import sqlite3
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

import openpyxl
import pytest

from ccrt_coder.usecases import exchange, redaction
from ccrt_coder.usecases.domain import UnitFilter
from ccrt_coder.usecases.export import ExportOptions, export_project
from ccrt_coder.usecases.project import Project
from ccrt_coder.usecases.report import ReportOptions, write_report
from ccrt_coder.usecases.units import UnitBrowser
from tests.demo_file import demo_copy


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    return demo_copy(tmp_path)


class OtherProgram:
    """Another program's connection that removes one unit each time it is called."""

    def __init__(self, path: Path) -> None:
        self.connection = sqlite3.connect(path, isolation_level=None, timeout=10)
        self.connection.execute("PRAGMA foreign_keys=ON")
        self.commits = 0

    def __call__(self, *_args: object) -> None:
        self.connection.execute(
            "DELETE FROM coded_units WHERE id = (SELECT max(id) FROM coded_units)"
        )
        self.commits += 1

    def close(self) -> None:
        self.connection.close()


@pytest.fixture
def other(demo: Path) -> Iterator[OtherProgram]:
    program = OtherProgram(demo)
    yield program
    program.close()


def _xlsx(path: Path) -> dict[str, list[tuple]]:
    book = openpyxl.load_workbook(path, read_only=True)
    sheets = {ws.title: list(ws.iter_rows(values_only=True)) for ws in book.worksheets}
    book.close()
    sheets.pop("About")  # holds the time of the export
    return sheets


def _csvs(out: Path) -> dict[str, list[list[str]]]:
    sheets = {}
    for path in sorted(out.parent.glob(f"{out.stem}-*.csv")):
        if not path.name.endswith("-about.csv"):
            with path.open(encoding="utf-8-sig", newline="") as handle:
                sheets[path.name] = list(csv.reader(handle))
    return sheets


def _with_other(other: OtherProgram) -> Callable[[int, int], None]:
    return lambda _done, _total: other()


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_an_export_shows_one_state_while_another_program_commits(
    demo: Path, tmp_path: Path, other: OtherProgram, suffix: str
) -> None:
    read = _xlsx if suffix == ".xlsx" else _csvs
    options = ExportOptions(sheets=("units", "res", "ccrt", "agreement", "about"))
    before, during = tmp_path / "before" / f"out{suffix}", tmp_path / "during" / f"out{suffix}"
    before.parent.mkdir(), during.parent.mkdir()
    with Project.open(demo) as project:
        export_project(project._db, before, options)
        export_project(project._db, during, options, progress=_with_other(other))
    assert other.commits >= 3  # between the sheets
    assert read(during) == read(before)
    with Project.open(demo) as project:  # and the commits are there for the next export
        export_project(project._db, tmp_path / f"after{suffix}", options)
    assert read(tmp_path / f"after{suffix}") != read(before)


def test_a_report_shows_one_state_while_another_program_commits(
    demo: Path, tmp_path: Path, other: OtherProgram
) -> None:
    options = ReportOptions(layer="consensus", level="category")
    with Project.open(demo) as project:
        write_report(project._db, tmp_path / "before.html", options)
        write_report(project._db, tmp_path / "during.html", options, progress=_with_other(other))
    assert other.commits >= 3
    assert (tmp_path / "during.html").read_text() == (tmp_path / "before.html").read_text()


def test_a_pseudonymised_qdpx_redacts_the_names_of_the_state_it_exports(
    demo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Project.open(demo) as project:
        text = project.transcript(project.interviews()[0].id).text
        word = max(text.split(), key=len).strip(".,;:!?\"'")
        exchange.export_qdpx(project._db, tmp_path / "before.qdpx", pseudonymize=True)
        read_study = exchange._export_study

        def study_then_commit(db):  # another program adds a name to redact meanwhile
            study = read_study(db)
            with Project.open(demo) as elsewhere:
                redaction.NameList(elsewhere._db).add(word)
            return study

        monkeypatch.setattr(exchange, "_export_study", study_then_commit)
        exchange.export_qdpx(project._db, tmp_path / "during.qdpx", pseudonymize=True)
    assert _sources(tmp_path / "during.qdpx") == _sources(tmp_path / "before.qdpx")


def _sources(qdpx: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(qdpx) as archive:
        return {n: archive.read(n) for n in archive.namelist() if n.startswith("sources/")}


def test_the_units_view_export_shows_one_state(
    demo: Path, tmp_path: Path, other: OtherProgram, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ccrt_coder.usecases import units as units_module

    with Project.open(demo) as project:
        browser = UnitBrowser(project._db)
        browser.export_xlsx(tmp_path / "before.xlsx", UnitFilter())
        memos_sheet = units_module.memos_sheet

        def memos_after_a_commit(session, unit_filter):
            other()
            return memos_sheet(session, unit_filter)

        monkeypatch.setattr(units_module, "memos_sheet", memos_after_a_commit)
        browser.export_xlsx(tmp_path / "during.xlsx", UnitFilter())
    assert other.commits == 1
    before = openpyxl.load_workbook(tmp_path / "before.xlsx", read_only=True)
    during = openpyxl.load_workbook(tmp_path / "during.xlsx", read_only=True)
    for name in ("Units", "Matrix"):
        assert list(during[name].values) == list(before[name].values)
