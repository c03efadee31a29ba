"""Use cases on a real project file: import all-or-nothing, coding rules, counts."""

from dataclasses import replace
from pathlib import Path

import pytest

from ccrt_coder.core.domain import Component, Layer, NarratorRole, Span, Valence
from ccrt_coder.core.errors import InputError
from ccrt_coder.core.records import UnitDraft
from ccrt_coder.usecases.project import Project
from tests.factories import TRANSCRIPT, sample_draft


def _span_of(quote: str) -> Span:
    start = TRANSCRIPT.index(quote)
    return Span(start, start + len(quote))


def _unit(project: Project, coder_id: int, **changes) -> UnitDraft:
    re_id = project.find_re("D01", NarratorRole.PATIENT, 5, 1)
    values = dict(
        re_id=re_id,
        coder_id=coder_id,
        component=Component.RO,
        spans=(_span_of("She turned away."),),
        categories=("RO5",),
        valence=Valence.NEGATIVE,
        tailor_label="turns away",
    )
    values.update(changes)
    return UnitDraft(**values)


def test_import_stores_interviews_res_and_people(project: Project) -> None:
    (interview,) = project.interviews()
    assert (interview.dyad, interview.patient, interview.therapist) == ("D01", "P01", "T01")
    assert (interview.narrator, interview.phase, interview.n_res) == (NarratorRole.PATIENT, 5, 2)
    res = project.episodes(interview.id)
    assert [(r.number, r.other_type, r.other_name) for r in res] == [
        (1, "mother", "Helga"),
        (2, "therapist", ""),
    ]
    assert project.transcript(interview.id).text == TRANSCRIPT
    assert project.transcript(interview.id).line_count == 5


def test_an_import_that_clashes_stores_nothing(project: Project) -> None:
    new_one = sample_draft(phase=15)
    clash = sample_draft(phase=5)
    with pytest.raises(InputError, match="already has these interviews: D01 / patient / phase 5"):
        project.import_narratives([new_one, clash])
    assert [i.phase for i in project.interviews()] == [5]


def test_a_therapist_can_be_in_several_dyads(project: Project) -> None:
    project.import_narratives([replace(sample_draft(dyad="D02"), patient="P02")])
    project.import_narratives([replace(sample_draft(dyad="D03"), patient="P03")])
    assert {i.therapist for i in project.interviews()} == {"T01"}
    assert project.info().people == 4  # P01, P02, P03 and their one therapist T01


def test_units_are_stored_and_read_back(project: Project) -> None:
    coder = project.add_coder("Ana")
    unit_id = project.add_unit(_unit(project, coder.id))
    (record,) = project.units([_unit(project, coder.id).re_id], coder_id=coder.id)
    assert record.id == unit_id
    assert record.draft == _unit(project, coder.id)
    assert TRANSCRIPT[record.draft.spans[0].start : record.draft.spans[0].end] == "She turned away."


@pytest.mark.parametrize(
    ("changes", "reason"),
    [
        ({"categories": ("W6",)}, "belongs to W"),
        ({"categories": ("XX9",)}, "unknown category"),
        ({"spans": (_span_of("I hoped you"),)}, "outside the RE"),
        ({"component": Component.W, "categories": ("W6",)}, "RO and RS only"),
        ({"spans": ()}, "at least one text span"),
    ],
)
def test_invalid_units_are_refused(project: Project, changes: dict, reason: str) -> None:
    coder = project.add_coder("Ana")
    with pytest.raises(InputError, match=reason):
        project.add_units([_unit(project, coder.id), _unit(project, coder.id, **changes)])
    assert project.info().units == {}


def test_edit_and_delete_a_unit(project: Project) -> None:
    coder = project.add_coder("Ana")
    unit_id = project.add_unit(_unit(project, coder.id))
    edited = _unit(project, coder.id, categories=("RO2", "RO5"), tailor_label="controls")
    project.edit_unit(unit_id, edited)
    (record,) = project.units([edited.re_id])
    assert (record.draft.categories, record.draft.tailor_label) == (("RO2", "RO5"), "controls")
    project.remove_unit(unit_id)
    assert project.units([edited.re_id]) == []


def test_completeness_ratings_per_coder_and_layer(project: Project) -> None:
    ana = project.add_coder("Ana")
    re_id = project.find_re("D01", NarratorRole.PATIENT, 5, 1)
    project.set_completeness(re_id, ana.id, 4)
    project.set_completeness(re_id, ana.id, 3.5, Layer.CONSENSUS)
    with pytest.raises(InputError, match=r"1 to 5 in steps of 0\.5, not 7"):
        project.set_completeness(re_id, ana.id, 7)
    assert project.info().ratings == {"Ana": {"coder": 1, "consensus": 1}}


def test_duplicate_coder_names_are_refused(project: Project) -> None:
    project.add_coder("Ana")
    with pytest.raises(InputError, match="already a coder"):
        project.add_coder("Ana")


def test_state_survives_closing_and_reopening(tmp_path: Path) -> None:
    path = tmp_path / "s.ccrt"
    with Project.create(path) as project:
        project.import_narratives([sample_draft()])
        coder = project.add_coder("Ana")
        project.add_unit(_unit(project, coder.id))
        before = project.info()
    with Project.open(path) as again:
        assert again.info() == before
        assert before.units == {"Ana": {"coder": 1}}


def test_a_bad_file_among_good_ones_imports_nothing(project: Project, tmp_path: Path) -> None:
    good = tmp_path / "D02_patient_5.txt"
    good.write_text("RE 1: mother\nP: She listened.\n", encoding="utf-8")
    bad = tmp_path / "D02_patient_15.txt"
    bad.write_text("RE 1: neighbour\nP: He shouted.\n", encoding="utf-8")
    with pytest.raises(InputError, match="line 1: unknown other person"):
        project.import_files([good, bad])
    assert [i.dyad for i in project.interviews()] == ["D01"]
