"""`dyads`, `interviews`, `phases` and `coders` on the command line, on the demo study."""

import json
from pathlib import Path

import pytest

from ccrt_coder.usecases.demo import build_demo
from ccrt_coder.usecases.project import Project
from tests.cli.test_cli_basics import digest, run


@pytest.fixture
def demo(tmp_path: Path) -> str:
    path = tmp_path / "demo.ccrt"
    build_demo(path)
    return str(path)


def test_dyads_are_listed_and_edited(demo: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "dyads", demo, "--json")
    listed = json.loads(out)
    assert code == 0
    assert [(d["code"], d["patient"], d["therapist"], d["interviews"]) for d in listed] == [
        ("D01", "P01", "T01", 6),
        ("D02", "P02", "T02", 6),
    ]
    assert listed[0]["patient_note"].startswith("Woman, 34")
    assert run(capsys, "dyads", demo, "--add", "D03", "--therapist", "T01")[0] == 0
    assert run(capsys, "dyads", demo, "--edit", "D03", "--code", "D04", "--patient", "P04")[0] == 0
    assert run(capsys, "dyads", demo, "--note", "P04", "Woman, 29")[0] == 0
    code, out, _ = run(capsys, "dyads", demo)
    assert code == 0
    assert "D04  patient P04  therapist T01  0 interview(s)" in out
    assert "    patient P04: Woman, 29" in out


def test_a_refused_dyad_change_leaves_the_file(
    demo: str, capsys: pytest.CaptureFixture[str]
) -> None:
    before = digest(Path(demo))
    code, _, err = run(capsys, "dyads", demo, "--edit", "D02", "--code", "d01")
    assert code == 1
    assert err == "error: there is already a dyad d01\n"
    code, _, err = run(capsys, "dyads", demo, "--code", "D09")
    assert code == 1 and "--code goes with --edit" in err
    code, _, err = run(capsys, "dyads", demo, "--patient", "P09")
    assert code == 1 and "--patient and --therapist with --add or --edit" in err
    assert digest(Path(demo)) == before


def test_interviews_are_moved_and_deleted_with_a_backup(
    demo: str, capsys: pytest.CaptureFixture[str]
) -> None:
    run(capsys, "dyads", demo, "--add", "D03")
    code, out, _ = run(capsys, "interviews", demo, "--move", "D02/t/28", "D03/therapist/28")
    assert (code, out) == (0, "moved D02/therapist/28 to D03/therapist/28\n")
    code, _, err = run(capsys, "interviews", demo, "--move", "D01/p/5", "D01/patient/15")
    assert (code, err) == (1, "error: D01/patient/15 already has an interview\n")

    before = digest(Path(demo))
    code, _, err = run(capsys, "interviews", demo, "--delete", "D01/patient/5")
    assert code == 1
    assert err == (
        "error: this would delete D01 · patient · phase 5: 4 REs, 71 units by 2 coders, "
        "12 ratings; add --yes to delete it\n"
    )
    assert digest(Path(demo)) == before
    code, out, _ = run(capsys, "interviews", demo, "--delete", "D01/patient/5", "--yes")
    assert code == 0
    backup = next(Path(demo).parent.glob("demo.ccrt.bak-predelete-*"))
    assert out.splitlines() == [
        "deleted D01 · patient · phase 5: 4 REs, 71 units by 2 coders, 12 ratings",
        f"backup of the project before: {backup}",
    ]
    code, out, _ = run(capsys, "interviews", demo, "--json")
    names = [row["interview"] for row in json.loads(out)]
    assert "D01/patient/5" not in names and "D03/therapist/28" in names and len(names) == 11


def test_phases_are_listed_and_set(demo: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "phases", demo)[1] == "5, 15, 28\n"
    assert run(capsys, "phases", demo, "--set", "28", "5", "15", "40")[1] == "5, 15, 28, 40\n"
    code, _, err = run(capsys, "phases", demo, "--set", "5", "28")
    assert (code, err) == (1, "error: interviews exist for phase 15: keep it in the list\n")


def test_coders_are_listed_renamed_retired_and_merged(
    demo: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "coders", demo, "--json")
    assert code == 0
    assert json.loads(out) == [
        {"id": 1, "name": "Coder A (L. Berger)", "retired": False, "units": 413, "ratings": 68},
        {"id": 2, "name": "Coder B (M. Costa)", "retired": False, "units": 261, "ratings": 45},
    ]
    assert run(capsys, "coders", demo, "--add", "Lena Berger")[0] == 0
    assert run(capsys, "coders", demo, "--rename", "Lena Berger", "L. Berger")[0] == 0
    assert run(capsys, "coders", demo, "--merge", "Coder A (L. Berger)", "L. Berger")[0] == 0
    assert run(capsys, "coders", demo, "--retire", "Coder B (M. Costa)")[0] == 0
    code, out, _ = run(capsys, "coders", demo)
    assert out.splitlines() == [
        "coder                units  ratings",
        "Coder B (M. Costa)     261       45  retired",
        "L. Berger              413       68",
    ]
    assert run(capsys, "coders", demo, "--reinstate", "Coder B (M. Costa)")[0] == 0
    with Project.open(demo) as project:
        assert not any(c.retired for c in project.coders())


def test_merging_coders_who_coded_the_same_res_is_refused(
    demo: str, capsys: pytest.CaptureFixture[str]
) -> None:
    before = digest(Path(demo))
    code, _, err = run(
        capsys, "coders", demo, "--merge", "Coder B (M. Costa)", "Coder A (L. Berger)"
    )
    assert code == 1
    assert err.startswith(
        "error: cannot merge Coder B (M. Costa) into Coder A (L. Berger): both coded the same "
        "RE in the same layer (D01/patient/15 RE 1 (coder layer), "
    )
    assert err.endswith(" more); delete one coder's units and rating there first\n")
    assert digest(Path(demo)) == before
