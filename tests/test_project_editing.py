"""The coding workspace's use cases on a real project file: mark, extend, re-head, delete, undo."""

from pathlib import Path

import pytest

from ccrt_coder.core.domain import Component, Layer, NarratorRole, Span, Valence
from ccrt_coder.core.errors import InputError
from ccrt_coder.core.records import ReHeader, UnitDraft
from ccrt_coder.usecases.project import Project
from tests.factories import TRANSCRIPT


def span_of(words: str, occurrence: int = 1) -> Span:
    start = -1
    for _ in range(occurrence):
        start = TRANSCRIPT.index(words, start + 1)
    return Span(start, start + len(words))


@pytest.fixture
def ids(project: Project) -> dict[str, int]:
    (interview,) = project.interviews()
    return {
        "interview": interview.id,
        "re1": project.find_re("D01", NarratorRole.PATIENT, 5, 1),
        "re2": project.find_re("D01", NarratorRole.PATIENT, 5, 2),
        "ana": project.add_coder("Ana").id,
        "ben": project.add_coder("Ben").id,
    }


def unit(ids: dict[str, int], words: str, **changes) -> UnitDraft:
    values = dict(
        re_id=ids["re1"],
        coder_id=ids["ana"],
        component=Component.RO,
        spans=(span_of(words),),
        categories=("RO5",),
        valence=Valence.NEGATIVE,
    )
    values.update(changes)
    return UnitDraft(**values)


def reopened(project: Project) -> Project:
    """A second connection to the same file: sees only what was committed."""
    return Project.open(project.path)


# -- REs -------------------------------------------------------------------------------------------
def test_a_selection_becomes_the_next_re(project: Project, ids) -> None:
    header = ReHeader("friend", "Mia", "current")
    re = project.create_re(ids["interview"], [span_of("Interview after session 5")], header)
    assert (re.number, re.other_type, re.other_name, re.time_frame) == (
        3,
        "friend",
        "Mia",
        "current",
    )
    assert re.spans == (span_of("Interview after session 5"),)
    with reopened(project) as other:
        assert [r.number for r in other.episodes(ids["interview"])] == [1, 2, 3]
        assert other.interviews()[0].n_res == 3


@pytest.mark.parametrize(
    ("span", "header", "reason"),
    [
        (span_of("She turned away."), ReHeader("friend"), "overlaps RE 1"),
        (Span(len(TRANSCRIPT) - 3, len(TRANSCRIPT) + 5), ReHeader("friend"), "beyond the end"),
        (span_of("Interview"), ReHeader("neighbour"), "unknown other person 'neighbour'"),
        (span_of("Interview"), ReHeader("friend", time_frame="later"), "unknown time frame"),
    ],
)
def test_invalid_res_are_refused(project: Project, ids, span, header, reason) -> None:
    with pytest.raises(InputError, match=reason):
        project.create_re(ids["interview"], [span], header)
    assert len(project.episodes(ids["interview"])) == 2


def test_an_re_is_extended_by_a_second_piece(project: Project, ids) -> None:
    first, second = span_of("Interview after session 5"), span_of("RE 2: therapist")
    re = project.create_re(ids["interview"], [first], ReHeader("friend"))
    edit = project.add_re_span(re.id, second)
    assert edit.before.spans == (first,)
    assert edit.after.spans == (first, second)  # 3a and 3b
    with reopened(project) as other:
        assert next(r for r in other.episodes(ids["interview"]) if r.id == re.id).spans == (
            first,
            second,
        )
    with pytest.raises(InputError, match="already part of RE 3"):
        project.add_re_span(re.id, span_of("Interview"))
    touching = Span(first.end, first.end + 1)  # the newline right after the first piece
    assert project.add_re_span(re.id, touching).after.spans == (
        Span(first.start, touching.end),
        second,
    )


def test_an_extension_into_another_re_is_refused(project: Project, ids) -> None:
    with pytest.raises(InputError, match="overlaps RE 2"):
        project.add_re_span(ids["re1"], span_of("I hoped"))


def test_spans_that_would_orphan_units_are_refused(project: Project, ids) -> None:
    project.code_unit(unit(ids, "She turned away."))
    with pytest.raises(InputError, match="1 coded unit"):
        project.set_re_spans(ids["re1"], [span_of("I wanted her")])


def test_the_header_changes_and_reports_what_it_was(project: Project, ids) -> None:
    edit = project.update_re(ids["re1"], ReHeader("father", "Karl", "current"))
    assert (edit.before.other_type, edit.before.other_name) == ("mother", "Helga")
    assert (edit.after.other_type, edit.after.other_name, edit.after.time_frame) == (
        "father",
        "Karl",
        "current",
    )
    with reopened(project) as other:
        assert other.episodes(ids["interview"])[0].other_type == "father"


def test_a_deleted_re_is_restored_exactly(project: Project, ids) -> None:
    ana_unit = project.code_unit(unit(ids, "She turned away."))
    ben_unit = project.code_unit(
        unit(ids, "I felt small.", coder_id=ids["ben"], component=Component.RS, categories=("RS7",))
    )
    project.rate_completeness(ids["re1"], ids["ana"], 4)
    project.rate_completeness(ids["re1"], ids["ben"], 3.5, Layer.CONSENSUS)
    assert project.unit_counts_by_coder(ids["re1"]) == {"Ana": 1, "Ben": 1}
    snapshot = project.delete_re(ids["re1"])
    assert {u.uid for u in snapshot.units} == {ana_unit.uid, ben_unit.uid}
    assert len(snapshot.ratings) == 2
    with reopened(project) as other:
        assert [r.number for r in other.episodes(ids["interview"])] == [2]
        assert other.units([ids["re1"]]) == []
        assert other.info().ratings == {}
    restored = project.restore_re(snapshot)
    assert restored == snapshot.re
    with reopened(project) as other:
        assert other.episodes(ids["interview"])[0] == snapshot.re
        assert other.units([ids["re1"]]) == list(snapshot.units)
        assert other.completeness_ratings([ids["re1"]]) == {
            (ids["re1"], ids["ana"], Layer.CODER): 4.0,
            (ids["re1"], ids["ben"], Layer.CONSENSUS): 3.5,
        }
    assert project.delete_re(ids["re1"]) == snapshot  # same uid, time stamps, units, ratings


