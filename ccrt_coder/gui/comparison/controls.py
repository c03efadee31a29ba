"""ComparisonControls: the dyad, layer, level and RE-filter choosers above the comparison."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from ccrt_coder.gui.comparison.choices import (
    CONSENSUS,
    SCOPE_LABELS,
    LayerOption,
    ViewChoice,
    dyad_label,
    level_options,
)
from ccrt_coder.usecases.ccrt import POOLED
from ccrt_coder.usecases.domain import LayerChoice


class ComparisonControls(QWidget):
    """Emits ``choice_changed`` once per change the user makes, never while being refilled."""

    choice_changed = Signal(object)  # ViewChoice

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.dyad = _combo(self.tr("Which dyad, or all dyads pooled per narrator and phase"))
        self.layer = _combo(self.tr("Whose coding: the consensus layer or a coder's own layer"))
        self.level = _combo(
            self.tr("Compare single categories, their clusters or (CCRT-LU) the directions")
        )
        self.scope = _combo(
            self.tr("Which of the narrators' REs: all, about the partner, about others")
        )
        for label, key in level_options(False):
            self.level.addItem(label, key)
        for key, label in SCOPE_LABELS.items():
            self.scope.addItem(QCoreApplication.translate("comparison.choices", label), key)
        self.level.setCurrentIndex(self.level.findData(ViewChoice().level))
        self._layers: dict[str, LayerChoice] = {}
        self.set_dyads([])
        self.set_layers([LayerOption(self.tr("Consensus"), CONSENSUS)])
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(6)
        for text, combo in (
            (self.tr("&Dyad:"), self.dyad),
            (self.tr("&Layer:"), self.layer),
            (self.tr("Le&vel:"), self.level),
            (self.tr("&REs:"), self.scope),
        ):
            caption = QLabel(text)
            caption.setBuddy(combo)
            layout.addWidget(caption)
            layout.addWidget(combo)
            layout.addSpacing(10)
        layout.addStretch()
        for combo in (self.dyad, self.layer, self.level, self.scope):
            combo.currentIndexChanged.connect(self._emit)

    def choice(self) -> ViewChoice:
        return ViewChoice(
            dyad=self.dyad.currentData() or POOLED,
            layer=self._layers.get(self.layer.currentData(), CONSENSUS),
            level=self.level.currentData(),
            scope=self.scope.currentData(),
        )

    def set_choice(self, choice: ViewChoice) -> None:
        """Select every part of ``choice`` that is offered; one signal at most."""
        before = self.choice()
        self._refill(lambda: self._select_all(choice))
        if self.choice() != before:
            self.choice_changed.emit(self.choice())

    def set_dyads(self, dyads: Sequence[str]) -> None:
        """The pool first (with hundreds of dyads it would be lost at the end), then the
        project's dyads; keeps the current dyad if it is still there, else the first dyad."""
        items = [(dyad_label(POOLED), POOLED)] + [(dyad_label(d), d) for d in dyads]
        # Only the pool listed so far (no project yet): start on the first dyad, not the pool.
        self._replace(self.dyad, items, keep=self.dyad.count() > 1, first=min(1, len(dyads)))

    def set_layers(self, options: Sequence[LayerOption]) -> None:
        """The layers offered; keeps the current layer if it is still one of them."""
        self._layers.update({layer_key(o.choice): o.choice for o in options})
        self._replace(self.layer, [(o.label, layer_key(o.choice)) for o in options])

    def set_levels(self, uses_lu_direction: bool) -> None:
        """Category and cluster; "Direction (CCRT-LU)" too when the system codes directions.
        A direction level chosen before falls back to the cluster level."""
        options = level_options(uses_lu_direction)
        default = next(i for i, (_label, key) in enumerate(options) if key == ViewChoice().level)
        self._replace(self.level, options, first=default)

    def _replace(
        self,
        combo: QComboBox,
        items: Sequence[tuple[str, object]],
        keep: bool = True,
        first: int = 0,
    ) -> None:
        shown = [(combo.itemText(i), combo.itemData(i)) for i in range(combo.count())]
        if shown == list(items):
            return  # refreshing often (each time the view is shown) should cost nothing
        before = self.choice()
        current = combo.currentData() if keep else None

        def refill() -> None:
            combo.clear()
            for text, data in items:
                combo.addItem(text, data)
            found = combo.findData(current)
            combo.setCurrentIndex(found if found >= 0 else first)

        self._refill(refill)
        if self.choice() != before:
            self.choice_changed.emit(self.choice())

    def _select_all(self, choice: ViewChoice) -> None:
        for combo, value in (
            (self.dyad, choice.dyad),
            (self.layer, layer_key(choice.layer)),
            (self.level, choice.level),
            (self.scope, choice.scope),
        ):
            index = combo.findData(value)
            if index >= 0:
                combo.setCurrentIndex(index)

    def _refill(self, change: Callable[[], None]) -> None:
        combos = (self.dyad, self.layer, self.level, self.scope)
        for combo in combos:
            combo.blockSignals(True)
        try:
            change()
        finally:
            for combo in combos:
                combo.blockSignals(False)

    def _emit(self, _index: int) -> None:
        self.choice_changed.emit(self.choice())


def _combo(tip: str) -> QComboBox:
    combo = QComboBox()
    combo.setToolTip(tip)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    return combo


def layer_key(choice: LayerChoice) -> str:
    """Combo data must be plain: Qt compares stored Python objects by identity, not equality."""
    return f"{choice.layer.value}:{choice.coder or ''}"
