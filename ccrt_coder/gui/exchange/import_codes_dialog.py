"""ImportCodesDialog: File ▸ Import coded units… — a Units sheet into the project, all or none."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QWidget

from ccrt_coder.gui.forms.ui_import_codes_dialog import Ui_ImportCodesDialog
from ccrt_coder.gui.widgets.file_dialogs import FileKind, ask_open
from ccrt_coder.gui.widgets.job_dialog import JobDialog, mute
from ccrt_coder.gui.widgets.report_boxes import done_box, report_error
from ccrt_coder.gui.widgets.terms import count
from ccrt_coder.gui.widgets.tr_marks import QT_TRANSLATE_NOOP
from ccrt_coder.usecases.codes_import import CodesImportReport
from ccrt_coder.usecases.project import Project

FILE_FILTER = QT_TRANSLATE_NOOP(
    "exchange.import_codes_dialog",
    "Units sheets (*.xlsx *.csv);;Excel workbooks (*.xlsx);;CSV files (*.csv)",
)


def import_in_worker(
    project_path: Path, source: Path, coder: str | None, skip_existing: bool
) -> CodesImportReport:
    """On a worker thread, with its own connection to the project."""
    with Project.open(project_path) as project:
        return project.import_codes(source, coder, skip_existing)


def describe(report: CodesImportReport) -> str:
    """``Added 413 units for Coder A. New coder: Coder A. Skipped 12 rows …``"""
    units = (
        QCoreApplication.translate("exchange.import_codes_dialog", "1 unit")
        if report.units == 1
        else QCoreApplication.translate("exchange.import_codes_dialog", "{units:,} units").format(
            units=report.units
        )
    )
    text = QCoreApplication.translate(
        "exchange.import_codes_dialog", "Added {units} for {coders}."
    ).format(
        units=units,
        coders=", ".join(report.coders)
        or QCoreApplication.translate("exchange.import_codes_dialog", "nobody"),
    )
    if report.new_coders:
        label = (
            QCoreApplication.translate("exchange.import_codes_dialog", "New coder")
            if len(report.new_coders) == 1
            else QCoreApplication.translate("exchange.import_codes_dialog", "New coders")
        )
        text += f" {label}: {', '.join(report.new_coders)}."
    if report.skipped:
        text += " " + QCoreApplication.translate(
            "exchange.import_codes_dialog", "Skipped {rows} whose unit the project has already."
        ).format(rows=count(report.skipped, "row"))
    return text


class ImportCodesDialog(JobDialog):
    """Choose the file (and, optionally, whose units they are); the import runs on a worker."""

    imported = Signal(object)  # the CodesImportReport

    def __init__(self, project: Project, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ImportCodesDialog()
        self.ui.setupUi(self)
        self.use_job_widgets(self.ui.progressBar, self.ui.statusLabel, self.ui.buttonBox, None)
        self._project_path = project.path
        self.result_box: QMessageBox | None = None
        self.problems_box: QDialog | None = None
        self.import_button = self.ui.buttonBox.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setDefault(True)
        self.ui.coderCombo.addItems([""] + [c.name for c in project.coders()])
        if coder_edit := self.ui.coderCombo.lineEdit():  # the combo is editable (its .ui)
            coder_edit.setPlaceholderText(self.tr("From the file's Coder column"))
        mute(self.ui.coderHint, self.ui.statusLabel)
        self.ui.browseButton.clicked.connect(self.browse)
        self.ui.fileEdit.textChanged.connect(lambda _text: self._update())
        self.ui.buttonBox.accepted.connect(self.start_import)
        self._set_running(False)
        if layout := self.layout():  # snug
            self.resize(self.width(), layout.totalHeightForWidth(self.width()))

    def source(self) -> Path | None:
        text = self.ui.fileEdit.text().strip()
        return Path(text).expanduser() if text else None

    def coder(self) -> str | None:
        return self.ui.coderCombo.currentText().strip() or None

    def set_source(self, path: Path, coder: str | None = None) -> None:
        self.ui.fileEdit.setText(str(path))
        self.ui.coderCombo.setEditText(coder or "")

    def browse(self) -> None:
        filters = QCoreApplication.translate("exchange.import_codes_dialog", FILE_FILTER)
        path = ask_open(self, FileKind.CODED_UNITS, self.tr("Import coded units"), filters)
        if path is not None:
            self.ui.fileEdit.setText(str(path))

    def start_import(self) -> bool:
        source = self.source()
        if source is None or self.job.is_running():
            return False
        coder, path = self.coder(), self._project_path
        skip = self.ui.skipExistingCheck.isChecked()
        self._set_running(True)
        self.ui.statusLabel.setText(
            self.tr("Checking every row of {name}…").format(name=source.name)
        )
        self.job.start(lambda _progress, _cancelled: import_in_worker(path, source, coder, skip))
        return True

    def _on_finished(self, report: CodesImportReport) -> None:
        self._set_running(False)
        self.ui.statusLabel.clear()
        self.result_box = done_box(
            self.parentWidget(), self.tr("Coded units imported"), describe(report)
        )
        self.imported.emit(report)
        self.accept()

    def _on_failed(self, error: BaseException) -> None:
        self._set_running(False)
        self.ui.statusLabel.setText(self.tr("Nothing was imported."))
        self.problems_box = report_error(self, self.tr("Cannot import coded units"), error)

    def _set_running(self, running: bool) -> None:
        self._running = running
        ui = self.ui
        self.show_running(
            running, (ui.fileEdit, ui.browseButton, ui.coderCombo, ui.skipExistingCheck)
        )
        self._update()

    def _update(self) -> None:
        self.import_button.setEnabled(self.source() is not None and not self._running)
