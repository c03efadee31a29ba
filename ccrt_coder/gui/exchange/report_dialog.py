"""ReportDialog: File ▸ Report for publication… — a .docx or .html, written on a worker."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ccrt_coder.gui.background_job import Cancelled, Progress
from ccrt_coder.gui.exchange.pseudonymize_option import PseudonymizeOption
from ccrt_coder.gui.widgets import dialogs
from ccrt_coder.gui.widgets.file_dialogs import FileKind, ask_save, suggested_path
from ccrt_coder.gui.widgets.job_dialog import JobDialog, checkable_list, checked_texts, mute
from ccrt_coder.gui.widgets.report_boxes import done_box, report_error
from ccrt_coder.gui.widgets.tr_marks import QT_TRANSLATE_NOOP
from ccrt_coder.usecases.project import Project
from ccrt_coder.usecases.report import CONSENSUS, ReportCancelled, ReportOptions, ReportSummary

FILTERS = {
    ".docx": QT_TRANSLATE_NOOP("exchange.report_dialog", "Word document (*.docx)"),
    ".html": QT_TRANSLATE_NOOP("exchange.report_dialog", "Web page, self-contained (*.html)"),
}


def report_in_worker(
    project_path: Path, out: Path, options: ReportOptions, progress: Progress, cancelled: Cancelled
) -> ReportSummary:
    """On a worker thread: its own connection to the project (never the window's)."""
    with Project.open(project_path) as project:
        return project.write_report(out, options, progress, cancelled)


class ReportDialog(JobDialog):
    """Choose coders, the CCRT's layer and level, and the file; Write runs on a worker."""

    def __init__(self, project: Project, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.make_job_widgets()
        self.setWindowTitle(self.tr("Report for Publication"))
        self._project_path = project.path
        self.result_box: QMessageBox | None = None
        self._running = False
        names = [c.name for c in project.coders()]
        self.pseudonymize = PseudonymizeOption(project)
        self._build(names, project.category_system().uses_lu_direction)
        self.file_edit.setText(
            str(suggested_path(self, FileKind.EXPORT, f"{project.path.stem}-report.docx"))
        )
        self._connect()
        self._set_running(False)

    def _build(self, names: list[str], uses_lu_direction: bool) -> None:
        intro = QLabel(
            self.tr(
                "A Method paragraph and APA-style results: interrater reliability, the CCRT "
                "per narrator and phase, the patient–therapist comparison and the change "
                "across phases, with charts."
            )
        )
        intro.setWordWrap(True)
        self.coder_list = checkable_list(names)
        rows = min(max(len(names), 2), 6)  # up to six coders without a scroll bar
        row = self.coder_list.sizeHintForRow(0) if names else 20
        self.coder_list.setFixedHeight(rows * (row + 4) + 2 * self.coder_list.frameWidth())
        self.layer_combo = QComboBox()
        self.layer_combo.addItem(self.tr("Consensus"), CONSENSUS)
        for name in names:
            self.layer_combo.addItem(self.tr("Coder {name}").format(name=name), name)
        self.level_combo = QComboBox()
        self.level_combo.addItem(self.tr("Clusters"), "cluster")
        self.level_combo.addItem(self.tr("Categories"), "category")
        if uses_lu_direction:  # only a category system that codes CCRT-LU directions has them
            self.level_combo.addItem(self.tr("Directions (CCRT-LU)"), "direction")
        self.file_edit = QLineEdit()
        self.browse_button = QPushButton(self.tr("&Browse…"))
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.browse_button)
        self.format_hint = QLabel()
        self.format_hint.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Reliability of the coders:"), self.coder_list)
        form.addRow(self.tr("CCRT formed from:"), self.layer_combo)
        form.addRow(self.tr("CCRT level:"), self.level_combo)
        form.addRow(self.tr("File:"), file_row)
        form.addRow("", self.pseudonymize)
        form.addRow("", self.format_hint)
        mute(self.format_hint, self.status_label)
        self.write_button = self.buttons.addButton(
            self.tr("&Write report"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.write_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addStretch(1)  # a taller window keeps the form together, the buttons at the foot
        layout.addLayout(self.progress_row())
        layout.addWidget(self.status_label)
        layout.addWidget(self.buttons)
        self.resize(560, self.sizeHint().height())

    def _connect(self) -> None:
        self.browse_button.clicked.connect(self.browse)
        self.file_edit.textChanged.connect(lambda _text: self._update())
        self.coder_list.itemChanged.connect(lambda _item: self._update())
        self.buttons.accepted.connect(self.start_report)

    # -- what the dialog says -----------------------------------------------------------------
    def target(self) -> Path | None:
        text = self.file_edit.text().strip()
        path = Path(text).expanduser() if text else None
        return path if path is not None and path.suffix.lower() in FILTERS else None

    def checked_coders(self) -> list[str]:
        return checked_texts(self.coder_list)

    def options(self) -> ReportOptions:
        """Every coder checked means "all" (a coder without units is then left out quietly)."""
        coders = self.checked_coders()
        every = len(coders) == self.coder_list.count()
        return ReportOptions(
            coders=() if every else tuple(coders),
            layer=str(self.layer_combo.currentData()),
            level=str(self.level_combo.currentData()),
            pseudonymize=self.pseudonymize.is_checked(),
        )

    # -- actions ------------------------------------------------------------------------------
    def browse(self) -> None:
        current = Path(self.file_edit.text().strip() or f"{self._project_path.stem}-report.docx")
        filters = {
            s: QCoreApplication.translate("exchange.report_dialog", f) for s, f in FILTERS.items()
        }
        chosen = filters.get(current.suffix.lower(), filters[".docx"])
        path, used = ask_save(
            self, FileKind.EXPORT, self.tr("Write the report to"), current.name,
            ";;".join(filters.values()), chosen, confirm_overwrite=False,
        )  # fmt: skip
        if path is not None:
            if path.suffix.lower() not in FILTERS:
                suffix = next((s for s, f in filters.items() if f == used), ".docx")
                path = path.with_name(path.name + suffix)
            self.file_edit.setText(str(path))

    def start_report(self) -> bool:
        """Start the worker (after asking before a file is replaced); False if not started."""
        out = self.target()
        if out is None or self.job.is_running():
            return False
        if out.exists() and not dialogs.may_replace(self, [out]):
            return False
        options = self.options()
        self._set_running(True)
        self.status_label.setText(self.tr("Computing the agreement…"))
        self.job.start(
            lambda progress, cancelled: report_in_worker(
                self._project_path, out, options, progress, cancelled
            )
        )
        return True

    # -- the worker reports -------------------------------------------------------------------
    def _on_progress(self, done: int, total: int) -> None:
        if self.job.was_cancelled():
            return
        steps = (
            self.tr("Computing the agreement…"),
            self.tr("Forming the CCRT…"),
            self.tr("Comparing patients and therapists…"),
            self.tr("Drawing the tables and charts…"),
            self.tr("Writing the file…"),
        )
        super()._on_progress(done, total)
        self.status_label.setText(steps[min(done, len(steps) - 1)])

    def _on_finished(self, summary: ReportSummary) -> None:
        self._set_running(False)
        self.status_label.clear()
        self.result_box = done_box(
            self.parentWidget(),
            self.tr("Report written"),
            self.tr("Wrote a report with {tables} tables and {figures} figures:").format(
                tables=summary.tables, figures=summary.figures
            ),
            [summary.path],
        )
        self.accept()

    def _on_failed(self, error: BaseException) -> None:
        self._set_running(False)
        if isinstance(error, ReportCancelled):
            self.status_label.setText(self.tr("Report cancelled; nothing was written."))
            return
        self.status_label.setText(self.tr("The report failed; nothing was written."))
        report_error(self, self.tr("Report failed"), error)

    def _set_running(self, running: bool) -> None:
        controls = (self.file_edit, self.browse_button, self.coder_list, self.layer_combo)
        self.show_running(running, (*controls, self.level_combo, self.pseudonymize))
        self._running = running
        self._update()

    def _update(self) -> None:
        out = self.target()
        if out is None:
            hint = self.tr("The file name must end in .docx or .html.")
        elif out.suffix.lower() == ".docx":
            hint = self.tr("A Word document that opens in Word and LibreOffice.")
        else:
            hint = self.tr("One web page with the charts inside; no scripts.")
        self.format_hint.setText(hint)
        # Reliability needs two coders; with fewer in the project the report says so instead.
        enough = self.coder_list.count() < 2 or len(self.checked_coders()) >= 2
        self.write_button.setEnabled(out is not None and enough and not self._running)
