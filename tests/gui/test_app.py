"""run_gui, make_main_window and render_screenshot."""

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from ccrt_coder.errors import InputError
from ccrt_coder.gui.app import make_main_window, render_screenshot, run_gui
from ccrt_coder.gui.main_window import MainWindow


def test_screenshot_of_the_coding_view(tmp_path: Path, project_path: Path) -> None:
    out = tmp_path / "coding.png"
    render_screenshot(out, project_path, size=(1200, 700))
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1200, 700)


def test_screenshot_of_the_welcome_page(tmp_path: Path, project_path: Path) -> None:
    out = tmp_path / "welcome.png"
    render_screenshot(out, project_path, view="welcome", size=(900, 600))
    assert QImage(str(out)).width() == 900


def test_screenshot_refuses_unknown_views(tmp_path: Path, project_path: Path) -> None:
    with pytest.raises(InputError, match="unknown view"):
        render_screenshot(tmp_path / "x.png", project_path, view="nonsense")


def test_screenshot_does_not_touch_remembered_settings(tmp_path, project_path) -> None:
    render_screenshot(tmp_path / "coding.png", project_path)
    window = make_main_window()
    assert window.welcome.recent_buttons == []
    window.deleteLater()


def _close_soon(seen: list[str]) -> None:
    """Close the app's window once the event loop runs, noting its title first."""

    def close() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow) and widget.isVisible():
                seen.append(widget.windowTitle())
                widget.close()

    QTimer.singleShot(50, close)


@pytest.fixture
def keep_excepthook(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)


def test_run_gui_opens_the_given_project(project_path: Path, keep_excepthook) -> None:
    seen: list[str] = []
    _close_soon(seen)
    assert run_gui(project=str(project_path)) == 0
    assert seen == ["CCRT Coder — Test study"]


def test_run_gui_opens_the_demo(project_path: Path, monkeypatch, keep_excepthook) -> None:
    monkeypatch.setattr("ccrt_coder.demo.demo_project_path", lambda: project_path)
    seen: list[str] = []
    _close_soon(seen)
    assert run_gui(demo=True) == 0
    assert seen == ["CCRT Coder — Test study"]
