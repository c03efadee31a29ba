"""Progress marks per coder in the study tree, and the tree's two filters."""

from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt

from ccrt_coder.core.domain import Component, Layer, NarratorRole
from ccrt_coder.core.records import UnitDraft
from ccrt_coder.gui.study.filters import StudyFilterProxy
from ccrt_coder.gui.study.progress_delegate import progress_text
from ccrt_coder.gui.study.tree_model import PROGRESS_ROLE, StudyTreeModel
from ccrt_coder.usecases.project import Project
from tests.gui.conftest import PATIENT_TEXT, quote
from tests.gui.test_study_tree_model import study
from tests.gui.workspace_helpers import click_tree_row, interview_id, open_as


@pytest.fixture
def project_path(project_path: Path) -> Path:
    """The small study, each coder having rated the REs they coded units in (so those are done)."""
    with Project.open(project_path) as project:
        for interview in project.interviews():
            res = project.episodes(interview.id)
            for coder in project.coders():
                coded = {u.draft.re_id for u in project.units([r.id for r in res], coder.id)}
                for re_id in coded:
                    project.set_completeness(re_id, coder.id, 3.0, Layer.CODER)
    return project_path


def visible_leaves(proxy: StudyFilterProxy, parent: QModelIndex = QModelIndex()) -> list[str]:  # noqa: B008
    """Every phase row the filters leave, as ``dyad narrator phase``."""
    found = []
    for row in range(proxy.rowCount(parent)):
        index = proxy.index(row, 0, parent)
        record = proxy.interview_at(index)
        if record is None:
            found += visible_leaves(proxy, index)
        else:
            found.append(f"{record.dyad} {record.narrator.value} {record.phase}")
    return found


