"""ReportPanel: the report's tables one under another, with the benchmark and the warnings."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ccrt_coder.gui.agreement.cells import BELOW_MARK, dot
from ccrt_coder.gui.agreement.figure_table import FigureTable
from ccrt_coder.gui.agreement.table_model import ReportTableModel, warning_colour
from ccrt_coder.gui.agreement.tables import Table
from ccrt_coder.gui.widgets.component_style import muted_text
from ccrt_coder.gui.widgets.plain_text import html, plain
from ccrt_coder.usecases.agreement import COMPONENTS, AgreementReport

SECTIONS = ("presence", *COMPONENTS, "completeness", "spans", "formulation")


class ReportPanel(QScrollArea):
    """Scrolls down as a whole; each table is as tall as its rows and scrolls sideways only
    where its columns, each wide enough for its figures, do not fit."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.benchmark = _label()
        self.models: dict[str, ReportTableModel] = {}
        self.views: dict[str, FigureTable] = {}
        self.titles: dict[str, QLabel] = {}
        self.details: dict[str, QLabel] = {}
        self.warnings_title = _label(self.tr("<b>Warnings</b>"))
        self.warnings = _label()
        self.warnings.setTextFormat(Qt.TextFormat.RichText)
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(8, 4, 8, 12)
        column.setSpacing(4)
        column.addWidget(self.benchmark)
        for section in SECTIONS:
            column.addSpacing(8)
            self._add_section(column, section)
        column.addSpacing(8)
        column.addWidget(self.warnings_title)
        column.addWidget(self.warnings)
        column.addStretch(1)
        self.setWidget(body)

    def _add_section(self, column: QVBoxLayout, section: str) -> None:
        model = ReportTableModel(self)
        view = FigureTable(model)
        self.models[section], self.views[section] = model, view
        self.titles[section] = _label()
        self.details[section] = plain(_label())
        _mute(self.details[section])
        column.addWidget(self.titles[section])
        column.addWidget(self.details[section])
        column.addWidget(view)

    def set_report(self, report: AgreementReport | None, tables: dict[str, Table]) -> None:
        """The report's benchmark and warnings, and its tables (laid out by the worker)."""
        for section in SECTIONS:
            table = tables.get(section) if report is not None else None
            self.models[section].set_table(table)
            self.titles[section].setText(f"<b>{html(table.title)}</b>" if table else "")
            detail = " ".join((table.detail, *table.notes)) if table else ""
            self.details[section].setText(detail)
        self.benchmark.setText(_benchmark(report) if report else "")
        self.warnings_title.setVisible(report is not None)
        self.warnings.setVisible(report is not None)
        self._show_warnings([w.message for w in report.warnings] if report else [])

    def table(self, section: str) -> Table | None:
        return self.models[section].table()

    def _show_warnings(self, messages: Sequence[str]) -> None:
        if not messages:
            self.warnings.setText(
                self.tr("None: every figure is precise enough and no prevalence is lopsided.")
            )
            return
        items = "".join(f"<li>{html(m)}</li>" for m in messages)
        self.warnings.setText(f"<ul style='margin-left:-24px'>{items}</ul>")


def _benchmark(report: AgreementReport) -> str:
    bench = report.benchmark
    (k_low, k_high), (w_low, w_high) = bench.cohen_kappa, bench.weighted_kappa
    colour = warning_colour(QLabel().palette()).name()
    return QCoreApplication.translate(
        "agreement.report_panel",
        "<b>Benchmark</b> — published CCRT reliability for the standard "
        "categories: Cohen's κ {dot}–{dot2}, weighted κ {dot3}–{dot4} (category agreement). "
        "<span style='color:{colour}'>{BELOW_MARK} marks a κ whose whole 95% interval lies "
        "below {dot}</span>. Under each figure: its 95% interval ({intervals}) and band "
        "(Landis & Koch for κ, π and AC1; Krippendorff for α).",
    ).format(
        dot=dot(k_low),
        dot2=dot(k_high),
        dot3=dot(w_low),
        dot4=dot(w_high),
        colour=colour,
        BELOW_MARK=BELOW_MARK,
        intervals=_intervals(report),
    )


def _intervals(report: AgreementReport) -> str:
    boot = report.bootstrap
    if report.intervals_computed:
        return QCoreApplication.translate(
            "agreement.report_panel",
            "percentile bootstrap, {b} replicates, seed {seed}, the {n} interviews resampled",
        ).format(b=boot.replicates, seed=boot.seed, n=report.n_interviews)
    if not boot.replicates:
        return QCoreApplication.translate(
            "agreement.report_panel", "bootstrap off: analytic intervals where they exist"
        )
    return QCoreApplication.translate(
        "agreement.report_panel", "only {n} interviews: analytic intervals where they exist"
    ).format(n=report.n_interviews)


def _label(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _mute(label: QLabel) -> None:
    palette = label.palette()
    palette.setColor(label.foregroundRole(), muted_text(palette))
    label.setPalette(palette)
