"""TranscriptImportDialog: File ▸ Import transcripts… — check every file, then import all or none.

Files are read on a worker (progress, Cancel); the table shows per file what its name and
contents say, and every cell the name decides can be corrected. Import runs on a worker too, in
one transaction: a problem anywhere, or Cancel, leaves the project as it was.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ccrt_coder.gui.study.import_model import ImportTableModel
from ccrt_coder.gui.study.import_parts import (
    FILE_FILTER,
    done_text,
    import_in_worker,
    make_table,
    read_in_worker,
    span_table_rows,
    summary_text,
)
from ccrt_coder.gui.ui_settings import UiSettings
from ccrt_coder.gui.widgets import file_dialogs
from ccrt_coder.gui.widgets.file_dialogs import FileKind
from ccrt_coder.gui.widgets.job_dialog import JobDialog, mute
from ccrt_coder.gui.widgets.plain_text import as_text, plain
from ccrt_coder.gui.widgets.report_boxes import done_box, report_error
from ccrt_coder.usecases.domain import CcrtError, InputError
from ccrt_coder.usecases.project import Project
from ccrt_coder.usecases.transcript_import import (
    DEFAULT_NAME_PATTERN,
    ImportCancelled,
    ImportReport,
    compile_name_pattern,
)


class TranscriptImportDialog(JobDialog):
    """Files in, a checked preview, then Import (all or none); drop files or a folder on it."""

    imported = Signal(object)  # the ImportReport

    def __init__(self, project: Project, settings: UiSettings, parent: QWidget | None = None):
        super().__init__(parent)
        self.make_job_widgets()
        self.setWindowTitle(self.tr("Import transcripts"))
        self.setAcceptDrops(True)
        self._project_path = project.path
        self._ui_settings = settings
        state = project.transcript_import_state()
        self._study = state.settings
        self._mode = ""  # "read" or "import" while the worker runs
        self.result_box: QMessageBox | None = None
        self.problems_box: QDialog | None = None
        template = settings.import_name_pattern(DEFAULT_NAME_PATTERN)
        try:
            pattern = compile_name_pattern(template)
        except InputError:
            pattern = compile_name_pattern(DEFAULT_NAME_PATTERN)
        self.model = ImportTableModel(state, pattern, self)
        self._build(pattern.template)
        self._connect()
        self._set_running("")
        self.resize(980, 560)

    # -- layout ---------------------------------------------------------------------------------
    def _build(self, template: str) -> None:
        intro = QLabel(
            self.tr(
                "Add transcripts (.txt, .docx) or tables with one row per RE (.csv, .xlsx): with "
                "the buttons, or drop files or a folder here. Every file is checked first; "
                "Import adds all of them or none."
            )
        )
        intro.setWordWrap(True)
        self.pattern_edit = QLineEdit(template)
        self.pattern_edit.setObjectName("namePattern")
        self.pattern_help = QLabel(
            self.tr(
                "{dyad}, {narrator} (patient, therapist, P or T) and {phase} are read from the "
                "name; _ - and space each stand for any of them, * for any text. The default "
                "reads D01_patient_5.txt, P07-therapist-15.docx and dyad3 T 28.txt."
            )
        )
        self.pattern_help.setWordWrap(True)
        self.pattern_error = plain(QLabel())
        self.pattern_error.setStyleSheet("color: #b3261e")
        self.pattern_error.hide()
        pattern_row = QHBoxLayout()
        pattern_label = QLabel(self.tr("File &names:"))
        pattern_label.setBuddy(self.pattern_edit)
        pattern_row.addWidget(pattern_label)
        pattern_row.addWidget(self.pattern_edit, 1)
        self.add_files_button = QPushButton(self.tr("Add &files…"))
        self.add_folder_button = QPushButton(self.tr("Add f&older…"))
        self.remove_button = QPushButton(self.tr("&Remove"))
        for button in (self.add_files_button, self.add_folder_button, self.remove_button):
            pattern_row.addWidget(button)
        self.table = make_table(self.model, self._study.phases)
        self.details = plain(QLabel())
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary = plain(QLabel())
        self.summary.setWordWrap(True)
        self.progress_bar.setFormat("%v / %m")
        self.status_label.setWordWrap(False)
        running = self.progress_row()
        running.insertWidget(0, self.status_label, 1)
        running.setStretch(1, 0)
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(pattern_row)
        layout.addWidget(self.pattern_help)
        layout.addWidget(self.pattern_error)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.details)
        layout.addWidget(self.summary)
        layout.addLayout(running)
        layout.addWidget(self.buttons)
        mute(self.pattern_help, self.status_label)

    def _connect(self) -> None:
        self.pattern_edit.textEdited.connect(self._on_pattern)
        self.add_files_button.clicked.connect(self.browse_files)
        self.add_folder_button.clicked.connect(self.browse_folder)
        self.remove_button.clicked.connect(self.remove_selected)
        remove = QShortcut(QKeySequence.StandardKey.Delete, self.table, self.remove_selected)
        remove.setContext(Qt.ShortcutContext.WidgetShortcut)  # not while a cell is edited
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_details())
        self.model.planned.connect(self._on_planned)
        self.buttons.accepted.connect(self.start_import)

    # -- adding and removing files ----------------------------------------------------------------
    def add_paths(self, paths: Sequence[Path]) -> bool:
        """Read files (a folder: its transcripts and tables) on the worker; False if busy."""
        if self.job.is_running() or not paths:
            return False
        study, chosen = self._study, list(paths)
        self._set_running("read")
        self.status_label.setText(self.tr("Reading the files…"))
        self.job.start(lambda progress, stop: read_in_worker(chosen, study, progress, stop))
        return True

    def browse_files(self) -> None:
        filters = QCoreApplication.translate("study.import_parts", FILE_FILTER)
        title = self.tr("Add transcripts")
        self.add_paths(file_dialogs.ask_open_many(self, FileKind.TRANSCRIPTS, title, filters))

    def browse_folder(self) -> None:
        title = self.tr("Add a folder of transcripts")
        folder = file_dialogs.ask_folder(self, FileKind.TRANSCRIPTS, title)
        if folder is not None:
            self.add_paths([folder])

    def remove_selected(self) -> None:
        if not self.job.is_running():
            self.model.remove_rows([i.row() for i in self.table.selectionModel().selectedRows()])

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and not self.job.is_running():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.add_paths(paths)

    # -- the pattern ------------------------------------------------------------------------------
    def set_pattern(self, template: str) -> None:
        self.pattern_edit.setText(template)
        self._on_pattern(template)

    def _on_pattern(self, template: str) -> None:
        try:
            pattern = compile_name_pattern(template)
        except InputError as exc:
            self.pattern_error.setText(str(exc))
            self.pattern_error.show()
            return
        self.pattern_error.hide()
        self._ui_settings.set_import_name_pattern(pattern.template)
        self.model.set_pattern(pattern)

    # -- importing --------------------------------------------------------------------------------
    def start_import(self) -> bool:
        if self.job.is_running() or not self._ready():
            return False
        drafts, replace, path = self.model.drafts(), self.model.replaces(), self._project_path
        self._set_running("import")
        self.status_label.setText(self.tr("Importing…"))
        self.job.start(
            lambda progress, cancelled: import_in_worker(path, drafts, replace, progress, cancelled)
        )
        return True

    def _ready(self) -> bool:
        return not self.model.blockers() and bool(self.model.drafts())

    # -- the worker reports -----------------------------------------------------------------------
    def _on_progress(self, done: int, total: int) -> None:
        if self.job.was_cancelled():
            return
        super()._on_progress(done, total)
        text = (
            self.tr("Reading file {done} of {total}…")
            if self._mode == "read"
            else self.tr("Storing interview {done} of {total}…")
        )
        self.status_label.setText(text.format(done=done, total=total))

    def _on_finished(self, result: object) -> None:
        mode = self._mode
        self._set_running("")
        self.status_label.clear()
        if mode == "read":
            assert isinstance(result, list)
            self.model.add_files(result)
            if self.table.currentIndex().row() < 0 and self.model.file_count():
                self.table.selectRow(0)
            return
        assert isinstance(result, ImportReport)
        title = self.tr("Transcripts imported")
        self.result_box = done_box(self.parentWidget(), title, done_text(result))
        self.imported.emit(result)
        self.accept()

    def _on_failed(self, error: BaseException) -> None:
        mode = self._mode
        self._set_running("")
        if isinstance(error, ImportCancelled):
            self.status_label.setText(
                self.tr("Reading cancelled; those files were not added.")
                if mode == "read"
                else self.tr("Import cancelled; nothing was imported.")
            )
            return
        self.status_label.setText(self.tr("Nothing was imported."))
        if isinstance(error, CcrtError | OSError):
            self.problems_box = report_error(self, self.tr("Cannot import transcripts"), error)
            return
        raise error

    # -- what the dialog shows ----------------------------------------------------------------
    def _set_running(self, mode: str) -> None:
        self._mode = mode
        adding = (self.add_files_button, self.add_folder_button, self.remove_button)
        self.show_running(bool(mode), (self.pattern_edit, *adding, self.table))
        self._on_planned()

    def _on_planned(self) -> None:
        blockers = self.model.blockers()
        self.summary.setText(summary_text(self.model))
        span_table_rows(self.table, self.model)
        ready = self._ready() and not self._mode
        self.import_button.setEnabled(ready)
        self.import_button.setToolTip(as_text("\n".join(f"{n}: {why}" for n, why in blockers)))
        self._show_details()

    def _show_details(self) -> None:
        row = self.table.currentIndex().row()
        lines = self.model.problems_of(row) if 0 <= row < self.model.file_count() else []
        self.details.setText("\n".join(lines))
        self.details.setVisible(bool(lines))
