"""FigureTable: a report table as tall as its rows, whose columns keep every figure whole."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from ccrt_coder.gui.agreement.stat_delegate import StatDelegate, min_cell_width
from ccrt_coder.gui.agreement.table_model import ReportTableModel

MIN_COLUMN = 90
GRID_LINE = 2


class FigureTable(QTableView):
    """Columns share the width equally but never get narrower than the widest figure (with its
    count) or header needs, measured with the table's font; where the panel is narrower the
    table scrolls sideways (figures are never cut or elided). Only the panel scrolls down."""

    def __init__(self, model: ReportTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setItemDelegate(StatDelegate(8, self))
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        rows = self.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        rows.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self._needed = 0  # the width that shows every column whole
        model.modelReset.connect(self.fit)

    def needed_width(self) -> int:
        return self._needed

    def fit(self) -> None:
        """Size the columns from the widest real text, then the height from the rows."""
        header, model, metrics = self.horizontalHeader(), self.model(), self.fontMetrics()
        widest = MIN_COLUMN
        for c in range(model.columnCount()):
            widest = max(widest, header.sectionSizeFromContents(c).width())
            for r in range(model.rowCount()):
                widest = max(widest, min_cell_width(metrics, model.index(r, c)) + GRID_LINE)
        header.setMinimumSectionSize(widest)  # stretched equally: each gets the widest's room
        frame = 2 * self.frameWidth()
        self._needed = self.verticalHeader().sizeHint().width() + widest * model.columnCount()
        self._needed += frame
        self._fit_height()

    def _fit_height(self) -> None:
        self.resizeRowsToContents()
        rows = sum(self.rowHeight(r) for r in range(self.model().rowCount()))
        scrolls = self.width() < self._needed
        bar = self.horizontalScrollBar().sizeHint().height() if scrolls else 0
        self.setFixedHeight(
            self.horizontalHeader().sizeHint().height() + rows + bar + 2 * self.frameWidth()
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fit_height()  # wrapped rows change height; a scroll bar may come or go
