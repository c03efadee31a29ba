"""AgreementControls: which coders, level and span overlap; Recompute; what was computed when."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from ccrt_coder.gui.agreement.compute import AgreementRequest
from ccrt_coder.gui.agreement.interval_button import IntervalButton
from ccrt_coder.gui.widgets import plain_text
from ccrt_coder.gui.widgets.tr_marks import QT_TRANSLATE_NOOP

LEVELS = {
    "category": QT_TRANSLATE_NOOP("agreement.controls", "Category"),
    "cluster": QT_TRANSLATE_NOOP("agreement.controls", "Cluster"),
    "direction": QT_TRANSLATE_NOOP("agreement.controls", "Direction (CCRT-LU)"),
}
DIRECTION = "direction"  # offered only when the category system codes CCRT-LU directions
FALLBACK = "cluster"  # the level a direction level falls back to in a system without them
DEFAULT_OVERLAP = 0.5


class AgreementControls(QWidget):
    """Emits ``changed`` once per change the user makes, never while being refilled."""

    changed = Signal()
    recompute_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._known = False  # whether the coders' units are known (after the first run)
        self.coder_list = _coder_list()
        self.level = QComboBox()
        self.level.setToolTip(
            self.tr(
                "Agree on the categories per RE, on their clusters or (CCRT-LU) on the "
                "directions of the units"
            )
        )
        self.set_levels(False)
        self.overlap = QDoubleSpinBox()
        self.overlap.setRange(0.05, 1.0)
        self.overlap.setSingleStep(0.05)
        self.overlap.setDecimals(2)
        self.overlap.setValue(DEFAULT_OVERLAP)
        self.overlap.setToolTip(
            self.tr(
                "Span level: two coders' units match when they overlap by at least this share of "
                "the shorter unit"
            )
        )
        self.intervals = IntervalButton()
        self.replicates, self.seed = self.intervals.replicates, self.intervals.seed
        self.recompute = QPushButton(self.tr("Recompute"))
        self.recompute.setToolTip(
            self.tr("Compute the statistics again from the coders' own layers (F5)")
        )
        self._layout()
        self.coder_list.itemChanged.connect(lambda _item: self.changed.emit())
        self.level.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.overlap.valueChanged.connect(lambda _v: self.changed.emit())
        self.intervals.changed.connect(self.changed.emit)
        self.recompute.clicked.connect(self.recompute_requested.emit)

    def _layout(self) -> None:
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(6)
        for text, widget, stretch in (
            (self.tr("C&oders:"), self.coder_list, 0),
            (self.tr("Le&vel:"), self.level, 0),
            (self.tr("Span &overlap ≥"), self.overlap, 0),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            layout.addWidget(label)
            layout.addWidget(widget, stretch)
            layout.addSpacing(8)
        layout.addWidget(self.intervals)
        layout.addWidget(self.recompute)
        layout.addStretch(1)

    # -- the coders ---------------------------------------------------------------------------
    def set_coders(self, names: Sequence[str]) -> None:
        """A project's coders, all checked, their units not yet known (a new project)."""
        self._known = False
        self._fill([(name, True, True, "") for name in names])

    def set_units(self, units: Mapping[str, int], chosen: Sequence[str] | None) -> None:
        """What a run found: coders without units are offered but cannot be checked."""
        self._known = True
        checked = set(chosen) if chosen is not None else {n for n, u in units.items() if u}
        self._fill(
            [
                (
                    name,
                    name in checked and n > 0,
                    n > 0,
                    self.tr("{name}: {n} units in their own layer").format(name=name, n=n)
                    if n
                    else self.tr("{name} has no units in their own layer").format(name=name),
                )
                for name, n in units.items()
            ]
        )

    def _fill(self, coders: Sequence[tuple[str, bool, bool, str]]) -> None:
        self.coder_list.blockSignals(True)
        self.coder_list.clear()
        for name, checked, enabled, tip in coders:
            item = QListWidgetItem(name)
            flags = Qt.ItemFlag.ItemIsUserCheckable
            item.setFlags(flags | Qt.ItemFlag.ItemIsEnabled if enabled else flags)
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            item.setToolTip(plain_text.as_text(tip or name))
            self.coder_list.addItem(item)
        self.coder_list.blockSignals(False)
        self.coder_list.setFixedWidth(_list_width(self.coder_list))

    def checked_coders(self) -> tuple[str, ...]:
        items = (self.coder_list.item(i) for i in range(self.coder_list.count()))
        return tuple(i.text() for i in items if i.checkState() == Qt.CheckState.Checked)

    def set_checked(self, names: Sequence[str]) -> None:
        """Check exactly ``names`` (scripts, tests); one ``changed`` at most."""
        before = self.checked_coders()
        self.coder_list.blockSignals(True)
        for i in range(self.coder_list.count()):
            item = self.coder_list.item(i)
            on = item.text() in names
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self.coder_list.blockSignals(False)
        if self.checked_coders() != before:
            self.changed.emit()

    # -- the request --------------------------------------------------------------------------
    def request(self) -> AgreementRequest:
        """Before the coders' units are known, every coder with units (the use case's default)."""
        coders = self.checked_coders() if self._known else None
        return AgreementRequest(
            coders,
            self.level.currentData(),
            round(self.overlap.value(), 2),
            self.replicates.value(),
            self.seed.value(),
        )

    def set_level(self, level: str) -> None:
        self.level.setCurrentIndex(max(self.level.findData(level), 0))

    def set_levels(self, uses_lu_direction: bool) -> None:
        """Category and cluster; "Direction (CCRT-LU)" too when the system codes directions.
        A direction level chosen before falls back to the cluster level (one ``changed``)."""
        keys = [key for key in LEVELS if uses_lu_direction or key != DIRECTION]
        if [self.level.itemData(i) for i in range(self.level.count())] == keys:
            return
        before = self.level.currentData()
        self.level.blockSignals(True)
        self.level.clear()
        for key in keys:
            self.level.addItem(QCoreApplication.translate("agreement.controls", LEVELS[key]), key)
        self.level.setCurrentIndex(max(self.level.findData(before or "category"), 0))
        if before not in keys and before is not None:
            self.level.setCurrentIndex(self.level.findData(FALLBACK))
        self.level.blockSignals(False)
        if before is not None and self.level.currentData() != before:
            self.changed.emit()


def _coder_list() -> QListWidget:
    """Checkable coders side by side on one line (a list, so many coders still fit)."""
    view = QListWidget()
    view.setFlow(QListView.Flow.LeftToRight)
    view.setWrapping(False)
    view.setFrameShape(QFrame.Shape.NoFrame)
    view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setSpacing(2)
    view.viewport().setAutoFillBackground(False)  # it reads as a row of check boxes
    view.setFixedHeight(view.fontMetrics().height() + 14)
    view.setToolTip(
        QCoreApplication.translate(
            "agreement.controls",
            "The coders compared: at least two, each with units in their own layer",
        )
    )
    return view


def _list_width(view: QListWidget, cap: int = 420) -> int:
    """As wide as its items, up to ``cap`` (then it scrolls sideways)."""
    hint = sum(
        view.sizeHintForIndex(view.model().index(i, 0)).width() + 6 for i in range(view.count())
    )
    return max(60, min(cap, hint + 4))
