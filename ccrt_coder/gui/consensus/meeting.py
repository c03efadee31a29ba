"""The consensus meeting's own parts: the RE's ratings bar and the accept / edit / delete actions.

Coder layers are only ever read here: accepting copies a coder's unit into the consensus layer
as a new unit of the consensus coder (the user leading the meeting). Every change is a command
on the window's undo stack, as coding is (Ctrl+Z / Ctrl+Shift+Z), so nothing asks to confirm.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from ccrt_coder.gui.coding.controller import CodingController
from ccrt_coder.gui.coding.undo_commands import (
    CodeUnitCommand,
    DeleteUnitCommand,
    EditUnitCommand,
    RateCommand,
    ReplaceUnitsCommand,
)
from ccrt_coder.gui.consensus.coder_columns import Column
from ccrt_coder.gui.consensus.replace_prompt import Choice, ask_replace
from ccrt_coder.gui.consensus.unit_dialog import ConsensusUnitDialog
from ccrt_coder.gui.units.unit_card import UnitCard, quote
from ccrt_coder.gui.units.unit_text import code_of, excerpt
from ccrt_coder.gui.widgets.component_style import muted_text
from ccrt_coder.gui.widgets.plain_text import plain
from ccrt_coder.usecases.domain import (
    COMPLETENESS_SCALE,
    COMPLETENESS_STEP,
    CategorySystem,
    CoderRecord,
    Layer,
    ReRecord,
    UnitDraft,
    UnitRecord,
    rivals,
    same_unit,
)

NOT_RATED = COMPLETENESS_SCALE[0] - COMPLETENESS_STEP  # the spin box's "not rated" value


def as_consensus(draft: UnitDraft, consensus_coder: int) -> UnitDraft:
    return replace(draft, coder_id=consensus_coder, layer=Layer.CONSENSUS)


class ConsensusBar(QWidget):
    """``Completeness  A 4 · B 3.5   Consensus [4.0]   [Add selected text…]``."""

    rating_changed = Signal(object)  # the consensus rating (float), or None for not rated
    add_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.coders = plain(QLabel())
        palette = self.coders.palette()
        palette.setColor(self.coders.foregroundRole(), muted_text(palette))
        self.coders.setPalette(palette)
        self.rating = QDoubleSpinBox()
        self.rating.setRange(NOT_RATED, COMPLETENESS_SCALE[1])
        self.rating.setSingleStep(COMPLETENESS_STEP)
        self.rating.setDecimals(1)
        self.rating.setSpecialValueText(self.tr("not rated"))
        self.rating.setToolTip(self.tr("The consensus completeness rating of this RE (1–5)"))
        self.add_button = QPushButton(self.tr("Add selected text as a unit…"))
        self.add_button.setToolTip(
            self.tr("Code the text selected in the transcript into the consensus")
        )
        caption = QLabel("<b>Completeness</b>")
        label = QLabel(self.tr("Consensus:"))
        label.setBuddy(self.rating)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 2, 8, 4)
        layout.setSpacing(10)
        for widget in (caption, self.coders, label, self.rating):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addWidget(self.add_button)
        self.rating.valueChanged.connect(self._on_rating)
        self.add_button.clicked.connect(self.add_requested)

    def show_ratings(
        self,
        re: ReRecord,
        ratings: Mapping[tuple[int, int, Layer], float],
        coders: Sequence[CoderRecord],
    ) -> None:
        names = {c.id: c.name for c in coders}
        mine = [
            f"{names.get(coder, '?')} {value:g}"
            for (re_id, coder, layer), value in sorted(ratings.items())
            if re_id == re.id and layer is Layer.CODER
        ]
        self.coders.setText(" · ".join(mine) or self.tr("no coder rated it yet"))
        agreed = [
            v for (r, _c, layer), v in ratings.items() if r == re.id and layer is Layer.CONSENSUS
        ]
        self.rating.blockSignals(True)
        self.rating.setValue(agreed[-1] if agreed else NOT_RATED)
        self.rating.blockSignals(False)

    def _on_rating(self, value: float) -> None:
        self.rating_changed.emit(None if value < 1 else value)


class ConsensusActions:
    """What the buttons on one RE's cards do: undoable commands on the coding undo stack."""

    def __init__(
        self,
        coding: CodingController,
        re: ReRecord,
        consensus_coder: int | None,
        system: CategorySystem,
        parent: QWidget,
    ) -> None:
        self._coding, self._re, self._me = coding, re, consensus_coder
        self._system, self._parent = system, parent

    def decorate(self, consensus: Sequence[UnitRecord]) -> Callable[[UnitCard, Column], None]:
        """Buttons for each card: accept a coder's unit, or edit and delete a consensus one."""

        def add_buttons(card: UnitCard, column: Column) -> None:
            unit = card.unit
            if column.consensus:
                card.add_button(
                    QCoreApplication.translate("ConsensusActions", "Edit…"), lambda: self.edit(unit)
                )
                card.add_button(
                    QCoreApplication.translate("ConsensusActions", "Delete"),
                    lambda: self.delete(unit),
                )
            elif any(same_unit(unit.draft, c.draft) for c in consensus):
                card.add_note(QCoreApplication.translate("ConsensusActions", "✓ in consensus"))
            else:
                card.add_button(
                    QCoreApplication.translate("ConsensusActions", "Edit, then accept…"),
                    lambda: self.edit_then_accept(unit),
                )
                accept = card.add_button(
                    QCoreApplication.translate("ConsensusActions", "Accept"),
                    lambda: self.accept(unit),
                    QCoreApplication.translate(
                        "ConsensusActions", "Copy this unit into the consensus"
                    ),
                )
                accept.setDefault(False)
            for button in card.findChildren(QPushButton):
                button.setEnabled(self._me is not None)

        return add_buttons

    # -- actions ------------------------------------------------------------------------------
    def accept(self, unit: UnitRecord) -> None:
        self._store(unit.draft, self._accept_text(unit.draft))

    def edit_then_accept(self, unit: UnitRecord) -> None:
        draft = self._ask(
            unit.draft,
            QCoreApplication.translate("ConsensusActions", "Edit, then accept into the consensus"),
        )
        if draft is not None:
            self._store(draft, self._accept_text(draft))

    def add(self, draft: UnitDraft) -> None:
        edited = self._ask(
            draft, QCoreApplication.translate("ConsensusActions", "Add a unit to the consensus")
        )
        if edited is not None:
            text = QCoreApplication.translate(
                "ConsensusActions", "Add {code} on {excerpt} into the consensus"
            ).format(code=code_of(edited), excerpt=self._excerpt(edited))
            self._store(edited, text)

    def edit(self, unit: UnitRecord) -> None:
        draft = self._ask(
            unit.draft, QCoreApplication.translate("ConsensusActions", "Edit the consensus unit")
        )
        if draft is not None:
            text = QCoreApplication.translate(
                "ConsensusActions", "Edit consensus {before} → {after}"
            ).format(before=code_of(unit.draft), after=code_of(draft))
            self._coding.push(EditUnitCommand(self._coding, text, self._interview, unit.id, draft))

    def delete(self, unit: UnitRecord) -> None:
        text = QCoreApplication.translate(
            "ConsensusActions", "Delete consensus {code} on {excerpt}"
        ).format(code=code_of(unit.draft), excerpt=self._excerpt(unit.draft))
        self._coding.push(DeleteUnitCommand(self._coding, text, self._interview, unit.id))

    def rate(self, value: float | None) -> None:
        if not self._lead_known():
            return
        assert self._me is not None
        words = (
            QCoreApplication.translate("ConsensusActions", "not rated")
            if value is None
            else f"{value:g}"
        )
        text = QCoreApplication.translate(
            "ConsensusActions", "Rate RE {number} consensus completeness {words}"
        ).format(number=self._re.number, words=words)
        command = RateCommand(
            self._coding, text, self._interview, self._re.id, self._me, value, Layer.CONSENSUS
        )
        self._coding.push(command)

    def _lead_known(self) -> bool:
        if self._me is None:
            self._coding.say(
                QCoreApplication.translate(
                    "ConsensusActions", "Say who leads the meeting first (Project ▸ Who is coding?)"
                ),
                True,
            )
        return self._me is not None

    @property
    def _interview(self) -> int:
        return self._re.interview_id

    def _store(self, draft: UnitDraft, text: str) -> None:
        """Copy ``draft`` into the consensus as one undoable step named ``text``; where the
        consensus has a unit of its component on its stretch, ask to replace it or add beside."""
        if not self._lead_known():
            return
        assert self._me is not None
        unit = as_consensus(draft, self._me)
        present = self._coding.project.units([self._re.id], layer=Layer.CONSENSUS)
        replaced = rivals(unit, present)
        choice = Choice.ADD
        if replaced:
            choice = ask_replace(self._parent, unit, replaced, self._coding.text())
        if choice is Choice.ADD:
            self._coding.push(CodeUnitCommand(self._coding, text, self._interview, unit))
        elif choice is Choice.REPLACE:
            words = QCoreApplication.translate(
                "ConsensusActions", "Replace consensus {old} with {new} on {excerpt}"
            ).format(
                old=", ".join(code_of(r.draft) for r in replaced),
                new=code_of(unit),
                excerpt=self._excerpt(unit),
            )
            ids = tuple(r.id for r in replaced)
            self._coding.push(ReplaceUnitsCommand(self._coding, words, self._interview, ids, unit))

    def _accept_text(self, draft: UnitDraft) -> str:
        return QCoreApplication.translate(
            "ConsensusActions", "Accept {code} on {excerpt} into the consensus"
        ).format(code=code_of(draft), excerpt=self._excerpt(draft))

    def _excerpt(self, draft: UnitDraft) -> str:
        return excerpt(self._coding.text(), draft.spans)

    def _ask(self, draft: UnitDraft, title: str) -> UnitDraft | None:
        words = quote(self._coding.text(), draft.spans)
        dialog = ConsensusUnitDialog(draft, self._system, words, title, self._parent)
        accepted = dialog.exec() == ConsensusUnitDialog.DialogCode.Accepted
        dialog.deleteLater()
        return dialog.draft() if accepted else None
