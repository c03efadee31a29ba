"""Code ▸ RE memo… and Interview memo…, with Memo buttons on the RE and transcript headers."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from ccrt_coder.gui.coding.memo_flows import MemoFlows
from ccrt_coder.gui.shell.menu_bar import menu_named

if TYPE_CHECKING:
    from ccrt_coder.gui.shell.window_host import ShellWindow


class MemoMenu(QObject):
    """Puts the memo actions where a coder looks for them; the flows do the work."""

    def __init__(self, window: ShellWindow) -> None:
        super().__init__(window)
        self.flows = MemoFlows(window.coding, lambda: window.project)
        code = menu_named(window.menuBar(), "codeMenu", self.tr("&Code"))
        code.addSeparator()
        code.addActions([self.flows.re_memo, self.flows.interview_memo])
        workspace = window.workspace
        workspace.panel.header.add_action(self.flows.re_memo)
        workspace.text_header.add_action(self.flows.interview_memo)
        # Connected after the window's own slots, so the workspace knows the coder already.
        window.identity.identity_changed.connect(lambda _identity: self.flows.refresh())
        window.project_opened.connect(lambda _path: self.flows.refresh())
        window.project_closed.connect(self.flows.refresh)
        window.project_reloaded.connect(self.flows.refresh)  # another writer changed the file
