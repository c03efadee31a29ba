"""CoderCopiesDialog: File ▸ Prepare coder copies… — one file per chosen coder, on a worker.

Each copy holds the study with only its coder's own work (see
:mod:`ccrt_coder.usecases.coder_copies`): what the lead sends out so that coding is blind by
construction, not by a switch.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ccrt_coder.gui.background_job import Cancelled, Progress
from ccrt_coder.gui.widgets import dialogs, file_dialogs
from ccrt_coder.gui.widgets.file_dialogs import FileKind
from ccrt_coder.gui.widgets.job_dialog import JobDialog, checkable_list, checked_texts, mute
from ccrt_coder.gui.widgets.password_dialog import ask_password
from ccrt_coder.gui.widgets.plain_text import plain
from ccrt_coder.gui.widgets.report_boxes import done_box, report_error
from ccrt_coder.gui.widgets.terms import count
from ccrt_coder.usecases.coder_copies import STEPS, CoderCopyReport, copy_file_name
from ccrt_coder.usecases.project import Project


@dataclass(frozen=True)
class CopiesWritten:
    reports: tuple[CoderCopyReport, ...]
    cancelled: bool  # stopped before every chosen coder had their copy


def write_copies_in_worker(
    project_path: Path,
    coders: list[str],
    folder: Path,
    progress: Progress,
    cancelled: Cancelled,
    password: str | None = None,
) -> CopiesWritten:
    """On a worker thread, with its own connection: one copy after the other; each copy is
    whole or not there, so a cancel stops between two copies."""
    reports: list[CoderCopyReport] = []
    total = len(coders) * STEPS
    with Project.open(project_path) as project:
        for n, coder in enumerate(coders):
            if cancelled():
                return CopiesWritten(tuple(reports), True)
            out = folder / copy_file_name(project_path, coder)
            reports.append(
                project.write_coder_copy(
                    coder,
                    out,
                    overwrite=True,  # the dialog asked before replacing
                    progress=_shifted(progress, n * STEPS, total),
                    password=password,
                )
            )
    return CopiesWritten(tuple(reports), False)


def _shifted(progress: Progress, before: int, total: int) -> Progress:
    """One copy's steps as steps of the whole job."""

    def report(done: int, _steps: int) -> None:
        progress(before + done, total)

    return report


