"""File-menu entries that move coded work in and out: export, coded units, merge, REFI-QDA."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMenu, QMessageBox

from ccrt_coder.gui.shell.menu_bar import menu_named
from ccrt_coder.gui.shell.report_menu import ReportMenu

if TYPE_CHECKING:  # the dialogs are imported when first opened: start-up stays quick
    from ccrt_coder.gui.exchange.export_dialog import ExportDialog
    from ccrt_coder.gui.exchange.import_codes_dialog import ImportCodesDialog
    from ccrt_coder.gui.exchange.merge_dialog import MergeDialog
    from ccrt_coder.gui.exchange.pseudonymize_option import PseudonymizeChoice
    from ccrt_coder.gui.exchange.qdpx_flows import QdpxJob
    from ccrt_coder.gui.shell.window_host import ShellWindow
    from ccrt_coder.usecases.merge import MergeResult

D = TypeVar("D", bound=QDialog)


class ExchangeMenu(QObject):
    """Adds its entries to the File menu, above Close; most need an open project."""

    def __init__(self, window: ShellWindow, open_project: Callable[[Path], bool]) -> None:
        super().__init__(window)
        self._window = window
        self._open_project = open_project  # reopens after a merge; opens an imported project
        self.dialog: QDialog | None = None  # the last dialog opened (tests, screenshots)
        self.qdpx_job: QdpxJob | None = None
        self.result_box: QMessageBox | None = None  # what the last merge reported
        self.export_action = _action(window, self.tr("&Export…"), "Ctrl+E")
        self.import_codes_action = _action(window, self.tr("Import coded &units…"))
        self.merge_action = _action(window, self.tr("&Merge coders' projects…"))
        self.export_qdpx_action = _action(window, self.tr("E&xport REFI-QDA (.qdpx)…"))
        self.import_qdpx_action = _action(window, self.tr("Import REFI-QDA pro&ject…"))
        self._fill(menu_named(window.menuBar(), "fileMenu", self.tr("&File")))
        self.report = ReportMenu(window)  # File ▸ Report… (its own module; main_window is full)
        self.export_action.triggered.connect(self.open_export)
        self.import_codes_action.triggered.connect(self.open_import_codes)
        self.merge_action.triggered.connect(self.open_merge)
        self.export_qdpx_action.triggered.connect(self.ask_export_qdpx)
        self.import_qdpx_action.triggered.connect(self.ask_import_qdpx)
        window.project_opened.connect(lambda _path: self._enable(True))
        window.project_closed.connect(lambda: self._enable(False))
        self._enable(window.project is not None)

    def _fill(self, menu: QMenu) -> None:
        before = self._window.close_action
        menu.insertSeparator(before)
        menu.insertActions(
            before, [self.import_codes_action, self.import_qdpx_action, self.merge_action]
        )
        menu.insertSeparator(before)
        menu.insertActions(before, [self.export_action, self.export_qdpx_action])
        menu.insertSeparator(before)

    def _enable(self, is_open: bool) -> None:
        for action in (
            self.export_action,
            self.import_codes_action,
            self.merge_action,
            self.export_qdpx_action,
        ):
            action.setEnabled(is_open)

    # -- dialogs --------------------------------------------------------------------------------
    def open_export(self) -> ExportDialog | None:
        from ccrt_coder.gui.exchange.export_dialog import ExportDialog

        if self._window.project is None:
            return None
        return self._show(ExportDialog(self._window.project, self._window))

    def open_import_codes(self) -> ImportCodesDialog | None:
        from ccrt_coder.gui.exchange.import_codes_dialog import ImportCodesDialog

        if self._window.project is None:
            return None
        dialog = ImportCodesDialog(self._window.project, self._window)
        dialog.imported.connect(lambda _report: self.reload_project())
        return self._show(dialog)

    def open_merge(self) -> MergeDialog | None:
        from ccrt_coder.gui.exchange.merge_dialog import MergeDialog

        if self._window.project is None:
            return None
        dialog = MergeDialog(self._window.project, self._window)
        dialog.merged.connect(self._merged)
        return self._show(dialog)

    def _show(self, dialog: D) -> D:
        """Open ``dialog`` (window-modal); the one opened before it is let go."""
        if self.dialog is not None and not self.dialog.isVisible():
            self.dialog.deleteLater()
        self.dialog = dialog
        dialog.open()
        return dialog

    def _merged(self, result: MergeResult) -> None:
        from ccrt_coder.gui.exchange.merge_preview import describe_result
        from ccrt_coder.gui.widgets.report_boxes import done_box

        if result.backup is not None:
            self.reload_project()
        text, note, problems = describe_result(result)
        self.result_box = done_box(self._window, self.tr("Merge finished"), text, details=note)
        if problems:
            self.result_box.setDetailedText(problems)

    def reload_project(self) -> None:
        """Open the project anew (tree, coders, views); the window's PlaceKeeper returns to the
        same interview, RE and scroll position."""
        if self._window.project is not None:
            self._open_project(self._window.project.path)

    # -- REFI-QDA -------------------------------------------------------------------------------
    def ask_export_qdpx(self) -> PseudonymizeChoice | None:
        """The file, then plain or pseudonymised (the choice's Export starts the job)."""
        project = self._window.project
        if project is None:
            return None
        from ccrt_coder.gui.exchange import qdpx_flows as exchange_flows
        from ccrt_coder.gui.exchange.pseudonymize_option import PseudonymizeChoice

        out = exchange_flows.ask_qdpx_target(self._window, project.path)
        if out is None:
            return None
        choice = PseudonymizeChoice(project, out, self._window)
        choice.accepted.connect(lambda: self.export_qdpx(out, choice.option.is_checked()))
        choice.open()
        return choice

    def export_qdpx(self, out: Path, pseudonymize: bool = False) -> QdpxJob | None:
        project = self._window.project
        if project is None:
            return None
        from ccrt_coder.gui.exchange import qdpx_flows as exchange_flows

        self.qdpx_job = exchange_flows.export_qdpx(self._window, project.path, out, pseudonymize)
        return self.qdpx_job

    def ask_import_qdpx(self) -> QdpxJob | None:
        from ccrt_coder.gui.exchange import qdpx_flows as exchange_flows

        window = self._window
        qdpx = exchange_flows.ask_qdpx_source(window)
        out = exchange_flows.ask_new_project_for(window, qdpx) if qdpx else None
        return self.import_qdpx(qdpx, out) if qdpx and out else None

    def import_qdpx(self, qdpx: Path, out: Path) -> QdpxJob:
        from ccrt_coder.gui.exchange import qdpx_flows as exchange_flows

        self.qdpx_job = exchange_flows.import_qdpx(self._window, qdpx, out, self._open_project)
        return self.qdpx_job


def _action(window: ShellWindow, text: str, key: str | None = None) -> QAction:
    action = QAction(text, window)
    if key is not None:
        action.setShortcut(QKeySequence(key))
    return action