def test_restoring_over_a_taken_number_or_text_changes_nothing(project: Project, ids) -> None:
    snapshot = project.delete_re(ids["re2"])
    project.create_re(ids["interview"], [span_of("Interview")], ReHeader("friend"))  # RE 2 again
    with pytest.raises(InputError, match="RE 2 cannot be restored: the number is taken"):
        project.restore_re(snapshot)
    snapshot_1 = project.delete_re(ids["re1"])
    re_2 = project.find_re("D01", NarratorRole.PATIENT, 5, 2)
    project.add_re_span(re_2, span_of("She turned away."))
    with pytest.raises(InputError, match="overlaps RE 2"):
        project.restore_re(snapshot_1)
    assert [r.number for r in project.episodes(ids["interview"])] == [2]


# -- units -----------------------------------------------------------------------------------------
def test_coding_returns_the_stored_unit(project: Project, ids) -> None:
    record = project.code_unit(unit(ids, "She turned away.", tailor_label="turns away"))
    assert record.draft == unit(ids, "She turned away.", tailor_label="turns away")
    assert len(record.uid) == 32
    with reopened(project) as other:
        assert other.units([ids["re1"]]) == [record]


def test_a_unit_outside_its_re_is_refused(project: Project, ids) -> None:
    with pytest.raises(InputError, match="outside the RE"):
        project.code_unit(unit(ids, "I hoped"))


def test_editing_reports_before_and_after(project: Project, ids) -> None:
    record = project.code_unit(unit(ids, "She turned away."))
    edit = project.edit_unit(record.id, unit(ids, "turned away", categories=("RO2",)))
    assert edit.before == record
    assert (edit.after.id, edit.after.uid) == (record.id, record.uid)
    assert edit.after.draft.categories == ("RO2",)
    assert edit.after.draft.spans == (span_of("turned away"),)
    with reopened(project) as other:
        assert other.units([ids["re1"]]) == [edit.after]


def test_a_removed_unit_comes_back_with_its_uid(project: Project, ids) -> None:
    first = project.code_unit(unit(ids, "She turned away."))
    second = project.code_unit(
        unit(ids, "I felt small.", component=Component.RS, categories=("RS7",))
    )
    removed = project.remove_unit(first.id)
    assert removed == first
    with reopened(project) as other:
        assert other.units([ids["re1"]]) == [second]
    assert project.restore_unit(removed) == first
    with reopened(project) as other:
        assert other.units([ids["re1"]]) == [first, second]


# -- completeness ----------------------------------------------------------------------------------
def test_ratings_report_the_previous_value(project: Project, ids) -> None:
    assert project.rate_completeness(ids["re1"], ids["ana"], 3) is None
    assert project.rate_completeness(ids["re1"], ids["ana"], 4.5) == 3.0
    assert project.rate_completeness(ids["re1"], ids["ana"], None) == 4.5
    assert project.completeness_ratings([ids["re1"]], ids["ana"]) == {}
    for wrong in (0.5, 4.25, 6):
        with pytest.raises(InputError, match=r"steps of 0\.5"):
            project.rate_completeness(ids["re1"], ids["ana"], wrong)


def test_every_edit_is_committed_at_once(tmp_path: Path, project: Project, ids) -> None:
    record = project.code_unit(unit(ids, "She turned away."))
    project.rate_completeness(ids["re1"], ids["ana"], 2)
    with reopened(project) as other:
        assert other.units([ids["re1"]]) == [record]
        assert other.completeness_ratings([ids["re1"]], ids["ana"]) == {
            (ids["re1"], ids["ana"], Layer.CODER): 2.0
        }


# -- the consensus meeting's Replace: one transaction, undone and redone whole -----------------
def test_replace_then_swap_back_and_forth(project: Project, ids: dict[str, int]) -> None:
    consensus = dict(layer=Layer.CONSENSUS, component=Component.W, categories=("W6",), valence=None)
    old = project.code_unit(unit(ids, "She turned away.", **consensus))
    new = unit(ids, "She turned away.", **{**consensus, "categories": ("W5",)})
    removed, added = project.replace_units([old.id], new)
    assert removed == [old]
    assert project.units([ids["re1"]], layer=Layer.CONSENSUS) == [added]
    project.swap_units([added.id], removed)  # undo
    assert project.units([ids["re1"]], layer=Layer.CONSENSUS) == [old]
    project.swap_units([old.id], [added])  # redo: the very same record
    assert project.units([ids["re1"]], layer=Layer.CONSENSUS) == [added]


def test_only_units_of_the_same_re_and_layer_are_replaced(project, ids) -> None:
    coders = project.code_unit(unit(ids, "She turned away."))
    consensus = unit(ids, "She turned away.", layer=Layer.CONSENSUS)
    with pytest.raises(InputError, match="same RE and layer"):
        project.replace_units([coders.id], consensus)
    assert project.units([ids["re1"]]) == [coders]  # nothing changed
