"""The Agreement view in the main window: View menu, the consensus meeting, export, screenshot."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtGui import QImage, QKeySequence

from ccrt_coder.cli.entry import main
from ccrt_coder.gui.agreement.view import AgreementView
from ccrt_coder.gui.consensus.coders_side_by_side import Mode
from ccrt_coder.gui.shell.app import render_screenshot
from ccrt_coder.gui.shell.main_window import MainWindow
from ccrt_coder.gui.shell.view_switcher import AGREEMENT, CODING
from ccrt_coder.usecases.project import Project
from tests.gui.agreement_helpers import wait_shown
from tests.gui.workspace_helpers import empty_window


@pytest.fixture
def window(qtbot, demo_path: Path) -> Iterator[MainWindow]:
    window = empty_window(qtbot, (1400, 860))
    assert window.show_project(Project.open(demo_path))
    yield window
    QThreadPool.globalInstance().waitForDone(10_000)


def show_agreement(qtbot, window: MainWindow) -> AgreementView:
    window.views.action(AGREEMENT).trigger()
    view = window.views.view(AGREEMENT)
    assert isinstance(view, AgreementView)
    wait_shown(qtbot, view)
    return view


def spy_on_meetings(window: MainWindow, monkeypatch) -> list[int]:  # type: ignore[no-untyped-def]
    calls: list[int] = []
    monkeypatch.setattr(
        window.side_by_side, "open_consensus_at", lambda re_id: calls.append(re_id) or True
    )
    return calls


def test_ctrl_3_opens_the_agreement_view(qtbot, window: MainWindow) -> None:
    action = window.views.action(AGREEMENT)
    assert action.shortcut() == QKeySequence("Ctrl+3") and action.isEnabled()
    assert window.views.view(AGREEMENT) is None  # built on first use only
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.views.current() == AGREEMENT)
    view = show_agreement(qtbot, window)
    assert view.run().report is not None
    window.close_project()
    assert not action.isEnabled() and view.run() is None


def test_double_click_opens_the_consensus_meeting_at_the_re(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window.blind.preview_unblinded()  # the codes of every coder may be seen
    view = show_agreement(qtbot, window)
    calls = spy_on_meetings(window, monkeypatch)
    panel = view.disagreements
    view.side.setCurrentWidget(panel)
    panel.set_component("RO")
    table, model = panel.table, panel.model
    index = model.index(2, 5)
    expected = model.disagreement(2).re_id
    table.scrollTo(index)
    where = table.visualRect(index).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where)  # as a user does:
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where)  # press, then again
    assert calls == [expected]
    assert window.views.current() == CODING


def test_enter_opens_the_consensus_meeting_too(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window.blind.preview_unblinded()
    view = show_agreement(qtbot, window)
    calls = spy_on_meetings(window, monkeypatch)
    view.side.setCurrentWidget(view.disagreements)
    table = view.disagreements.table
    table.setFocus()
    table.setCurrentIndex(table.model().index(4, 0))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert calls == [view.disagreements.model.disagreement(4).re_id]


def test_the_real_meeting_opens_on_that_re(qtbot, window: MainWindow) -> None:
    window.blind.preview_unblinded()
    view = show_agreement(qtbot, window)
    item = view.disagreements.model.disagreement(7)
    view.disagreements.table.re_chosen.emit(item.re_id)
    assert window.views.current() == CODING
    assert window.side_by_side.mode() is Mode.CONSENSUS
    assert window.workspace.panel.current_re().id == item.re_id


def test_where_the_meeting_cannot_open_the_re_is_shown_for_coding(
    qtbot, window, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    window.blind.preview_unblinded()
    view = show_agreement(qtbot, window)
    monkeypatch.setattr(window.side_by_side, "open_consensus_at", lambda re_id: False)
    item = view.disagreements.model.disagreement(20)
    view.disagreements.table.re_chosen.emit(item.re_id)
    assert window.views.current() == CODING
    assert window.workspace.current_interview().id == window.project.interview_of_re(item.re_id)
    assert window.workspace.panel.current_re().id == item.re_id


def test_blind_coding_in_the_window_hides_the_codes(qtbot, window: MainWindow) -> None:
    view = show_agreement(qtbot, window)
    assert window.blind.is_blind() and not view.disagreements.revealed()
    window.blind.preview_unblinded()
    assert view.disagreements.revealed()


def test_the_heat_map_exports_png_and_svg(qtbot, window: MainWindow, tmp_path: Path) -> None:
    view = show_agreement(qtbot, window)
    png = view.export_heatmap(tmp_path / "heat.png")
    image = QImage(str(png))
    assert not image.isNull() and image.width() > 600 and image.height() > 600
    svg = view.export_heatmap(tmp_path / "heat.svg")
    root = ET.parse(svg).getroot()
    assert root.tag.endswith("svg")
    texts = "".join(t.text or "" for t in root.iter() if t.tag.endswith("text"))
    assert "W1 To assert self" in texts and "0.59" in texts and "–" in texts  # "–": undefined


def test_a_coding_change_marks_the_report_out_of_date(qtbot, window: MainWindow) -> None:
    view = show_agreement(qtbot, window)
    window.project.update_settings(name="Another name")
    window.workspace.coding_changed.emit(1)
    assert "Recompute" in view.status.text()


def test_the_agreement_screenshot(tmp_path: Path, demo_path: Path) -> None:
    out = tmp_path / "agreement.png"
    render_screenshot(out, demo_path, view="agreement", size=(1100, 700))
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1100, 700)
    # The heat map is drawn right of the tables: its blue cells (κ above 0) are there.
    blue = [
        (x, y)
        for x in range(700, 1100, 5)
        for y in range(250, 650, 5)
        if (c := image.pixelColor(x, y)).blue() > c.red() + 60
    ]
    assert len(blue) > 500


def test_the_cli_renders_the_agreement_view(tmp_path: Path, demo_path: Path) -> None:
    out = tmp_path / "cli.png"
    args = ["screenshot", str(out), "--project", str(demo_path), "--view", "agreement"]
    assert main([*args, "--size", "900x600"]) == 0
    assert QImage(str(out)).width() == 900


def test_the_view_is_built_on_first_use_and_needs_no_matplotlib(demo_path: Path) -> None:
    script = (
        "import os, sys; os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "from ccrt_coder.gui.shell.app import make_main_window\n"
        f"window = make_main_window({str(demo_path)!r}, persistent=False)\n"
        "names = ('ccrt_coder.gui.agreement.view', 'matplotlib')\n"
        "print(*(name in sys.modules for name in names))\n"
        "window.views.show_view('agreement')\n"
        "print(*(name in sys.modules for name in names))\n"
        "os._exit(0)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=True
    )
    assert out.stdout.split() == ["False", "False", "True", "False"]
