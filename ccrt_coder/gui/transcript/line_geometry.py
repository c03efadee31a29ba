"""Where a range of a text view's document lies on screen, line by laid-out line."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QPoint
from PySide6.QtGui import QTextLine
from PySide6.QtWidgets import QTextEdit


def line_pieces(
    view: QTextEdit, start: int, end: int
) -> Iterator[tuple[float, float, float, float, float]]:
    """(x from, x to, baseline, line top, line bottom) in viewport coordinates, per laid-out
    line that the Qt range ``start``..``end`` touches."""
    document = view.document()
    layout = document.documentLayout()
    dx = -view.horizontalScrollBar().value()
    dy = -view.verticalScrollBar().value()
    block = document.findBlock(start)
    while block.isValid() and block.position() < end:
        origin = layout.blockBoundingRect(block).topLeft()
        text_layout = block.layout()
        for n in range(text_layout.lineCount()):
            line = text_layout.lineAt(n)
            line_start = block.position() + line.textStart()
            a, b = max(start, line_start), min(end, line_start + line.textLength())
            if a >= b:
                continue
            x1, x2 = _x(line, a - block.position()), _x(line, b - block.position())
            top = origin.y() + line.y() + dy
            yield (
                origin.x() + x1 + dx,
                origin.x() + x2 + dx,
                top + line.ascent(),
                top,
                top + line.height(),
            )
        block = block.next()


def _x(line: QTextLine, position: int) -> float:
    x = line.cursorToX(position)
    # PySide6 returns x, or (x, cursor) with some versions; its stubs say object.
    return float(x[0] if isinstance(x, tuple) else x)  # type: ignore[arg-type]


def visible_range(view: QTextEdit) -> tuple[int, int]:
    """Qt positions from the start of the first block on screen to the end of the last one:
    painters skip what lies outside rather than lay out its lines."""
    first = view.cursorForPosition(QPoint(0, 0)).block()
    last = view.cursorForPosition(QPoint(0, view.viewport().height())).block()
    return first.position(), last.position() + last.length()


def vertical_extent(view: QTextEdit, start: int, end: int) -> tuple[float, float]:
    """From the top of the laid-out line holding Qt position ``start`` to the bottom of the one
    holding ``end - 1``, in viewport coordinates (follows wrapping; lays out only those blocks)."""
    dy = -view.verticalScrollBar().value()
    top, _ = _line_extent(view, start)
    _, bottom = _line_extent(view, max(end - 1, start))
    return top + dy, bottom + dy


def _line_extent(view: QTextEdit, position: int) -> tuple[float, float]:
    """Top and bottom of the laid-out line holding ``position``, in document coordinates."""
    document = view.document()
    block = document.findBlock(position)
    rect = document.documentLayout().blockBoundingRect(block)
    line = block.layout().lineForTextPosition(position - block.position())
    if not line.isValid():
        return rect.top(), rect.bottom()
    return rect.top() + line.y(), rect.top() + line.y() + line.height()
