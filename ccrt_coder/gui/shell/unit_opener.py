"""Open a unit chosen in the Units view in the Coding view: its interview, its RE, the unit."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ccrt_coder.gui.shell.view_switcher import CODING
from ccrt_coder.gui.shell.window_host import ShellWindow
from ccrt_coder.usecases.domain import UnitRow


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
