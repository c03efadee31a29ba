"""`import --replace` and `--name-pattern`: a corrected transcript replaces an uncoded one."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ccrt_coder.cli.entry import main
from ccrt_coder.usecases.domain import Component, InputError, NarratorRole, UnitDraft
from ccrt_coder.usecases.project import Project

FIRST = "RE 1: mother\nP: She never listened.\n"
CORRECTED = "RE 1: mother\nP: She never listened to me.\nRE 2: boss\nP: He shouted.\n"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def study(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    project = tmp_path / "s.ccrt"
    run(capsys, "new", str(project))
    first = tmp_path / "first" / "D01_patient_5.txt"
    first.parent.mkdir()
    first.write_text(FIRST, encoding="utf-8")
    assert run(capsys, "import", str(project), str(first))[0] == 0
    return project


def corrected(tmp_path: Path) -> Path:
    path = tmp_path / "D01_patient_5.txt"
    path.write_text(CORRECTED, encoding="utf-8")
    return path


def test_an_existing_interview_is_refused_without_replace(
    study: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "import", str(study), str(corrected(tmp_path)))
    assert code == 1
    assert err == "error: the project already has these interviews: D01 / patient / phase 5\n"


def test_replace_gives_an_uncoded_interview_the_new_text_and_res(
    study: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with Project.open(study) as project:
        interview_id = project.interviews()[0].id
    code, out, err = run(capsys, "import", str(study), str(corrected(tmp_path)), "--replace")
    assert (code, err) == (0, "")
    assert "replaced D01 / patient / phase 5" in out
    with Project.open(study) as project:
        [record] = project.interviews()
        assert record.id == interview_id and record.n_res == 2
        assert project.transcript(interview_id).text == CORRECTED
        assert [re.other_type for re in project.episodes(interview_id)] == [
            "mother",
            "colleague/boss",
        ]


def test_replace_is_refused_once_anyone_coded_the_interview(
    study: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with Project.open(study) as project:
        coder = project.add_coder("Anna")
        re_id = project.find_re("D01", NarratorRole.PATIENT, 5, 1)
        project.rate_completeness(re_id, coder.id, 4.0)
    before = study.read_bytes()
    code, _, err = run(capsys, "import", str(study), str(corrected(tmp_path)), "--replace")
    assert code == 1
    assert err == (
        "error: D01 / patient / phase 5 cannot be replaced: it is coded already (0 units, 1 "
        "completeness ratings); only a transcript nobody has coded can be\n"
    )
    with Project.open(study) as project:
        assert project.transcript(project.interviews()[0].id).text == FIRST
    assert study.read_bytes() == before


def test_a_unit_forbids_replacing_too(study: Path, tmp_path: Path) -> None:
    with Project.open(study) as project:
        coder = project.add_coder("Anna")
        [re] = project.episodes(project.interviews()[0].id)
        project.code_unit(UnitDraft(re.id, coder.id, Component.W, (re.spans[0],), ("W6",)))
        with pytest.raises(InputError, match="1 units, 0 completeness ratings"):
            project.import_files([corrected(tmp_path)], replace=True)


def test_name_pattern_reads_other_file_names(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = tmp_path / "s.ccrt"
    run(capsys, "new", str(project))
    path = tmp_path / "RAP 2024 - dyad7 - T - 28 (final).txt"
    path.write_text(FIRST, encoding="utf-8")
    code, out, err = run(
        capsys,
        "import",
        str(project),
        str(path),
        "--name-pattern",
        "RAP * {dyad}_{narrator}_{phase}*",
    )
    assert (code, err) == (0, "")
    assert "imported dyad7 / therapist / phase 28" in out
    _, out, _ = run(capsys, "info", str(project), "--json")
    assert json.loads(out)["interviews"] == 1
