"""Code ▸ Nothing codable in this RE: the current coder read the RE and found nothing to code.

The mark counts the RE as done in the study tree (``core.coding_done``); the file refuses it on
an RE not yet rated or holding the coder's units, and a marked RE refuses units, so the action's
check mark always shows what the file holds. Each toggle is one undoable command.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from ccrt_coder.gui.coding.flow_host import FlowHost
from ccrt_coder.gui.coding.undo_commands import Change, CommandTarget, ProjectCommand
from ccrt_coder.usecases.project import Layer, Project


class NothingCodableCommand(ProjectCommand):
    """Mark or unmark an RE; undo puts back the state it had."""

    def __init__(
        self,
        target: CommandTarget,
        text: str,
        where: tuple[int, int, int, Layer],  # interview, RE, coder, layer
        marked: bool,
    ) -> None:
        super().__init__(target, text)
        self._interview, self._re, self._coder, self._layer = where
        self._marked, self._before = marked, not marked

    def _set(self, marked: bool) -> bool:
        return self.project.set_nothing_codable(self._re, self._coder, marked, self._layer)

    def _do(self, first: bool) -> Change:
        before = self._set(self._marked)
        if first:
            self._before = before
        return Change(self._interview, self._re, rating_changed=True)

    def _undo(self) -> Change:
        self._set(self._before)
        return Change(self._interview, self._re, rating_changed=True)


class NothingCodableFlows(QObject):
    """Toggles the mark from the (checkable) action and keeps its check mark current."""

    def __init__(
        self, host: FlowHost, action: QAction, project: Callable[[], Project | None]
    ) -> None:
        super().__init__(host.window)
        self._host, self.action, self._project = host, action, project
        action.setCheckable(True)
        action.triggered.connect(self.toggle)
        workspace = host.workspace
        workspace.interview_shown.connect(lambda _record: self.refresh())
        workspace.current_re_changed.connect(lambda _re_id: self.refresh())
        workspace.coding_changed.connect(lambda _interview_id: self.refresh())
        self.refresh()

    def _where(self) -> tuple[int, int, int, Layer] | None:
        """(interview, RE, coder, layer) of the current RE, when one is chosen and a coder is."""
        workspace = self._host.workspace
        re, coder = workspace.panel.current_re(), workspace.coder_id()
        if re is None or coder is None or self._project() is None:
            return None
        return re.interview_id, re.id, coder, self._host.layer

    def marked(self) -> bool:
        where, project = self._where(), self._project()
        if where is None or project is None:
            return False
        _interview, re, coder, layer = where
        return re in project.nothing_codable_res(coder, [re], layer)

    def refresh(self) -> None:
        """Check the action (and the RE header's box) when the current coder marked the current
        RE; enable it on an RE."""
        open_ = self._where() is not None
        marked = open_ and self.marked()
        self.action.setEnabled(open_)
        self.action.setChecked(marked)

    def toggle(self, checked: bool) -> None:
        where = self._where()
        if where is None:
            self._host.say(self.tr("Choose an RE (and say who is coding) to mark it."))
        else:
            re = self._host.workspace.panel.current_re()
            number = re.number if re is not None else 0
            text = (
                self.tr("Mark RE {number} nothing codable")
                if checked
                else self.tr("Unmark RE {number} nothing codable")
            ).format(number=number)
            self._host.push(NothingCodableCommand(self._host, text, where, checked))
        self.refresh()  # refused or not: the check mark shows what the file holds
