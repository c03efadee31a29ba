"""CoderChooser: the toolbar combo that picks whose coder layer is shown."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSizePolicy, QWidget

from ccrt_coder.core.records import CoderRecord


class CoderChooser(QWidget):
    """``Coder: [Anna ▾]``; disabled with a hint while the project has no coders."""

    coder_changed = Signal(object)  # the chosen coder id, or None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._combo = QComboBox()
        self._combo.setMinimumContentsLength(14)
        self._combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self._combo.setToolTip("The coder whose units are shown (each coder's own layer)")
        label = QLabel("&Coder:")
        label.setBuddy(self._combo)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 0, 8, 0)
        layout.setSpacing(6)
        layout.addWidget(label)
        layout.addWidget(self._combo)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        self._combo.currentIndexChanged.connect(self._emit)

    def set_coders(self, coders: Sequence[CoderRecord], current: int | None = None) -> None:
        """Fill the list; choose ``current`` if it is one of them, else the first coder."""
        self._combo.blockSignals(True)
        self._combo.clear()
        for coder in coders:
            self._combo.addItem(coder.name, coder.id)
        if not coders:
            self._combo.addItem("no coders yet", None)
        index = self._combo.findData(current) if current is not None else -1
        self._combo.setCurrentIndex(max(index, 0))
        self._combo.setEnabled(bool(coders))
        self._combo.blockSignals(False)

    def current_coder(self) -> int | None:
        return self._combo.currentData()

    def current_name(self) -> str:
        return self._combo.currentText() if self.current_coder() is not None else ""

    def choose(self, coder_id: int) -> None:
        index = self._combo.findData(coder_id)
        if index >= 0:
            self._combo.setCurrentIndex(index)

    def _emit(self, _index: int) -> None:
        self.coder_changed.emit(self.current_coder())
