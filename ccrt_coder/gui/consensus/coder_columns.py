"""CoderColumns: one RE's units side by side — a column per coder, a row per stretch of text."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ccrt_coder.gui.consensus.coder_palette import swatch
from ccrt_coder.gui.consensus.compared_card import Verdicts
from ccrt_coder.gui.transcript.line_index import LineIndex
from ccrt_coder.gui.units.unit_card import UnitCard
from ccrt_coder.gui.widgets.component_style import muted_text
from ccrt_coder.gui.widgets.plain_text import as_text, html, plain
from ccrt_coder.gui.widgets.terms import count
from ccrt_coder.usecases.domain import CategorySystem, UnitRecord

COLUMN_MIN_WIDTH = 230


@dataclass(frozen=True)
class Column:
    """A coder's units in the RE (or the consensus layer's)."""

    key: int
    title: str
    colour: QColor
    units: tuple[UnitRecord, ...]
    consensus: bool = False


def _extent(unit: UnitRecord) -> tuple[int, int]:
    spans = unit.draft.spans
    return min(s.start for s in spans), max(s.end for s in spans)


def group_rows(units: Sequence[UnitRecord]) -> list[list[UnitRecord]]:
    """Units whose text overlaps (directly or through another) share a row; rows in text order."""
    rows: list[list[UnitRecord]] = []
    row_end = -1
    for unit in sorted(units, key=lambda u: (_extent(u), u.id)):
        start, end = _extent(unit)
        if rows and start < row_end:
            rows[-1].append(unit)
            row_end = max(row_end, end)
        else:
            rows.append([unit])
            row_end = end
    return rows


Decorate = Callable[[UnitCard, Column], None]


class CoderColumns(QScrollArea):
    """Rebuilt for each RE (a handful of cards): headers, then the rows of aligned units."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self._cards: list[UnitCard] = []
        self._verdicts = Verdicts()
        self.clear("")

    def cards(self) -> list[UnitCard]:
        return list(self._cards)

    def clear(self, message: str) -> None:
        self._cards = []
        label = plain(QLabel(message))
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        _mute(label)
        self.setWidget(label)

    def show_columns(
        self,
        columns: Sequence[Column],
        text: str,
        system: CategorySystem | None,
        lines: LineIndex | None,
        decorate: Decorate | None = None,
        verdicts: Verdicts | None = None,
    ) -> None:
        """``verdicts`` mark each coder's unit as agreeing with or differing from the others'."""
        self._cards = []
        self._verdicts = verdicts or Verdicts()
        content = QWidget()
        grid = QGridLayout(content)
        grid.setContentsMargins(8, 4, 8, 8)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(8)
        for c, column in enumerate(columns, start=1):
            grid.addWidget(_header(column), 0, c)
            grid.setColumnStretch(c, 1)
            grid.setColumnMinimumWidth(c, COLUMN_MIN_WIDTH)
        rows = group_rows([u for column in columns for u in column.units])
        for r, row in enumerate(rows, start=1):
            grid.addWidget(_row_label(row, lines), r, 0, Qt.AlignmentFlag.AlignTop)
            for c, column in enumerate(columns, start=1):
                mine = [u for u in row if u in column.units]
                grid.addWidget(self._cell(mine, column, text, system, decorate), r, c)
        if not rows:
            empty = QLabel(self.tr("No units in this RE yet."))
            _mute(empty)
            grid.addWidget(empty, 1, 1, 1, max(len(columns), 1))
        grid.setRowStretch(len(rows) + 1, 1)
        self.setWidget(content)

    def _cell(
        self,
        units: list[UnitRecord],
        column: Column,
        text: str,
        system: CategorySystem | None,
        decorate: Decorate | None,
    ) -> QWidget:
        cell = QWidget()
        layout = QVBoxLayout(cell)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        for unit in units:
            card = self._verdicts.card(unit, system, text, column.colour)
            if decorate is not None:
                decorate(card, column)
            self._cards.append(card)
            layout.addWidget(card)
        if not units:
            dash = QLabel("—")
            dash.setAlignment(Qt.AlignmentFlag.AlignCenter)
            dash.setToolTip(as_text(self.tr("{title}: no unit here").format(title=column.title)))
            _mute(dash)
            layout.addWidget(dash)
        layout.addStretch(1)
        return cell


def _header(column: Column) -> QWidget:
    header = QWidget()
    layout = QHBoxLayout(header)
    layout.setContentsMargins(2, 4, 2, 2)
    layout.setSpacing(6)
    dot = QLabel()
    dot.setPixmap(swatch(column.colour).pixmap(QSize(12, 12)))
    name = QLabel(f"<b>{html(column.title)}</b>")
    units = QLabel(count(len(column.units), "unit"))
    _mute(units)
    for widget in (dot, name, units):
        layout.addWidget(widget)
    layout.addStretch(1)
    return header


def _row_label(row: list[UnitRecord], lines: LineIndex | None) -> QLabel:
    label = QLabel()
    if lines is not None:
        start = min(_extent(u)[0] for u in row)
        end = max(_extent(u)[1] for u in row)
        first, last = lines.line_of(start), lines.line_of(end - 1)
        label.setText(
            QCoreApplication.translate("consensus.coder_columns", "Line {first}").format(
                first=first
            )
            if first == last
            else QCoreApplication.translate(
                "consensus.coder_columns", "Lines {first}–{last}"
            ).format(first=first, last=last)
        )
    label.setMinimumWidth(label.fontMetrics().horizontalAdvance("Lines 999–999"))
    _mute(label)
    return label


def _mute(label: QLabel) -> None:
    palette = label.palette()
    palette.setColor(label.foregroundRole(), muted_text(palette))
    label.setPalette(palette)
