"""The study tree's ✓: done means every RE rated, and coded or rated too incomplete (issue 11)."""

from pathlib import Path

from PySide6.QtCore import Qt

from ccrt_coder.core.coding_done import ReCoding, interview_progress, re_is_done
from ccrt_coder.core.domain import Component, Layer, NarratorRole
from ccrt_coder.core.records import UnitDraft
from ccrt_coder.gui.study.progress_delegate import progress_text
from ccrt_coder.gui.study.tree_model import PROGRESS_ROLE
from tests.gui.coding_helpers import code, open_window, show_interview, span_of, stored


def test_the_rule() -> None:
    assert not re_is_done(ReCoding(rated=False, rated_out=False, has_unit=True))
    assert not re_is_done(ReCoding(rated=True, rated_out=False, has_unit=False))
    assert re_is_done(ReCoding(rated=True, rated_out=False, has_unit=True))
    assert re_is_done(ReCoding(rated=True, rated_out=True, has_unit=False))
    assert interview_progress([]) == (0, 0)
    assert interview_progress([ReCoding(True, False, True), ReCoding(False, False, True)]) == (1, 2)


def test_one_unit_is_not_done_rating_and_coding_every_re_is(qtbot, carla_demo: Path) -> None:
    window = open_window(qtbot, carla_demo, "Carla")
    interview = show_interview(qtbot, window, "D01", NarratorRole.PATIENT, 5)
    leaf = window.workspace.tree_model().index_of_interview(interview.id)
    view, panel = window.workspace.view, window.workspace.panel
    code(qtbot, window, "I really wanted my mother", Component.W, "loved")
    assert leaf.data(PROGRESS_ROLE) == (0, 4)  # a unit, but no rating yet
    first = panel.current_re()
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)  # rate RE 1
    assert leaf.data(PROGRESS_ROLE) == (1, 4)
    assert progress_text(leaf.data(PROGRESS_ROLE)) == "1/4 REs"
    others = [re for re in window.workspace.episodes() if re.id != first.id]
    with stored(carla_demo) as project:  # meanwhile: two more REs coded and rated, one rated out
        carla = project.coder("Carla").id
        for re in others[:2]:
            span = min(re.spans)
            project.add_unit(UnitDraft(re.id, carla, Component.W, (span,), ("W1",)))
            project.set_completeness(re.id, carla, 4.0, Layer.CODER)
    last = others[2]
    window.workspace.select_re(last.id)
    panel.list_view.setFocus()
    qtbot.keyClick(panel.list_view, Qt.Key.Key_2)  # too incomplete to code: nothing left to do
    assert leaf.data(PROGRESS_ROLE) == (4, 4)
    assert progress_text(leaf.data(PROGRESS_ROLE)) == "✓"
    assert span_of(view, "I really wanted my mother")  # still the same interview
