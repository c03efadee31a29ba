"""File ▸ Report…: the dialog writes the report on a worker, cancels cleanly, tells errors."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import docx
import pytest
from PySide6.QtCore import Qt

from ccrt_coder.gui.exchange.report_dialog import ReportDialog
from ccrt_coder.gui.shell.main_window import MainWindow
from ccrt_coder.usecases.project import Project
from ccrt_coder.usecases.report import ReportOptions
from tests.gui.exchange_helpers import CODER_A, capture_warnings
from tests.gui.workspace_helpers import empty_window


@pytest.fixture
def dialog(qtbot, demo_project: Project) -> Iterator[ReportDialog]:
    dialog = ReportDialog(demo_project)
    qtbot.addWidget(dialog)
    dialog.show()
    yield dialog
    qtbot.waitUntil(lambda: not dialog.job.is_running(), timeout=60_000)


def write_to(qtbot, dialog: ReportDialog, out: Path) -> None:
    dialog.file_edit.setText(str(out))
    assert dialog.write_button.isEnabled()
    qtbot.mouseClick(dialog.write_button, Qt.MouseButton.LeftButton)


def test_the_menu_entry_opens_the_dialog_with_a_project(qtbot, demo_path: Path) -> None:
    window: MainWindow = empty_window(qtbot)
    report = window.exchange.report
    assert report.action.text() == "Report for pub&lication…"  # no clash with Open &recent
    assert not report.action.isEnabled()
    assert window.open_project(demo_path)
    assert report.action.isEnabled()
    report.action.trigger()
    assert isinstance(report.dialog, ReportDialog) and report.dialog.isVisible()
    qtbot.addWidget(report.dialog)
    report.dialog.reject()
    window.close_project()
    assert not report.action.isEnabled()


def test_the_dialog_writes_a_docx_with_tables_and_charts(
    qtbot, dialog: ReportDialog, tmp_path: Path
) -> None:
    dialog.layer_combo.setCurrentIndex(dialog.layer_combo.findData(CODER_A))
    dialog.level_combo.setCurrentIndex(dialog.level_combo.findData("category"))
    assert dialog.options() == ReportOptions((), CODER_A, "category")
    out = tmp_path / "manuscript.docx"
    write_to(qtbot, dialog, out)
    assert not dialog.file_edit.isEnabled() and dialog.cancel_button.isVisible()
    qtbot.waitUntil(lambda: dialog.result_box is not None, timeout=60_000)
    box = dialog.result_box
    assert box is not None
    qtbot.addWidget(box)
    assert str(out) in box.informativeText()
    assert "12 tables and 3 figures" in box.text()
    document = docx.Document(str(out))
    assert len(document.tables) == 12 and len(document.inline_shapes) == 3
    assert any(f"own layer of coder {CODER_A}" in p.text for p in document.paragraphs)


def test_the_file_must_be_docx_or_html_and_two_coders_must_be_checked(
    dialog: ReportDialog, tmp_path: Path
) -> None:
    dialog.file_edit.setText(str(tmp_path / "r.pdf"))
    assert not dialog.write_button.isEnabled()
    assert ".docx or .html" in dialog.format_hint.text()
    dialog.file_edit.setText(str(tmp_path / "r.html"))
    assert dialog.write_button.isEnabled()
    dialog.coder_list.item(0).setCheckState(Qt.CheckState.Unchecked)
    assert not dialog.write_button.isEnabled()


def test_cancel_writes_nothing(qtbot, dialog: ReportDialog, tmp_path: Path) -> None:
    out = tmp_path / "r.html"
    write_to(qtbot, dialog, out)
    dialog.cancel_button.click()
    qtbot.waitUntil(lambda: not dialog.job.is_running(), timeout=60_000)
    assert dialog.status_label.text() == "Report cancelled; nothing was written."
    assert dialog.file_edit.isEnabled() and dialog.isVisible()
    assert list(tmp_path.glob("*.html")) == [] and not list(tmp_path.glob(".*partial"))


def test_a_missing_folder_is_reported_not_raised(
    qtbot, dialog: ReportDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown = capture_warnings(monkeypatch)
    write_to(qtbot, dialog, tmp_path / "no such folder" / "r.docx")
    qtbot.waitUntil(lambda: bool(shown), timeout=60_000)
    assert shown[0][0] == "Report failed" and "does not exist" in shown[0][1]
    assert dialog.status_label.text() == "The report failed; nothing was written."


def test_the_pseudonymise_box_writes_a_report_without_the_coders_names(
    qtbot, dialog: ReportDialog, tmp_path: Path
) -> None:
    dialog.pseudonymize.check.click()
    assert dialog.options().pseudonymize
    out = tmp_path / "blind.docx"
    write_to(qtbot, dialog, out)
    qtbot.waitUntil(lambda: dialog.result_box is not None, timeout=60_000)
    qtbot.addWidget(dialog.result_box)
    document = docx.Document(str(out))
    texts = [p.text for p in document.paragraphs]
    texts += [c.text for t in document.tables for row in t.rows for c in row.cells]
    assert not any("Berger" in t or "Costa" in t for t in texts)
    assert any("Coder 1" in t for t in texts)
