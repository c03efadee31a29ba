"""NarrativeView: a read-only transcript with line numbers, RE bands and coded units."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QPoint, QRect, QRectF, Qt, Signal
from PySide6.QtGui import (
    QFont,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QTextBlockFormat,
    QTextCursor,
)
from PySide6.QtWidgets import QApplication, QTextEdit, QToolTip, QWidget

from ccrt_coder.gui.transcript import highlights, overlaps
from ccrt_coder.gui.transcript.highlights import ReBand
from ccrt_coder.gui.transcript.line_number_gutter import LineNumberGutter
from ccrt_coder.gui.transcript.offsets import OffsetMap
from ccrt_coder.gui.units import unit_text
from ccrt_coder.gui.widgets.component_style import band_colour
from ccrt_coder.usecases.domain import CategorySystem, ReRecord, Span, UnitRecord

READING_POINT_SIZE = 11.0
LINE_HEIGHT_PERCENT = 130
TURN_SPACING = 3.0  # px after each transcript line, so speaker turns separate a little
_SCROLL_MARGIN = 12
_BAND_INSET = 6  # px between a band's side and the viewport edge
_BAND_ABOVE, _BAND_BELOW = 4, 2  # px a band reaches beyond its first and last line
_PROPORTIONAL = QTextBlockFormat.LineHeightTypes.ProportionalHeight.value  # binding wants int


def reading_font() -> QFont:
    """The system's UI font family at a comfortable reading size."""
    font = QFont(QApplication.font())
    font.setPointSizeF(READING_POINT_SIZE)
    return font


