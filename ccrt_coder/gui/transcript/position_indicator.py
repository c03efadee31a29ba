"""PositionIndicator: the status bar's ``Line 12 · RE 2 · Anna`` — where you are, who codes."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from ccrt_coder.gui.transcript.narrative_view import NarrativeView
from ccrt_coder.gui.widgets.component_style import muted_text
from ccrt_coder.gui.widgets.elided_label import ElidedLabel


class PositionIndicator(QWidget):
    """Follows the transcript's text cursor; the coder part follows the chosen identity."""

    def __init__(self, view: NarrativeView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._view = view
        self._where = ""
        self._coder = ""
        self.position = ElidedLabel(widest_chars=64)
        self.position.setToolTip(
            self.tr("Line of the text cursor, the RE it is in, and who is coding")
        )
        self.blind = QLabel()
        palette = self.blind.palette()
        palette.setColor(self.blind.foregroundRole(), muted_text(palette))
        self.blind.setPalette(palette)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 12, 0)
        layout.setSpacing(16)
        layout.addWidget(self.position)
        layout.addWidget(self.blind)
        view.cursorPositionChanged.connect(self.update_position)
        view.textChanged.connect(self.update_position)
        view.res_changed.connect(self.update_position)  # an RE came to (or left) the cursor
        self.set_blind(None)
        self.update_position()

    def update_position(self) -> None:
        if self._view.document().isEmpty():
            self._where = ""
        else:
            line = self._view.textCursor().blockNumber() + 1
            re = self._view.re_at_cursor()
            where = self.tr("RE {number}").format(number=re.number) if re else self.tr("no RE")
            self._where = self.tr("Line {line} · {where}").format(line=line, where=where)
        self._show()

    def set_coder(self, name: str, lead: bool = False) -> None:
        self._coder = self.tr("{name} (lead)").format(name=name) if name and lead else name
        self._show()

    def set_blind(self, blind: bool | None) -> None:
        """None: no project open."""
        self.blind.setText(
            {True: self.tr("Blind coding"), False: self.tr("Coders see each other"), None: ""}[
                blind
            ]
        )
        self.blind.setToolTip(
            self.tr("Each coder sees only their own units and ratings")
            if blind
            else self.tr("Comparison and consensus views show every coder's units")
        )
        self.blind.setVisible(blind is not None)

    def _show(self) -> None:
        self.position.setText(" · ".join(p for p in (self._where, self._coder) if p))

    def text(self) -> str:
        """Everything shown, for tests and screen readers."""
        parts = [self.position.text(), self.blind.text() if not self.blind.isHidden() else ""]
        return " · ".join(p for p in parts if p)
