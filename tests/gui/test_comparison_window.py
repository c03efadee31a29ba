"""The Comparison view inside the main window: View menu, context, blind mode, screenshot."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtGui import QImage, QKeySequence

from ccrt_coder.cli.entry import main
from ccrt_coder.gui.comparison import view as view_module
from ccrt_coder.gui.comparison.view import ComparisonView
from ccrt_coder.gui.shell.app import render_screenshot
from ccrt_coder.gui.shell.main_window import MainWindow
from ccrt_coder.gui.shell.view_switcher import CODING, COMPARISON
from ccrt_coder.usecases.project import Project
from tests.gui.comparison_helpers import CODER_A, CODER_B, combo_texts, wait_shown
from tests.gui.workspace_helpers import empty_window


@pytest.fixture
def window(qtbot) -> Iterator[MainWindow]:
    window = empty_window(qtbot, (1400, 860))
    yield window
    QThreadPool.globalInstance().waitForDone(10_000)


def open_demo(window: MainWindow, path: Path) -> None:
    assert window.show_project(Project.open(path))


def show_comparison(qtbot, window: MainWindow) -> ComparisonView:
    window.views.action(COMPARISON).trigger()
    view = window.views.view(COMPARISON)
    assert isinstance(view, ComparisonView)
    wait_shown(qtbot, view)
    return view


def test_the_view_menu_switches_between_coding_and_comparison(qtbot, window, demo_path) -> None:
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles.count("&View") == 1 and titles.index("&View") < titles.index("&Help")
    coding, comparison = window.views.action(CODING), window.views.action(COMPARISON)
    assert coding.shortcut() == QKeySequence("Ctrl+1")
    assert comparison.shortcut() == QKeySequence("Ctrl+2")
    assert not comparison.isEnabled()  # the welcome page: nothing to compare
    open_demo(window, demo_path)
    assert comparison.isEnabled() and coding.isChecked()
    assert window.views.view(COMPARISON) is None  # built on first use only
    view = show_comparison(qtbot, window)
    assert window.views.current() == COMPARISON and comparison.isChecked()
    assert view.figures().choice.dyad == "D01"
    coding.trigger()
    assert window.views.current() == CODING and window.workspace.isVisible()


def test_ctrl_2_opens_the_comparison(qtbot, window, demo_path) -> None:
    open_demo(window, demo_path)
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.views.current() == COMPARISON)


def test_opening_and_closing_projects_reaches_the_view(qtbot, window, demo_path) -> None:
    open_demo(window, demo_path)
    view = show_comparison(qtbot, window)
    window.close_project()
    assert view.figures() is None and not window.views.action(COMPARISON).isEnabled()
    open_demo(window, demo_path)
    assert window.views.current() == CODING  # a project opens on the coding view
    view = show_comparison(qtbot, window)
    assert view.figures().choice.dyad == "D01"


def test_blind_coding_in_the_window_limits_the_layers(qtbot, window, demo_path) -> None:
    open_demo(window, demo_path)
    view = show_comparison(qtbot, window)
    assert window.blind.is_blind()
    assert combo_texts(view.controls.layer) == ["Consensus"]  # nobody said who is coding
    window.identity.adopt(window.project.coder(CODER_B).id)
    assert combo_texts(view.controls.layer) == ["Consensus", f"{CODER_B} (own coding)"]
    window.blind.preview_unblinded()
    assert combo_texts(view.controls.layer) == [
        "Consensus",
        f"{CODER_A} (own coding)",
        f"{CODER_B} (own coding)",
    ]


def test_a_coding_change_makes_the_view_compute_again(qtbot, window, demo_path, monkeypatch):  # type: ignore[no-untyped-def]
    open_demo(window, demo_path)
    view = show_comparison(qtbot, window)
    calls: list[str] = []
    real = view_module.compute_comparison
    monkeypatch.setattr(
        view_module,
        "compute_comparison",
        lambda path, layer, level: calls.append(level) or real(path, layer, level),
    )
    window.workspace.coding_changed.emit(1)
    wait_shown(qtbot, view)
    assert calls == ["cluster"]


def test_matplotlib_is_imported_only_when_the_view_is_first_shown(demo_path: Path) -> None:
    script = (
        "import os, sys; os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "from ccrt_coder.gui.shell.app import make_main_window\n"
        f"window = make_main_window({str(demo_path)!r}, persistent=False)\n"
        "print('matplotlib' in sys.modules)\n"
        "window.views.show_view('comparison')\n"
        "print('matplotlib' in sys.modules)\n"
        "os._exit(0)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=True
    )
    assert out.stdout.split() == ["False", "True"]


def test_the_comparison_screenshot(tmp_path: Path, demo_path: Path) -> None:
    out = tmp_path / "comparison.png"
    render_screenshot(out, demo_path, view="comparison", size=(1100, 700))
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1100, 700)
    # The charts are drawn: the patient's blue appears right of the table.
    blue = {image.pixelColor(x, y).name() for x in range(700, 1100, 3) for y in range(200, 650, 3)}
    assert "#0072b2" in blue


def test_the_cli_renders_the_comparison(tmp_path: Path, demo_path: Path, capsys) -> None:
    out = tmp_path / "cli.png"
    args = ["screenshot", str(out), "--project", str(demo_path), "--view", "comparison"]
    assert main([*args, "--size", "900x600"]) == 0
    assert QImage(str(out)).width() == 900
