"""StatDelegate: a figure and, muted beside it, the REs behind it, and under both its 95%
interval and band; decimal points line up."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPainter
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem, QWidget

from ccrt_coder.gui.agreement.table_model import COUNT_ROLE, INTERVAL_ROLE
from ccrt_coder.gui.widgets.component_style import muted_text
from ccrt_coder.gui.widgets.padded_delegate import PaddedDelegate

Index = QModelIndex | QPersistentModelIndex
GAP = 8  # between a figure and its count
PAD = 6  # inside each side of a cell


class StatDelegate(PaddedDelegate):
    """Cells with a count (``COUNT_ROLE``) are drawn as two slots centred in the cell: the
    figure right-aligned, the count left-aligned and muted. Both slots are as wide as the
    widest figure and count of the column (measured, never assumed), so a sign or a long
    count is never cut and decimal points line up. Other cells are drawn as usual."""

    def __init__(self, padding: int = 8, parent: QWidget | None = None) -> None:
        super().__init__(padding, parent)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        count = index.data(COUNT_ROLE)
        if count is None:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text, opt.text = opt.text, ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        interval = index.data(INTERVAL_ROLE)
        line = opt.fontMetrics.height()
        rows = 2 if interval else 1
        top = opt.rect.top() + max(0, (opt.rect.height() - rows * line) // 2)
        figure_row = QRect(opt.rect.left(), top, opt.rect.width(), line)
        value_rect, count_rect = stat_slots(figure_row, opt.fontMetrics, index)
        painter.save()
        painter.setFont(opt.font)
        painter.setPen(opt.palette.color(opt.palette.ColorRole.Text))
        colour = index.data(Qt.ItemDataRole.ForegroundRole)
        if colour is not None:
            painter.setPen(colour)
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(value_rect, int(right), text)
        painter.setPen(muted_text(opt.palette))
        left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(count_rect, int(left), count)
        if interval:
            below = QRect(opt.rect.left(), top + line, opt.rect.width(), line)
            centre = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter
            painter.drawText(below.adjusted(PAD, 0, -PAD, 0), int(centre), interval)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        size = super().sizeHint(option, index)
        if index.data(COUNT_ROLE) is None:
            return size
        rows = 2 if index.data(INTERVAL_ROLE) else 1
        height = max(size.height(), rows * option.fontMetrics.height() + 8)
        return QSize(min_cell_width(option.fontMetrics, index), height)


def stat_slots(rect: QRect, metrics: QFontMetrics, index: Index) -> tuple[QRect, QRect]:
    """Where the figure and the count of ``index`` are painted inside the cell ``rect``:
    the column's widest figure and count side by side, centred (left-aligned if too wide)."""
    value_w, count_w = _column_widths(metrics, index.model(), index.column())
    inner = rect.adjusted(PAD, 0, -PAD, 0)
    left = inner.left() + max(0, (inner.width() - value_w - GAP - count_w) // 2)
    value = QRect(left, inner.top(), value_w, inner.height())
    return value, QRect(left + value_w + GAP, inner.top(), count_w, inner.height())


def min_cell_width(metrics: QFontMetrics, index: Index) -> int:
    """The narrowest the cell's column may be for this cell to be shown whole: both slots for
    a figure with a count, else the longest word (the rest wraps)."""
    if index.data(COUNT_ROLE) is not None:
        value_w, count_w = _column_widths(metrics, index.model(), index.column())
        interval_w = metrics.horizontalAdvance(str(index.data(INTERVAL_ROLE) or ""))
        return max(value_w + GAP + count_w, interval_w) + 2 * PAD
    words = str(index.data(Qt.ItemDataRole.DisplayRole) or "").split()
    return max((metrics.horizontalAdvance(w) for w in words), default=0) + 2 * PAD


def _column_widths(
    metrics: QFontMetrics, model: QAbstractItemModel | None, column: int
) -> tuple[int, int]:
    """The widest figure and the widest count among the column's cells that have a count."""
    value_w = count_w = 0
    if model is None:
        return value_w, count_w
    for row in range(model.rowCount()):
        cell = model.index(row, column)
        count = cell.data(COUNT_ROLE)
        if count is not None:
            value_w = max(value_w, metrics.horizontalAdvance(str(cell.data() or "")))
            count_w = max(count_w, metrics.horizontalAdvance(count))
    return value_w, count_w
