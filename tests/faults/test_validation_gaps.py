"""The validation gaps the fault campaign found (issue 14, finding 11), each refused in one line
or, for a legal name, accepted."""

from __future__ import annotations

import shutil
import sqlite3
import zipfile
from pathlib import Path

import pytest

from ccrt_coder.cli.entry import main
from ccrt_coder.usecases.demo import build_demo
from ccrt_coder.usecases.project import Project


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.ccrt"
    build_demo(path)
    return path


def _run(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def _one_line_error(code: int, err: str) -> None:
    assert code == 1, err
    assert err.startswith("error: ") and err.count("\n") == 1, err
    assert "unexpected" not in err and "Traceback" not in err


def test_an_re_number_beyond_the_limit_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = tmp_path / "study.ccrt"
    Project.create(project).close()
    transcript = tmp_path / "D01_patient_5.txt"
    transcript.write_text("RE 9223372036854775807: mother\nShe said no.\n", encoding="utf-8")
    before = project.read_bytes()
    code, _, err = _run(capsys, "import", project, transcript)
    _one_line_error(code, err)
    assert "RE number is a whole number from 1 to 9999" in err
    assert project.read_bytes() == before


def test_export_qdpx_refuses_a_uid_that_could_name_a_path(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = tmp_path / "study.ccrt"
    shutil.copy(demo, project)
    Project.open(project).close()  # checked on this first open; crafted by another tool after
    connection = sqlite3.connect(project)
    connection.execute(
        "UPDATE transcripts SET uid = '../../../../tmp/x.txt/..........' WHERE id = 1"
    )
    connection.commit()
    connection.close()
    code, _, err = _run(capsys, "export-qdpx", project, tmp_path / "out.qdpx")
    _one_line_error(code, err)
    assert "not a uid" in err
    assert not (tmp_path / "out.qdpx").exists()
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".partial")]


def test_exported_member_names_stay_inside_the_archive(demo: Path, tmp_path: Path) -> None:
    with Project.open(demo) as project:
        project.export_qdpx(tmp_path / "out.qdpx")
    with zipfile.ZipFile(tmp_path / "out.qdpx") as archive:
        for name in archive.namelist():
            assert ".." not in name and not name.startswith("/")


@pytest.mark.parametrize("suffix", [".qdpx", ".xlsx", ".ccrt"])
def test_a_legal_245_character_name_can_be_written(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], suffix: str
) -> None:
    target = tmp_path / ("n" * (245 - len(suffix)) + suffix)
    assert len(target.name) == 245
    if suffix == ".ccrt":  # a project made from a REFI-QDA file
        with Project.open(demo) as project:
            project.export_qdpx(tmp_path / "demo.qdpx")
        code, _, err = _run(capsys, "import-qdpx", tmp_path / "demo.qdpx", target)
    else:
        command = "export-qdpx" if suffix == ".qdpx" else "export"
        code, _, err = _run(capsys, command, demo, target)
    assert code == 0, err
    assert target.exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


def _units_csv(path: Path, rows: list[dict[str, str]]) -> Path:
    columns = ["dyad", "narrator", "phase", "re", "coder", "layer", "component",
               "category_code", "valence", "start", "end", "spans"]  # fmt: skip
    lines = [",".join(columns)] + [",".join(row.get(c, "") for c in columns) for row in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _row(**changes: str) -> dict[str, str]:
    """A valid RO unit of the demo's D01 / patient / phase 5 RE 1 (text 264..1046)."""
    row = {"dyad": "D01", "narrator": "patient", "phase": "5", "re": "1", "coder": "Ann",
           "layer": "coder", "component": "RO", "category_code": "RO5", "valence": "-",
           "start": "510", "end": "561", "spans": "510-561"}  # fmt: skip
    return {**row, **changes}


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        ([_row(), _row()], "row 3: the same unit as row 2"),
        (
            [_row(end="600", spans="510-561; 540-600")],
            "row 2: the unit's text spans overlap each other",
        ),
    ],
)
def test_import_codes_refuses_doubled_rows_and_overlapping_spans(
    demo: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    rows: list[dict[str, str]],
    expected: str,
) -> None:
    project = tmp_path / "study.ccrt"
    shutil.copy(demo, project)
    before = project.read_bytes()
    code, _, err = _run(capsys, "import-codes", project, _units_csv(tmp_path / "u.csv", rows))
    _one_line_error(code, err)
    assert expected in err
    assert project.read_bytes() == before


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ('["a"]', "category 1: 'label' must be a text"),
        ("NaN", "NaN is not a number JSON allows"),
        ("{}", "category 1: 'label' must be a text"),
        ("[" * 100_000 + "]" * 100_000, "nested more than 32 deep"),
    ],
)
def test_category_json_values_that_are_not_text_are_refused(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], value: str, expected: str
) -> None:
    project = tmp_path / "study.ccrt"
    shutil.copy(demo, project)
    system = tmp_path / "lab.json"
    system.write_text(
        '{"name": "Lab", "categories": [{"code": "W1", "label": LABEL, "component": "W", '
        '"cluster": "W1"}]}'.replace("LABEL", value),
        encoding="utf-8",
    )
    before = project.read_bytes()
    code, _, err = _run(capsys, "categories", project, "--import", system)
    _one_line_error(code, err)
    assert expected in err
    assert project.read_bytes() == before
