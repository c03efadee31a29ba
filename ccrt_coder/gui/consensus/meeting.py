"""The consensus meeting's own parts: the RE's ratings bar and the accept / edit / delete actions.

Coder layers are only ever read here: accepting copies a coder's unit into the consensus layer
as a new unit of the consensus coder (the user leading the meeting).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QWidget,
)

from ccrt_coder.gui.consensus.coder_columns import Column
from ccrt_coder.gui.consensus.unit_dialog import ConsensusUnitDialog
from ccrt_coder.gui.units.unit_card import UnitCard, quote
from ccrt_coder.gui.widgets import dialogs
from ccrt_coder.gui.widgets.component_style import muted_text
from ccrt_coder.usecases.domain import (
    CategorySystem,
    CcrtError,
    CoderRecord,
    Layer,
    ReRecord,
    UnitDraft,
    UnitRecord,
)
from ccrt_coder.usecases.project import Project

NOT_RATED = 0.5  # the spin box's "not rated" value, below the 1-5 scale


def same_code(a: UnitDraft, b: UnitDraft) -> bool:
    """Do two units code the same text the same way (whoever coded them)?"""
    return (
        a.component is b.component
        and set(a.categories) == set(b.categories)
        and sorted(a.spans) == sorted(b.spans)
    )


def as_consensus(draft: UnitDraft, consensus_coder: int) -> UnitDraft:
    return replace(draft, coder_id=consensus_coder, layer=Layer.CONSENSUS)


class ConsensusBar(QWidget):
    """``Completeness  A 4 · B 3.5   Consensus [4.0]   [Add selected text…]``."""

    rating_changed = Signal(object)  # the consensus rating (float), or None for not rated
    add_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.coders = QLabel()
        palette = self.coders.palette()
        palette.setColor(self.coders.foregroundRole(), muted_text(palette))
        self.coders.setPalette(palette)
        self.rating = QDoubleSpinBox()
        self.rating.setRange(NOT_RATED, 5.0)
        self.rating.setSingleStep(0.5)
        self.rating.setDecimals(1)
        self.rating.setSpecialValueText("not rated")
        self.rating.setToolTip("The consensus completeness rating of this RE (1–5)")
        self.add_button = QPushButton("Add selected text as a unit…")
        self.add_button.setToolTip("Code the text selected in the transcript into the consensus")
        caption = QLabel("<b>Completeness</b>")
        label = QLabel("Consensus:")
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
        self.coders.setText(" · ".join(mine) or "no coder rated it yet")
        agreed = [
            v for (r, _c, layer), v in ratings.items() if r == re.id and layer is Layer.CONSENSUS
        ]
        self.rating.blockSignals(True)
        self.rating.setValue(agreed[-1] if agreed else NOT_RATED)
        self.rating.blockSignals(False)

    def _on_rating(self, value: float) -> None:
        self.rating_changed.emit(None if value < 1 else value)


class ConsensusActions:
    """What the buttons on the cards do, against the project; ``changed`` runs after each."""

    def __init__(
        self,
        project: Project,
        consensus_coder: int | None,
        system: CategorySystem,
        text: str,
        parent: QWidget,
        changed: Callable[[], None],
    ) -> None:
        self._project, self._me, self._system = project, consensus_coder, system
        self._text, self._parent, self._changed = text, parent, changed

    def decorate(self, consensus: Sequence[UnitRecord]) -> Callable[[UnitCard, Column], None]:
        """Buttons for each card: accept a coder's unit, or edit and delete a consensus one."""

        def add_buttons(card: UnitCard, column: Column) -> None:
            unit = card.unit
            if column.consensus:
                card.add_button("Edit…", lambda: self.edit(unit))
                card.add_button("Delete", lambda: self.delete(unit))
            elif any(same_code(unit.draft, c.draft) for c in consensus):
                card.add_note("✓ in consensus")
            else:
                card.add_button("Edit, then accept…", lambda: self.edit_then_accept(unit))
                accept = card.add_button(
                    "Accept", lambda: self.accept(unit), "Copy this unit into the consensus"
                )
                accept.setDefault(False)
            for button in card.findChildren(QPushButton):
                button.setEnabled(self._me is not None)

        return add_buttons

    # -- actions ------------------------------------------------------------------------------
    def accept(self, unit: UnitRecord) -> None:
        self._store(lambda: self._project.add_units([as_consensus(unit.draft, self._coder())]))

    def edit_then_accept(self, unit: UnitRecord) -> None:
        draft = self._ask(unit.draft, "Edit, then accept into the consensus")
        if draft is not None:
            self._store(lambda: self._project.add_units([as_consensus(draft, self._coder())]))

    def add(self, draft: UnitDraft) -> None:
        edited = self._ask(draft, "Add a unit to the consensus")
        if edited is not None:
            self._store(lambda: self._project.add_units([as_consensus(edited, self._coder())]))

    def edit(self, unit: UnitRecord) -> None:
        draft = self._ask(unit.draft, "Edit the consensus unit")
        if draft is not None:
            self._store(lambda: self._project.edit_unit(unit.id, draft))

    def delete(self, unit: UnitRecord) -> None:
        answer = QMessageBox.question(
            self._parent,
            "Delete the consensus unit?",
            "Delete this unit from the consensus layer? The coders' own units stay as they are.",
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._store(lambda: self._project.remove_unit(unit.id))

    def rate(self, re_id: int, value: float | None) -> None:
        self._store(
            lambda: self._project.set_completeness(re_id, self._coder(), value, Layer.CONSENSUS)
        )

    def _coder(self) -> int:
        if self._me is None:
            raise CcrtError("say who is leading the meeting first (Project ▸ Who is coding?)")
        return self._me

    def _ask(self, draft: UnitDraft, title: str) -> UnitDraft | None:
        words = quote(self._text, draft.spans)
        dialog = ConsensusUnitDialog(draft, self._system, words, title, self._parent)
        return dialog.draft() if dialog.exec() == ConsensusUnitDialog.DialogCode.Accepted else None

    def _store(self, action: Callable[[], object]) -> None:
        try:
            action()
        except CcrtError as exc:
            dialogs.show_error(self._parent, "Cannot change the consensus", str(exc))
            return
        self._changed()
