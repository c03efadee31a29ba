"""What the narrative view lays over a transcript: RE bands, marker lines and coded units.

Nothing here changes the document: units and marker lines become ``QTextEdit.ExtraSelection``s,
RE bands are block ranges the view paints behind the text.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from PySide6.QtGui import QPalette, QTextBlock, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextEdit

from ccrt_coder.gui.transcript.offsets import OffsetMap
from ccrt_coder.gui.widgets.component_style import muted_text, unit_format
from ccrt_coder.usecases.domain import Component, ReRecord, Span, UnitRecord, is_marker_line

# Units are drawn in this order, so where units overlap the later component's tint shows on top.
_COMPONENT_ORDER = {Component.W: 0, Component.RO: 1, Component.RS: 2}


@dataclass(frozen=True)
class ReBand:
    """One text span of an RE as whole lines: from its marker line (if any) to its last line."""

    re_id: int
    first_block: int
    last_block: int
    marker_block: int | None


def find_bands(
    document: QTextDocument, offsets: OffsetMap, res: Iterable[ReRecord]
) -> list[ReBand]:
    bands = []
    for re in res:
        for span in re.spans:
            first = document.findBlock(offsets.to_utf16(span.start))
            last = document.findBlock(offsets.to_utf16(span.end - 1))
            marker = first.previous()
            marker_number = marker.blockNumber() if _is_marker(marker) else None
            start = first.blockNumber() if marker_number is None else marker_number
            bands.append(ReBand(re.id, start, last.blockNumber(), marker_number))
    return bands


def _is_marker(block: QTextBlock) -> bool:
    return block.isValid() and is_marker_line(block.text())


def selection(
    document: QTextDocument, start: int, end: int, fmt: QTextCharFormat
) -> QTextEdit.ExtraSelection:
    """An ExtraSelection over Qt positions ``start``..``end``."""
    cursor = QTextCursor(document)
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    extra = QTextEdit.ExtraSelection()
    extra.cursor = cursor
    extra.format = fmt
    return extra


def qt_range(offsets: OffsetMap, span: Span) -> tuple[int, int]:
    return offsets.to_utf16(span.start), offsets.to_utf16(span.end)


def unit_selections(
    document: QTextDocument,
    offsets: OffsetMap,
    units: Sequence[UnitRecord],
    palette: QPalette,
) -> list[QTextEdit.ExtraSelection]:
    formats = {c: unit_format(c, palette) for c in Component}
    return [
        selection(document, *qt_range(offsets, span), formats[unit.draft.component])
        for unit in drawing_order(units)
        for span in unit.draft.spans
    ]


def drawing_order(units: Iterable[UnitRecord]) -> list[UnitRecord]:
    """W, then RO, then RS (each by id): where units overlap, the last one is drawn on top."""
    return sorted(units, key=lambda u: (_COMPONENT_ORDER[u.draft.component], u.id))


def marker_selections(
    document: QTextDocument, bands: Iterable[ReBand], palette: QPalette
) -> list[QTextEdit.ExtraSelection]:
    """Marker lines (``RE 2: mother (Helga), ...``) in a muted colour: structure, not narrative."""
    fmt = QTextCharFormat()
    fmt.setForeground(muted_text(palette))
    result = []
    for band in bands:
        if band.marker_block is not None:
            block = document.findBlockByNumber(band.marker_block)
            result.append(selection(document, block.position(), _block_end(block), fmt))
    return result


def _block_end(block: QTextBlock) -> int:
    return block.position() + max(block.length() - 1, 0)
