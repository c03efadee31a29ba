"""HeatmapPanel: the cluster-presence heat map, painted by Qt (instant), with PNG/SVG export."""

from __future__ import annotations

from math import ceil
from pathlib import Path

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize
from PySide6.QtGui import QFont, QFontMetricsF, QHelpEvent, QImage, QPainter, QPaintEvent
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from ccrt_coder.gui.agreement.heat_colours import screen_ink
from ccrt_coder.gui.agreement.heat_grid import HeatGrid
from ccrt_coder.gui.agreement.heat_layout import HeatLayout, least_width, row_label
from ccrt_coder.gui.agreement.heat_paint import bar_texts, paint_heatmap, title_lines
from ccrt_coder.gui.widgets.dialogs import IMAGE_SUFFIXES, image_filters
from ccrt_coder.gui.widgets.file_dialogs import FileKind, ask_save
from ccrt_coder.gui.widgets.plain_text import as_text

MIN_WIDTH = 320
EXPORT_SCALE = 2  # PNG pixels per point: sharp in print and on high-resolution screens


class HeatmapCanvas(QWidget):
    """Paints the grid in a few milliseconds, so results and resizing never stall the window;
    hovering a cell tells its figure and the REs behind it, hovering a label its full text.
    On screen it follows the palette; exported figures are on white."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._grid: HeatGrid | None = None
        self._layout: HeatLayout | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(MIN_WIDTH, 360)

    def set_grid(self, grid: HeatGrid | None) -> None:
        self._grid, self._layout = grid, None
        least = MIN_WIDTH
        if grid is not None:  # many coder pairs: the panel scrolls rather than cut a figure
            least = max(least, ceil(least_width(grid, QFontMetricsF(self.font()), bar_texts())))
        self.setMinimumWidth(least)
        self.update()

    def grid(self) -> HeatGrid | None:
        return self._grid

    def sizeHint(self) -> QSize:
        return QSize(560, 720)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        ink = screen_ink(self.palette())  # read at each paint: a palette change repaints
        if self._grid is None:
            painter.fillRect(self.rect(), ink.paper)
            return
        self._layout = paint_heatmap(painter, self._grid, self.width(), self.height(), ink)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self._describe(QPointF(event.pos()))
            if text:
                QToolTip.showText(event.globalPos(), as_text(text), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def _describe(self, point: QPointF) -> str:
        """A cell's figure in words, or a row's label in full (it may be elided)."""
        if self._grid is None or self._layout is None:
            return ""
        for r, label in enumerate(self._layout.labels):
            if label.contains(point):
                return row_label(self._grid.rows[r])
        for r, rects in enumerate(self._layout.cells):
            for c, rect in enumerate(rects):
                if rect.contains(point):
                    return self._grid.describe(r, c)
        return ""

    def export(self, path: Path) -> Path:
        """Write the heat map at its on-screen size as .png (twice the pixels) or .svg."""
        suffix = path.suffix.lower()
        if suffix not in IMAGE_SUFFIXES:
            raise ValueError(
                self.tr("export as .png or .svg, not {suffix}").format(suffix=suffix or "–")
            )
        if self._grid is None:
            raise ValueError(self.tr("there is no heat map to export yet"))
        size = self.size().expandedTo(self.minimumSize())
        width, height = size.width(), size.height()
        if suffix == ".svg":
            _write_svg(self._grid, path, width, height, self.font())
        else:
            image = QImage(width * EXPORT_SCALE, height * EXPORT_SCALE, QImage.Format.Format_RGB32)
            image.setDevicePixelRatio(EXPORT_SCALE)
            painter = QPainter(image)
            painter.setFont(self.font())
            paint_heatmap(painter, self._grid, width, height)
            painter.end()
            if not image.save(str(path)):
                raise OSError(self.tr("cannot write {path}").format(path=path))
        return path


def _write_svg(grid: HeatGrid, path: Path, width: int, height: int, font: QFont) -> None:
    svg = QSvgGenerator()
    svg.setFileName(str(path))
    svg.setSize(QSize(width, height))
    svg.setViewBox(QRectF(0, 0, width, height))
    svg.setTitle(title_lines(grid)[0])
    svg.setDescription(title_lines(grid)[1])
    painter = QPainter(svg)
    painter.setFont(font)
    paint_heatmap(painter, grid, width, height)
    painter.end()


class HeatmapPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.canvas = HeatmapCanvas()
        self.export_button = QPushButton(self.tr("Export heat map…"))
        self.export_button.setToolTip(self.tr("Save the heat map as a PNG image or an SVG drawing"))
        self.export_button.setEnabled(False)
        self.export_button.clicked.connect(self.ask_and_export)
        bar = QHBoxLayout()
        bar.setContentsMargins(8, 4, 8, 0)
        bar.addStretch()
        bar.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(bar)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.canvas)
        layout.addWidget(scroll, 1)

    def set_grid(self, grid: HeatGrid | None) -> None:
        self.canvas.set_grid(grid)
        self.export_button.setEnabled(grid is not None)

    def grid(self) -> HeatGrid | None:
        return self.canvas.grid()

    def export(self, path: Path) -> Path:
        return self.canvas.export(path)

    def ask_and_export(self) -> Path | None:
        path, chosen = ask_save(
            self,
            FileKind.FIGURE,
            self.tr("Export heat map"),
            "cluster-presence-kappa.png",
            ";;".join(image_filters()),
        )
        if path is None:
            return None
        if path.suffix.lower() not in IMAGE_SUFFIXES:
            path = path.with_suffix(image_filters().get(chosen, ".png"))
        return self.export(path)
