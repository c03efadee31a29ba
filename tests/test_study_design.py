"""The study design use cases: dyads and their people, interviews' places, deletion, phases."""

import sqlite3
from pathlib import Path

import pytest

from ccrt_coder.core.design import InterviewKey
from ccrt_coder.core.domain import Component, NarratorRole
from ccrt_coder.core.errors import InputError, NotFoundError
from ccrt_coder.core.records import UnitDraft
from ccrt_coder.usecases.project import Project
from tests.factories import sample_draft

P5 = InterviewKey("D01", NarratorRole.PATIENT, 5)


@pytest.fixture
def study(tmp_path: Path):
    """D01 (P01, T01) with its patient at phases 5 and 15; D02 (P02, T01) patient at 5; Anna has
    a unit and a rating in D01/patient/5, Ben a unit there."""
    with Project.create(tmp_path / "study.ccrt") as project:
        project.import_narratives(
            [sample_draft(), sample_draft(phase=15), _draft("D02", "P02", "T01")]
        )
        anna, ben = project.add_coder("Anna"), project.add_coder("Ben")
        interview = next(i for i in project.interviews() if (i.dyad, i.phase) == ("D01", 5))
        re = project.episodes(interview.id)[0]
        for coder in (anna, ben):
            project.add_unit(UnitDraft(re.id, coder.id, Component.W, (re.spans[0],)))
        project.set_completeness(re.id, anna.id, 4.0)
        yield project


def _draft(dyad: str, patient: str, therapist: str):
    from dataclasses import replace

    return replace(sample_draft(), dyad=dyad, patient=patient, therapist=therapist)


def _keys(project: Project) -> set[str]:
    return {str(InterviewKey(i.dyad, i.narrator, i.phase)) for i in project.interviews()}


def test_dyads_are_listed_with_people_notes_and_interviews(study: Project) -> None:
    study.set_person_notes({"P01": "Woman, 34", "T01": "Dr. Weber"})
    d01, d02 = study.dyads()
    assert (d01.code, d01.patient, d01.therapist, d01.interviews) == ("D01", "P01", "T01", 2)
    assert (d01.patient_note, d01.therapist_note) == ("Woman, 34", "Dr. Weber")
    assert (d02.code, d02.therapist, d02.therapist_note) == ("D02", "T01", "Dr. Weber")


def test_a_dyad_is_added_with_new_or_existing_people(study: Project) -> None:
    study.add_dyad("D03", therapist="T01")
    study.add_dyad("D04")
    d03, d04 = study.dyads()[2:]
    assert (d03.patient, d03.therapist, d03.interviews) == ("D03-P", "T01", 0)
    assert (d04.patient, d04.therapist) == ("D04-P", "D04-T")


@pytest.mark.parametrize(
    ("code", "message"),
    [
        ("", "a dyad needs a code"),
        ("  ", "a dyad needs a code"),
        ("d01", "there is already a dyad d01"),
        ("D/3", "cannot contain '/'"),
        (" D3", "starts or ends with a space"),
        ("D" * 101, "at most 100 characters"),
    ],
)
def test_dyad_codes_are_checked_at_the_write(study: Project, code: str, message: str) -> None:
    with pytest.raises(InputError, match=message):
        study.add_dyad(code)
    assert [d.code for d in study.dyads()] == ["D01", "D02"]


def test_a_person_code_of_the_other_role_is_refused(study: Project) -> None:
    with pytest.raises(InputError, match="T01 is a therapist, not a patient"):
        study.add_dyad("D03", patient="T01")
    with pytest.raises(InputError, match="P01 is a patient, not a therapist"):
        study.update_dyad("D02", therapist="P01")
    assert len(study.dyads()) == 2


def test_renaming_a_dyad_renames_its_interviews(study: Project) -> None:
    study.update_dyad("D02", new_code="D09")
    assert "D09/patient/5" in _keys(study) and "D02/patient/5" not in _keys(study)
    with pytest.raises(InputError, match="there is already a dyad D01"):
        study.update_dyad("D09", new_code="D01")
    with pytest.raises(NotFoundError, match="no dyad D02"):
        study.update_dyad("D02", new_code="D05")


