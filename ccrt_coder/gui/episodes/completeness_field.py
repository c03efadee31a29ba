"""CompletenessField: the current coder's 1–5 rating of an RE, editable in steps of 0.5."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDoubleSpinBox, QHBoxLayout, QLabel, QWidget

from ccrt_coder.gui.widgets.component_style import muted_text
from ccrt_coder.usecases.domain import COMPLETENESS_SCALE, COMPLETENESS_STEP, is_below_threshold

_UNRATED = COMPLETENESS_SCALE[0] - COMPLETENESS_STEP  # the spin box's "not rated" value


class CompletenessField(QWidget):
    """A spin box (``not rated``, 1, 1.5 … 5) and a note when the RE falls below the threshold.

    ``rated`` is emitted only for the user's changes, never for :meth:`show_rating`.
    """

    rated = Signal(object)  # the new rating (float), or None for "not rated"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spin = QDoubleSpinBox()
        self.spin.setRange(_UNRATED, COMPLETENESS_SCALE[1])
        self.spin.setSingleStep(COMPLETENESS_STEP)
        self.spin.setDecimals(1)
        self.spin.setSpecialValueText(self.tr("not rated"))
        self.spin.setKeyboardTracking(False)  # typing "3.5" rates once, not 3 and then 3.5
        self.spin.setAccelerated(False)
        self.spin.setToolTip(
            self.tr("Completeness of the RE, 1 (sketchy) to 5 (complete); Alt+1 … Alt+5 rate it")
        )
        self.note = QLabel()
        self.note.setWordWrap(True)
        palette = self.note.palette()
        palette.setColor(self.note.foregroundRole(), muted_text(palette))
        self.note.setPalette(palette)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.spin)
        layout.addWidget(self.note, 1)
        self._quiet = False
        self.spin.valueChanged.connect(self._on_value)

    def show_rating(self, value: float | None, threshold: float | None, enabled: bool) -> None:
        """Show a rating (None: not rated) without emitting ``rated``."""
        self._quiet = True
        try:
            self.spin.setValue(_UNRATED if value is None else value)
        finally:
            self._quiet = False
        self.spin.setEnabled(enabled)
        below = value is not None and threshold is not None and is_below_threshold(value, threshold)
        self.note.setText(
            self.tr("below {threshold:g}: left out of the CCRT").format(threshold=threshold)
            if below
            else self.tr("of 5")
        )
        self.note.setVisible(enabled)

    def value(self) -> float | None:
        value = self.spin.value()
        return None if value < COMPLETENESS_SCALE[0] else value

    def _on_value(self, _value: float) -> None:
        if not self._quiet:
            self.rated.emit(self.value())
