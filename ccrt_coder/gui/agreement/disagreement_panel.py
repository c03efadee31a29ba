"""DisagreementPanel: the disagreement list, filtered by component; opens an RE's meeting."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ccrt_coder.gui.agreement.disagreement_model import FIXED, RE_ID_ROLE, DisagreementModel
from ccrt_coder.gui.widgets.terms import component_title, level_word
from ccrt_coder.gui.widgets.tr_marks import QT_TRANSLATE_NOOP
from ccrt_coder.usecases.agreement import COMPONENTS, AgreementReport

BLIND_NOTE = QT_TRANSLATE_NOOP(
    "agreement.disagreement_panel",
    "The disagreement list shows what each coder coded. While coding is blind it is open to "
    "the project lead only (the statistics stay visible).",
)


class DisagreementTable(QTableView):
    """Emits ``re_chosen`` on a double-click or Enter on a row."""

    re_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doubleClicked.connect(self._choose)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._choose(self.currentIndex())
            return
        super().keyPressEvent(event)

    def _choose(self, index: QModelIndex) -> None:
        re_id = index.data(RE_ID_ROLE)
        if re_id is not None:
            self.re_chosen.emit(int(re_id))


class DisagreementPanel(QWidget):
    re_chosen = Signal(int)  # the RE to open in the consensus meeting
    count_changed = Signal(int)  # disagreements in the report

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = DisagreementModel(self)
        self.component = QComboBox()
        self.component.setToolTip(self.tr("Show the disagreements of one component"))
        self.component.currentIndexChanged.connect(self._filter)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.table = _table(self.model)
        self.table.re_chosen.connect(self.re_chosen)
        self.blind_note = QLabel(
            QCoreApplication.translate("agreement.disagreement_panel", BLIND_NOTE)
        )
        self.blind_note.setWordWrap(True)
        self.blind_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.table)
        self.pages.addWidget(self.blind_note)
        bar = QHBoxLayout()
        bar.setContentsMargins(8, 6, 8, 4)
        label = QLabel(self.tr("Co&mponent:"))
        label.setBuddy(self.component)
        for widget in (label, self.component):
            bar.addWidget(widget)
        bar.addStretch(1)
        self.summary.setContentsMargins(8, 0, 8, 4)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(bar)
        layout.addWidget(self.summary)
        layout.addWidget(self.pages, 1)
        self._fill_filter()

    def set_report(self, report: AgreementReport | None) -> None:
        if report is None:
            self.model.set_disagreements((), ())
        else:
            self.model.set_disagreements(report.disagreements, report.coders)
        self._fill_filter()
        self._sum_up(report)
        self.count_changed.emit(self.model.total())

    def set_revealed(self, revealed: bool) -> None:
        """Whether the user may see what each coder coded (not while blind, unless lead)."""
        self.pages.setCurrentWidget(self.table if revealed else self.blind_note)
        self.component.setEnabled(revealed)

    def revealed(self) -> bool:
        return self.pages.currentWidget() is self.table

    def set_component(self, component: str | None) -> None:
        self.component.setCurrentIndex(max(self.component.findData(component or ""), 0))

    def _fill_filter(self) -> None:
        current = self.component.currentData() or ""
        self.component.blockSignals(True)
        self.component.clear()
        self.component.addItem(self.tr("All ({total})").format(total=self.model.total()), "")
        for c in COMPONENTS:
            self.component.addItem(f"{c} — {component_title(c)} ({self.model.total(c)})", c)
        self.component.setCurrentIndex(max(self.component.findData(current), 0))
        self.component.blockSignals(False)

    def _filter(self, _index: int) -> None:
        self.model.set_component(self.component.currentData() or None)

    def _sum_up(self, report: AgreementReport | None) -> None:
        if report is None:
            self.summary.setText("")
            return
        level = {"category": "categories", "direction": "directions"}.get(report.level, "clusters")
        self.summary.setText(
            self.tr(
                "Where the coders' main {level} differ; “+”: the others a coder used "
                "there. Double-click (or Enter) opens the RE in the consensus meeting."
            ).format(level=level_word(level))
        )


def _table(model: DisagreementModel) -> DisagreementTable:
    table = DisagreementTable()
    table.setModel(model)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    rows = table.verticalHeader()
    rows.hide()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(table.fontMetrics().height() + 10)
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    model.modelReset.connect(lambda: _size_columns(table))
    return table


def _size_columns(table: QTableView) -> None:
    """Where-columns as wide as their headers and texts; the coders share the rest."""
    header = table.horizontalHeader()
    metrics = table.fontMetrics()
    for column, sample in enumerate(
        (
            "D000",
            "therapist",
            QCoreApplication.translate("agreement.disagreement_panel", "Phase"),
            "RE 00",
            QCoreApplication.translate("agreement.disagreement_panel", "Comp."),
        )
    ):
        width = max(
            metrics.horizontalAdvance(sample), header.sectionSizeFromContents(column).width()
        )
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
        table.setColumnWidth(column, width + 12)
    for column in range(len(FIXED), table.model().columnCount()):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