def test_a_new_code_renames_the_dyads_own_person_and_keeps_the_note(study: Project) -> None:
    study.set_person_notes({"P02": "Man, 52"})
    study.update_dyad("D02", patient="P22")
    d02 = study.dyads()[1]
    assert (d02.patient, d02.patient_note) == ("P22", "Man, 52")
    assert study.info().people == 3  # P01, P22, T01


def test_a_shared_person_is_not_renamed_but_replaced(study: Project) -> None:
    study.update_dyad("D02", therapist="T02")  # T01 also treats D01: D01 keeps T01
    d01, d02 = study.dyads()
    assert (d01.therapist, d02.therapist) == ("T01", "T02")
    study.update_dyad("D02", therapist="T01")  # T02 is in no dyad now: removed
    assert study.dyads()[1].therapist == "T01"
    assert study.info().people == 3


def test_an_interview_moves_with_its_coding(study: Project) -> None:
    before = study.interview_contents(P5)
    target = InterviewKey("D02", NarratorRole.THERAPIST, 28)
    study.move_interview(P5, target)
    assert str(target) in _keys(study) and str(P5) not in _keys(study)
    moved = study.interview_contents(target)
    assert (moved.res, moved.units, moved.coders, moved.ratings) == (2, 2, 2, 1)
    assert (before.units, before.ratings) == (moved.units, moved.ratings)


@pytest.mark.parametrize(
    ("target", "message"),
    [
        ("D01/patient/15", "D01/patient/15 already has an interview"),
        ("D01/patient/7", r"phase 7 is not one of the study's phases \(5, 15, 28\)"),
        ("D07/patient/28", "there is no dyad D07; add it first"),
    ],
)
def test_a_move_is_refused_where_the_slot_cannot_take_it(
    study: Project, target: str, message: str
) -> None:
    before = _keys(study)
    with pytest.raises(InputError, match=message):
        study.move_interview(P5, InterviewKey.parse(target))
    assert _keys(study) == before


def test_interview_names_are_parsed_or_refused() -> None:
    assert InterviewKey.parse("D01/t/15") == InterviewKey("D01", NarratorRole.THERAPIST, 15)
    assert str(InterviewKey.parse(" D01 / patient / 5 ")) == "D01/patient/5"
    for text in ("D01/patient", "D01/mother/5", "D01/patient/five", "/patient/5"):
        with pytest.raises(InputError, match="DYAD/NARRATOR/PHASE"):
            InterviewKey.parse(text)


def test_deleting_says_what_goes_and_backs_up_first(study: Project) -> None:
    contents = study.interview_contents(P5)
    assert contents.describe() == "D01 · patient · phase 5: 2 REs, 2 units by 2 coders, 1 rating"
    deleted = study.delete_interview(P5)
    assert deleted.contents == contents
    assert deleted.backup.name.startswith("study.ccrt.bak-predelete-")
    assert str(P5) not in _keys(study)
    assert study.info().res == 4
    with sqlite3.connect(deleted.backup) as old:
        assert old.execute("SELECT count(*) FROM interviews").fetchone() == (3,)
        assert old.execute("SELECT count(*) FROM coded_units").fetchone() == (2,)
    with sqlite3.connect(study.path) as new:
        assert new.execute("SELECT count(*) FROM coded_units").fetchone() == (0,)
        assert new.execute("SELECT count(*) FROM re_ratings").fetchone() == (0,)
        assert new.execute("SELECT count(*) FROM transcripts").fetchone() == (2,)


def test_deleting_a_missing_interview_makes_no_backup(study: Project) -> None:
    with pytest.raises(NotFoundError, match="no interview D05/patient/5"):
        study.delete_interview(InterviewKey("D05", NarratorRole.PATIENT, 5))
    assert not list(study.path.parent.glob("*.bak-predelete-*"))


def test_a_phase_with_interviews_cannot_be_dropped(study: Project) -> None:
    with pytest.raises(InputError, match="interviews exist for phase 15: keep it in the list"):
        study.update_settings(phases=(5, 28))
    assert study.update_settings(phases=(5, 15, 40)).phases == (5, 15, 40)
    with pytest.raises(InputError, match="each phase is a positive session number"):
        study.update_settings(phases=(5, 5, 15))
