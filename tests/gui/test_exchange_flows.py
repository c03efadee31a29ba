"""File menu: the exchange entries, and REFI-QDA export and import through the window."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QFileDialog

from ccrt_coder.gui.exchange.qdpx_flows import import_summary
from ccrt_coder.gui.shell.main_window import MainWindow
from ccrt_coder.io.qdpx_study import QdpxImportReport
from tests.demo_counts import DEMO
from tests.gui.exchange_helpers import capture_warnings, demo_study, unit_count
from tests.gui.workspace_helpers import empty_window


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    return demo_study(tmp_path / "study")


@pytest.fixture
def window(qtbot) -> MainWindow:
    window = empty_window(qtbot)
    return window


def file_menu_texts(window: MainWindow) -> list[str]:
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&File")
    return [a.text().replace("&", "") for a in menu.actions() if not a.isSeparator()]


def test_the_file_menu_offers_the_exchange_entries_when_a_project_is_open(
    window: MainWindow, demo: Path
) -> None:
    texts = file_menu_texts(window)
    wanted = [
        "Import coded units…",
        "Import REFI-QDA project…",
        "Merge coders' projects…",
        "Export…",
        "Export REFI-QDA (.qdpx)…",
        "Report for publication…",
        "Prepare coder copies…",
        "Send my work…",
        "Encrypt project…",
        "Change password…",
        "Decrypt project…",
        "Close project",
    ]
    assert texts[texts.index(wanted[0]) : texts.index("Close project") + 1] == wanted
    exchange = window.exchange
    assert exchange.export_action.shortcut() == QKeySequence("Ctrl+E")
    assert not exchange.export_action.isEnabled() and exchange.import_qdpx_action.isEnabled()
    assert window.open_project(demo)
    assert all(
        a.isEnabled()
        for a in (exchange.export_action, exchange.merge_action, exchange.import_codes_action)
    )
    window.close_project()
    assert not exchange.merge_action.isEnabled()


def test_export_qdpx_writes_a_zip_with_project_qde(
    qtbot, window: MainWindow, demo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.open_project(demo)
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(tmp_path / "for-maxqda"), "")
    )
    choice = window.exchange.ask_export_qdpx()  # the suffix is added to the name typed
    assert choice is not None and not choice.option.is_checked()
    choice.accept()  # Export, not pseudonymised
    job = window.exchange.qdpx_job
    assert job is not None
    qtbot.waitUntil(lambda: job.result_box is not None, timeout=30_000)
    out = tmp_path / "for-maxqda.qdpx"
    with zipfile.ZipFile(out) as archive:
        assert archive.testzip() is None
        assert "project.qde" in archive.namelist()
    assert str(out) in job.result_box.informativeText()
    assert f"{DEMO.all_units} units of 2 coders" in job.result_box.text()


def test_import_qdpx_opens_the_new_project_and_shows_the_report(
    qtbot, window: MainWindow, demo: Path, tmp_path: Path
) -> None:
    window.open_project(demo)
    qdpx = tmp_path / "demo.qdpx"
    window.project.export_qdpx(qdpx)
    out = tmp_path / "from-qdpx.ccrt"
    job = window.exchange.import_qdpx(qdpx, out)
    qtbot.waitUntil(lambda: job.result_box is not None, timeout=30_000)
    assert window.project is not None and window.project.path == out
    assert unit_count(out) == unit_count(demo) == DEMO.all_units
    box = job.result_box
    assert box.text().startswith(
        f"Created from-qdpx.ccrt from demo.qdpx: {DEMO.interviews} interviews"
    )
    assert "Every code was mapped" in box.informativeText()
    assert "demo.qdpx (written by CCRT Coder)" in box.detailedText()


def test_importing_onto_an_existing_project_is_refused_and_keeps_the_open_one(
    qtbot, window: MainWindow, demo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    warnings = capture_warnings(monkeypatch)
    window.open_project(demo)
    qdpx = tmp_path / "demo.qdpx"
    window.project.export_qdpx(qdpx)
    job = window.exchange.import_qdpx(qdpx, demo)
    qtbot.waitUntil(lambda: bool(warnings), timeout=30_000)
    assert warnings[0][0] == "Import REFI-QDA failed"
    assert "already exists" in warnings[0][1]
    assert window.project.path == demo and job.result_box is None


def test_the_import_message_names_the_codes_that_could_not_be_mapped() -> None:
    report = QdpxImportReport(
        "pilot.qdpx", False, ("D01 / patient / 5",), 3, 7, ("Ann",),
        tuple((f"Theme {n}", n) for n in range(1, 11)),
    )  # fmt: skip
    text, detail = import_summary(report, Path("pilot.ccrt"))
    assert text == "Created pilot.ccrt from pilot.qdpx: 1 interview, 3 REs, 7 units."
    assert detail.startswith("10 codes could not be mapped to W, RO or RS; their 55 codings")
    assert "'Theme 1' (1), 'Theme 2' (2)" in detail
    assert detail.endswith("and 2 more (see the details).")
