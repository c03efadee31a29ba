"""RePanel: the interview's relationship episodes, the chosen RE's header and its units."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ccrt_coder.gui.episodes.completeness_field import CompletenessField
from ccrt_coder.gui.episodes.re_list_model import ReListModel, other_person
from ccrt_coder.gui.episodes.unit_table_model import Column, UnitTableModel
from ccrt_coder.gui.transcript.line_index import LineIndex
from ccrt_coder.gui.widgets.component_style import muted_text
from ccrt_coder.gui.widgets.elided_label import ElidedLabel
from ccrt_coder.gui.widgets.padded_delegate import PaddedDelegate
from ccrt_coder.gui.widgets.pane_header import PaneHeader
from ccrt_coder.gui.widgets.plain_text import as_text, plain
from ccrt_coder.usecases.domain import CategorySystem, ReRecord, UnitRecord

MIN_LIST_ROWS, MAX_LIST_ROWS = 3, 8
MEMO_LINES = 2  # of an RE's memo shown in its header


class ReHeaderBar(QFrame):
    """Number, other person, time frame and place in the text of one RE."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel()
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)  # "No RE selected" wraps beside the buttons in a narrow panel
        self.other, self.time_frame, self.lines = ElidedLabel(), ElidedLabel(), QLabel()
        self.completeness = CompletenessField()
        self.memo = QLabel()
        self.memo.setWordWrap(True)
        self.memo.setTextFormat(Qt.TextFormat.PlainText)
        self.memo.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.memo.setFixedHeight(self.memo.fontMetrics().lineSpacing() * MEMO_LINES)
        self._memo_text = ""
        for label in (self.other, self.time_frame, self.lines, self.memo):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form = QFormLayout()
        form.setContentsMargins(0, 4, 0, 0)
        form.setHorizontalSpacing(14)
        form.setVerticalSpacing(4)
        form.addRow(self.tr("Other person:"), self.other)
        form.addRow(self.tr("Time frame:"), self.time_frame)
        form.addRow(self.tr("Text:"), self.lines)
        form.addRow(self.tr("Completeness:"), self.completeness)
        form.addRow(self.tr("Memo:"), self.memo)
        self._form = form
        self._title_row = QHBoxLayout()
        self._title_row.setSpacing(2)
        self._title_row.addWidget(self.title, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addLayout(self._title_row)
        layout.addLayout(form)

    def add_action(self, action: QAction) -> QToolButton:
        """A small button for an action on the RE (edit, delete) beside its title."""
        button = QToolButton()
        button.setDefaultAction(action)
        button.setAutoRaise(True)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self._title_row.addWidget(button)
        return button

    def add_check(self, action: QAction) -> QCheckBox:
        """A check box for a checkable action on the RE ("nothing codable"), below the form."""
        box = QCheckBox(action.text().replace("&", ""))
        box.setToolTip(action.toolTip())

        def follow() -> None:
            box.setChecked(action.isChecked())
            box.setEnabled(action.isEnabled())

        action.changed.connect(follow)
        box.clicked.connect(lambda _checked: action.trigger())
        follow()
        self._form.addRow(box)
        return box

    def show_re(self, re: ReRecord | None, lines: str = "") -> None:
        self.title.setText(
            self.tr("RE {number}").format(number=re.number) if re else self.tr("No RE selected")
        )
        self.other.setText(other_person(re) if re else "—")
        self.time_frame.setText((re.time_frame or self.tr("not given")) if re else "—")
        self.lines.setText(lines or "—")

    def show_memo(self, text: str) -> None:
        """The current coder's memo on the RE: what fits in two lines (the whole as tooltip)."""
        self._memo_text = text
        self.memo.setToolTip(as_text(text))
        self._fit_memo()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_memo()

    def _fit_memo(self) -> None:
        flat = " ".join(self._memo_text.split())
        room = int(max(self.memo.width(), 80) * (MEMO_LINES - 0.3))  # wrapping wastes some
        fitted = self.memo.fontMetrics().elidedText(flat, Qt.TextElideMode.ElideRight, room)
        self.memo.setText(fitted or "—")

    def show_completeness(
        self, value: float | None, threshold: float | None, enabled: bool
    ) -> None:
        """The current coder's completeness rating of the RE (editable when ``enabled``)."""
        self.completeness.show_rating(value, threshold, enabled)


class RePanel(QWidget):
    """Lists the REs; choosing one shows its header and the current coder's units in it."""

    re_selected = Signal(int)
    unit_activated = Signal(object)  # a UnitRecord

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._res_model = ReListModel(self)
        self._units_model = UnitTableModel(self)
        self._units_by_re: Mapping[int, Sequence[UnitRecord]] = {}
        self._system: CategorySystem | None = None
        self._lines: LineIndex | None = None
        self._coder = ""
        self._quiet = False
        self._all_res: list[ReRecord] = []
        self._keep: Callable[[ReRecord], bool] | None = None
        self._ratings: Mapping[int, float] = {}
        self._threshold: float | None = None
        self._build()
        self.list_view.selectionModel().currentChanged.connect(self._on_current_changed)
        self._table.activated.connect(self._on_unit_activated)
        self._table.clicked.connect(self._on_unit_activated)

    def _build(self) -> None:
        self.res_header = PaneHeader(self.tr("Relationship episodes"))
        self.list_view = QListView()
        self.list_view.setModel(self._res_model)
        self.list_view.setUniformItemSizes(True)
        self.list_view.setItemDelegate(PaddedDelegate(8, self.list_view))
        self.header = ReHeaderBar()
        self.units_header = PaneHeader(self.tr("Units"))
        self._table = self._make_table()
        self._empty = plain(QLabel())
        self._empty.setWordWrap(True)
        self._empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        self._empty.setMargin(16)
        _mute(self._empty)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 6, 6)
        layout.setSpacing(6)
        layout.addWidget(self.res_header)
        layout.addWidget(self.list_view)
        layout.addWidget(self.header)
        layout.addWidget(self.units_header)
        layout.addWidget(self._table, 1)
        layout.addWidget(self._empty, 1)

    def _make_table(self) -> QTableView:
        table = QTableView()
        table.setModel(self._units_model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(True)
        table.verticalHeader().hide()
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.setShowGrid(False)
        table.setAlternatingRowColors(True)
        table.setItemDelegate(PaddedDelegate(10, table))
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        # Fixed narrow columns; the two text columns share the rest, so nothing scrolls sideways.
        modes = {
            Column.COMPONENT: QHeaderView.ResizeMode.Fixed,
            Column.CATEGORIES: QHeaderView.ResizeMode.Stretch,
            Column.VALENCE: QHeaderView.ResizeMode.Fixed,
            Column.LABEL: QHeaderView.ResizeMode.Stretch,
        }
        for column, mode in modes.items():
            header.setSectionResizeMode(column, mode)
        header.resizeSection(Column.COMPONENT, 62)
        header.resizeSection(Column.VALENCE, 28)
        return table

    # -- content ------------------------------------------------------------------------------
    def set_res(
        self,
        res: Sequence[ReRecord],
        units_by_re: Mapping[int, Sequence[UnitRecord]],
        system: CategorySystem | None,
        lines: LineIndex | None,
        coder: str,
    ) -> None:
        """Show an interview's REs; ``lines`` is None when no interview is open."""
        self._lines, self._system = lines, system
        self._all_res = list(res)
        shown = [re for re in res if self._keep is None or self._keep(re)]
        self._res_model.set_res(shown, self._describe)
        n = len(res)
        self._fit_list(len(shown))
        detail = (
            self.tr("%n RE(s) in this interview", "", n) if lines else self.tr("No interview open")
        )
        if len(shown) != n:
            detail += self.tr(", {n_shown} about the dyad partner").format(n_shown=len(shown))
        self.res_header.set_detail(detail)
        self.set_units(units_by_re, coder)

    def _fit_list(self, rows: int) -> None:
        """As tall as the REs need (within limits), so the units get the rest of the panel."""
        row = (
            self.list_view.sizeHintForRow(0) if rows else self.list_view.fontMetrics().height() + 8
        )
        shown = min(max(rows, MIN_LIST_ROWS), MAX_LIST_ROWS)
        self.list_view.setFixedHeight(shown * row + 2 * self.list_view.frameWidth() + 2)

    def update_res(self, res: Sequence[ReRecord]) -> None:
        """The same interview's REs after an edit; the current RE stays current if it is there."""
        current = self.current_re()
        self.set_res(res, self._units_by_re, self._system, self._lines, self._coder)
        if current is not None and self._res_model.row_of(current.id) >= 0:
            self.select_re(current.id)

    def set_units(self, units_by_re: Mapping[int, Sequence[UnitRecord]], coder: str) -> None:
        """The current coder's units, by RE id (``coder`` names them in the captions)."""
        self._units_by_re, self._coder = units_by_re, coder
        self._show_details(self.current_re())

    def clear(self) -> None:
        self.set_res([], {}, None, None, "")

    def set_re_filter(self, keep: Callable[[ReRecord], bool] | None) -> None:
        """List only the REs ``keep`` accepts (None: all); the current RE stays if it may."""
        current = self.current_re()
        self._keep = keep
        self.set_res(self._all_res, self._units_by_re, self._system, self._lines, self._coder)
        if current is not None and self._res_model.row_of(current.id) >= 0:
            self.select_re(current.id)

    def set_ratings(self, ratings: Mapping[int, float], threshold: float | None) -> None:
        """The current coder's completeness rating per RE id, and the project's threshold."""
        self._ratings, self._threshold = ratings, threshold
        self._show_details(self.current_re())

    def select_re(self, re_id: int) -> None:
        """Make an RE current without emitting ``re_selected`` (the caller already knows)."""
        index = self._res_model.index(self._res_model.row_of(re_id))
        self._quiet = True  # not blockSignals: the view itself must still hear the change
        try:
            self.list_view.setCurrentIndex(index)
        finally:
            self._quiet = False
        self.list_view.scrollTo(index)
        self._show_details(self._res_model.re_at(index.row()))

    def current_re(self) -> ReRecord | None:
        return self._res_model.re_at(self.list_view.currentIndex().row())

    def units_model(self) -> UnitTableModel:
        return self._units_model

    def units_table(self) -> QTableView:
        return self._table

    def current_unit(self) -> UnitRecord | None:
        return self._units_model.unit_at(self._table.currentIndex().row())

    def select_unit(self, unit_id: int) -> bool:
        """Make a unit of the current RE the table's current row; False if it is not there."""
        for row in range(self._units_model.rowCount()):
            unit = self._units_model.unit_at(row)
            if unit is not None and unit.id == unit_id:
                self._table.setCurrentIndex(self._units_model.index(row, 0))
                self._table.scrollTo(self._units_model.index(row, 0))
                return True
        return False

    def res_model(self) -> ReListModel:
        return self._res_model

    # -- reactions ----------------------------------------------------------------------------
    def _describe(self, re: ReRecord) -> str:
        return self._lines.describe(re.spans).capitalize() if self._lines else ""

    def _show_details(self, re: ReRecord | None) -> None:
        self.header.show_re(re, self._describe(re) if re else "")
        self.header.show_completeness(
            self._ratings.get(re.id) if re else None, self._threshold, bool(re and self._coder)
        )
        units = self._units_by_re.get(re.id, ()) if re else ()
        self._units_model.set_units(units, self._system, self._lines)
        who = (
            self.tr("coded by {coder}").format(coder=self._coder)
            if self._coder
            else self.tr("no coder chosen")
        )
        self.units_header.set_detail(
            self.tr("{n_units} in this RE, {who}").format(n_units=len(units), who=who)
            if re
            else who
        )
        self._empty.setText(self._empty_text(re))
        self._table.setVisible(bool(units))
        self._empty.setVisible(not units)

    def _empty_text(self, re: ReRecord | None) -> str:
        if re is None:
            return self.tr("Choose an RE to see its units.")
        if not self._coder:
            return self.tr("This project has no coders yet.")
        return self.tr("{coder} has not coded units in RE {number} yet.").format(
            coder=self._coder, number=re.number
        )

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        re = self._res_model.re_at(current.row())
        self._show_details(re)
        if re is not None and not self._quiet:
            self.re_selected.emit(re.id)

    def _on_unit_activated(self, index: QModelIndex) -> None:
        unit = self._units_model.unit_at(index.row())
        if unit is not None:
            self.unit_activated.emit(unit)


def _mute(label: QLabel) -> None:
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, muted_text(palette))
    label.setPalette(palette)
