"""UnitDetails: a unit's tailor-made label, valence, actual/anticipated, explicit/inferred, memo."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QWidget,
)

from ccrt_coder.usecases.domain import Actuality, Component, Explicitness, UnitDraft, Valence


class UnitDetails(QWidget):
    """The fields below the category list of the picker.

    Valence follows the chosen category until the coder sets it by hand (a click, Alt+V, or
    + and − in the list); RO and RS only. A unit being edited keeps what it has unless changed.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._component = Component.W
        self._initial: UnitDraft | None = None
        self._touched = False
        self.label = QLineEdit()
        self.label.setPlaceholderText(self.tr("the coder's own words (tailor-made)"))
        self.positive = QRadioButton(self.tr("+ positive"))
        self.negative = QRadioButton(self.tr("− negative"))
        self.anticipated = QCheckBox("anticipated")
        self.anticipated.setToolTip("Alt+A: the response is anticipated, not actual")
        self.inferred = QCheckBox("inferred")
        self.inferred.setToolTip("Alt+I: inferred by the coder, not said explicitly")
        for button in (self.positive, self.negative):
            button.setAutoExclusive(False)  # "no valence" must stay possible
            button.setToolTip("Alt+V switches between positive and negative")
        self.positive.clicked.connect(lambda: self.set_valence(Valence.POSITIVE))
        self.negative.clicked.connect(lambda: self.set_valence(Valence.NEGATIVE))
        self.memo = QLineEdit()
        self.memo.setPlaceholderText(self.tr("optional note"))
        self._valence_label = QLabel(self.tr("Valence:"))
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setVerticalSpacing(6)
        form.addRow(self.tr("Label:"), self.label)
        form.addRow(self._valence_label, _row(self.positive, self.negative))
        form.addRow("", _row(self.anticipated, self.inferred))
        form.addRow(self.tr("Memo:"), self.memo)

    def reset(self, unit: UnitDraft | None) -> None:
        """Empty for a new unit, or what ``unit`` has."""
        self._initial = unit
        self.label.setText(unit.tailor_label if unit else "")
        self.memo.setText(unit.memo if unit else "")
        self.anticipated.setChecked(bool(unit and unit.actuality is Actuality.ANTICIPATED))
        self.inferred.setChecked(bool(unit and unit.explicitness is Explicitness.INFERRED))
        self._touched = bool(unit and unit.valence)
        self._show(unit.valence if unit else None)

    def set_component(self, component: Component) -> None:
        self._component = component
        rated = component is not Component.W
        for widget in (self.positive, self.negative, self.anticipated, self._valence_label):
            widget.setEnabled(rated)

    # -- valence ------------------------------------------------------------------------------
    def valence(self) -> Valence | None:
        if self._component is Component.W:
            return None
        if self.positive.isChecked():
            return Valence.POSITIVE
        return Valence.NEGATIVE if self.negative.isChecked() else None

    def set_valence(self, valence: Valence) -> None:
        """Valence chosen by hand: category changes no longer override it."""
        if self._component is not Component.W:
            self._touched = True
            self._show(valence)

    def toggle_valence(self) -> None:
        flipped = Valence.NEGATIVE if self.valence() is Valence.POSITIVE else Valence.POSITIVE
        self.set_valence(flipped)

    def follow_category(self, default: Valence | None) -> None:
        """The chosen category's default valence, unless the coder set one by hand."""
        if not self._touched:
            self._show(default)

    def forget_hand_valence(self) -> None:
        self._touched = False

    def _show(self, valence: Valence | None) -> None:
        self.positive.setChecked(valence is Valence.POSITIVE)
        self.negative.setChecked(valence is Valence.NEGATIVE)

    # -- result -------------------------------------------------------------------------------
    def actuality(self) -> Actuality | None:
        """Anticipated if ticked; else actual for RO and RS (left empty on an edit of a unit
        that had none)."""
        if self._component is Component.W:
            return None
        if self.anticipated.isChecked():
            return Actuality.ANTICIPATED
        untouched = self._initial is not None and self._initial.actuality is None
        return None if untouched else Actuality.ACTUAL

    def explicitness(self) -> Explicitness | None:
        """Inferred if ticked; explicit only where the unit said so before (optional field)."""
        if self.inferred.isChecked():
            return Explicitness.INFERRED
        had = self._initial is not None and self._initial.explicitness is not None
        return Explicitness.EXPLICIT if had else None


def _row(*widgets: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    row.setSpacing(18)
    for widget in widgets:
        row.addWidget(widget)
    row.addStretch(1)
    return row
