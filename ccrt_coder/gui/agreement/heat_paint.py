"""Paint the heat map of per-cluster presence kappa with a QPainter (screen, PNG and SVG alike)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QLinearGradient, QPainter, QPen

from ccrt_coder.gui.agreement.heat_colours import (
    PAPER,
    RDBU,
    UNDEFINED_HATCH,
    Ink,
    kappa_colour,
    text_colour,
)
from ccrt_coder.gui.agreement.heat_grid import HeatGrid
from ccrt_coder.gui.agreement.heat_layout import HeatLayout, heat_layout, row_label
from ccrt_coder.gui.widgets.terms import component_title

UNDEFINED_TEXT = "–"
TICKS = (-1.0, -0.5, 0.0, 0.5, 1.0)
CENTRE = Qt.AlignmentFlag.AlignCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def title_lines(grid: HeatGrid) -> tuple[str, str]:
    return (
        QCoreApplication.translate(
            "agreement.heat_paint",
            "Cluster presence κ: do the coders agree whether a cluster occurs in an RE?",
        ),
        QCoreApplication.translate(
            "agreement.heat_paint",
            "{n_res} shared REs · Cohen's κ per pair, Fleiss' κ across all coders",
        ).format(n_res=grid.n_res),
    )


def bar_texts() -> tuple[str, ...]:
    """The colour bar's tick labels, caption and legend (the layout measures them)."""
    return (
        *(f"{tick:.1f}" for tick in TICKS),
        QCoreApplication.translate("agreement.heat_paint", "κ (0: chance)"),
        QCoreApplication.translate("HeatmapCanvas", "undefined"),
    )


def paint_heatmap(
    painter: QPainter, grid: HeatGrid, width: float, height: float, ink: Ink = PAPER
) -> HeatLayout:
    """Paint on a card of ``width`` × ``height`` in ``ink``'s colours (white paper unless the
    screen's palette is given); returns where everything went."""
    font = QFont(painter.font())
    bold = QFont(font)
    bold.setBold(True)
    metrics = QFontMetricsF(font)
    layout = heat_layout(
        grid, width, height, metrics, title_lines(grid), QFontMetricsF(bold), bar_texts()
    )
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.fillRect(QRectF(0, 0, width, height), ink.paper)
    _title(painter, grid, layout, font, bold, ink)
    _headers(painter, grid, layout, ink)
    _rows(painter, grid, layout, ink)
    _bar(painter, layout, metrics, ink)
    painter.restore()
    return layout


def _title(
    painter: QPainter, grid: HeatGrid, layout: HeatLayout, font: QFont, bold: QFont, ink: Ink
) -> None:
    first, second = title_lines(grid)
    wrap = int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap)
    painter.setFont(bold)
    painter.setPen(ink.text)
    painter.drawText(layout.title, wrap, first)
    painter.setFont(font)
    painter.setPen(ink.muted)
    painter.drawText(layout.subtitle, wrap, second)


def _headers(painter: QPainter, grid: HeatGrid, layout: HeatLayout, ink: Ink) -> None:
    painter.setPen(ink.text)
    for text, rect in zip(grid.columns, layout.headers, strict=True):
        painter.drawText(rect.adjusted(2, 0, -2, 0), int(CENTRE | Qt.TextFlag.TextWordWrap), text)


def _rows(painter: QPainter, grid: HeatGrid, layout: HeatLayout, ink: Ink) -> None:
    for r, row in enumerate(grid.rows):
        painter.setPen(ink.text)
        label = layout.labels[r]
        painter.drawText(label, int(RIGHT), _elide(painter, row_label(row), label.width()))
        for cell, rect in zip(grid.cells[r], layout.cells[r], strict=True):
            _cell(painter, rect.adjusted(0.75, 0.75, -0.75, -0.75), cell.value, ink)
    painter.setPen(ink.muted)
    for component, rect in layout.groups:
        painter.save()
        painter.translate(rect.center())
        painter.rotate(-90)
        text = f"{component}: {component_title(component)}"
        box = QRectF(-rect.height() / 2, -rect.width() / 2, rect.height(), rect.width())
        if QFontMetricsF(painter.font()).horizontalAdvance(text) > box.width():
            text = component  # a short block: the code alone, never a cut name
        painter.drawText(box, int(CENTRE), text)
        painter.restore()


def _cell(painter: QPainter, rect: QRectF, value: float | None, ink: Ink) -> None:
    if value is None:
        painter.fillRect(rect, ink.undefined)
        painter.fillRect(rect, QBrush(UNDEFINED_HATCH, Qt.BrushStyle.BDiagPattern))
        painter.setPen(ink.muted)
        painter.drawText(rect, int(CENTRE), UNDEFINED_TEXT)
        return
    painter.fillRect(rect, kappa_colour(value))
    painter.setPen(text_colour(value))
    painter.drawText(rect, int(CENTRE), f"{value:.2f}")


def _bar(painter: QPainter, layout: HeatLayout, metrics: QFontMetricsF, ink: Ink) -> None:
    """The colour scale from −1 to 1 with its ticks, and the swatch for undefined cells."""
    bar = layout.bar
    gradient = QLinearGradient(bar.bottomLeft(), bar.topLeft())
    for k, colour in enumerate(RDBU):
        gradient.setColorAt(k / (len(RDBU) - 1), QColor(colour))
    painter.fillRect(bar, QBrush(gradient))
    painter.setPen(QPen(ink.muted, 0.8))
    painter.drawRect(bar)
    texts = bar_texts()
    for tick in TICKS:
        y = bar.bottom() - (tick + 1) / 2 * bar.height()
        painter.drawLine(QPointF(bar.right(), y), QPointF(bar.right() + 4, y))
        text = QRectF(
            bar.right() + 6, y - metrics.height() / 2, layout.legend.width(), metrics.height()
        )
        painter.drawText(text, int(LEFT), f"{tick:.1f}")
    caption = QRectF(
        bar.left() - 4, bar.top() - metrics.height() - 6, layout.legend.width(), metrics.height()
    )
    painter.drawText(caption, int(LEFT), texts[-2])
    legend = layout.legend
    swatch = QRectF(legend.left(), legend.top(), bar.width(), legend.height())
    _cell(painter, swatch, None, ink)
    painter.setPen(ink.muted)
    text = QRectF(swatch.right() + 6, legend.top(), legend.width(), legend.height())
    painter.drawText(text, int(LEFT), texts[-1])


def _elide(painter: QPainter, text: str, width: float) -> str:
    metrics = QFontMetricsF(painter.font())
    return metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