class CoderCopiesDialog(JobDialog):
    """Tick the coders, choose a folder, Write: one ``<study>-<coder>.ccrt`` per coder."""

    def __init__(self, project: Project, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.make_job_widgets()
        self.setWindowTitle(self.tr("Prepare coder copies"))
        self._project_path = project.path
        self.result_box: QMessageBox | None = None
        self._build([c.name for c in project.coders()])
        self.folder_edit.setText(str(file_dialogs.start_folder(self, FileKind.CODER_COPIES)))
        self._connect()
        self._set_running(False)
        self._snug(560)

    def _build(self, names: list[str]) -> None:
        self.intro = QLabel(
            self.tr(
                "Each coder gets a copy of the study with only their own units and ratings: "
                "no other coder's work and no consensus layer, so they code blind whatever "
                "they open. Send each coder their file; merge the files they send back with "
                "File ▸ Merge coders' projects…"
            )
        )
        self.intro.setWordWrap(True)
        self.coder_list = checkable_list(names)
        rows = min(max(len(names), 2), 8)  # at first up to eight coders without a scroll bar
        row = self.coder_list.sizeHintForRow(0) if names else 20
        self.coder_list.setMinimumHeight(rows * (row + 4) + 2 * self.coder_list.frameWidth())
        coders_label = QLabel(self.tr("&Coders"))
        coders_label.setBuddy(self.coder_list)
        self.folder_edit = QLineEdit()
        self.browse_button = QPushButton(self.tr("&Browse…"))
        folder_label = QLabel(self.tr("Target &folder"))
        folder_label.setBuddy(self.folder_edit)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.browse_button)
        self.encrypt_box = QCheckBox(self.tr("&Encrypt the copies with a password I choose"))
        self.files_label = plain(QLabel())
        self.files_label.setWordWrap(True)
        self.files_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        mute(self.files_label, self.status_label)
        self.progress_bar.setFormat("%p%")
        self.write_button = self.buttons.addButton(
            self.tr("&Write copies"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.write_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        layout.setSpacing(8)
        layout.addWidget(self.intro)
        layout.addSpacing(6)
        layout.addWidget(coders_label)
        layout.addWidget(self.coder_list, 1)  # a taller dialog shows more coders
        layout.addSpacing(6)
        layout.addWidget(folder_label)
        layout.addLayout(folder_row)
        layout.addWidget(self.files_label)
        layout.addWidget(self.encrypt_box)
        layout.addSpacing(6)
        layout.addWidget(self.status_label)
        layout.addLayout(self.progress_row())
        layout.addWidget(self.buttons)

    def _snug(self, width: int) -> None:
        """Wrapped text whole, the coder list no taller than its first rows (more if taller)."""
        spare = max(self.coder_list.sizeHint().height() - self.coder_list.minimumHeight(), 0)
        if layout := self.layout():
            self.resize(width, layout.totalHeightForWidth(width) - spare)

    def _connect(self) -> None:
        self.browse_button.clicked.connect(self.browse)
        self.folder_edit.textChanged.connect(lambda _text: self._update())
        self.coder_list.itemChanged.connect(lambda _item: self._update())
        self.buttons.accepted.connect(self.start_writing)

    # -- what the dialog says -----------------------------------------------------------------
    def folder(self) -> Path | None:
        text = self.folder_edit.text().strip()
        return Path(text).expanduser() if text else None

    def checked_coders(self) -> list[str]:
        return checked_texts(self.coder_list)

    def files_to_write(self) -> list[Path]:
        folder = self.folder()
        if folder is None:
            return []
        return [folder / copy_file_name(self._project_path, c) for c in self.checked_coders()]

    # -- actions ------------------------------------------------------------------------------
    def browse(self) -> None:
        title = self.tr("Folder for the coder copies")
        chosen = file_dialogs.ask_folder(self, FileKind.CODER_COPIES, title)
        if chosen is not None:
            self.folder_edit.setText(str(chosen))

    def start_writing(self) -> bool:
        """Start the worker (after asking before files are replaced); False if not started."""
        folder, files = self.folder(), self.files_to_write()
        if folder is None or not files or self.job.is_running():
            return False
        existing = [path for path in files if path.exists()]
        if existing and not dialogs.may_replace(self, existing):
            return False
        password = None
        if self.encrypt_box.isChecked():
            password = ask_password(
                self,
                self.tr("Password for the coder copies"),
                self.tr(
                    "Each coder needs this password to open their copy. Tell it to them in "
                    "person or by phone, not in the message that carries the file."
                ),
                new=True,
            )
            if password is None:
                return False
        coders = self.checked_coders()
        self._set_running(True)
        self.status_label.setText(self.tr("Writing the coder copies…"))
        self.job.start(
            lambda progress, cancelled: write_copies_in_worker(
                self._project_path, coders, folder, progress, cancelled, password
            )
        )
        return True

    def cancelling_text(self) -> str:
        return self.tr("Cancelling after the copy being written…")

    # -- the worker reports -------------------------------------------------------------------
    def _on_finished(self, written: CopiesWritten) -> None:
        self._set_running(False)
        self.status_label.clear()
        details = "\n".join(
            self.tr("{file}: {units}, {ratings}").format(
                file=report.path,
                units=count(report.units, "unit"),
                ratings=count(report.ratings, "rating"),
            )
            for report in written.reports
        )
        if written.cancelled:
            text = self.tr(
                "Cancelled: wrote the coder copies of {coders} before stopping; each of them is "
                "complete."
            ).format(coders=count(len(written.reports), "coder"))
        else:
            text = self.tr(
                "Wrote the coder copies of {coders}. Each holds only its coder's own units and "
                "ratings: send it to that coder."
            ).format(coders=count(len(written.reports), "coder"))
        self.result_box = done_box(
            self.parentWidget(),
            self.tr("Coder copies written"),
            text,
            [r.path for r in written.reports],
            details=details,
        )
        self.accept()

    def _on_failed(self, error: BaseException) -> None:
        self._set_running(False)
        self.status_label.setText(
            self.tr(
                "Writing the copies failed: the copy in progress was not written; copies "
                "finished before it are complete."
            )
        )
        report_error(self, self.tr("Coder copies failed"), error)

    def _set_running(self, running: bool) -> None:
        controls = (self.folder_edit, self.browse_button, self.coder_list, self.encrypt_box)
        self.show_running(running, controls)
        self.write_button.setEnabled(not running)
        self._update()

    def _update(self) -> None:
        files = self.files_to_write()
        if not self.checked_coders():
            hint = self.tr("Tick the coders who get a copy.")
        elif self.folder() is None:
            hint = self.tr("Choose the folder the copies go to.")
        else:
            hint = self.tr("Writes {files}").format(files=", ".join(p.name for p in files))
        self.files_label.setText(hint)
        self.write_button.setEnabled(bool(files) and not self.job.is_running())
