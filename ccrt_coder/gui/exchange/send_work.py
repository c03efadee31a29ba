"""File ▸ Send my work…: the current coder's coder copy, written to a file the user picks.

What a coder mails back to the project lead; the lead merges it with File ▸ Merge coders'
projects…, which brings exactly this coder's work (merging it twice changes nothing).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ccrt_coder.gui.exchange.qdpx_flows import QdpxJob
from ccrt_coder.gui.widgets import dialogs, file_dialogs
from ccrt_coder.gui.widgets.file_dialogs import FileKind
from ccrt_coder.gui.widgets.report_boxes import done_box
from ccrt_coder.gui.widgets.terms import count
from ccrt_coder.usecases.coder_copies import CoderCopyReport, copy_file_name
from ccrt_coder.usecases.domain import Progress
from ccrt_coder.usecases.project import Project


def send_in_worker(
    project_path: Path, coder: str, out: Path, progress: Progress
) -> CoderCopyReport:
    """On a worker thread, with its own connection; the save dialog asked before replacing."""
    with Project.open(project_path) as project:
        return project.write_coder_copy(coder, out, overwrite=True, progress=progress)


def ask_target(parent: QWidget, project_path: Path, coder: str) -> Path | None:
    """Where the work goes: ``<project>-<coder>.ccrt`` in the folder last used for copies."""
    path, _ = file_dialogs.ask_save(
        parent,
        FileKind.CODER_COPIES,
        QCoreApplication.translate("exchange.send_work", "Send my work: save it as"),
        copy_file_name(project_path, coder),
        dialogs.project_filter(),
    )
    if path is None:
        return None
    return path if dialogs.is_project_path(path) else path.with_name(path.name + ".ccrt")


def send_work(parent: QWidget, project_path: Path, coder: str, out: Path) -> QdpxJob:
    """Write ``coder``'s copy to ``out`` on a worker (a progress box), then say what it holds."""
    job = QdpxJob(
        parent,
        QCoreApplication.translate("exchange.send_work", "Send my work"),
        QCoreApplication.translate("exchange.send_work", "Writing {name}…").format(name=out.name),
    )
    job.succeeded.connect(lambda report: _written(parent, job, report))
    job.start(lambda progress, _cancelled: send_in_worker(project_path, coder, out, progress))
    return job


def _written(parent: QWidget, job: QdpxJob, report: CoderCopyReport) -> None:
    job.result_box = done_box(
        parent,
        QCoreApplication.translate("exchange.send_work", "Your work is ready to send"),
        QCoreApplication.translate(
            "exchange.send_work",
            "Wrote your own work as {coder}, {units} and {ratings}, with nothing of the other "
            "coders. Send this file to your project lead, who merges it into the study:",
        ).format(
            coder=report.coder,
            units=count(report.units, "unit"),
            ratings=count(report.ratings, "rating"),
        ),
        [report.path],
    )