def fake_progress(records, done_every: int = 3):
    """A progress source: every third interview fully coded, the rest half."""

    def source(ids):
        wanted = [r for r in records if ids is None or r.id in ids]
        return {
            r.id: (r.n_res if r.id % done_every == 0 else r.n_res // 2, r.n_res) for r in wanted
        }

    return source


def test_models_with_progress_and_filters_pass_the_model_tester(qtmodeltester) -> None:
    records = study(3)
    source = StudyTreeModel()
    source.set_interviews(records)
    source.set_progress_source(fake_progress(records), "Anna")
    source.set_partner_counts({r.id: 1 for r in records if r.id % 2})
    qtmodeltester.check(source)
    proxy = StudyFilterProxy(source)
    proxy.set_filters(unfinished=True, partner=True)
    qtmodeltester.check(proxy)
    source.refresh_progress(records[0].id)
    proxy.set_filters(unfinished=False, partner=False)
    qtmodeltester.check(proxy)


def test_progress_marks_count_the_coders_res(qtbot, project_path: Path) -> None:
    window = open_as(qtbot, project_path, "Anna")
    model = window.workspace.tree_model()
    p5 = interview_id(window, "D01", NarratorRole.PATIENT, 5)
    t5 = interview_id(window, "D01", NarratorRole.THERAPIST, 5)
    leaf = model.index_of_interview(p5)
    assert leaf.data(PROGRESS_ROLE) == (1, 2)  # Anna coded RE 1, not RE 2
    assert progress_text(leaf.data(PROGRESS_ROLE)) == "1/2 REs"
    assert progress_text(model.index_of_interview(t5).data(PROGRESS_ROLE)) == "✓"
    narrator, dyad = leaf.parent(), leaf.parent().parent()
    assert narrator.data(PROGRESS_ROLE) == (1, 4)  # phases 5 and 15
    assert dyad.data(PROGRESS_ROLE) == (2, 5)
    assert "1 of 2 REs done by Anna" in leaf.data(Qt.ItemDataRole.ToolTipRole)


def test_a_new_unit_updates_the_marks_through_the_refresh_slot(qtbot, project_path: Path) -> None:
    window = open_as(qtbot, project_path, "Anna")
    model = window.workspace.tree_model()
    p5 = interview_id(window, "D01", NarratorRole.PATIENT, 5)
    partner_re = next(r for r in window.project.episodes(p5) if r.number == 2)
    changed = []
    model.source().dataChanged.connect(lambda first, _last: changed.append(first.data()))
    window.project.add_unit(
        UnitDraft(
            partner_re.id,
            window.project.coder("Anna").id,
            Component.RO,
            (quote(PATIENT_TEXT, "He picked up his phone"),),
        )
    )
    model.refresh_progress(p5)
    leaf = model.index_of_interview(p5)
    assert leaf.data(PROGRESS_ROLE) == (1, 2)  # coded, not yet rated: not done
    assert len(changed) == 3  # the phase, its narrator and its dyad
    window.project.set_completeness(partner_re.id, window.project.coder("Anna").id, 4.0)
    model.refresh_progress(p5)
    assert leaf.data(PROGRESS_ROLE) == (2, 2)
    assert leaf.parent().parent().data(PROGRESS_ROLE) == (3, 5)


def test_another_coder_sees_their_own_progress(qtbot, project_path: Path) -> None:
    window = open_as(qtbot, project_path, "Ben")
    model = window.workspace.tree_model()
    p5 = interview_id(window, "D01", NarratorRole.PATIENT, 5)
    assert model.index_of_interview(p5).data(PROGRESS_ROLE) == (1, 2)
    t5 = interview_id(window, "D01", NarratorRole.THERAPIST, 5)
    assert model.index_of_interview(t5).data(PROGRESS_ROLE) == (0, 1)


def test_an_re_rated_too_incomplete_counts_as_done(qtbot, project_path: Path) -> None:
    with_ratings = open_as(qtbot, project_path, "Anna")
    project = with_ratings.project
    p5 = interview_id(with_ratings, "D01", NarratorRole.PATIENT, 5)
    re2 = next(r for r in project.episodes(p5) if r.number == 2)
    project.set_completeness(re2.id, project.coder("Anna").id, 2.0, Layer.CODER)
    with_ratings.workspace.tree_model().refresh_progress(p5)
    leaf = with_ratings.workspace.tree_model().index_of_interview(p5)
    assert leaf.data(PROGRESS_ROLE) == (2, 2)


def test_my_unfinished_work_hides_what_the_coder_finished(qtbot, project_path: Path) -> None:
    window = open_as(qtbot, project_path, "Anna")
    proxy = window.workspace.tree_model()
    everything = visible_leaves(proxy)
    qtbot.mouseClick(window.workspace.filter_bar.unfinished, Qt.MouseButton.LeftButton)
    assert visible_leaves(proxy) == ["D01 patient 5", "D01 patient 15", "D02 patient 5"]
    assert window.workspace.filter_bar.summary.text() == "3 of 4 interviews shown"
    qtbot.mouseClick(window.workspace.filter_bar.unfinished, Qt.MouseButton.LeftButton)
    assert visible_leaves(proxy) == everything


def test_the_open_interview_stays_listed_when_finished(qtbot, project_path: Path) -> None:
    window = open_as(qtbot, project_path, "Anna")
    p5 = interview_id(window, "D01", NarratorRole.PATIENT, 5)
    click_tree_row(qtbot, window, p5)
    qtbot.mouseClick(window.workspace.filter_bar.unfinished, Qt.MouseButton.LeftButton)
    re2 = next(r for r in window.project.episodes(p5) if r.number == 2)
    window.project.add_unit(
        UnitDraft(
            re2.id, window.project.coder("Anna").id, Component.W, (quote(PATIENT_TEXT, "I hoped"),)
        )
    )
    window.workspace.tree_model().refresh_progress(p5)
    assert "D01 patient 5" in visible_leaves(window.workspace.tree_model())
    assert window.workspace.current_interview().id == p5


def test_partner_filter_keeps_interviews_and_res_about_the_partner(qtbot, project_path) -> None:
    window = open_as(qtbot, project_path, "Anna")
    workspace = window.workspace
    p5 = interview_id(window, "D01", NarratorRole.PATIENT, 5)
    t5 = interview_id(window, "D01", NarratorRole.THERAPIST, 5)
    click_tree_row(qtbot, window, p5)
    qtbot.mouseClick(workspace.filter_bar.partner, Qt.MouseButton.LeftButton)
    # The patient told no RE about the therapist; the open interview stays, with none listed.
    assert visible_leaves(workspace.tree_model()) == ["D01 patient 5", "D01 therapist 5"]
    assert workspace.panel.res_model().rowCount() == 0
    assert (
        workspace.panel.res_header.detail() == "2 REs in this interview, 0 about the dyad partner"
    )
    click_tree_row(qtbot, window, t5)
    assert visible_leaves(workspace.tree_model()) == ["D01 therapist 5"]
    assert [r.other_type for r in workspace.panel.res_model().episodes()] == ["patient"]
    qtbot.mouseClick(workspace.filter_bar.partner, Qt.MouseButton.LeftButton)
    assert len(visible_leaves(workspace.tree_model())) == 4


def test_filters_on_a_large_study() -> None:
    records = study(200)  # 1200 interviews
    source = StudyTreeModel()
    source.set_interviews(records)
    proxy = StudyFilterProxy(source)
    source.set_progress_source(fake_progress(records), "Anna")
    source.set_partner_counts({r.id: 1 for r in records if r.id % 2})
    proxy.set_filters(unfinished=True, partner=False)
    proxy.set_filters(unfinished=True, partner=True)
    shown = len(visible_leaves(proxy))
    proxy.set_filters(unfinished=False, partner=False)
    assert shown == len([r for r in records if r.id % 3 and r.id % 2])
