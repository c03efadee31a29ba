"""Open a unit chosen in the Units view in the Coding view: its interview, its RE, the unit."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ccrt_coder.gui.shell.view_switcher import CODING
from ccrt_coder.gui.shell.window_host import ShellWindow
from ccrt_coder.usecases.domain import MemoRecord, UnitRow


def open_memo(window: ShellWindow, memo: MemoRecord) -> bool:
    """Show a memo's interview for coding, at its RE when it is on one; False if not shown."""
    window.views.show_view(CODING)
    if not window.workspace.show_interview(memo.interview_id):
        return False
    if memo.re_id is not None:
        window.workspace.select_re(memo.re_id)
    return True


def open_unit(window: ShellWindow, row: UnitRow) -> bool:
    """Show ``row``'s RE for coding with the unit selected; True if the unit is selected
    (the RE panel lists the units of the coder working, so another coder's unit is not)."""
    window.views.show_view(CODING)
    workspace = window.workspace
    if not workspace.show_interview(row.interview_id):
        return False
    workspace.select_re(row.re_id)
    if workspace.panel.select_unit(row.unit_id):
        workspace.panel.units_table().setFocus()
        return True
    if row.layer == "consensus":
        note = QCoreApplication.translate(
            "shell.unit_opener", "RE {re} is shown; the unit is in the consensus layer."
        )
    else:
        note = QCoreApplication.translate(
            "shell.unit_opener", "RE {re} is shown; the unit is {coder}'s, not in your list."
        )
    window.statusBar().showMessage(note.format(re=row.re, coder=row.coder), 8000)
    return False
