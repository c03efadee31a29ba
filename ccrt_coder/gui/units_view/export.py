"""Export of the Units view: the listed units and the matrix as one .xlsx, on a worker thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPushButton, QWidget

from ccrt_coder.gui.widgets.file_dialogs import FileKind, ask_save
from ccrt_coder.gui.widgets.report_boxes import done_box, report_error
from ccrt_coder.gui.workers import run_in_background
from ccrt_coder.usecases.domain import UnitFilter
from ccrt_coder.usecases.project import Project


def ask_export_path(parent: QWidget) -> Path | None:
    """The workbook to write (``.xlsx`` added when the name lacks it); None if cancelled."""
    path, _used = ask_save(
        parent,
        FileKind.UNITS_TABLE,
        QCoreApplication.translate("units_view.export", "Export units"),
        "units.xlsx",
        QCoreApplication.translate("units_view.export", "Excel workbook (*.xlsx)"),
    )
    if path is None:
        return None
    return path if path.suffix.lower() == ".xlsx" else path.with_name(path.name + ".xlsx")


def write_units(
    project_path: Path,
    out: Path,
    unit_filter: UnitFilter,
    order: tuple[str | None, bool],
    level: str,
    pseudonymize: bool = False,
) -> dict[str, int]:
    """Write the workbook through a connection of its own (runs on a worker thread);
    ``order``: the sort column and whether descending."""
    sort, descending = order
    with Project.open(project_path) as project:
        return project.unit_browser().export_xlsx(
            out, unit_filter, sort, descending, level, pseudonymize
        )


def export_units(
    parent: QWidget,
    project_path: Path,
    out: Path,
    unit_filter: UnitFilter,
    order: tuple[str | None, bool],
    level: str,
    button: QPushButton | None = None,
    pseudonymize: bool = False,
) -> None:
    """Write in the background; a box says how many rows went to each sheet, or what failed."""
    if button is not None:
        button.setEnabled(False)

    def done(rows: dict[str, int]) -> None:
        if button is not None:
            button.setEnabled(True)
        text = QCoreApplication.translate(
            "units_view.export", "Wrote {units} units, {matrix} matrix rows and {memos} memos."
        ).format(
            units=rows.get("Units", 0), matrix=rows.get("Matrix", 0), memos=rows.get("Memos", 0)
        )
        done_box(
            parent, QCoreApplication.translate("units_view.export", "Units exported"), text, [out]
        )

    def failed(error: BaseException) -> None:
        if button is not None:
            button.setEnabled(True)
        report_error(
            parent,
            QCoreApplication.translate("units_view.export", "Cannot export the units"),
            error,
        )

    run_in_background(
        lambda: write_units(project_path, out, unit_filter, order, level, pseudonymize),
        done,
        failed,
        context=parent,
    )
