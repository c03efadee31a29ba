"""ProgressDelegate: the study tree's rows with the coder's progress at their right edge."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem, QWidget

from ccrt_coder.gui.study.tree_model import PROGRESS_ROLE
from ccrt_coder.gui.widgets.component_style import blend, is_dark, muted_text
from ccrt_coder.gui.widgets.padded_delegate import PaddedDelegate

DONE_MARK = "✓"
_DONE_GREEN = QColor("#009E73")  # Okabe–Ito bluish green; the mark is a shape too, not only hue
_GAP = 8  # px between the row's text and its progress


def progress_text(progress: tuple[int, int] | None) -> str:
    """``3/4 REs`` while REs are left, ``✓`` when the coder is done with every RE (rated, and
    coded or rated too incomplete), nothing without REs or a coder."""
    if progress is None or progress[1] == 0:
        return ""
    done, total = progress
    if done >= total:
        return DONE_MARK
    return QCoreApplication.translate("study.progress_delegate", "{done}/{total} REs").format(
        done=done, total=total
    )


class ProgressDelegate(PaddedDelegate):
    """Draws the row as usual (its text elided to make room), then the progress, right-aligned."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        text = progress_text(index.data(PROGRESS_ROLE))
        if not text:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget = opt.widget
        style = widget.style() if isinstance(widget, QWidget) else None
        if style is None:
            super().paint(painter, option, index)
            return
        width = opt.fontMetrics.horizontalAdvance(text) + _GAP
        text_rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)
        room = max(text_rect.width() - width, 0)
        opt.text = opt.fontMetrics.elidedText(opt.text, Qt.TextElideMode.ElideRight, room)
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        self._paint_progress(painter, opt, text_rect, text)

    def _paint_progress(
        self, painter: QPainter, opt: QStyleOptionViewItem, rect: QRect, text: str
    ) -> None:
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        palette = opt.palette
        if selected:
            colour = palette.color(QPalette.ColorRole.HighlightedText)
        elif text == DONE_MARK:
            base = palette.color(QPalette.ColorRole.Base)
            colour = blend(base, _DONE_GREEN, 0.8 if is_dark(palette) else 0.95)
        else:
            colour = muted_text(palette)
        painter.save()
        painter.setPen(colour)
        painter.setFont(opt.font)
        painter.drawText(
            rect.adjusted(0, 0, -2, 0),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            text,
        )
        painter.restore()
