"""Memos in the coding workspace: the RE memo and the interview memo, undoable, searched."""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from ccrt_coder.core.domain import NarratorRole
from ccrt_coder.gui.episodes.memo_dialog import MemoDialog
from ccrt_coder.gui.shell.main_window import MainWindow
from ccrt_coder.usecases.project import Project
from tests.gui.workspace_helpers import click_tree_row, interview_id, open_as


def open_interview(qtbot, path: Path, coder: str) -> MainWindow:
    window = open_as(qtbot, path, coder)
    click_tree_row(qtbot, window, interview_id(window, "D01", NarratorRole.PATIENT, 5))
    return window


def write(qtbot, dialog: MemoDialog | None, text: str) -> None:
    assert dialog is not None and dialog.isVisible()
    dialog.edit.selectAll()
    qtbot.keyClicks(dialog.edit, text)
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    assert not dialog.isVisible()


def stored(path: Path) -> list[tuple[str, int | None, str]]:
    with Project.open(path) as project:
        return [(m.coder, m.re_number, m.text) for m in project.memos()]


def test_an_re_memo_is_saved_shown_undone_and_redone(qtbot, project_path: Path) -> None:
    window = open_interview(qtbot, project_path, "Anna")
    flows, header = window.memos.flows, window.workspace.panel.header
    re = window.workspace.panel.current_re()
    assert re is not None and flows.re_memo.isEnabled()
    assert header.memo.text() == "—"
    write(qtbot, flows.edit_re_memo(), "RS <b>unclear</b>: ask Ben")
    assert stored(project_path) == [("Anna", re.number, "RS <b>unclear</b>: ask Ben")]
    assert header.memo.text() == "RS <b>unclear</b>: ask Ben"  # plain text, never markup
    assert window.coding.stack.undoText() == f"Memo on RE {re.number}"
    window.coding.stack.undo()
    assert stored(project_path) == [] and header.memo.text() == "—"
    window.coding.stack.redo()
    assert stored(project_path) == [("Anna", re.number, "RS <b>unclear</b>: ask Ben")]


def test_the_interview_memo_button_and_a_cancelled_dialog(qtbot, project_path: Path) -> None:
    window = open_interview(qtbot, project_path, "Anna")
    flows = window.memos.flows
    assert flows.interview_memo.iconText() == "Memo"
    dialog = flows.edit_interview_memo()
    assert dialog is not None
    qtbot.keyClicks(dialog.edit, "never saved")
    dialog.reject()
    assert stored(project_path) == [] and window.coding.stack.count() == 0
    write(qtbot, flows.edit_interview_memo(), "Guarded throughout.")
    assert stored(project_path) == [("Anna", None, "Guarded throughout.")]
    assert flows.interview_memo.iconText() == "Memo ✓"
    assert flows.interview_memo.toolTip() == "Guarded throughout."
    write(qtbot, flows.edit_interview_memo(), "Guarded throughout.")  # unchanged: no step
    assert window.coding.stack.count() == 1


def test_another_coder_does_not_see_the_memo(qtbot, project_path: Path) -> None:
    window = open_interview(qtbot, project_path, "Anna")
    write(qtbot, window.memos.flows.edit_re_memo(), "Anna's private thought")
    window.close()
    other = open_interview(qtbot, project_path, "Ben")
    assert other.workspace.panel.header.memo.text() == "—"
    assert other.memos.flows.interview_memo.iconText() == "Memo"
    dialog = other.memos.flows.edit_re_memo()
    assert dialog is not None and dialog.text() == ""
    dialog.reject()


def test_find_in_study_lists_the_coders_memo_and_opens_its_re(qtbot, project_path: Path) -> None:
    window = open_interview(qtbot, project_path, "Anna")
    panel = window.workspace.panel
    last = panel.res_model().re_at(panel.res_model().rowCount() - 1)
    assert last is not None
    window.workspace.select_re(last.id)
    write(qtbot, window.memos.flows.edit_re_memo(), "a zebra in the text")
    window.workspace.select_re(panel.res_model().re_at(0).id)
    dialog = window.menus.open_study_search()
    assert dialog is not None
    qtbot.keyClicks(dialog.edit, "ZEBRA")
    qtbot.keyClick(dialog.edit, Qt.Key.Key_Return)
    model = dialog.model
    assert model.rowCount() == 1
    assert model.index(0, 1).data() == f"memo of RE {last.number}"
    assert model.index(0, 2).data() == "a zebra in the text"
    dialog.results.activated.emit(model.index(0, 0))
    assert panel.current_re() == last


def test_the_merge_preview_counts_the_memos_a_copy_brings(qtbot, project_path: Path) -> None:
    from PySide6.QtGui import QPalette

    from ccrt_coder.gui.exchange.merge_preview import preview_html

    copy = project_path.with_name("anna.ccrt")
    with Project.open(project_path) as project:
        project.write_coder_copy("Anna", copy)
    with Project.open(copy) as coded:
        interview = coded.interviews()[0].id
        coded.set_memo(coded.coder("Anna").id, interview, None, "from the copy")
    with Project.open(project_path) as project:
        plan = project.plan_merge([copy])
    assert plan.changes_anything and plan.sources[0].memos == 1
    html = preview_html(plan, QPalette())
    assert "adds 0 units, 0 ratings, 1 memo" in html
