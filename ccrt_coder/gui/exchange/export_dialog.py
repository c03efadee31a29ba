"""ExportDialog: File ▸ Export… — the coded set to .xlsx or .csv on a worker, with cancel."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialogButtonBox, QListWidgetItem, QMessageBox, QWidget

from ccrt_coder.gui.background_job import Cancelled, Progress
from ccrt_coder.gui.exchange.pseudonymize_option import PseudonymizeOption
from ccrt_coder.gui.forms.ui_export_dialog import Ui_ExportDialog
from ccrt_coder.gui.widgets import dialogs
from ccrt_coder.gui.widgets.file_dialogs import FileKind, ask_save, suggested_path
from ccrt_coder.gui.widgets.job_dialog import JobDialog, mute
from ccrt_coder.gui.widgets.report_boxes import done_box, report_error
from ccrt_coder.gui.widgets.tr_marks import QT_TRANSLATE_NOOP
from ccrt_coder.usecases.export import (
    ExportCancelled,
    ExportOptions,
    ExportReport,
    csv_path,
    sheet_keys,
)
from ccrt_coder.usecases.project import Project

FILTERS = {
    ".xlsx": QT_TRANSLATE_NOOP("exchange.export_dialog", "Excel workbook (*.xlsx)"),
    ".csv": QT_TRANSLATE_NOOP("exchange.export_dialog", "CSV files, one per sheet (*.csv)"),
}
CANCELLED = QT_TRANSLATE_NOOP("exchange.export_dialog", "Export cancelled; nothing was written.")


def export_in_worker(
    project_path: Path, out: Path, options: ExportOptions, progress: Progress, cancelled: Cancelled
) -> ExportReport:
    """On a worker thread: its own connection to the project (never the window's)."""
    with Project.open(project_path) as project:
        return project.export(out, options, progress, cancelled)


class ExportDialog(JobDialog):
    """Choose file, coders, layer and sheets; Export runs on a worker and can be cancelled."""

    def __init__(self, project: Project, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ExportDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.use_job_widgets(ui.progressBar, ui.statusLabel, ui.buttonBox, ui.cancelButton)
        self._project_path = project.path
        self._running = False
        self.result_box: QMessageBox | None = None
        self.export_button = self.ui.buttonBox.addButton(
            self.tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.setDefault(True)
        self._sheets = {key: getattr(self.ui, f"{key}Check") for key in sheet_keys()}
        self._layers = {
            "coder": self.ui.ownLayerRadio,
            "consensus": self.ui.consensusRadio,
            "all": self.ui.bothLayersRadio,
        }
        self._fill_coders([c.name for c in project.coders()])
        self.pseudonymize = PseudonymizeOption(project, self)
        self.ui.form.addRow(self.tr("Names:"), self.pseudonymize)
        self.ui.fileEdit.setText(
            str(suggested_path(self, FileKind.EXPORT, f"{project.path.stem}.xlsx"))
        )
        mute(self.ui.formatHint, self.ui.statusLabel)
        self.ui.progressBar.setFormat("%p%")
        self._connect()
        self._set_running(False)
        if layout := self.layout():  # snug
            self.resize(self.width(), layout.totalHeightForWidth(self.width()))

    def _connect(self) -> None:
        self.ui.browseButton.clicked.connect(self.browse)
        self.ui.fileEdit.textChanged.connect(lambda _text: self._update())
        self.ui.coderList.itemChanged.connect(lambda _item: self._update())
        for check in self._sheets.values():
            check.toggled.connect(lambda _on: self._update())
        self.ui.buttonBox.accepted.connect(self.start_export)

    def _fill_coders(self, names: list[str]) -> None:
        for name in names:
            item = QListWidgetItem(name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.ui.coderList.addItem(item)
        self.ui.coderList.setSpacing(2)
        rows = min(max(len(names), 2), 6)  # up to six coders without a scroll bar
        row = self.ui.coderList.sizeHintForRow(0) if names else 20
        self.ui.coderList.setFixedHeight(rows * (row + 4) + 2 * self.ui.coderList.frameWidth())

    # -- what the dialog says -----------------------------------------------------------------
    def target(self) -> Path | None:
        text = self.ui.fileEdit.text().strip()
        return Path(text).expanduser() if text else None

    def checked_coders(self) -> list[str]:
        items = (self.ui.coderList.item(row) for row in range(self.ui.coderList.count()))
        return [i.text() for i in items if i.checkState() == Qt.CheckState.Checked]

    def options(self) -> ExportOptions:
        """Everything checked means "all" (a coder added later is then exported too)."""
        coders = self.checked_coders()
        every_coder = len(coders) == self.ui.coderList.count()
        sheets = tuple(key for key, check in self._sheets.items() if check.isChecked())
        layer = next(key for key, radio in self._layers.items() if radio.isChecked())
        return ExportOptions(
            coders=() if every_coder else tuple(coders),
            layer=layer,
            sheets=() if len(sheets) == len(self._sheets) else sheets,
            pseudonymize=self.pseudonymize.is_checked(),
        )

    def files_to_write(self) -> list[Path]:
        out = self.target()
        if out is None or out.suffix.lower() not in FILTERS:
            return []
        if out.suffix.lower() == ".xlsx":
            return [out]
        return [csv_path(out, key) for key, check in self._sheets.items() if check.isChecked()]

    def set_sheets(self, keys: list[str]) -> None:
        for key, check in self._sheets.items():
            check.setChecked(key in keys)

    # -- actions ------------------------------------------------------------------------------
    def browse(self) -> None:
        current = self.target() or Path(f"{self._project_path.stem}.xlsx")
        filters = {
            s: QCoreApplication.translate("exchange.export_dialog", f) for s, f in FILTERS.items()
        }
        chosen = filters.get(current.suffix.lower(), filters[".xlsx"])
        path, used = ask_save(
            self,
            FileKind.EXPORT,
            self.tr("Export to"),
            current.name,
            ";;".join(filters.values()),
            chosen,
            confirm_overwrite=False,  # checked for every file we write
        )
        if path is not None:
            if path.suffix.lower() not in FILTERS:
                suffix = next((s for s, f in filters.items() if f == used), ".xlsx")
                path = path.with_name(path.name + suffix)
            self.ui.fileEdit.setText(str(path))

    def start_export(self) -> bool:
        """Start the worker (after asking before files are replaced); False if not started."""
        out, files = self.target(), self.files_to_write()
        if out is None or not files or self.job.is_running():
            return False
        existing = [path for path in files if path.exists()]
        if existing and not dialogs.may_replace(self, existing):
            return False
        options = self.options()
        self._set_running(True)
        self.ui.statusLabel.setText(self.tr("Preparing the export…"))
        self.job.start(
            lambda progress, cancelled: export_in_worker(
                self._project_path, out, options, progress, cancelled
            )
        )
        return True

    # -- the worker reports -------------------------------------------------------------------
    def _on_progress(self, done: int, total: int) -> None:
        if self.job.was_cancelled():
            return
        super()._on_progress(done, total)
        self.ui.statusLabel.setText(
            self.tr("Writing row {done:,} of {total:,}…").format(done=done, total=total)
        )

    def _on_finished(self, report: ExportReport) -> None:
        self._set_running(False)
        self.ui.statusLabel.clear()
        rows = sum(report.rows.values())
        what = (
            self.tr("a workbook")
            if len(report.files) == 1
            else self.tr("{n_files} CSV files").format(n_files=len(report.files))
        )
        self.result_box = done_box(
            self.parentWidget(),
            self.tr("Export finished"),
            self.tr("Exported {n_rows} sheets ({rows:,} rows) to {what}:").format(
                n_rows=len(report.rows), rows=rows, what=what
            ),
            list(report.files),
        )
        self.accept()

    def _on_failed(self, error: BaseException) -> None:
        self._set_running(False)
        if isinstance(error, ExportCancelled):
            self.ui.statusLabel.setText(
                QCoreApplication.translate("exchange.export_dialog", CANCELLED)
            )
            return
        self.ui.statusLabel.setText(self.tr("The export failed; nothing was written."))
        report_error(self, self.tr("Export failed"), error)

    def _set_running(self, running: bool) -> None:
        self._running = running
        controls = (self.ui.fileEdit, self.ui.browseButton, self.ui.coderList)
        self.show_running(
            running, (*controls, *self._layers.values(), *self._sheets.values(), self.pseudonymize)
        )
        self._update()

    def _update(self) -> None:
        out = self.target()
        suffix = out.suffix.lower() if out else ""
        if suffix == ".csv":
            stem = out.stem if out else "study"
            hint = self.tr("One CSV file per sheet ({stem}-units.csv, …), UTF-8 for Excel.").format(
                stem=stem
            )
        elif suffix == ".xlsx":
            hint = self.tr("One workbook, a sheet for each part, ready to filter and pivot.")
        else:
            hint = self.tr("The file name must end in .xlsx or .csv.")
        self.ui.formatHint.setText(hint)
        ready = bool(self.files_to_write()) and (
            bool(self.checked_coders()) or self.ui.coderList.count() == 0
        )
        self.export_button.setEnabled(ready and not self._running)
