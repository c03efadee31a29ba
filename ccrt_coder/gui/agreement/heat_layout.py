"""Where the heat map's parts go: title, column headers, row labels, cells and colour bar."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFontMetricsF

from ccrt_coder.gui.agreement.heat_grid import HeatGrid, HeatRow

MARGIN = 12.0
GROUP_GAP = 10.0  # between the W, RO and RS blocks
GROUP_LABEL_W = 18.0  # the rotated "W: wish" beside each block
BAR_W, BAR_GAP = 14.0, 18.0
MAX_CELL_W, MIN_CELL_W = 120.0, 54.0  # wider where a header line needs it
MAX_CELL_H, MIN_CELL_H = 26.0, 13.0
MAX_LABEL_W, MIN_LABEL_W = 260.0, 150.0  # the cells shrink first, down to MIN_LABEL_W
LEAST_LABEL_W = 60.0  # labels elide (their full text is the tooltip), figures never


@dataclass(frozen=True)
class HeatLayout:
    title: QRectF
    subtitle: QRectF
    headers: tuple[QRectF, ...]  # one per column
    labels: tuple[QRectF, ...]  # one per row
    groups: tuple[tuple[str, QRectF], ...]  # component, the block's rect (for its label)
    cells: tuple[tuple[QRectF, ...], ...]  # [row][column]
    bar: QRectF
    legend: QRectF  # the "undefined" swatch and its text


def heat_layout(
    grid: HeatGrid,
    width: float,
    height: float,
    metrics: QFontMetricsF,
    titles: tuple[str, str],
    bold: QFontMetricsF,
    bar_texts: tuple[str, ...] = (),
) -> HeatLayout:
    """Cells as large as the space allows (within limits); labels as wide as they need; the
    colour bar's texts (``bar_texts``: ticks, caption, legend) as wide as they are."""
    line = metrics.height()
    text_w = width - 2 * MARGIN
    title = QRectF(MARGIN, MARGIN, text_w, _wrapped_height(bold, titles[0], text_w, False))
    subtitle = QRectF(
        MARGIN, title.bottom(), text_w, _wrapped_height(metrics, titles[1], text_w, False)
    )
    n_cols, n_rows = len(grid.columns), len(grid.rows)
    components = list(dict.fromkeys(r.component for r in grid.rows))
    # The columns first (as wide as a header line asks), then the row labels take the rest.
    bar_text_w = _bar_text_width(metrics, bar_texts)
    fixed = 2 * MARGIN + GROUP_LABEL_W + BAR_GAP + BAR_W + bar_text_w
    parts = [part for text in grid.columns for part in text.split("\n")]
    wanted = max(MAX_CELL_W, max(metrics.horizontalAdvance(t) for t in parts) + 16)
    room = (width - fixed - MIN_LABEL_W) / max(n_cols, 1)
    cell_w = max(MIN_CELL_W, min(wanted, room))
    widest = max(metrics.horizontalAdvance(row_label(r)) for r in grid.rows) + 8
    label_w = max(LEAST_LABEL_W, min(MAX_LABEL_W, widest, width - fixed - n_cols * cell_w))
    left = MARGIN + GROUP_LABEL_W + label_w
    header_h = max(_wrapped_height(metrics, text, cell_w - 4) for text in grid.columns) + 8
    top = subtitle.bottom() + 8 + header_h
    free_h = height - top - MARGIN - GROUP_GAP * (len(components) - 1)
    cell_h = max(MIN_CELL_H, min(MAX_CELL_H, free_h / max(n_rows, 1)))
    headers = tuple(
        QRectF(left + c * cell_w, subtitle.bottom() + 8, cell_w, header_h - 4)
        for c in range(n_cols)
    )
    labels, cells, groups, y = [], [], [], top
    for component in components:
        rows = grid.component_rows(component)
        groups.append((component, QRectF(MARGIN, y, GROUP_LABEL_W, cell_h * len(rows))))
        for _ in rows:
            labels.append(QRectF(MARGIN + GROUP_LABEL_W, y, label_w - 8, cell_h))
            cells.append(tuple(QRectF(left + c * cell_w, y, cell_w, cell_h) for c in range(n_cols)))
            y += cell_h
        y += GROUP_GAP
    bar_x = left + n_cols * cell_w + BAR_GAP
    bar_h = min(220.0, max(80.0, (y - top) * 0.5))
    bar = QRectF(bar_x, top, BAR_W, bar_h)
    legend = QRectF(bar_x, bar.bottom() + 24, BAR_W + bar_text_w, line + 4)
    return HeatLayout(
        title, subtitle, headers, tuple(labels), tuple(groups), tuple(cells), bar, legend
    )


def least_width(grid: HeatGrid, metrics: QFontMetricsF, bar_texts: tuple[str, ...]) -> float:
    """The narrowest card that shows every cell and every scale text whole (the row labels
    at their narrowest, elided)."""
    fixed = 2 * MARGIN + GROUP_LABEL_W + BAR_GAP + BAR_W + _bar_text_width(metrics, bar_texts)
    return fixed + LEAST_LABEL_W + len(grid.columns) * MIN_CELL_W


def _bar_text_width(metrics: QFontMetricsF, bar_texts: tuple[str, ...]) -> float:
    return max((metrics.horizontalAdvance(t) for t in bar_texts), default=0.0) + 8


def _wrapped_height(metrics: QFontMetricsF, text: str, width: float, centre: bool = True) -> float:
    align = Qt.AlignmentFlag.AlignCenter if centre else Qt.AlignmentFlag.AlignLeft
    flags = int(align | Qt.TextFlag.TextWordWrap)
    return metrics.boundingRect(QRectF(0, 0, width, 1e4), flags, text).height()


def row_label(row: HeatRow) -> str:
    """'W1 To assert self and be independent' (the code alone where it has no name)."""
    return row.label if row.label.startswith(row.cluster) else f"{row.cluster} {row.label}"
