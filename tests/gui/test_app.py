"""run_gui, make_main_window and render_screenshot."""

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from ccrt_coder.core.errors import InputError
from ccrt_coder.gui.shell.app import make_main_window, render_screenshot, run_gui
from ccrt_coder.gui.shell.main_window import MainWindow
from ccrt_coder.usecases.project import Project


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
    assert seen == ["CCRT Coder — study.ccrt"]  # nobody chosen yet: no coder in it


def test_run_gui_opens_the_demo(project_path: Path, monkeypatch, keep_excepthook) -> None:
    monkeypatch.setattr("ccrt_coder.usecases.demo.demo_project_path", lambda: project_path)
    seen: list[str] = []
    _close_soon(seen)
    assert run_gui(demo=True) == 0
    assert seen == ["CCRT Coder — study.ccrt"]  # nobody chosen yet: no coder in it


@pytest.mark.parametrize("view", ["compare-coders", "consensus"])
def test_screenshots_of_the_coders_side_by_side(tmp_path: Path, project_path: Path, view) -> None:
    out = tmp_path / f"{view}.png"
    render_screenshot(out, project_path, view=view, size=(1200, 800))
    assert QImage(str(out)).height() == 800
    with Project.open(project_path) as project:
        assert project.settings().blind_mode is True  # lifted for the picture only


def test_views_plug_into_the_screenshot_registry(tmp_path: Path, project_path: Path) -> None:
    from ccrt_coder.gui.shell import screenshot_views

    seen = []
    screenshot_views.register("probe", lambda window, project: seen.append(project.path))
    try:
        render_screenshot(tmp_path / "probe.png", project_path, view="probe")
    finally:
        screenshot_views._VIEWS.pop("probe")
    assert seen == [project_path]
    assert "compare-coders" in screenshot_views.names()
