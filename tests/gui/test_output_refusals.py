"""The GUI refuses what the CLI refuses, in the same one line: a read-only export target, a CSV
set one of whose files cannot be replaced, a merge whose backup fails its check, a change to a
project opened read-only."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from ccrt_coder.gui.coders.coders_dialog import CodersDialog
from ccrt_coder.gui.exchange.export_dialog import ExportDialog
from ccrt_coder.gui.exchange.merge_dialog import MergeDialog
from ccrt_coder.gui.shell.main_window import MainWindow
from ccrt_coder.usecases.project import Project
from tests.gui.design_helpers import trigger_project_entry
from tests.gui.exchange_helpers import capture_warnings, copy_without, demo_study
from tests.gui.workspace_helpers import answer_next_box, empty_window, open_as


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


def _export(qtbot, dialog: ExportDialog, out: Path, warnings: list[tuple[str, str]]) -> str:
    """Export to ``out`` (answering "replace?" with yes); the warning's message."""
    asked: list[str] = []
    answer_next_box(qtbot, "Yes", asked)
    dialog.ui.fileEdit.setText(str(out))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(warnings), timeout=30_000)
    title, message = warnings[0]
    assert title == "Export failed" and asked
    return message


def test_the_export_dialog_refuses_a_read_only_target_without_offering_to_replace_it(
    qtbot, dialog: ExportDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "coded.xlsx"
    out.write_text("kept")
    out.chmod(0o444)
    warnings = capture_warnings(monkeypatch)
    dialog.ui.fileEdit.setText(str(out))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)  # no "Replace?" box
    assert warnings == [("Cannot write there", f"cannot replace {out}: the file is read-only")]
    assert not dialog.job.is_running() and dialog.export_button.isEnabled()
    assert out.read_text() == "kept"


def test_the_export_dialog_keeps_the_old_csv_set_when_one_file_is_locked(
    qtbot, dialog: ExportDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out" / "coded.csv"
    out.parent.mkdir()
    dialog.set_sheets(["units", "res", "about"])
    old = {name: f"old {name}" for name in ("coded-units.csv", "coded-res.csv", "coded-about.csv")}
    for name, text in old.items():
        (out.parent / name).write_text(text)
    locked = out.parent / "coded-about.csv"
    real_replace = os.replace

    def replace(source, destination):  # as Windows does while Excel has the file open
        if locked in (Path(source), Path(destination)):
            raise PermissionError(13, "The process cannot access the file")
        real_replace(source, destination)

    monkeypatch.setattr(os, "replace", replace)
    message = _export(qtbot, dialog, out, capture_warnings(monkeypatch))
    assert message.startswith(f"cannot replace {locked}: ") and "\n" not in message
    assert message.endswith("no file was changed")
    assert {p.name: p.read_text() for p in out.parent.iterdir()} == old


@pytest.fixture
def window(qtbot, tmp_path: Path) -> MainWindow:
    original = demo_study(tmp_path / "original")
    target = copy_without(original, tmp_path / "lead.ccrt", "Coder B (M. Costa)")
    window = empty_window(qtbot)
    assert window.open_project(target)
    window.source = original  # type: ignore[attr-defined]
    return window


def test_a_merge_whose_backup_fails_its_check_is_refused(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ccrt_coder.storage import schema

    real_snapshot = schema.snapshot

    def cut_short(path: Path, copy: Path) -> None:
        real_snapshot(path, copy)
        with copy.open("r+b") as handle:
            handle.truncate(copy.stat().st_size - 100)

    monkeypatch.setattr(schema, "snapshot", cut_short)
    warnings = capture_warnings(monkeypatch)
    window.exchange.merge_action.trigger()
    dialog = window.exchange.dialog
    assert isinstance(dialog, MergeDialog)
    dialog.add_sources([window.source])  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: dialog.plan() is not None, timeout=30_000)
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(warnings), timeout=30_000)
    assert warnings[0][0] == "Merge failed"
    assert warnings[0][1].startswith("the backup of lead.ccrt failed its check (")
    assert not list(tmp_path.glob("lead.ccrt.bak-*"))


def test_a_change_to_a_project_opened_read_only_says_so_in_one_line(
    qtbot, project_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ccrt_coder.storage import read_only_db

    monkeypatch.setattr(read_only_db, "writable", lambda _path: False)  # root writes anywhere
    before = project_path.read_bytes()
    window = open_as(qtbot, project_path, "Anna", lead=True)
    assert window.windowTitle() == f"CCRT Coder — {project_path.name} (read-only) — Anna"
    dialog = trigger_project_entry(qtbot, window, "Coders…")
    assert isinstance(dialog, CodersDialog)
    qtbot.keyClicks(dialog.new_name, "B. Meyer")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == (
        f"Cannot change {project_path.name}: it is open read-only (the file or its folder "
        "cannot be written); copy it to a folder you can write to"
    )
    assert project_path.read_bytes() == before
    assert not list(project_path.parent.glob(f"{project_path.name}?*"))  # no -wal, -shm
