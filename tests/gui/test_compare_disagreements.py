"""Compare coders marks where coders coded the same stretch otherwise (≠) and alike (=)."""

from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip

from ccrt_coder.core.domain import Layer, NarratorRole
from ccrt_coder.gui.consensus.compared_card import ComparedCard
from ccrt_coder.gui.shell.main_window import MainWindow
from ccrt_coder.usecases.project import Project
from tests.gui.comparison_helpers import CODER_A, CODER_B
from tests.gui.workspace_helpers import click_tree_row, interview_id, open_as


def comparing(qtbot, path: Path) -> MainWindow:
    """Coder A comparing D01 patient phase 5, RE 1 (A: W6, B: W5 on the same words)."""
    with Project.open(path) as project:
        project.update_settings(blind_mode=False)
        re_id = project.find_re("D01", NarratorRole.PATIENT, 5, 1)
    window = open_as(qtbot, path, CODER_A)
    click_tree_row(qtbot, window, interview_id(window, "D01", NarratorRole.PATIENT, 5))
    window.workspace.select_re(re_id)
    window.side_by_side.compare_action.trigger()
    return window


def card(window: MainWindow, coder: str, codes: tuple[str, ...]) -> ComparedCard:
    coder_id = window.project.coder(coder).id
    found = [
        c
        for c in window.side_by_side.pane.columns.cards()
        if c.unit.draft.coder_id == coder_id and c.unit.draft.categories == codes
    ]
    assert isinstance(found[0], ComparedCard)
    return found[0]


def test_w6_against_w5_is_marked_as_a_disagreement(qtbot, demo_path: Path) -> None:
    window = comparing(qtbot, demo_path)
    w6, w5 = card(window, CODER_A, ("W6",)), card(window, CODER_B, ("W5",))
    for mine, other, code in ((w6, CODER_B, "W5"), (w5, CODER_A, "W6")):
        assert mine.verdict.disagrees
        assert mine.badge.text() == "≠" and mine.badge.isVisible()
        assert f"≠ {other}: {code}" in mine.badge.toolTip()
        assert f"≠ {other}: {code}" in mine.toolTip()


def test_the_same_code_on_the_same_stretch_is_marked_as_agreeing(qtbot, demo_path) -> None:
    window = comparing(qtbot, demo_path)
    ro5 = card(window, CODER_A, ("RO5",))
    assert not ro5.verdict.disagrees and ro5.verdict.agrees_with
    assert ro5.badge.text() == "="
    assert f"= {CODER_B}: RO5 −" in ro5.badge.toolTip()


def test_the_lanes_outline_the_disagreement_and_name_it_on_hover(qtbot, demo_path) -> None:
    window = comparing(qtbot, demo_path)
    lanes, view = window.side_by_side.lanes, window.workspace.view
    w6 = card(window, CODER_A, ("W6",)).unit
    start, _end = view.qt_range(w6.draft.spans[0])
    marks = lanes.marks_at(start + 1)
    assert any(m.differs and m.unit == w6 for m in marks)
    agreeing = card(window, CODER_A, ("RO5",)).unit
    ro_start, _ = view.qt_range(agreeing.draft.spans[0])
    assert not any(m.differs for m in lanes.marks_at(ro_start + 1))
    tip = lanes.tooltip_at(start + 1)
    assert f"<b>{CODER_A}</b>: W6" in tip and f"≠ {CODER_B}: W5" in tip
    # Hovering the words shows it.
    cursor = view.textCursor()
    cursor.setPosition(start + 2)
    point = view.cursorRect(cursor).center()
    event = QHelpEvent(QEvent.Type.ToolTip, point, view.viewport().mapToGlobal(point))
    QApplication.sendEvent(view.viewport(), event)
    qtbot.waitUntil(QToolTip.isVisible)
    assert f"≠ {CODER_B}: W5" in QToolTip.text()


def test_the_meeting_marks_the_coders_but_not_the_consensus(qtbot, demo_path: Path) -> None:
    window = comparing(qtbot, demo_path)
    window.identity.adopt(window.project.coder(CODER_A).id, lead=True)
    window.side_by_side.consensus_action.trigger()
    cards = window.side_by_side.pane.columns.cards()
    consensus = [c for c in cards if c.unit.draft.layer is Layer.CONSENSUS]
    assert consensus and not any(isinstance(c, ComparedCard) for c in consensus)
    assert card(window, CODER_B, ("W5",)).verdict.disagrees
