"""The import dialog's pieces that need no dialog: its workers, its table and what it says."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from ccrt_coder.gui.background_job import Cancelled, Progress
from ccrt_coder.gui.study.import_delegate import ImportCellDelegate
from ccrt_coder.gui.study.import_model import (
    DYAD,
    ENCODING,
    FILE,
    NARRATOR,
    PHASE,
    RES,
    STATUS,
    ImportTableModel,
)
from ccrt_coder.gui.widgets.terms import count
from ccrt_coder.gui.widgets.tr_marks import QT_TRANSLATE_NOOP
from ccrt_coder.usecases.domain import StudySettings
from ccrt_coder.usecases.project import Project
from ccrt_coder.usecases.transcript_import import (
    ImportReport,
    InterviewDraft,
    ReadFile,
    expand_paths,
    read_import_files,
)

FILE_FILTER = QT_TRANSLATE_NOOP(
    "study.import_parts", "Transcripts and RE tables (*.txt *.docx *.csv *.xlsx);;All files (*)"
)
COLUMN_WIDTHS = {FILE: 190, DYAD: 90, NARRATOR: 85, PHASE: 55, RES: 130, ENCODING: 115}
SHOWN_BLOCKERS = 3


def read_in_worker(
    paths: Sequence[Path], settings: StudySettings, progress: Progress, cancelled: Cancelled
) -> list[ReadFile]:
    """On a worker thread: no project needed, only the study's phases and other-person types."""
    return read_import_files(expand_paths(paths), settings, progress, cancelled)


def import_in_worker(
    project_path: Path,
    drafts: Sequence[InterviewDraft],
    replace: bool,
    progress: Progress,
    cancelled: Cancelled,
) -> ImportReport:
    """On a worker thread, with its own connection to the project (never the window's)."""
    with Project.open(project_path) as project:
        return project.import_narratives(drafts, replace, progress, cancelled)


def make_table(model: ImportTableModel, phases: tuple[int, ...]) -> QTableView:
    """Rows select whole; a problem wraps in its row, so it can be read without a tooltip."""
    table = QTableView()
    table.setModel(model)
    table.setItemDelegate(ImportCellDelegate(phases, table))
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(
        QAbstractItemView.EditTrigger.DoubleClicked
        | QAbstractItemView.EditTrigger.EditKeyPressed
        | QAbstractItemView.EditTrigger.AnyKeyPressed
    )
    table.verticalHeader().hide()
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.setWordWrap(True)
    header = table.horizontalHeader()
    for column, width in COLUMN_WIDTHS.items():
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        title_width = header.sectionSizeHint(column)  # a longer translated title must fit
        table.setColumnWidth(column, max(width, title_width))
    header.setSectionResizeMode(STATUS, QHeaderView.ResizeMode.Stretch)
    header.setMinimumSectionSize(50)
    return table


def span_table_rows(table: QTableView, model: ImportTableModel) -> None:
    """A table's "from columns" spans its dyad, narrator and phase cells."""
    table.clearSpans()
    for row in model.table_rows():
        table.setSpan(row, DYAD, 1, PHASE - DYAD + 1)


def summary_text(model: ImportTableModel) -> str:
    """``8 files: 6 interviews, 9 REs; new dyads: D05, P07. Import is blocked by …``"""
    blockers = model.blockers()
    interviews, res, dyads = model.totals()
    files = model.file_count()
    if not files:
        return QCoreApplication.translate("study.import_parts", "No files yet.")
    text = QCoreApplication.translate("study.import_parts", "{files}: {interviews}, {res}").format(
        files=count(files, "file"),
        interviews=count(interviews, "interview"),
        res=count(res, "RE"),
    )
    if dyads:
        text += QCoreApplication.translate("study.import_parts", "; new dyads: {dyads}").format(
            dyads=", ".join(dyads)
        )
    text += "."
    if blockers:
        names = ", ".join(name for name, _why in blockers[:SHOWN_BLOCKERS])
        more = len(blockers) - SHOWN_BLOCKERS
        text += " " + QCoreApplication.translate(
            "study.import_parts", "Import is blocked by {files}: {names}{more}."
        ).format(
            files=count(len(blockers), "file"),
            names=names,
            more=QCoreApplication.translate("study.import_parts", " and {n} more").format(n=more)
            if more > 0
            else "",
        )
    return text


def done_text(report: ImportReport) -> str:
    text = QCoreApplication.translate(
        "study.import_parts", "Imported {interviews} with {res}."
    ).format(interviews=count(len(report.interviews), "interview"), res=count(report.res, "RE"))
    if report.replaced:
        text += " " + QCoreApplication.translate(
            "study.import_parts", "Replaced the transcript of {interviews}."
        ).format(interviews=", ".join(report.replaced))
    return text
