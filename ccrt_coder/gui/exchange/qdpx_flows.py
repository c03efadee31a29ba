"""REFI-QDA from the File menu: export the project as .qdpx; import a .qdpx as a new project."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from ccrt_coder.gui.background_job import BackgroundJob, Cancelled, Progress
from ccrt_coder.gui.widgets import dialogs
from ccrt_coder.gui.widgets.file_dialogs import FileKind, ask_open, ask_save
from ccrt_coder.gui.widgets.plain_text import as_text
from ccrt_coder.gui.widgets.report_boxes import done_box, report_error
from ccrt_coder.gui.widgets.terms import count
from ccrt_coder.gui.widgets.tr_marks import QT_TRANSLATE_NOOP
from ccrt_coder.usecases.project import Project

if TYPE_CHECKING:  # lxml stays unloaded until a REFI-QDA file is written or read
    from ccrt_coder.usecases.exchange import QdpxExportSummary, QdpxImportReport

QDPX_FILTER = QT_TRANSLATE_NOOP("exchange.qdpx_flows", "REFI-QDA projects (*.qdpx);;All files (*)")
MAX_LISTED = 8  # unmapped codes named in the message; the details list them all


def export_in_worker(
    project_path: Path, out: Path, progress: Progress, pseudonymize: bool = False
) -> QdpxExportSummary:
    with Project.open(project_path) as project:
        return project.export_qdpx(out, progress, pseudonymize)


def ask_qdpx_target(parent: QWidget, project_path: Path) -> Path | None:
    path, _ = ask_save(
        parent,
        FileKind.QDPX,
        QCoreApplication.translate("exchange.qdpx_flows", "Export REFI-QDA project"),
        f"{project_path.stem}.qdpx",
        QCoreApplication.translate("exchange.qdpx_flows", QDPX_FILTER),
    )
    if path is None:
        return None
    return path if path.suffix.lower() == ".qdpx" else path.with_name(path.name + ".qdpx")


def ask_qdpx_source(parent: QWidget) -> Path | None:
    return ask_open(
        parent,
        FileKind.QDPX,
        QCoreApplication.translate("exchange.qdpx_flows", "Import REFI-QDA project"),
        QCoreApplication.translate("exchange.qdpx_flows", QDPX_FILTER),
    )


def ask_new_project_for(parent: QWidget, qdpx: Path) -> Path | None:
    """Where the imported project goes: named after the .qdpx, where projects were last kept."""
    path, _ = ask_save(
        parent,
        FileKind.PROJECT,
        QCoreApplication.translate("exchange.qdpx_flows", "Save the imported project as"),
        f"{qdpx.stem}{dialogs.PROJECT_SUFFIX}",
        dialogs.project_filter(),
        confirm_overwrite=False,  # an existing project is refused
    )
    if path is None:
        return None
    return path if dialogs.is_project_path(path) else path.with_name(path.name + ".ccrt")


def import_summary(report: QdpxImportReport, project: Path) -> tuple[str, str]:
    """The message after an import, and what could not be mapped (or that all was)."""
    text = QCoreApplication.translate(
        "exchange.qdpx_flows", "Created {project} from {source}: {interviews}, {res}, {units}."
    ).format(
        project=project.name,
        source=Path(report.source).name,
        interviews=count(len(report.interviews), "interview"),
        res=count(report.res, "RE"),
        units=count(report.units, "unit"),
    )
    unmapped = sum(n for _code, n in report.unmapped_codes)
    if report.unmapped_codes:
        names = ", ".join(f"{code!r} ({n})" for code, n in report.unmapped_codes[:MAX_LISTED])
        more = len(report.unmapped_codes) - MAX_LISTED
        detail = QCoreApplication.translate(
            "exchange.qdpx_flows",
            "{n_unmapped_codes} codes could not be mapped to W, RO or RS; their "
            "{unmapped:,} codings were not imported: {names}",
        ).format(n_unmapped_codes=len(report.unmapped_codes), unmapped=unmapped, names=names) + (
            QCoreApplication.translate(
                "exchange.qdpx_flows", " and {more} more (see the details)."
            ).format(more=more)
            if more > 0
            else "."
        )
    else:
        detail = QCoreApplication.translate(
            "exchange.qdpx_flows", "Every code was mapped to a component (W, RO, RS)."
        )
    return text, detail


class QdpxJob(QObject):
    """One REFI-QDA export or import: a progress box while it runs, then the report."""

    succeeded = Signal(object)  # the service's summary or report

    def __init__(self, parent: QWidget, title: str, label: str) -> None:
        super().__init__(parent)
        self._parent, self._title = parent, title
        self.result_box: QMessageBox | None = None
        self.box = QProgressDialog(as_text(label), "", 0, 0, parent)  # it names a file
        self.box.setWindowTitle(title)
        self.box.setCancelButton(None)  # the services cannot stop
        self.box.setWindowModality(Qt.WindowModality.WindowModal)
        self.box.setMinimumDuration(300)  # a quick job shows no box at all
        self.box.setAutoClose(False)
        self.box.setAutoReset(False)
        self.job = BackgroundJob(self)
        self.job.progressed.connect(self._on_progress)
        self.job.finished.connect(self._on_finished)
        self.job.failed.connect(self._on_failed)

    def start(self, work: Callable[[Progress, Cancelled], object]) -> None:
        self.box.setValue(0)
        self.job.start(work)

    def _on_progress(self, done: int, total: int) -> None:
        self.box.setMaximum(max(total, 1))
        self.box.setValue(done)

    def _on_finished(self, result: object) -> None:
        self.box.close()
        self.succeeded.emit(result)

    def _on_failed(self, error: BaseException) -> None:
        self.box.close()
        report_error(self._parent, self.tr("{title} failed").format(title=self._title), error)


def export_qdpx(
    parent: QWidget, project_path: Path, out: Path, pseudonymize: bool = False
) -> QdpxJob:
    """Write ``out`` on a worker; then "Export finished" with an "Open folder" button."""
    job = QdpxJob(
        parent,
        QCoreApplication.translate("exchange.qdpx_flows", "Export REFI-QDA"),
        QCoreApplication.translate("exchange.qdpx_flows", "Writing {name}…").format(name=out.name),
    )
    job.succeeded.connect(lambda summary: _exported(parent, job, summary))
    job.start(
        lambda progress, _cancelled: export_in_worker(project_path, out, progress, pseudonymize)
    )
    return job


def _exported(parent: QWidget, job: QdpxJob, summary: QdpxExportSummary) -> None:
    job.result_box = done_box(
        parent,
        QCoreApplication.translate("exchange.qdpx_flows", "Export finished"),
        QCoreApplication.translate(
            "exchange.qdpx_flows",
            "Exported {sources} transcripts, {res:,} REs and {units:,} units of "
            "{coders} coders as a REFI-QDA project:",
        ).format(
            sources=summary.sources, res=summary.res, units=summary.units, coders=summary.coders
        ),
        [summary.path],
    )


def import_qdpx(parent: QWidget, qdpx: Path, out: Path, opened: Callable[[Path], bool]) -> QdpxJob:
    """Create ``out`` from ``qdpx`` on a worker, ``opened(out)`` it, then show the report."""
    job = QdpxJob(
        parent,
        QCoreApplication.translate("exchange.qdpx_flows", "Import REFI-QDA"),
        QCoreApplication.translate("exchange.qdpx_flows", "Reading {name}…").format(name=qdpx.name),
    )
    job.succeeded.connect(lambda report: _imported(parent, job, report, out, opened))
    job.start(lambda _progress, _cancelled: Project.import_qdpx(qdpx, out))
    return job


def _imported(
    parent: QWidget,
    job: QdpxJob,
    report: QdpxImportReport,
    out: Path,
    opened: Callable[[Path], bool],
) -> None:
    opened(out)
    text, detail = import_summary(report, out)
    box = done_box(
        parent,
        QCoreApplication.translate("exchange.qdpx_flows", "REFI-QDA project imported"),
        text,
        details=detail,
    )
    box.setDetailedText("\n".join(report.lines()))
    if report.unmapped_codes:
        box.setIcon(QMessageBox.Icon.Warning)
    job.result_box = box
