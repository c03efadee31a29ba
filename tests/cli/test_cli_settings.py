"""`ccrt-coder settings`: show the study settings, change them with the app's checks."""

import hashlib
import json
from pathlib import Path

import pytest

from ccrt_coder.cli.entry import main
from ccrt_coder.usecases.demo import build_demo
from ccrt_coder.usecases.project import Project


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    path = tmp_path / "demo.ccrt"
    build_demo(path)
    return path


def run(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_prints_the_settings_aligned(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "settings", demo)
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[1:4] == [
        "Completeness threshold  2.5",
        "Minimum REs for a CCRT  10",
        "Phases                  5, 15, 28",
    ]
    assert lines[0].startswith("Study                   Demo study")


def test_changes_and_prints_json(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(
        capsys,
        "settings", demo, "--name", "Leipzig", "--threshold", "3", "--min-res", "5",
        "--phases", "28", "5", "15", "40", "--json",
    )  # fmt: skip
    assert (code, err) == (0, "")
    assert json.loads(out) == {
        "name": "Leipzig",
        "completeness_threshold": 3.0,
        "min_res_for_ccrt": 5,
        "phases": [5, 15, 28, 40],
        "blind_mode": True,
    }
    with Project.open(demo) as project:
        settings = project.settings()
    assert (settings.name, settings.phases) == ("Leipzig", (5, 15, 28, 40))
    assert (settings.completeness_threshold, settings.min_res_for_ccrt) == (3.0, 5)


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (["--threshold", "3.3"], "in steps of 0.5, not 3.3"),
        (["--threshold", "7"], "1 to 5"),
        (["--min-res", "0"], "whole number of 1 or more, not 0"),
        (["--phases", "5", "15", "15", "28"], "given once"),
        (["--phases", "0", "5", "15", "28"], "positive session number"),
        (["--phases", "5", "15"], "interviews exist for phase 28: keep it in the list"),
        (["--name", "  "], "the study needs a name"),
        (["--name", "New", "--threshold", "3.3"], "not 3.3"),  # nothing changes, not even the name
    ],
)
def test_bad_values_change_nothing(
    demo: Path, capsys: pytest.CaptureFixture[str], options: list[str], message: str
) -> None:
    before = digest(demo)
    code, out, err = run(capsys, "settings", demo, *options)
    assert code == 1 and out == ""
    assert err.startswith("error: ") and message in err and len(err.splitlines()) == 1
    assert digest(demo) == before


@pytest.mark.parametrize(
    "options", [["--threshold", "high"], ["--min-res", "2.5"], ["--phases", "five"]]
)
def test_values_that_are_not_numbers_are_usage_errors(
    demo: Path, capsys: pytest.CaptureFixture[str], options: list[str]
) -> None:
    before = digest(demo)
    with pytest.raises(SystemExit) as exit_:
        main(["settings", str(demo), *options])
    out, err = capsys.readouterr()
    assert exit_.value.code == 2 and out == ""
    assert err.splitlines()[-1].startswith("error: argument")
    assert digest(demo) == before


def test_a_missing_project_is_one_error_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _out, err = run(capsys, "settings", tmp_path / "none.ccrt", "--min-res", "3")
    assert code == 1 and err.startswith("error: ") and "does not exist" in err
