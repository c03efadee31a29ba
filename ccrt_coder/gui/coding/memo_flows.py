"""Memo flows: the current coder writes their memo on the open interview or the current RE.

Each save is one undoable command (one transaction); the RE panel's header shows the RE's memo
and the transcript header's Memo button the interview's, always of the current coder only.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

from ccrt_coder.gui.coding.flow_host import FlowHost
from ccrt_coder.gui.coding.undo_commands import Change, CommandTarget, ProjectCommand
from ccrt_coder.gui.widgets.plain_text import as_text
from ccrt_coder.usecases.project import Project

if TYPE_CHECKING:
    from ccrt_coder.gui.episodes.memo_dialog import MemoDialog


class SetMemoCommand(ProjectCommand):
    """Store a memo; undo puts back the text it had (none: the memo goes again)."""

    def __init__(
        self,
        target: CommandTarget,
        text: str,
        where: tuple[int, int, int | None],  # coder, interview, RE (None: the interview)
        memo: str,
    ) -> None:
        super().__init__(target, text)
        self._coder, self._interview, self._re = where
        self._memo, self._before = memo, ""

    def _do(self, first: bool) -> Change:
        before = self.project.set_memo(self._coder, self._interview, self._re, self._memo)
        if first:
            self._before = before
        return Change(self._interview, self._re)

    def _undo(self) -> Change:
        self.project.set_memo(self._coder, self._interview, self._re, self._before)
        return Change(self._interview, self._re)


class MemoFlows(QObject):
    """The two memo actions and the display of the current coder's memos."""

    def __init__(self, host: FlowHost, project: Callable[[], Project | None]) -> None:
        super().__init__(host.window)
        self._host, self._project = host, project
        self.re_memo = QAction(self.tr("RE &memo…"), host.window)
        self.re_memo.setIconText(self.tr("Memo"))
        self.re_memo.setShortcut(QKeySequence("Ctrl+M"))
        self.interview_memo = QAction(self.tr("In&terview memo…"), host.window)
        self.interview_memo.setIconText(self.tr("Memo"))
        self.interview_memo.setShortcut(QKeySequence("Ctrl+Shift+M"))
        host.window.addActions([self.re_memo, self.interview_memo])
        self.re_memo.triggered.connect(self.edit_re_memo)
        self.interview_memo.triggered.connect(self.edit_interview_memo)
        workspace = host.workspace
        workspace.interview_shown.connect(lambda _record: self.refresh())
        workspace.current_re_changed.connect(lambda _re_id: self.refresh())
        workspace.coding_changed.connect(lambda _interview_id: self.refresh())
        self.refresh()

    def _memos(self) -> dict[int | None, str]:
        """The current coder's memos on the open interview, by RE id (None: its own)."""
        workspace, project = self._host.workspace, self._project()
        coder, interview = workspace.coder_id(), workspace.current_interview()
        if interview is None or coder is None or project is None:
            return {}
        return project.interview_memos(coder, interview.id)

    def refresh(self) -> None:
        """Show the memos of the current interview and RE; enable what can be written."""
        workspace = self._host.workspace
        memos = self._memos()
        re = workspace.panel.current_re()
        has_coder = workspace.coder_id() is not None and self._project() is not None
        interview_open = has_coder and workspace.current_interview() is not None
        self.interview_memo.setEnabled(interview_open)
        self.re_memo.setEnabled(interview_open and re is not None)
        workspace.panel.header.show_memo(memos.get(re.id, "") if re is not None else "")
        own = memos.get(None, "")
        none_yet = self.tr("Your memo on this interview (none yet)")
        self.interview_memo.setToolTip(as_text(own) or none_yet)
        self.interview_memo.setIconText(self.tr("Memo ✓") if own else self.tr("Memo"))

    def edit_re_memo(self) -> MemoDialog | None:
        re = self._host.workspace.panel.current_re()
        if re is None:
            return None
        title = self.tr("Memo on RE {number}").format(number=re.number)
        return self._edit(re.id, title)

    def edit_interview_memo(self) -> MemoDialog | None:
        interview = self._host.workspace.current_interview()
        if interview is None:
            return None
        return self._edit(None, self.tr("Memo on {interview}").format(interview=interview.dyad))

    def _edit(self, re_id: int | None, title: str) -> MemoDialog | None:
        from ccrt_coder.gui.episodes.memo_dialog import MemoDialog  # loaded when first opened

        workspace, project = self._host.workspace, self._project()
        coder, interview = workspace.coder_id(), workspace.current_interview()
        if coder is None or interview is None or project is None:
            self._host.say(self.tr("Choose who is coding and open an interview first."))
            return None
        name = next((c.name for c in project.coders() if c.id == coder), "")
        dialog = MemoDialog(title, name, self._memos().get(re_id, ""), self._host.window)
        where = (coder, interview.id, re_id)
        dialog.accepted.connect(lambda: self._save(where, title, dialog.text()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _save(self, where: tuple[int, int, int | None], title: str, text: str) -> None:
        if text.strip() == self._memos().get(where[2], ""):
            return  # nothing changed: no step in the undo history
        self._host.push(SetMemoCommand(self._host, title, where, text))