class NarrativeView(QTextEdit):
    """Shows one interview; every overlay is drawn over, never written into, the document.

    A QTextEdit rather than a QPlainTextEdit: the plain-text layout ignores line height and
    block margins, and transcripts are read for hours.
    """

    re_clicked = Signal(int)  # the id of the RE the user clicked into
    unit_clicked = Signal(int)  # the id of the (top) unit under a click
    units_shown = Signal()  # other units (or none) are shown: the coding margin follows
    viewport_resized = Signal()  # the text's area moved or changed size (margins, scroll bars)
    res_changed = Signal()  # the REs shown changed (another transcript, or an RE edited)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        # Read-only, yet with a visible cursor: Shift+arrows select text for coding.
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard
            | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.setUndoRedoEnabled(False)
        self.setAcceptRichText(False)
        self.setFont(reading_font())
        self.document().setDocumentMargin(16)
        self.setPlaceholderText(
            self.tr("Choose an interview in the study tree: dyad → narrator → phase.")
        )
        self._offsets = OffsetMap("")
        self._res: list[ReRecord] = []
        self._units: list[UnitRecord] = []
        self._bands: list[ReBand] = []
        self._overlaps: list[overlaps.Overlap] = []
        self._system: CategorySystem | None = None
        self._current_re: int | None = None
        # Named layers added by other features: highlights (find hits) and painters (coder lanes).
        self._overlays: dict[str, Callable[[], list[QTextEdit.ExtraSelection]]] = {}
        self._painters: dict[str, Callable[[QPainter], None]] = {}
        self._right_margin = 0  # px kept right of the text for the coding margin
        self.gutter = LineNumberGutter(self, self.band_extents)
        self.verticalScrollBar().valueChanged.connect(self.gutter.update)
        self.document().documentLayout().documentSizeChanged.connect(self._update_gutter)
        self._update_gutter()

    # -- content ------------------------------------------------------------------------------
    def show_transcript(
        self, text: str, res: Sequence[ReRecord], units: Sequence[UnitRecord] = ()
    ) -> None:
        # A stray CR would start a new Qt block (and shift line numbers); a space keeps offsets.
        self.setPlainText(text.replace("\r", " "))
        self._offsets = OffsetMap(text)
        self._apply_reading_format()
        self._res = list(res)
        self._bands = highlights.find_bands(self.document(), self._offsets, self._res)
        self._current_re = None
        self.set_units(units)
        self.verticalScrollBar().setValue(0)
        self.res_changed.emit()

    def clear_transcript(self) -> None:
        self.clear()
        self._offsets, self._res, self._units, self._bands = OffsetMap(""), [], [], []
        self._overlaps, self._current_re = [], None
        self.setExtraSelections([])
        self._update_gutter()
        self.units_shown.emit()
        self.res_changed.emit()

    def set_units(self, units: Sequence[UnitRecord]) -> None:
        """Highlight these units (one coder's layer); earlier highlights go."""
        self._units = list(units)
        document, palette = self.document(), self.palette()
        self._overlaps = overlaps.find_overlaps(
            highlights.drawing_order(self._units), self._offsets
        )
        self.setExtraSelections(
            highlights.marker_selections(document, self._bands, palette)
            + highlights.unit_selections(document, self._offsets, self._units, palette)
            + overlaps.overlap_selections(document, self._overlaps, palette)
            + [extra for make in self._overlays.values() for extra in make()]
        )
        self.units_shown.emit()

    def set_overlay(
        self, name: str, make: Callable[[], list[QTextEdit.ExtraSelection]] | None
    ) -> None:
        """Lay extra highlights over the units (None removes them); rebuilt with every redraw
        of the units, so palette-derived colours follow light and dark mode."""
        if make is None:
            self._overlays.pop(name, None)
        else:
            self._overlays[name] = make
        self.set_units(self._units)

    def set_painter(self, name: str, paint: Callable[[QPainter], None] | None) -> None:
        """Paint something over the text after it is drawn (None removes it)."""
        if paint is None:
            self._painters.pop(name, None)
        else:
            self._painters[name] = paint
        self.viewport().update()

    def set_reading_size(self, points: float) -> None:
        """Zoom: the transcript's font size in points (the line numbers follow)."""
        font = reading_font()
        font.setPointSizeF(points)
        self.setFont(font)
        self.gutter.follow_font()
        self._update_gutter()

    def set_res(self, res: Sequence[ReRecord]) -> None:
        """New or changed REs of the shown transcript: bands again, the units kept."""
        self._res = list(res)
        self._bands = highlights.find_bands(self.document(), self._offsets, self._res)
        self.set_units(self._units)
        self.res_changed.emit()

    def set_category_system(self, system: CategorySystem | None) -> None:
        """Names the categories in the tooltips of highlighted units."""
        self._system = system

    def category_system(self) -> CategorySystem | None:
        return self._system

    def units(self) -> list[UnitRecord]:
        return list(self._units)

    def overlap_stretches(self) -> list[overlaps.Overlap]:
        """Where units overlap, as drawn (one stretch per run of the same units)."""
        return list(self._overlaps)

    def _apply_reading_format(self) -> None:
        fmt = QTextBlockFormat()
        fmt.setLineHeight(LINE_HEIGHT_PERCENT, _PROPORTIONAL)
        fmt.setBottomMargin(TURN_SPACING)
        cursor = QTextCursor(self.document())
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.mergeBlockFormat(fmt)

    # -- navigation ---------------------------------------------------------------------------
    def set_current_re(self, re_id: int | None, scroll: bool = True) -> None:
        self._current_re = re_id
        bands = [b for b in self._bands if b.re_id == re_id]
        if scroll and bands:
            top = self._band_rect(bands[0]).top()
            self.verticalScrollBar().setValue(max(int(top) - _SCROLL_MARGIN, 0))
        self.viewport().update()
        self.gutter.update()

    def reveal(self, span: Span) -> None:
        """Select a span (e.g. a unit chosen in the RE panel) and scroll it into view."""
        start, end = highlights.qt_range(self._offsets, span)
        cursor = QTextCursor(self.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    def selection_span(self) -> Span | None:
        """The selected text as code points (None when nothing is selected)."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        start = self._offsets.to_code_point(cursor.selectionStart())
        end = self._offsets.to_code_point(cursor.selectionEnd())
        return Span(start, end) if end > start else None

    def selection_rect(self) -> QRect:
        """Where the selection ends, in viewport coordinates (to place a popup beside it)."""
        cursor = self.textCursor()
        end = QTextCursor(self.document())
        end.setPosition(cursor.selectionEnd() if cursor.hasSelection() else cursor.position())
        return self.cursorRect(end)

    def select_span(self, span: Span) -> None:
        self.reveal(span)

    def clear_selection(self) -> None:
        """Nothing selected; the cursor stays where the selection ended."""
        cursor = self.textCursor()
        cursor.setPosition(cursor.selectionEnd())
        self.setTextCursor(cursor)

    def scroll_to(self, span: Span) -> None:
        """Scroll (only if needed) so that a span's start is in view; the selection stays."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._offsets.to_utf16(span.start))
        rect = self.cursorRect(cursor)
        if rect.top() < 0 or rect.bottom() > self.viewport().height():
            bar = self.verticalScrollBar()
            bar.setValue(bar.value() + rect.top() - self.viewport().height() // 3)

    def units_at(self, code_point: int) -> list[UnitRecord]:
        """The shown units covering a code point, the one drawn on top last."""
        return [
            unit
            for unit in highlights.drawing_order(self._units)
            if any(span.start <= code_point < span.end for span in unit.draft.spans)
        ]

    def units_at_cursor(self) -> list[UnitRecord]:
        """The units at the text cursor (the selection's start), or just before it."""
        position = self._offsets.to_code_point(self.textCursor().selectionStart())
        return self.units_at(position) or (self.units_at(position - 1) if position else [])

    def units_at_point(self, point: QPoint) -> list[UnitRecord]:
        """The units under a viewport position (none when it is past the end of a line)."""
        cursor = self.cursorForPosition(point)
        if self.cursorRect(cursor).center().x() < point.x() - self.fontMetrics().averageCharWidth():
            return []  # beyond the last character of the line
        position = self._offsets.to_code_point(cursor.position())
        found = self.units_at(position)
        if not found and position > 0:  # a click right of a character's middle
            found = self.units_at(position - 1)
        return found

    def re_at_cursor(self) -> ReRecord | None:
        """The RE the text cursor is in (None outside every RE)."""
        return self.re_at(self._offsets.to_code_point(self.textCursor().position()))

    def re_at(self, code_point: int) -> ReRecord | None:
        """The RE whose text (or marker line) holds this offset."""
        block = self.document().findBlock(self._offsets.to_utf16(code_point)).blockNumber()
        band = next((b for b in self._bands if b.first_block <= block <= b.last_block), None)
        return next((re for re in self._res if band and re.id == band.re_id), None)

    # -- geometry and painting ----------------------------------------------------------------
    def qt_range(self, span: Span) -> tuple[int, int]:
        return highlights.qt_range(self._offsets, span)

    def bands(self) -> list[ReBand]:
        return list(self._bands)

    def band_extents(self) -> list[tuple[float, float, bool]]:
        """(top, bottom, is current) of every RE band, in viewport coordinates."""
        height = self.viewport().height()
        extents = []
        for band in self._bands:
            rect = self._band_rect(band)
            top = rect.top() - self.verticalScrollBar().value()
            if top < height and top + rect.height() > 0:
                extents.append((top, top + rect.height(), band.re_id == self._current_re))
        return extents

    def _band_rect(self, band: ReBand) -> QRectF:
        """A band in document coordinates."""
        layout, document = self.document().documentLayout(), self.document()
        top = layout.blockBoundingRect(document.findBlockByNumber(band.first_block)).top()
        bottom = layout.blockBoundingRect(document.findBlockByNumber(band.last_block)).bottom()
        return QRectF(0, top, self.viewport().width(), bottom - top)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self.viewport())
        palette = self.palette()
        width = self.viewport().width()
        for top, bottom, current in self.band_extents():
            height = bottom - top + _BAND_ABOVE + _BAND_BELOW
            rect = QRectF(_BAND_INSET, top - _BAND_ABOVE, width - 2 * _BAND_INSET, height)
            painter.fillRect(rect, band_colour(palette, current))
        painter.end()
        super().paintEvent(event)
        if self._overlaps:
            painter = QPainter(self.viewport())
            overlaps.paint_underlines(painter, self, self._overlaps)
            painter.end()
        for paint in self._painters.values():
            painter = QPainter(self.viewport())
            paint(painter)
            painter.end()

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.viewport_resized.emit()
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            units = self.units_at_point(event.pos())
            if units:
                QToolTip.showText(
                    event.globalPos(), unit_text.tooltips(units[::-1], self._system), self
                )
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().viewportEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:  # light/dark switched: new tints
            self.set_units(self._units)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        # A press inside the selection would start dragging the text out; in a read-only
        # transcript a coder rather means to select anew (e.g. to adjust a unit's text).
        plain = not event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        if event.button() == Qt.MouseButton.LeftButton and plain:
            cursor = self.textCursor()
            if cursor.hasSelection():
                cursor.clearSelection()
                self.setTextCursor(cursor)
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if not self.textCursor().hasSelection():
            point = event.position().toPoint()
            position = self.cursorForPosition(point).position()
            re = self.re_at(self._offsets.to_code_point(position))
            if re is not None:
                self.re_clicked.emit(re.id)
            units = self.units_at_point(point)
            if units:
                self.unit_clicked.emit(units[-1].id)

    # -- gutter -------------------------------------------------------------------------------
    def set_right_margin(self, width: int) -> None:
        """Keep ``width`` px right of the text free (for a widget placed there)."""
        self._right_margin = width
        self._update_gutter()

    def _update_gutter(self) -> None:
        width = self.gutter.sizeHint().width()
        margins = self.viewportMargins()
        if (margins.left(), margins.right()) != (width, self._right_margin):
            self.setViewportMargins(width, 0, self._right_margin, 0)
        self._place_gutter()
        self.gutter.update()

    def _place_gutter(self) -> None:
        rect = self.contentsRect()
        width = self.gutter.sizeHint().width()
        self.gutter.setGeometry(QRect(rect.left(), rect.top(), width, rect.height()))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_gutter()
