"""Undoable coding and consensus actions: each wraps a use case and its inverse, committed at once.

A command is first *run* by the controller (errors reach it, and nothing is pushed); the undo
stack's first ``redo()`` then only shows the result. Later undos and redos call the project
again, so the file always holds what the window shows. Undoing a creation and redoing it
restores the very same record (id, uid, time stamps), so later commands still find it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from ccrt_coder.usecases.domain import (
    CcrtError,
    Layer,
    ReHeader,
    ReRecord,
    ReSnapshot,
    Span,
    UnitDraft,
    UnitRecord,
)
from ccrt_coder.usecases.project import Project

RATE_COMMAND_ID = 1


@dataclass(frozen=True)
class Change:
    """What to show after a command ran: where, and whether the REs themselves changed."""

    interview_id: int
    re_id: int | None = None
    unit_id: int | None = None
    res_changed: bool = False
    rating_changed: bool = False


class CommandTarget(Protocol):
    """The controller: the open project, and where the commands report."""

    @property
    def project(self) -> Project: ...

    def applied(self, change: Change, message: str) -> None: ...

    def failed(self, error: CcrtError) -> None: ...


class ProjectCommand(QUndoCommand):
    """Subclasses implement ``_do`` (first run and redo) and ``_undo``; both return a Change."""

    def __init__(self, target: CommandTarget, text: str) -> None:
        super().__init__(text)
        self._target = target
        self._shown: Change | None = None  # the first run's result, shown by the first redo

    @property
    def project(self) -> Project:
        return self._target.project

    def run(self) -> Change:
        """Do it for the first time; raises CcrtError (then the command is not pushed)."""
        self._shown = self._do(first=True)
        return self._shown

    def redo(self) -> None:
        if self._shown is not None:
            change, self._shown = self._shown, None
            self._target.applied(change, self.text())
            return
        self._call(lambda: self._do(first=False), self.text())

    def undo(self) -> None:
        self._call(
            self._undo,
            QCoreApplication.translate("ProjectCommand", "Undone: {text}").format(text=self.text()),
        )

    def _call(self, work, message: str) -> None:
        try:
            change = work()
        except CcrtError as exc:
            self._target.failed(exc)
        else:
            self._target.applied(change, message)

    def _do(self, first: bool) -> Change:
        raise NotImplementedError

    def _undo(self) -> Change:
        raise NotImplementedError


# -- units -----------------------------------------------------------------------------------------
class CodeUnitCommand(ProjectCommand):
    def __init__(self, target: CommandTarget, text: str, interview_id: int, draft: UnitDraft):
        super().__init__(target, text)
        self._interview, self._draft = interview_id, draft
        self._unit: UnitRecord | None = None

    def _do(self, first: bool) -> Change:
        if first or self._unit is None:
            self._unit = self.project.code_unit(self._draft)
        else:
            self.project.restore_unit(self._unit)
        return Change(self._interview, self._unit.draft.re_id, self._unit.id)

    def _undo(self) -> Change:
        assert self._unit is not None
        self._unit = self.project.remove_unit(self._unit.id)
        return Change(self._interview, self._unit.draft.re_id)

    @property
    def unit(self) -> UnitRecord | None:
        return self._unit


class EditUnitCommand(ProjectCommand):
    def __init__(
        self, target: CommandTarget, text: str, interview_id: int, unit_id: int, draft: UnitDraft
    ) -> None:
        super().__init__(target, text)
        self._interview, self._unit_id, self._draft = interview_id, unit_id, draft
        self._before: UnitDraft | None = None

    def _do(self, first: bool) -> Change:
        edit = self.project.edit_unit(self._unit_id, self._draft)
        if first:
            self._before = edit.before.draft
        return Change(self._interview, self._draft.re_id, self._unit_id)

    def _undo(self) -> Change:
        assert self._before is not None
        self.project.edit_unit(self._unit_id, self._before)
        return Change(self._interview, self._before.re_id, self._unit_id)


class DeleteUnitCommand(ProjectCommand):
    def __init__(self, target: CommandTarget, text: str, interview_id: int, unit_id: int):
        super().__init__(target, text)
        self._interview, self._unit_id = interview_id, unit_id
        self._unit: UnitRecord | None = None

    def _do(self, first: bool) -> Change:
        self._unit = self.project.remove_unit(self._unit_id)
        return Change(self._interview, self._unit.draft.re_id)

    def _undo(self) -> Change:
        assert self._unit is not None
        self.project.restore_unit(self._unit)
        return Change(self._interview, self._unit.draft.re_id, self._unit.id)


class ReplaceUnitsCommand(ProjectCommand):
    """Units replaced by a new one in one step (the consensus meeting's Replace W6 with W5)."""

    def __init__(
        self,
        target: CommandTarget,
        text: str,
        interview_id: int,
        unit_ids: tuple[int, ...],
        draft: UnitDraft,
    ) -> None:
        super().__init__(target, text)
        self._interview, self._unit_ids, self._draft = interview_id, unit_ids, draft
        self._done: tuple[list[UnitRecord], UnitRecord] | None = None

    def _do(self, first: bool) -> Change:
        if self._done is None:
            self._done = self.project.replace_units(self._unit_ids, self._draft)
        else:
            removed, unit = self._done
            self.project.swap_units([r.id for r in removed], [unit])
        unit = self._done[1]
        return Change(self._interview, unit.draft.re_id, unit.id)

    def _undo(self) -> Change:
        assert self._done is not None
        removed, unit = self._done
        self.project.swap_units([unit.id], removed)
        return Change(self._interview, unit.draft.re_id, removed[0].id if removed else None)


# -- relationship episodes -----------------------------------------------------------------------
class CreateReCommand(ProjectCommand):
    def __init__(
        self,
        target: CommandTarget,
        text: str,
        interview_id: int,
        spans: tuple[Span, ...],
        header: ReHeader,
    ) -> None:
        super().__init__(target, text)
        self._interview, self._spans, self._header = interview_id, spans, header
        self._re: ReRecord | None = None
        self._snapshot: ReSnapshot | None = None

    def _do(self, first: bool) -> Change:
        if self._snapshot is None:
            self._re = self.project.create_re(self._interview, self._spans, self._header)
        else:
            self._re = self.project.restore_re(self._snapshot)
        return Change(self._interview, self._re.id, res_changed=True)

    def _undo(self) -> Change:
        assert self._re is not None
        self._snapshot = self.project.delete_re(self._re.id)
        return Change(self._interview, res_changed=True)

    @property
    def re(self) -> ReRecord | None:
        return self._re


class SetReSpansCommand(ProjectCommand):
    """Extend an RE by a piece of text (3b); undo gives it its earlier pieces back."""

    def __init__(
        self, target: CommandTarget, text: str, interview_id: int, re_id: int, added: Span
    ) -> None:
        super().__init__(target, text)
        self._interview, self._re_id, self._added = interview_id, re_id, added
        self._spans: tuple[tuple[Span, ...], tuple[Span, ...]] | None = None

    def _do(self, first: bool) -> Change:
        if self._spans is None:
            edit = self.project.add_re_span(self._re_id, self._added)
            self._spans = (edit.before.spans, edit.after.spans)
        else:
            self.project.set_re_spans(self._re_id, self._spans[1])
        return Change(self._interview, self._re_id, res_changed=True)

    def _undo(self) -> Change:
        assert self._spans is not None
        self.project.set_re_spans(self._re_id, self._spans[0])
        return Change(self._interview, self._re_id, res_changed=True)


class EditReCommand(ProjectCommand):
    def __init__(
        self, target: CommandTarget, text: str, interview_id: int, re_id: int, header: ReHeader
    ) -> None:
        super().__init__(target, text)
        self._interview, self._re_id, self._header = interview_id, re_id, header
        self._before: ReHeader | None = None

    def _do(self, first: bool) -> Change:
        edit = self.project.update_re(self._re_id, self._header)
        if first:
            self._before = ReHeader.of(edit.before)
        return Change(self._interview, self._re_id, res_changed=True)

    def _undo(self) -> Change:
        assert self._before is not None
        self.project.update_re(self._re_id, self._before)
        return Change(self._interview, self._re_id, res_changed=True)


class DeleteReCommand(ProjectCommand):
    def __init__(self, target: CommandTarget, text: str, interview_id: int, re_id: int):
        super().__init__(target, text)
        self._interview, self._re_id = interview_id, re_id
        self._snapshot: ReSnapshot | None = None

    def _do(self, first: bool) -> Change:
        self._snapshot = self.project.delete_re(self._re_id)
        return Change(self._interview, res_changed=True)

    def _undo(self) -> Change:
        assert self._snapshot is not None
        self.project.restore_re(self._snapshot)
        return Change(self._interview, self._re_id, res_changed=True)


# -- completeness --------------------------------------------------------------------------------
class RateCommand(ProjectCommand):
    """A completeness rating; quick successive ratings of one RE merge into one undo step."""

    def __init__(
        self,
        target: CommandTarget,
        text: str,
        interview_id: int,
        re_id: int,
        coder_id: int,
        value: float | None,
        layer: Layer = Layer.CODER,
    ) -> None:
        super().__init__(target, text)
        self._interview, self._re_id, self._coder, self._layer = (
            interview_id,
            re_id,
            coder_id,
            layer,
        )
        self.value = value
        self._previous: float | None = None

    def _do(self, first: bool) -> Change:
        previous = self.project.rate_completeness(self._re_id, self._coder, self.value, self._layer)
        if first:
            self._previous = previous
        return Change(self._interview, self._re_id, rating_changed=True)

    def _undo(self) -> Change:
        self.project.rate_completeness(self._re_id, self._coder, self._previous, self._layer)
        return Change(self._interview, self._re_id, rating_changed=True)

    def id(self) -> int:
        return RATE_COMMAND_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, RateCommand) or (other._re_id, other._coder, other._layer) != (
            self._re_id,
            self._coder,
            self._layer,
        ):
            return False
        self.value = other.value
        self.setText(other.text())
        return True
