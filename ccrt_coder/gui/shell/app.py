"""Start the app, build its main window, and render it to a PNG for docs and visual checks."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from threading import Thread
from typing import cast

from PySide6.QtCore import QTimer, qVersion
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from ccrt_coder import app_log, start_up
from ccrt_coder.gui.language import SYSTEM, install_language
from ccrt_coder.gui.shell.main_window import APP_NAME, MainWindow
from ccrt_coder.gui.ui_settings import UiSettings
from ccrt_coder.usecases.domain import InputError
from ccrt_coder.usecases.project import Project

# PNG at zlib level 1 (Qt maps quality 80-89 to it): a window picture is written in half the time
# of the default level, and is no larger (flat colours compress well either way).
SCREENSHOT_QUALITY = 85


def ensure_app(language: str = SYSTEM) -> QApplication:
    """The running QApplication, created (named, so QSettings work) if there is none yet, speaking
    ``language`` (``system``, ``en`` or ``de``) from here on.

    No display name: X11 would append it to titles that already start with the app name.
    """
    app = _named_app()
    install_language(app, language)
    return app


def _named_app() -> QApplication:
    # Qt hands big fills to a thread pool; on a busy two-core machine the hand-offs (~1000 thread
    # switches in a start) cost more than they save: the window paints on its own thread.
    os.environ.setdefault("QT_NO_GUI_THREADPOOL", "1")
    app = cast(QApplication | None, QApplication.instance()) or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setWindowIcon(app_icon())
    return app


def app_icon() -> QIcon:
    try:
        from ccrt_coder.paths import resource

        return QIcon(str(resource("icons", "ccrt-coder.svg")))
    except FileNotFoundError:
        return QIcon()


def make_main_window(project_path: str | Path | None = None, persistent: bool = True) -> MainWindow:
    """A main window (not yet shown), with ``project_path`` open if given.

    ``persistent=False`` keeps the user's remembered geometry and recent files out of it.
    """
    app = _named_app()
    settings = UiSettings(persistent=persistent)
    install_language(app, settings.language())  # before any window: widgets translate once
    window = MainWindow(settings)
    if project_path is not None:
        window.open_project(project_path)
    return window


def run_gui(project: str | None = None, demo: bool = False) -> int:
    """Run the app until its window closes; returns the exit code.

    Without a project or ``demo`` the project open when the app last quit is reopened.
    """
    from ccrt_coder.gui.shell import error_dialog  # the app's, not the screenshot's

    _named_app()
    app_log.start_logging(qVersion())
    error_dialog.install()
    window = make_main_window()
    window.project_opened.connect(lambda _path: QTimer.singleShot(0, lambda: _prepare(window)))
    window.show()
    QTimer.singleShot(0, start_up.resume)  # once the first frame is painted
    if project:
        window.open_project(project)
    elif demo:
        window.open_demo()
    elif (last := window.ui_settings.project_to_reopen()) is not None:
        window.open_project(last)
    return QApplication.exec()


def _prepare(window: MainWindow) -> None:
    """Once a project's first frame is up, its ORM loads on a worker thread (see
    ``Project.prepare_writes``): the first coding action then does not wait for it."""
    if window.project is not None:
        Thread(target=window.project.prepare_writes, name="prepare-writes", daemon=True).start()


def render_screenshot(
    out_png: Path,
    project_path: Path,
    view: str = "coding",
    size: tuple[int, int] = (1400, 860),
) -> None:
    """Render the main window on ``project_path`` to a PNG (offscreen unless a display is set).

    ``view`` names an entry of :mod:`ccrt_coder.gui.shell.screenshot_views` (``coding`` shows the
    first interview that has coded units, at its first coded RE, through a coder's eyes).
    """
    from ccrt_coder.gui.shell import screenshot_views

    prepare = screenshot_views.prepare(view)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = ensure_app(SYSTEM)  # the screenshot speaks the system's language (LANG=de_DE.UTF-8)
    project = Project.open(project_path)  # errors reach the caller, not a modal box
    window = MainWindow(UiSettings(persistent=False), ask_for_coder=False)
    window.show_project(project)
    window.resize(*size)
    window.show()  # lays the window out; it is painted with what ``prepare`` shows, once
    prepare(window, project)
    for _ in range(3):
        app.processEvents()
    try:
        if not window.grab().save(str(out_png), None, SCREENSHOT_QUALITY):
            raise InputError(f"cannot write {out_png}")
    finally:
        window.hide()  # closing the project then shows nothing more (no welcome page is built)
        window.close()
