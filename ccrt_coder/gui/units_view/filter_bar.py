"""UnitFilterBar: a list per filter (each starting with "any") and a text search: a UnitFilter."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QLineEdit, QSpinBox, QWidget

from ccrt_coder.gui.widgets.terms import component_title, narrator_word
from ccrt_coder.usecases.domain import (
    COMPONENTS,
    NARRATORS,
    Actuality,
    FilterChoices,
    UnitFilter,
    Valence,
)

CONSENSUS = "\x00consensus"  # the coder list's item for the consensus layer
PER_ROW = 7
TYPING_PAUSE_MS = 300


class UnitFilterBar(QWidget):
    """Emits ``filter_changed`` when a list changes, and after a pause in typing the search."""

    filter_changed = Signal(object)  # UnitFilter

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._filling = False
        self.combos: dict[str, QComboBox] = {}
        anys = {
            "component": self.tr("Any component"),
            "category": self.tr("Any category"),
            "cluster": self.tr("Any cluster"),
            "valence": self.tr("Any valence"),
            "actuality": self.tr("Any actuality"),
            "coder": self.tr("Any coder"),
            "dyad": self.tr("Every dyad"),
            "narrator": self.tr("Both narrators"),
            "phase": self.tr("Every phase"),
            "other_type": self.tr("Any other person"),
            "time_frame": self.tr("Any time frame"),
        }
        grid = QGridLayout(self)
        grid.setContentsMargins(8, 6, 8, 6)
        grid.setHorizontalSpacing(6)
        for n, (name, any_text) in enumerate(anys.items()):
            combo = QComboBox()
            combo.setObjectName(f"unitsFilter_{name}")
            combo.setAccessibleName(any_text)
            combo.addItem(any_text, None)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(8)
            combo.currentIndexChanged.connect(self._changed)
            self.combos[name] = combo
            grid.addWidget(combo, n // PER_ROW, n % PER_ROW)
        self.re_number = QSpinBox()
        self.re_number.setObjectName("unitsFilter_re")
        self.re_number.setRange(0, 9999)
        self.re_number.setSpecialValueText(self.tr("Any RE"))
        self.re_number.setPrefix(self.tr("RE "))
        self.re_number.setAccessibleName(self.tr("RE number"))
        self.re_number.valueChanged.connect(self._changed)
        grid.addWidget(self.re_number, 1, len(anys) - PER_ROW)
        self.search = QLineEdit()
        self.search.setObjectName("unitsFilter_text")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Find in text, label or memo…"))
        grid.addWidget(self.search, 1, len(anys) - PER_ROW + 1, 1, -1)
        self._typing = QTimer(self, singleShot=True, interval=TYPING_PAUSE_MS)
        self._typing.timeout.connect(self._changed)
        self.search.textChanged.connect(lambda _text: self._typing.start())
        self.search.returnPressed.connect(self._changed)
        self._fill_fixed()

    def _fill_fixed(self) -> None:
        """The lists whose values are the method's own (components, valence, narrators...)."""
        self._add("component", [(f"{c} – {component_title(c)}", c) for c in COMPONENTS])
        self._add("valence", [(self.tr("+ positive"), Valence.POSITIVE.value),
                              (self.tr("− negative"), Valence.NEGATIVE.value)])  # fmt: skip
        self._add("actuality", [(self.tr("actual"), Actuality.ACTUAL.value),
                                (self.tr("anticipated"), Actuality.ANTICIPATED.value)])  # fmt: skip
        self._add("narrator", [(narrator_word(n), n) for n in NARRATORS])

    def _add(self, name: str, items: list[tuple[str, Any]]) -> None:
        for text, value in items:
            self.combos[name].addItem(text, value)

    def set_choices(self, choices: FilterChoices | None, blind: bool) -> None:
        """The project's categories, coders, dyads...; a blind coder's list holds only
        their own layer (the use case restricts the rows anyway). Keeps what is chosen."""
        self._filling = True
        try:
            lists: dict[str, list[tuple[str, Any]]] = {
                "category": [(f"{code} {label}", code) for code, label in choices.categories]
                if choices
                else [],
                "cluster": [(f"{code} {label}", code) for code, label in choices.clusters]
                if choices
                else [],
                "coder": self._coder_items(choices, blind),
                "dyad": [(d, d) for d in choices.dyads] if choices else [],
                "phase": [(self.tr("phase {n}").format(n=p), p) for p in choices.phases]
                if choices
                else [],
                "other_type": [(t, t) for t in choices.other_types] if choices else [],
                "time_frame": [(t, t) for t in choices.time_frames] if choices else [],
            }
            for name, items in lists.items():
                combo = self.combos[name]
                kept = combo.currentData()
                while combo.count() > 1:
                    combo.removeItem(1)
                self._add(name, items)
                combo.setCurrentIndex(max(0, combo.findData(kept)))
        finally:
            self._filling = False

    def _coder_items(self, choices: FilterChoices | None, blind: bool) -> list[tuple[str, Any]]:
        if choices is None or blind:
            return []
        items = [(self.tr("Consensus layer"), CONSENSUS)]
        return items + [(self.tr("{name} (own)").format(name=c), c) for c in choices.coders]

    def unit_filter(self) -> UnitFilter:
        data = {name: combo.currentData() for name, combo in self.combos.items()}
        coder = data.pop("coder")
        return UnitFilter(
            **data,
            coder=None if coder in (None, CONSENSUS) else coder,
            consensus=coder == CONSENSUS,
            re_number=self.re_number.value() or None,
            text=self.search.text(),
        )

    def set_filter(self, unit_filter: UnitFilter) -> None:
        """Show ``unit_filter`` (values the lists lack fall back to "any"); emits once."""
        self._filling = True
        try:
            coder = CONSENSUS if unit_filter.consensus else unit_filter.coder
            for name, combo in self.combos.items():
                value = coder if name == "coder" else getattr(unit_filter, name)
                combo.setCurrentIndex(max(0, combo.findData(value)))
            self.re_number.setValue(unit_filter.re_number or 0)
            self.search.setText(unit_filter.text)
        finally:
            self._filling = False
        self._changed()

    def _changed(self, *_args: object) -> None:
        self._typing.stop()
        if not self._filling:
            self.filter_changed.emit(self.unit_filter())
