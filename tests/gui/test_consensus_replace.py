"""Accepting a unit where the consensus codes the same stretch otherwise: Replace / Add / Cancel."""

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from ccrt_coder.core.domain import Component, Layer, NarratorRole
from ccrt_coder.gui.shell.main_window import MainWindow
from ccrt_coder.usecases.project import Project
from tests.gui.comparison_helpers import CODER_A, CODER_B
from tests.gui.test_consensus_meeting import button, consensus_units, press_undo
from tests.gui.workspace_helpers import coder_layer_dump, open_as


def first_re(path: Path) -> int:
    with Project.open(path) as project:
        return project.find_re("D01", NarratorRole.PATIENT, 5, 1)


def wishes(path: Path, re_id: int) -> list[tuple[int, tuple[str, ...]]]:
    return [
        (u.id, u.draft.categories)
        for u in consensus_units(path, re_id)
        if u.draft.component is Component.W
    ]


def meeting(qtbot, path: Path, re_id: int) -> MainWindow:
    window = open_as(qtbot, path, CODER_A, lead=True)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert window.open_consensus_at(re_id)
    return window


def answer(qtbot, button_text: str, seen: list[str]) -> None:
    """Once the question shows: note its text and buttons in ``seen``, click ``button_text``."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click)
            return
        buttons = {b.text().replace("&", ""): b for b in box.findChildren(QPushButton)}
        seen.extend([box.text(), *buttons])
        qtbot.mouseClick(buttons[button_text], Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, click)


def accept_bs_wish(qtbot, window: MainWindow, button_text: str) -> list[str]:
    """Click Accept on Coder B's W5 card, answer with ``button_text``; the question's words."""
    b = window.project.coder(CODER_B).id
    card = next(
        c
        for c in window.side_by_side.pane.columns.cards()
        if c.unit.draft.coder_id == b
        and c.unit.draft.layer is Layer.CODER
        and c.unit.draft.categories == ("W5",)
    )
    seen: list[str] = []
    answer(qtbot, button_text, seen)
    qtbot.mouseClick(button(card, "Accept"), Qt.MouseButton.LeftButton)
    return seen


def test_replace_is_one_step_and_undo_brings_w6_back(qtbot, demo_path: Path) -> None:
    re_id = first_re(demo_path)
    [(w6_id, w6)] = wishes(demo_path, re_id)
    assert w6 == ("W6",)
    before = coder_layer_dump(demo_path)
    others = [u for u in consensus_units(demo_path, re_id) if u.id != w6_id]
    window = meeting(qtbot, demo_path, re_id)
    seen = accept_bs_wish(qtbot, window, "Replace W6 with W5")
    assert "already codes this text as W6" in seen[0]
    [(_new_id, codes)] = wishes(demo_path, re_id)
    assert codes == ("W5",)
    rest = [u for u in consensus_units(demo_path, re_id) if u.draft.component is not Component.W]
    assert rest == others
    assert window.coding.actions.undo.text().startswith("&Undo Replace consensus W6 with W5 on ")
    press_undo(qtbot, window)  # ONE step back: W6 is there again, W5 gone
    assert wishes(demo_path, re_id) == [(w6_id, ("W6",))]
    press_undo(qtbot, window, redo=True)
    assert [codes for _id, codes in wishes(demo_path, re_id)] == [("W5",)]
    assert coder_layer_dump(demo_path) == before


def test_the_question_names_the_codes_on_its_buttons(qtbot, demo_path: Path) -> None:
    window = meeting(qtbot, demo_path, first_re(demo_path))
    seen = accept_bs_wish(qtbot, window, "Cancel")
    assert seen[1:] == ["Replace W6 with W5", "Add beside it", "Cancel"]


def test_add_beside_keeps_both(qtbot, demo_path: Path) -> None:
    re_id = first_re(demo_path)
    window = meeting(qtbot, demo_path, re_id)
    accept_bs_wish(qtbot, window, "Add beside it")
    assert sorted(codes for _id, codes in wishes(demo_path, re_id)) == [("W5",), ("W6",)]


def test_cancel_changes_nothing(qtbot, demo_path: Path) -> None:
    re_id = first_re(demo_path)
    before = consensus_units(demo_path, re_id)
    window = meeting(qtbot, demo_path, re_id)
    accept_bs_wish(qtbot, window, "Cancel")
    assert consensus_units(demo_path, re_id) == before
    assert not window.coding.stack.canUndo()
