"""The headless `ccrt-coder` command: versions, new projects, info, clean errors."""

import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

from ccrt_coder import __version__
from ccrt_coder.cli.entry import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_version_through_the_module_entry_point() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "ccrt_coder", "--version"], capture_output=True, text=True
    )
    assert result.returncode == 0
    assert result.stdout.strip() == f"ccrt-coder {__version__}"


def test_new_then_info_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "study.ccrt"
    code, out, _ = run(capsys, "new", str(path), "--name", "Pilot")
    assert code == 0 and "created" in out
    code, out, _ = run(capsys, "info", str(path), "--json")
    info = json.loads(out)
    assert code == 0
    assert info["study"] == "Pilot"
    assert info["phases"] == [5, 15, 28]
    assert info["category_count"] == 24
    assert (info["dyads"], info["interviews"], info["res"], info["units"]) == (0, 0, 0, {})


def test_info_as_text(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, "new", str(tmp_path / "s.ccrt"))
    code, out, _ = run(capsys, "info", str(tmp_path / "s.ccrt"))
    assert code == 0
    assert "Edition 3" in out and "Phases" in out and "5, 15, 28" in out


def test_import_a_text_transcript(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    project = tmp_path / "s.ccrt"
    run(capsys, "new", str(project))
    transcript = tmp_path / "interview.txt"
    transcript.write_text(
        "I: Tell me about a time...\nRE 1: mother\nP: She never listened.\n"
        "RE 2: therapist (Dr. K)\nP: You listened.\n",
        encoding="utf-8",
    )
    code, out, err = run(
        capsys,
        "import",
        str(project),
        str(transcript),
        "--dyad",
        "D07",
        "--narrator",
        "patient",
        "--phase",
        "15",
    )
    assert (code, err) == (0, "")
    assert "D07 / patient / phase 15" in out
    _, out, _ = run(capsys, "info", str(project), "--json")
    assert json.loads(out)["res"] == 2


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "not a text file"),
        (b"RE 1: mother\nP: fine\nRE 1: father\nP: again\n", "duplicate"),
        (b"RE 1: mother\n\nRE 2: father\nP: text\n", "no text"),
    ],
    ids=["empty", "binary", "duplicate-re", "marker-without-text"],
)
def test_bad_imports_leave_the_project_unchanged(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes, message: str
) -> None:
    project = tmp_path / "s.ccrt"
    run(capsys, "new", str(project))
    before = digest(project)
    bad = tmp_path / "D01_patient_5.txt"
    bad.write_bytes(content)
    code, out, err = run(capsys, "import", str(project), str(bad))
    assert code == 1
    assert err.startswith("error:") and err.count("\n") == 1
    assert message in err.lower()
    assert "Traceback" not in err + out
    assert digest(project) == before


def test_opening_something_that_is_not_a_project(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fake = tmp_path / "notes.ccrt"
    fake.write_text("hello")
    code, _, err = run(capsys, "info", str(fake))
    assert code == 1
    assert err == "error: notes.ccrt is not a CCRT Coder project (not a SQLite database)\n"
    assert fake.read_text() == "hello"


def test_usage_errors_are_one_line_too(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["info"])
    assert exit_info.value.code == 2
    assert capsys.readouterr().err.splitlines()[-1].startswith("error:")


def test_category_system_import(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    project = tmp_path / "s.ccrt"
    run(capsys, "new", str(project))
    table = tmp_path / "lab.csv"
    table.write_text(
        "code,label,component,cluster,default_valence,description\n"
        "W6a,To be understood,W,W6,,\nRO7a,Likes me,RO,RO7,+,\nRS8a,Ashamed,RS,RS8,-,\n",
        encoding="utf-8",
    )
    code, out, _ = run(capsys, "categories", str(project), "--import", str(table))
    assert code == 0 and "3 categories" in out
    _, out, _ = run(capsys, "info", str(project), "--json")
    assert json.loads(out)["category_count"] == 3


def test_invalid_category_system_is_rejected_with_the_row(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = tmp_path / "s.ccrt"
    run(capsys, "new", str(project))
    before = digest(project)
    table = tmp_path / "lab.csv"
    table.write_text(
        "code,label,component,cluster,default_valence,description\n"
        "W6a,To be understood,W,W6,,\nX1,Odd,XX,X,+,\n",
        encoding="utf-8",
    )
    code, _, err = run(capsys, "categories", str(project), "--import", str(table))
    assert code == 1 and "row 3" in err
    assert digest(project) == before
