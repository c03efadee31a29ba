"""Coding units: select, W/O/S, pick, Enter — and editing, moving and deleting them."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QObject

from ccrt_coder.gui.coding.category_picker import CategoryPicker, CodeChoice
from ccrt_coder.gui.coding.flow_host import FlowHost
from ccrt_coder.gui.coding.undo_commands import CodeUnitCommand, DeleteUnitCommand, EditUnitCommand
from ccrt_coder.gui.units.unit_text import code_of, excerpt
from ccrt_coder.usecases.domain import Component, Layer, ReRecord, Span, UnitDraft, UnitRecord


class UnitFlows(QObject):
    """The category picker and what happens when it is accepted."""

    def __init__(self, host: FlowHost, parent: QObject) -> None:
        super().__init__(parent)
        self._c = host
        self._ws = host.workspace
        self.picker = CategoryPicker(host.window)
        self.picker.accepted.connect(self._on_choice)
        self.picker.cancelled.connect(self._on_cancelled)
        self._pending: tuple[ReRecord, Span] | UnitRecord | None = None

    def code(self, component: Component) -> None:
        """Code the selected text as ``component``: the picker opens beside it."""
        if self._ws.coder_id() is None:
            self._c.say(self.tr("Say who is coding first (Switch coder…)."))
            return
        found = self._c.selection_in_re()
        if found is not None:
            self._pending = found
            self._open(component, found[1])

    def target(self) -> UnitRecord | None:
        """The unit Return and Del act on (made current), or None with a message.

        With the focus in the transcript: the unit at the text cursor — of overlapping units
        the one chosen in the units table, else the innermost (the shortest; on a tie the
        first in the text). Elsewhere: the one chosen in the units table.
        """
        current = self._ws.panel.current_unit()
        if not self._ws.view.hasFocus():
            if current is None:
                self._c.say(self.tr("Choose a unit in the units table first."))
            return current
        found = self._ws.view.units_at_cursor()
        if not found:
            self._c.say(
                self.tr(
                    "No unit at the text cursor: put it into a highlighted unit, "
                    "or choose one in the units table."
                )
            )
            return None
        chosen = next((u for u in found if current is not None and u.id == current.id), None)
        unit = chosen or min(found, key=_innermost)
        self.choose(unit.id)
        return unit

    def edit(self) -> None:
        """The unit to act on (see :meth:`target`), in the picker, prefilled."""
        unit = self.target()
        if unit is None:
            return
        first = min(unit.draft.spans)
        self._ws.view.scroll_to(first)
        self._ws.view.select_span(first)
        self._pending = unit
        self._open(unit.draft.component, first, unit.draft)

    def _open(self, component: Component, span: Span, unit: UnitDraft | None = None) -> None:
        system = self._ws.category_system()
        if system is not None:
            words = excerpt(self._c.text(), [span], 60)
            self.picker.open_for(system, component, self._c.anchor(), words, unit)

    def _on_choice(self, choice: CodeChoice) -> None:
        pending, self._pending = self._pending, None
        self._ws.view.setFocus()  # back to the text, ready for the next selection
        interview = self._ws.current_interview()
        if pending is None or interview is None:
            return
        if isinstance(pending, UnitRecord):
            old = pending.draft
            draft = _draft(choice, old.re_id, old.coder_id, old.spans, old.layer, old.lu_direction)
            text = self.tr("Edit {code_of} → {code_of2}").format(
                code_of=code_of(old), code_of2=code_of(draft)
            )
            self._c.push(EditUnitCommand(self._c, text, interview.id, pending.id, draft))
            return
        re, span = pending
        draft = _draft(choice, re.id, self._ws.coder_id() or 0, (span,), self._c.layer)
        text = self.tr("Code {code_of} on {excerpt}").format(
            code_of=code_of(draft), excerpt=excerpt(self._c.text(), draft.spans)
        )
        command = CodeUnitCommand(self._c, text, interview.id, draft)
        if self._c.push(command):
            self._ws.view.clear_selection()  # so the new highlight shows at once
            self._c.unit_stored.emit(command.unit)

    def _on_cancelled(self) -> None:
        self._pending = None
        self._ws.view.setFocus()

    def set_span(self) -> None:
        """The current unit's text becomes the selection."""
        unit, span = self._ws.panel.current_unit(), self._c.selection()
        interview = self._ws.current_interview()
        if unit is None:
            self._c.say(self.tr("Choose the unit in the units table, then select its new text."))
        if unit is None or span is None or interview is None:
            return
        draft = replace(unit.draft, spans=(span,))
        text = self.tr("Move {code_of} to {excerpt}").format(
            code_of=code_of(unit.draft), excerpt=excerpt(self._c.text(), [span])
        )
        self._c.push(EditUnitCommand(self._c, text, interview.id, unit.id, draft))

    def delete(self) -> None:
        unit, interview = self.target(), self._ws.current_interview()
        if unit is None or interview is None:
            return
        text = self.tr("Delete {code_of} on {excerpt}").format(
            code_of=code_of(unit.draft), excerpt=excerpt(self._c.text(), unit.draft.spans)
        )
        self._c.push(DeleteUnitCommand(self._c, text, interview.id, unit.id))

    def choose(self, unit_id: int) -> None:
        """A click on a highlight: its RE and unit become current."""
        unit = next((u for u in self._ws.view.units() if u.id == unit_id), None)
        if unit is None:
            return
        current = self._ws.panel.current_re()
        if current is None or current.id != unit.draft.re_id:
            self._ws.select_re(unit.draft.re_id, scroll=False)
        self._ws.panel.select_unit(unit_id)


def _innermost(unit: UnitRecord) -> tuple[int, int]:
    return sum(len(span) for span in unit.draft.spans), min(unit.draft.spans).start


def _draft(
    choice: CodeChoice,
    re_id: int,
    coder_id: int,
    spans: tuple[Span, ...],
    layer: Layer,
    lu_direction: str | None = None,
) -> UnitDraft:
    return UnitDraft(
        re_id=re_id,
        coder_id=coder_id,
        component=choice.component,
        spans=spans,
        categories=choice.categories,
        layer=layer,
        tailor_label=choice.tailor_label,
        valence=choice.valence,
        actuality=choice.actuality,
        explicitness=choice.explicitness,
        lu_direction=lu_direction,
        memo=choice.memo,
    )
