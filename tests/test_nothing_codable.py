"""The "nothing codable" mark: rules at the write, progress, undo data, copies, merges, export."""

import sqlite3
from pathlib import Path

import pytest
from openpyxl import load_workbook

from ccrt_coder.core.domain import Component, Layer, Span
from ccrt_coder.core.errors import InputError
from ccrt_coder.core.records import UnitDraft
from ccrt_coder.usecases.project import Project
from tests.demo_counts import DEMO

CODER_A, CODER_B = DEMO.coder_a, DEMO.coder_b


def uncoded_re(project: Project, coder_id: int, nth: int = 0) -> tuple[int, int]:
    """(interview id, RE id) of the study's ``nth`` RE, emptied of the coder's units and rating
    (the demo codes every RE)."""
    interview = project.interviews()[0].id
    re = project.episodes(interview)[nth].id
    for unit in project.units([re], coder_id, Layer.CODER):
        project.remove_unit(unit.id)
    project.rate_completeness(re, coder_id, None)
    return interview, re


def test_marking_needs_a_rating_and_counts_the_re_as_done(study: Path) -> None:
    with Project.open(study) as project:
        a = project.coder(CODER_A).id
        interview, re = uncoded_re(project, a)
        with pytest.raises(InputError, match="rate the completeness"):
            project.set_nothing_codable(re, a, True)
        project.rate_completeness(re, a, 4.0)
        done_before, total = project.coding_progress(a, [interview])[interview]
        assert project.set_nothing_codable(re, a, True) is False
        assert project.nothing_codable_res(a, [re]) == {re}
        assert project.nothing_codable_res(project.coder(CODER_B).id, [re]) == set()
        assert project.coding_progress(a, [interview])[interview] == (done_before + 1, total)
        assert project.set_nothing_codable(re, a, False) is True
        assert project.coding_progress(a, [interview])[interview] == (done_before, total)


def test_a_marked_re_refuses_units_and_unrating_and_units_refuse_the_mark(study: Path) -> None:
    with Project.open(study) as project:
        a = project.coder(CODER_A).id
        with pytest.raises(InputError, match="cannot be marked"):
            re_coded = project.episodes(project.interviews()[0].id)[1].id
            project.rate_completeness(re_coded, a, 4.0)
            project.set_nothing_codable(re_coded, a, True)
        assert project.nothing_codable_res(a, [re_coded]) == set()
        interview, re = uncoded_re(project, a)
        project.rate_completeness(re, a, 3.0)
        project.set_nothing_codable(re, a, True)
        start = next(r for r in project.episodes(interview) if r.id == re).spans[0].start
        draft = UnitDraft(re, a, Component.W, (Span(start, start + 3),))
        with pytest.raises(InputError, match="nothing codable"):
            project.add_unit(draft)
        with pytest.raises(InputError, match="unmark it"):
            project.rate_completeness(re, a, None)
        project.add_unit(UnitDraft(re, project.coder(CODER_B).id, Component.W, draft.spans))


def test_marks_go_with_the_coder_copy_come_back_by_merge_and_are_exported(
    study: Path, tmp_path: Path
) -> None:
    with Project.open(study) as project:
        a, b = project.coder(CODER_A).id, project.coder(CODER_B).id
        _, re_b = uncoded_re(project, b)
        project.rate_completeness(re_b, b, 4.0)
        project.set_nothing_codable(re_b, b, True)
        _, re = uncoded_re(project, a)
        project.write_coder_copy(CODER_A, tmp_path / "a.ccrt")
    copy = tmp_path / "a.ccrt"
    connection = sqlite3.connect(copy)
    assert connection.execute("SELECT count(*) FROM re_ratings WHERE nothing_codable").fetchone()[
        0
    ] == (0)
    connection.close()
    with Project.open(copy) as coded:
        a_copy = coded.coder(CODER_A).id
        coded.rate_completeness(re, a_copy, 4.5)
        coded.set_nothing_codable(re, a_copy, True)
    with Project.open(study) as project:
        assert project.merge([copy])
        assert project.nothing_codable_res(a, [re]) == {re}
        marks = [(m.coder, m.layer) for m in project.nothing_codable_marks()]
        assert sorted(marks) == sorted([(CODER_A, Layer.CODER), (CODER_B, Layer.CODER)])
    with Project.open(copy) as coded:  # the coder changes their mind: a conflict, reported
        coded.set_nothing_codable(re, coded.coder(CODER_A).id, False)
    with Project.open(study) as project:
        plan = project.plan_merge([copy])
        assert "ratings changed: 1" in "\n".join(plan.lines())
        out = tmp_path / "out.xlsx"
        project.export(out)
    sheet = load_workbook(out, read_only=True)["REs"]
    rows = list(sheet.values)
    column = rows[0].index("nothing codable")
    assert [r[column] for r in rows[1:] if r[column]] == [f"{CODER_A} (coder); {CODER_B} (coder)"]
