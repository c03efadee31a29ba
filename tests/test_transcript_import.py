"""The transcript-import use case: reading for a preview, planning, storing all or none."""

from __future__ import annotations

from pathlib import Path

import pytest

from ccrt_coder.core.domain import NarratorRole
from ccrt_coder.core.narratives import CodingCount, ReDraft, re_labels, replace_refusal
from ccrt_coder.usecases.domain import Span
from ccrt_coder.usecases.project import Project
from ccrt_coder.usecases.transcript_import import (
    ImportCancelled,
    Meta,
    compile_name_pattern,
    expand_paths,
    guess_meta,
    plan_import,
    read_import_files,
)

TEXT = "RE 1: mother\nP: She left.\nRE 2: boss\nP: He shouted.\n"


@pytest.fixture
def project(tmp_path: Path):
    with Project.create(tmp_path / "s.ccrt") as opened:
        yield opened


def write(folder: Path, name: str, text: str = TEXT) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_re_labels_name_pieces_by_letter() -> None:
    one, two = (Span(0, 1),), (Span(0, 1), Span(2, 3))
    res = [ReDraft(4, "x", one), ReDraft(1, "x", one), ReDraft(3, "x", two), ReDraft(2, "x", one)]
    assert re_labels(res) == "1, 2, 3a+3b, 4"


def test_the_replace_rule() -> None:
    assert replace_refusal("D01 / patient / phase 5", CodingCount()) is None
    refusal = replace_refusal("D01 / patient / phase 5", CodingCount(units=0, ratings=2))
    assert refusal is not None and "coded already (0 units, 2 completeness ratings)" in refusal


def test_a_folder_gives_its_supported_files_and_a_file_is_kept_once(tmp_path: Path) -> None:
    write(tmp_path, "b_patient_5.txt")
    write(tmp_path, "a_patient_5.txt")
    write(tmp_path, "picture.png")
    (tmp_path / "sub").mkdir()
    write(tmp_path / "sub", "c_patient_5.txt")
    single = tmp_path / "a_patient_5.txt"
    assert [p.name for p in expand_paths([tmp_path, single])] == [
        "a_patient_5.txt",
        "b_patient_5.txt",
    ]


def test_reading_keeps_each_files_problem_and_encoding(project: Project, tmp_path: Path) -> None:
    good = write(tmp_path, "D01_patient_5.txt")
    bad = write(tmp_path, "D02_patient_5.txt", "RE 1: mother\nP: x\nRE 1: father\nP: y\n")
    steps: list[tuple[int, int]] = []
    read = read_import_files([good, bad], project.settings(), lambda d, t: steps.append((d, t)))
    assert read[0].contents is not None and read[0].encoding == "UTF-8"
    assert read[1].contents is None and read[1].encoding == "UTF-8"
    duplicate = "duplicate RE 1 (already started at line 1)"
    assert read[1].problem == f"D02_patient_5.txt: line 3: {duplicate}"
    assert steps[-1] == (2, 2)
    with pytest.raises(ImportCancelled):
        read_import_files([good], project.settings(), cancelled=lambda: True)


def test_plan_finds_clashes_between_files_and_with_the_project(
    project: Project, tmp_path: Path
) -> None:
    project.import_files([write(tmp_path, "D01_patient_5.txt")])
    corrected = write(tmp_path, "a.txt")
    other = write(tmp_path, "b.txt")
    read = read_import_files([corrected, other], project.settings())
    state = project.transcript_import_state()
    same = Meta("D01", NarratorRole.PATIENT, 5)
    first, second = plan_import(read, [same, same], state)
    assert first.existing == ("D01 / patient / phase 5",) and not first.problem
    assert second.problem == "b.txt: interview D01 / patient / phase 5 is also in a.txt"
    [missing] = plan_import(read[:1], [Meta("D09")], state)
    assert missing.missing == ("narrator", "phase")
    [new] = plan_import(read[:1], [Meta("D09", NarratorRole.THERAPIST, 15)], state)
    assert new.new_dyads == ("D09",) and new.res == 2


def test_guess_meta_leaves_out_what_is_not_valid(project: Project) -> None:
    pattern = compile_name_pattern("{dyad}_{narrator}_{phase}")
    settings = project.settings()
    assert guess_meta(Path("D01_T_15.txt"), pattern, settings) == Meta(
        "D01", NarratorRole.THERAPIST, 15
    )
    assert guess_meta(Path("D01_T_7.txt"), pattern, settings) == Meta(
        "D01", NarratorRole.THERAPIST, None
    )


def test_storing_is_all_or_nothing_and_cancellable(project: Project, tmp_path: Path) -> None:
    from ccrt_coder.io.narrative_import import read_narratives

    drafts = read_narratives(
        [write(tmp_path, f"D{n:02d}_patient_5.txt") for n in range(60)], settings=project.settings()
    )
    with pytest.raises(ImportCancelled):
        project.import_narratives(drafts, cancelled=lambda: True)
    assert project.interviews() == []
    calls = iter(range(100))
    with pytest.raises(ImportCancelled):  # cancelled after some chunks were written
        project.import_narratives(drafts, cancelled=lambda: next(calls) >= 2)
    assert project.interviews() == []
    report = project.import_narratives(drafts)
    assert len(report.interviews) == 60 and report.res == 120
