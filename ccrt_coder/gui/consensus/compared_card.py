"""A unit card that shows how the unit compares with the other coders' (core's ``Verdict``).

A disagreement (another coder coded the same stretch otherwise) gets a ``≠`` badge and an
outline in the text colour, which no coder or component owns; agreement gets a quiet ``=``.
The tooltip names what the others coded: ``≠ Coder B: W5``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen, QResizeEvent
from PySide6.QtWidgets import QLabel, QWidget

from ccrt_coder.gui.units.unit_card import UnitCard
from ccrt_coder.gui.units.unit_text import VALENCE_SIGN, code_of
from ccrt_coder.gui.widgets.component_style import muted_text
from ccrt_coder.gui.widgets.plain_text import as_text
from ccrt_coder.usecases.domain import CategorySystem, UnitDraft, UnitRecord, Verdict

DIFFERS, AGREES = "≠", "="
OUTLINE = 2.0  # px


def code_words(draft: UnitDraft) -> str:
    """``W5``, ``RO5+RO2 −``: the code and, where given, the valence's sign."""
    sign = VALENCE_SIGN.get(draft.valence) if draft.valence else None
    return f"{code_of(draft)} {sign}" if sign else code_of(draft)


def verdict_lines(verdict: Verdict, names: Mapping[int, str]) -> list[str]:
    """``≠ Coder B: W5`` per differing unit, then ``= Coder C: W6`` per agreeing one."""

    def line(mark: str, unit: UnitRecord) -> str:
        name = names.get(unit.draft.coder_id, "?")
        return f"{mark} {name}: {code_words(unit.draft)}"

    return [line(DIFFERS, u) for u in verdict.differs_from] + [
        line(AGREES, u) for u in verdict.agrees_with
    ]


def verdict_tip(verdict: Verdict, names: Mapping[int, str]) -> str:
    if verdict.disagrees:
        head = QCoreApplication.translate(
            "consensus.compared_card", "Coded otherwise on this stretch:"
        )
    else:
        head = QCoreApplication.translate("consensus.compared_card", "Coded alike:")
    return "\n".join([head, *verdict_lines(verdict, names)])


def outline_colour(palette: QPalette) -> QColor:
    return palette.color(QPalette.ColorRole.Text)


class ComparedCard(UnitCard):
    """A UnitCard with its verdict: the badge at the top right, the outline when it differs."""

    def __init__(
        self,
        unit: UnitRecord,
        system: CategorySystem | None,
        text: str,
        colour: QColor,
        verdict: Verdict,
        names: Mapping[int, str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(unit, system, text, colour, parent)
        self.verdict = verdict
        self.badge = QLabel(DIFFERS if verdict.disagrees else AGREES, self)
        self.badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.badge.setToolTip(as_text(verdict_tip(verdict, names)))
        self.setToolTip(as_text(f"{self.toolTip()}\n\n{verdict_tip(verdict, names)}"))
        self._style_badge()
        layout = self.layout()
        if layout is not None:  # room on the right for the badge
            margins = layout.contentsMargins()
            margins.setRight(margins.right() + self.badge.width() + 4)
            layout.setContentsMargins(margins)

    def _style_badge(self) -> None:
        palette = self.palette()
        font = self.badge.font()
        font.setBold(True)
        self.badge.setFont(font)
        side = self.badge.fontMetrics().height() + 4
        self.badge.setFixedSize(side + 4, side)
        if self.verdict.disagrees:  # the text colour's pill: stands out in light and dark
            text = palette.color(QPalette.ColorRole.Base).name()
            back = outline_colour(palette).name()
            self.badge.setStyleSheet(
                f"color: {text}; background: {back}; border-radius: {side // 2}px;"
            )
        else:
            self.badge.setStyleSheet(f"color: {muted_text(palette).name()};")

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.badge.move(self.width() - self.badge.width() - 6, 6)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self.verdict.disagrees:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(outline_colour(self.palette()), OUTLINE))
        inset = OUTLINE / 2
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(inset, inset, -inset, -inset), 3, 3)
        painter.end()


@dataclass(frozen=True)
class Verdicts:
    """The verdicts of the units shown, and the coders' names the tooltips use."""

    by_unit: Mapping[int, Verdict] = field(default_factory=dict)
    names: Mapping[int, str] = field(default_factory=dict)

    def card(
        self, unit: UnitRecord, system: CategorySystem | None, text: str, colour: QColor
    ) -> UnitCard:
        """A ComparedCard where another coder coded the unit's stretch, else a plain card."""
        verdict = self.by_unit.get(unit.id)
        if verdict is None or not (verdict.agrees_with or verdict.differs_from):
            return UnitCard(unit, system, text, colour)
        return ComparedCard(unit, system, text, colour, verdict, self.names)
