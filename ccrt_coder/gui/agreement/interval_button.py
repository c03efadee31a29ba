"""IntervalButton: the bootstrap settings of the 95% intervals, in a small drop-down."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QMenu,
    QSpinBox,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from ccrt_coder.usecases.domain import DEFAULT_REPLICATES, DEFAULT_SEED

MAX_REPLICATES = 10_000
MAX_SEED = 999_999


class IntervalButton(QToolButton):
    """Shows the replicates in use; its menu holds the replicates and the seed (few pixels
    in the controls row, which must fit a 1024-pixel window)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.replicates = QSpinBox()
        self.replicates.setRange(0, MAX_REPLICATES)
        self.replicates.setSingleStep(500)
        self.replicates.setValue(DEFAULT_REPLICATES)
        self.replicates.setToolTip(
            self.tr(
                "Bootstrap replicates for the 95% intervals (interviews resampled with all "
                "their REs); 0: no bootstrap, analytic intervals where they exist"
            )
        )
        self.seed = QSpinBox()
        self.seed.setRange(0, MAX_SEED)
        self.seed.setValue(DEFAULT_SEED)
        self.seed.setToolTip(self.tr("The same seed gives the same intervals"))
        form = QWidget()
        layout = QFormLayout(form)
        layout.addRow(self.tr("Bootstrap &replicates:"), self.replicates)
        layout.addRow(self.tr("&Seed:"), self.seed)
        action = QWidgetAction(self)
        action.setDefaultWidget(form)
        menu = QMenu(self)
        menu.addAction(action)
        self.setMenu(menu)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setToolTip(self.tr("How the 95% intervals are computed"))
        self.replicates.valueChanged.connect(self._changed)
        self.seed.valueChanged.connect(self._changed)
        self._show()

    def _changed(self) -> None:
        self._show()
        self.changed.emit()

    def _show(self) -> None:
        b = self.replicates.value()
        self.setText(self.tr("95% CI: B = {b}").format(b=b) if b else self.tr("95% CI: analytic"))
