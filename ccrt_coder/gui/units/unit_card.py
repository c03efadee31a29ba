"""UnitCard: one coded unit as a small card — component, categories, label, valence, its words."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ccrt_coder.gui.units.unit_text import VALENCE_WORD, categories_text
from ccrt_coder.gui.widgets.component_style import blend, component_icon, muted_text
from ccrt_coder.gui.widgets.plain_text import html
from ccrt_coder.gui.widgets.terms import component_title
from ccrt_coder.usecases.domain import CategorySystem, Span, UnitRecord

STRIPE = 4  # px: the coder's colour down the card's left edge
QUOTE_LENGTH = 140


def quote(text: str, spans: Sequence[Span]) -> str:
    """A unit's words (its pieces joined with ' … '), shortened for a card."""
    pieces = [" ".join(text[s.start : s.end].split()) for s in sorted(spans)]
    words = " … ".join(pieces)
    return words if len(words) <= QUOTE_LENGTH else words[: QUOTE_LENGTH - 1].rstrip() + "…"


def details(unit: UnitRecord) -> str:
    draft = unit.draft
    parts = [VALENCE_WORD[draft.valence]] if draft.valence else []
    parts += [v.value for v in (draft.actuality, draft.explicitness) if v is not None]
    return " · ".join(parts)


class UnitCard(QFrame):
    """A read-only card; ``add_button`` puts actions (Accept, Edit…) along its bottom."""

    def __init__(
        self,
        unit: UnitRecord,
        system: CategorySystem | None,
        text: str,
        colour: QColor,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.unit, self._colour = unit, colour
        self.setObjectName("unitCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        draft = unit.draft
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(STRIPE + 10, 8, 10, 8)
        self._layout.setSpacing(3)
        self._layout.addLayout(self._title_row(unit, system))
        muted = muted_text(self.palette()).name()
        label = f"<i>{html(draft.tailor_label)}</i>" if draft.tailor_label else ""
        more = html(details(unit))
        if more:
            gap = "&nbsp; · &nbsp;" if label else ""
            label += f"{gap}<span style='color:{muted}'>{more}</span>"
        if label:
            self._add_label(label)
        self._add_label(f"“{html(quote(text, draft.spans))}”", muted=True)
        self._buttons = QHBoxLayout()
        self._buttons.setSpacing(6)
        self._buttons.addStretch(1)
        self._layout.addLayout(self._buttons)
        self.setToolTip(f"{draft.component.value} — {component_title(draft.component)}")

    def _title_row(self, unit: UnitRecord, system: CategorySystem | None) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(6)
        icon = QLabel()
        icon.setPixmap(component_icon(unit.draft.component).pixmap(QSize(16, 16)))
        codes = categories_text(unit.draft, system) or self.tr("no category")
        title = QLabel(f"<b>{unit.draft.component.value}</b>&nbsp; {html(codes)}")
        title.setWordWrap(True)
        row.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(title, 1)
        return row

    def _add_label(self, rich: str, muted: bool = False) -> QLabel:
        label = QLabel(rich)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        if muted:
            palette = label.palette()
            palette.setColor(label.foregroundRole(), muted_text(palette))
            label.setPalette(palette)
        self._layout.addWidget(label)
        return label

    def add_button(self, text: str, slot: Callable[[], None], tip: str = "") -> QPushButton:
        button = QPushButton(text)
        button.setToolTip(tip)
        button.clicked.connect(slot)
        self._buttons.addWidget(button)
        return button

    def add_note(self, text: str) -> QLabel:
        """A muted word in the button row (e.g. that the unit is already in the consensus)."""
        label = QLabel(text)
        palette = label.palette()
        palette.setColor(label.foregroundRole(), muted_text(palette))
        label.setPalette(palette)
        self._buttons.addWidget(label)
        return label

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        base = self.palette().color(QPalette.ColorRole.Base)
        painter.fillRect(self.rect(), blend(base, self._colour, 0.04))
        painter.fillRect(0, 0, STRIPE, self.height(), self._colour)
        painter.end()
        super().paintEvent(event)
