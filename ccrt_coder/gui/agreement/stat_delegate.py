"""StatDelegate: a figure and, muted beside it, the REs behind it; decimal points line up."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem, QWidget

from ccrt_coder.gui.agreement.table_model import COUNT_ROLE
from ccrt_coder.gui.widgets.component_style import muted_text
from ccrt_coder.gui.widgets.padded_delegate import PaddedDelegate

Index = QModelIndex | QPersistentModelIndex
VALUE_SAMPLE = "0.000 ↓"  # a wide figure: every value gets this much room
GAP = 8


class StatDelegate(PaddedDelegate):
    """Cells with a count (``COUNT_ROLE``) are drawn as two slots centred in the cell: the
    figure right-aligned, the count left-aligned and muted. Other cells are drawn as usual."""

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
        value_rect, count_rect = _slots(opt, count)
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
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        size = super().sizeHint(option, index)
        if index.data(COUNT_ROLE) is None:
            return size
        metrics = option.fontMetrics
        width = metrics.horizontalAdvance(VALUE_SAMPLE + index.data(COUNT_ROLE)) + GAP + 12
        return QSize(width, size.height())


def _slots(opt: QStyleOptionViewItem, count: str) -> tuple[QRect, QRect]:
    """The figure's slot (as wide as VALUE_SAMPLE, so decimal points line up down a column)
    and the count's, centred together; in a narrow cell the figure's slot shrinks."""
    metrics = opt.fontMetrics
    rect = opt.rect.adjusted(6, 0, -6, 0)
    count_w = metrics.horizontalAdvance(count)
    value_w = min(metrics.horizontalAdvance(VALUE_SAMPLE), rect.width() - GAP - count_w)
    value_w = max(value_w, metrics.horizontalAdvance(opt.text or VALUE_SAMPLE[:5]))
    left = rect.left() + max(0, (rect.width() - value_w - GAP - count_w) // 2)
    value = QRect(left, rect.top(), value_w, rect.height())
    return value, QRect(left + value_w + GAP, rect.top(), count_w, rect.height())
