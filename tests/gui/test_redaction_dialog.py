"""Project ▸ Names to redact… and the Export dialog's Pseudonymise box, as a user works them."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from PySide6.QtCore import Qt

from ccrt_coder.gui.exchange.export_dialog import ExportDialog
from ccrt_coder.gui.exchange.redaction_dialog import LABEL, NAME, RedactionDialog
from ccrt_coder.gui.shell.menu_bar import menu_named
from ccrt_coder.usecases.project import Project
from tests.gui.coding_helpers import open_window
from tests.gui.exchange_helpers import CODER_A


def counted(qtbot, dialog: RedactionDialog) -> list[tuple[str, str, str]]:
    """The table once the worker's counts are in."""
    qtbot.waitUntil(lambda: "replacements" in dialog.summary.text(), timeout=20_000)
    return dialog.rows()


def row_of(dialog: RedactionDialog, name: str) -> int:
    return next(n for n, row in enumerate(dialog.rows()) if row[NAME] == name)


def test_the_menu_dialog_adds_relabels_and_removes_names(qtbot, demo_path: Path) -> None:
    window = open_window(qtbot, demo_path, CODER_A)
    project_menu = menu_named(window.menuBar(), "projectMenu", "")
    action = next(a for a in project_menu.actions() if a.text() == "&Names to redact…")
    assert action.isEnabled()
    action.trigger()
    dialog = window.redaction.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    rows = counted(qtbot, dialog)
    assert ("Renate", "[MOTHER]", "6") in rows and ("Coder A (L. Berger)", "Coder 1", "1") in rows
    assert not dialog.remove_button.isEnabled()  # nothing added yet

    qtbot.keyClicks(dialog.name_edit, "Lisbon")
    qtbot.keyClicks(dialog.label_edit, "[CITY]")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert ("Lisbon", "[CITY]", "1") in counted(qtbot, dialog)
    assert dialog.name_edit.text() == ""

    dialog.table.item(row_of(dialog, "Renate"), LABEL).setText("[MUM]")  # edited in place
    assert ("Renate", "[MUM]", "6") in counted(qtbot, dialog)

    dialog.table.selectRow(row_of(dialog, "Lisbon"))
    assert dialog.remove_button.isEnabled()
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    rows = counted(qtbot, dialog)
    assert all(row[NAME] != "Lisbon" for row in rows)
    with Project.open(demo_path) as project:
        labels = {e.name: e.label for e in project.names_to_redact().entries()}
    assert labels["Renate"] == "[MUM]" and "Lisbon" not in labels


def test_the_export_dialog_writes_a_pseudonymised_workbook(
    qtbot, demo_project: Project, tmp_path: Path
) -> None:
    demo_project.names_to_redact().add("Lisbon", "[CITY]")
    dialog = ExportDialog(demo_project)
    qtbot.addWidget(dialog)
    dialog.show()
    preview = dialog.pseudonymize.preview()  # "Preview replacements…"
    assert ("Lisbon", "[CITY]", "1") in counted(qtbot, preview)
    preview.close()
    assert not dialog.options().pseudonymize
    dialog.pseudonymize.check.click()
    assert dialog.options().pseudonymize
    out = tmp_path / "pseudo.xlsx"
    dialog.ui.fileEdit.setText(str(out))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result_box is not None, timeout=30_000)
    assert dialog.result_box is not None
    qtbot.addWidget(dialog.result_box)
    workbook = openpyxl.load_workbook(out, read_only=True)
    text = "\n".join(
        str(value)
        for sheet in workbook.worksheets
        for row in sheet.iter_rows(values_only=True)
        for value in row
        if value is not None
    )
    for name in ("Renate", "Lisbon", "Dr. Weber", "L. Berger", "Jonas"):
        assert name not in text
    assert "[CITY]" in text and "[MOTHER]" in text


def test_the_qdpx_export_asks_and_writes_a_pseudonymised_file(
    qtbot, demo_path: Path, tmp_path: Path, monkeypatch
) -> None:
    import zipfile

    from PySide6.QtWidgets import QFileDialog

    window = open_window(qtbot, demo_path, CODER_A)
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(tmp_path / "share"), "")
    )
    choice = window.exchange.ask_export_qdpx()
    assert choice is not None and choice.isVisible()
    choice.option.check.click()
    choice.accept()
    job = window.exchange.qdpx_job
    assert job is not None
    qtbot.waitUntil(lambda: job.result_box is not None, timeout=30_000)
    with zipfile.ZipFile(tmp_path / "share.qdpx") as archive:
        text = "".join(archive.read(name).decode("utf-8") for name in archive.namelist())
    assert "[MOTHER]" in text and "Renate" not in text and "L. Berger" not in text


def test_the_units_view_exports_pseudonymised_when_ticked(
    qtbot, demo_path: Path, tmp_path: Path, monkeypatch
) -> None:
    from PySide6.QtCore import QThreadPool

    from ccrt_coder.gui.units_view import view as view_module
    from tests.gui.test_units_view import units_view

    window = open_window(qtbot, demo_path, CODER_A)
    window.blind.preview_unblinded()
    view = units_view(qtbot, window)
    qtbot.waitUntil(lambda: view.model.total() > 0, timeout=20_000)
    out = tmp_path / "units.xlsx"
    monkeypatch.setattr(view_module, "ask_export_path", lambda _parent: out)
    assert not view.pseudonymize.isChecked()
    view.pseudonymize.click()
    qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: out.exists() and view.export_button.isEnabled(), timeout=20_000)
    book = openpyxl.load_workbook(out, read_only=True)
    text = "\n".join(
        str(v) for s in book.worksheets for r in s.iter_rows(values_only=True) for v in r if v
    )
    assert "Coder 1" in text and "L. Berger" not in text and "Renate" not in text
    QThreadPool.globalInstance().waitForDone(10_000)
