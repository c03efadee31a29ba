"""ChartPanel: the comparison charts as tabs of embedded matplotlib canvases, with export."""

from __future__ import annotations

from pathlib import Path

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtWidgets import (
    QPushButton,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ccrt_coder.gui.comparison.chart_style import PAPER, export_figure, screen_ink
from ccrt_coder.gui.comparison.charts import CHARTS, draw_chart
from ccrt_coder.gui.comparison.figures import ComparisonFigures
from ccrt_coder.gui.widgets.dialogs import IMAGE_SUFFIXES, image_filters
from ccrt_coder.gui.widgets.file_dialogs import FileKind, ask_save

REDRAW_DELAY_MS = 40


class ChartPanel(QWidget):
    """Only the visible chart is drawn (on the GUI thread, as an embedded canvas must be);
    the others are drawn when their tab is shown. On screen they follow the palette (drawn
    again when it changes); exports are drawn afresh on white."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._figures: ComparisonFigures | None = None
        self._subtitle = ""
        self._stale: set[int] = set()
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.canvases: list[FigureCanvasQTAgg] = []
        for chart in CHARTS:
            canvas = FigureCanvasQTAgg(Figure(facecolor=screen_ink(self.palette()).paper))
            canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
            canvas.setMinimumSize(320, 280)
            self.canvases.append(canvas)
            self.tabs.addTab(canvas, QCoreApplication.translate("comparison.charts", chart.title))
        self.export_button = QPushButton(self.tr("Export chart…"))
        self.export_button.setToolTip(
            self.tr("Save the chart shown as a PNG image or an SVG drawing")
        )
        self.export_button.setEnabled(False)
        self.tabs.setCornerWidget(self.export_button, Qt.Corner.TopRightCorner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self._redraw = QTimer(self)
        self._redraw.setSingleShot(True)
        self._redraw.setInterval(REDRAW_DELAY_MS)
        self._redraw.timeout.connect(lambda: self._draw_if_stale(self.tabs.currentIndex()))
        self.tabs.currentChanged.connect(self._draw_if_stale)
        self.export_button.clicked.connect(self.ask_and_export)

    def show_figures(self, figures: ComparisonFigures | None, subtitle: str = "") -> None:
        self._figures, self._subtitle = figures, subtitle
        self._stale = set(range(len(CHARTS)))
        self.export_button.setEnabled(figures is not None)
        self._redraw.start()  # coalesces quick changes (arrowing through dyads) into one draw

    def current_figure(self) -> Figure:
        """The chart shown, drawn for the current figures (at once, if a draw was pending)."""
        self._draw_if_stale(self.tabs.currentIndex())
        return self.canvases[self.tabs.currentIndex()].figure

    def draw_now(self) -> None:
        """Draw the chart shown at once, not at the next idle moment (screenshots)."""
        self._redraw.stop()
        self.current_figure()
        self.canvases[self.tabs.currentIndex()].draw()

    def export_chart(self, path: Path) -> Path:
        """Write the chart shown to ``path`` (.png or .svg), at its on-screen proportions, in
        print colours whatever the screen's palette."""
        shown = self.current_figure()
        if self._figures is None:
            return export_figure(shown, path)
        width, height = shown.get_size_inches()
        paper = Figure(figsize=(float(width), float(height)), dpi=shown.dpi)
        chart = CHARTS[self.tabs.currentIndex()]
        draw_chart(paper, chart, self._figures, self._subtitle, PAPER)
        return export_figure(paper, path)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._stale = set(range(len(CHARTS)))
            for canvas in self.canvases:
                canvas.figure.set_facecolor(screen_ink(self.palette()).paper)
            self._redraw.start()

    def ask_and_export(self) -> Path | None:
        chart = CHARTS[self.tabs.currentIndex()]
        title, filters = self.tr("Export chart"), ";;".join(image_filters())
        path, chosen = ask_save(self, FileKind.FIGURE, title, f"{chart.key}.png", filters)
        if path is None:
            return None
        if path.suffix.lower() not in IMAGE_SUFFIXES:
            path = path.with_suffix(image_filters().get(chosen, ".png"))
        return self.export_chart(path)

    def _draw_if_stale(self, index: int) -> None:
        if index < 0 or index not in self._stale:
            return
        self._stale.discard(index)
        canvas = self.canvases[index]
        ink = screen_ink(self.palette())
        if self._figures is None:
            canvas.figure.clear()
            canvas.figure.set_facecolor(ink.paper)
        else:
            draw_chart(canvas.figure, CHARTS[index], self._figures, self._subtitle, ink)
        canvas.draw_idle()
