"""File ▸ Export…: the dialog writes the workbook on a worker, cancels cleanly, tells errors."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices

from ccrt_coder.gui.exchange.export_dialog import CANCELLED, ExportDialog
from ccrt_coder.usecases.export import ExportOptions
from ccrt_coder.usecases.project import Project
from tests.demo_counts import DEMO
from tests.gui.exchange_helpers import CODER_A, capture_warnings, demo_study


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    return demo_study(tmp_path / "study")


@pytest.fixture
def dialog(qtbot, demo: Path) -> Iterator[ExportDialog]:
    with Project.open(demo) as project:
        dialog = ExportDialog(project)
        qtbot.addWidget(dialog)
        dialog.show()
        yield dialog
        qtbot.waitUntil(lambda: not dialog.job.is_running())


def export_to(qtbot, dialog: ExportDialog, out: Path) -> None:
    dialog.ui.fileEdit.setText(str(out))
    assert dialog.export_button.isEnabled()
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)


def test_the_dialog_exports_a_workbook_with_the_units_sheet(
    qtbot, dialog: ExportDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out" / "coded set.xlsx"
    out.parent.mkdir()
    export_to(qtbot, dialog, out)
    qtbot.waitUntil(lambda: dialog.result_box is not None, timeout=30_000)
    box = dialog.result_box
    assert box is not None
    qtbot.addWidget(box)
    workbook = openpyxl.load_workbook(out, read_only=True)
    assert workbook.sheetnames[0] == "Units"
    assert sum(1 for _row in workbook["Units"].iter_rows(values_only=True)) == DEMO.all_units + 1
    workbook.close()
    assert str(out) in box.informativeText()
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    folder = next(b for b in box.buttons() if b.text() == "Open folder")
    folder.click()
    assert [url.toLocalFile() for url in opened] == [str(out.parent)]
    assert box.isVisible()  # the names stay readable after opening the folder
    assert not dialog.isVisible()


def test_cancel_after_the_first_progress_writes_nothing(
    qtbot, dialog: ExportDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The worker is held after its first progress report until Cancel was pressed."""
    cancel_pressed = threading.Event()
    export = Project.export

    def held_export(self, out, options=None, progress=None, cancelled=None):  # type: ignore[no-untyped-def]
        def report(done: int, total: int) -> None:
            progress(done, total)
            cancel_pressed.wait(10)

        return export(self, out, options, report, cancelled)

    monkeypatch.setattr(Project, "export", held_export)
    out = tmp_path / "cancelled" / "coded.xlsx"
    out.parent.mkdir()
    export_to(qtbot, dialog, out)
    qtbot.waitUntil(lambda: dialog.ui.progressBar.maximum() > 0)  # the first report arrived
    assert dialog.ui.cancelButton.isVisible()
    qtbot.mouseClick(dialog.ui.cancelButton, Qt.MouseButton.LeftButton)
    cancel_pressed.set()
    qtbot.waitUntil(lambda: not dialog.job.is_running(), timeout=30_000)
    assert dialog.ui.statusLabel.text() == CANCELLED
    assert list(out.parent.iterdir()) == []  # neither the target nor a temporary file
    assert dialog.isVisible() and dialog.export_button.isEnabled()
    assert dialog.result_box is None


def test_an_unwritable_folder_is_reported(
    qtbot, dialog: ExportDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    warnings = capture_warnings(monkeypatch)
    export_to(qtbot, dialog, tmp_path / "no such folder" / "coded.xlsx")
    qtbot.waitUntil(lambda: bool(warnings), timeout=30_000)
    title, message = warnings[0]
    assert title == "Export failed"
    assert "no such folder" in message and "does not exist" in message
    assert dialog.isVisible() and dialog.ui.fileEdit.isEnabled()


def test_the_choices_become_export_options(dialog: ExportDialog) -> None:
    assert dialog.options() == ExportOptions()  # everything: all coders, both layers, all sheets
    coders = dialog.ui.coderList
    for row in range(coders.count()):
        if coders.item(row).text() != CODER_A:
            coders.item(row).setCheckState(Qt.CheckState.Unchecked)
    dialog.ui.consensusRadio.setChecked(True)
    dialog.set_sheets(["units", "about"])
    assert dialog.options() == ExportOptions((CODER_A,), "consensus", ("units", "about"))


def test_csv_writes_one_file_per_sheet_and_export_needs_a_coder_and_a_sheet(
    dialog: ExportDialog, tmp_path: Path
) -> None:
    dialog.ui.fileEdit.setText(str(tmp_path / "coded.csv"))
    dialog.set_sheets(["units", "res"])
    assert dialog.files_to_write() == [tmp_path / "coded-units.csv", tmp_path / "coded-res.csv"]
    assert dialog.ui.formatHint.text().startswith("One CSV file per sheet (coded-units.csv")
    dialog.set_sheets([])
    assert not dialog.export_button.isEnabled()
    dialog.set_sheets(["units"])
    for row in range(dialog.ui.coderList.count()):
        dialog.ui.coderList.item(row).setCheckState(Qt.CheckState.Unchecked)
    assert not dialog.export_button.isEnabled()
    dialog.ui.coderList.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.ui.fileEdit.setText(str(tmp_path / "coded.ods"))
    assert not dialog.export_button.isEnabled()
    assert "must end in .xlsx or .csv" in dialog.ui.formatHint.text()
