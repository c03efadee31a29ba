"""`ccrt-coder export` and `import-codes` through the real command line entry point."""

from __future__ import annotations

import hashlib
from pathlib import Path

import openpyxl
import pytest

from ccrt_coder.cli.entry import main
from ccrt_coder.io.narrative_import import read_narratives
from ccrt_coder.paths import resource
from ccrt_coder.usecases.project import Project
from tests.demo_counts import DEMO


@pytest.fixture
def demo(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "demo.ccrt"
    assert main(["demo", str(path)]) == 0
    capsys.readouterr()
    return path


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def fresh_copy(path: Path) -> Path:
    with Project.create(path) as project:
        files = sorted(resource("demo", "transcripts").glob("*.txt"))
        project.import_narratives(read_narratives(files, settings=project.settings()))
    return path


def test_export_a_workbook(demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "demo.xlsx"
    code, stdout, err = run(capsys, "export", str(demo), str(out))
    assert (code, err) == (0, "")
    assert stdout == (
        f"wrote {out}\nUnits: {DEMO.all_units} rows, REs: {DEMO.res} rows, Memos: 0 rows, "
        "CCRT: 972 rows, Comparison: 324 rows, Dyad similarity: 216 rows, "
        "Agreement: 560 rows, Categories: 24 rows, About: 22 rows\n"
    )
    assert openpyxl.load_workbook(out, read_only=True).sheetnames[0] == "Units"


def test_export_filtered_csv(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, stdout, _ = run(
        capsys, "export", str(demo), str(tmp_path / "b.csv"), "--coders", "Coder B (M. Costa)",
        "--layer", "coder", "--sheet", "Units", "--sheet", "res",
    )  # fmt: skip
    assert code == 0
    assert (
        stdout.splitlines()[-1]
        == f"Units: {DEMO.own_units(DEMO.coder_b)} rows, REs: {DEMO.res} rows"
    )
    assert sorted(p.name for p in tmp_path.glob("b*")) == ["b-res.csv", "b-units.csv"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--coders", "Nobody"], "error: no coder called 'Nobody'"),
        (["--sheet", "pivot"], "error: unknown sheet(s) pivot"),
    ],
)
def test_export_errors_are_one_line(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    code, _, err = run(capsys, "export", str(demo), str(tmp_path / "x.xlsx"), *args)
    assert code == 1 and err.startswith(message) and err.count("\n") == 1
    assert not (tmp_path / "x.xlsx").exists()


def test_import_codes_round_trip(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run(capsys, "export", str(demo), str(tmp_path / "demo.xlsx"), "--sheet", "units")
    copy = fresh_copy(tmp_path / "copy.ccrt")
    code, stdout, err = run(capsys, "import-codes", str(copy), str(tmp_path / "demo.xlsx"))
    assert (code, err) == (0, "")
    assert stdout.splitlines() == [
        "created coder 'Coder A (L. Berger)'",
        "created coder 'Coder B (M. Costa)'",
        f"imported {DEMO.all_units} units of {DEMO.coder_a}, {DEMO.coder_b}",
    ]
    with Project.open(copy) as project, Project.open(demo) as original:
        assert project.info().units == original.info().units


def test_import_codes_reports_bad_rows(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    copy = fresh_copy(tmp_path / "copy.ccrt")
    before = hashlib.sha256(copy.read_bytes()).hexdigest()
    bad = tmp_path / "units.csv"
    bad.write_text(
        "dyad,narrator,phase,re,component,category_code,start,end\n"
        "D01,patient,5,1,RO,RO5,510,561\n"
        "D01,patient,5,1,XX,RO5,510,561\n"
        "D09,patient,5,1,W,W1,415,472\n",
        encoding="utf-8",
    )
    code, _, err = run(capsys, "import-codes", str(copy), str(bad), "--coder", "Ann")
    assert code == 1
    assert err == (
        "error: units.csv: 2 problems:; row 3: component 'XX' is not one of response of other, "
        "response of self, ro, rs, w, wish; row 4: RE 1 of D09 / patient / phase 5 is not in "
        "the project\n"
    )
    assert hashlib.sha256(copy.read_bytes()).hexdigest() == before
