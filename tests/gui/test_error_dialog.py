"""A bug in the GUI: a crash dialog with the log's path and "Copy details"; the traceback logged."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from ccrt_coder import __version__, app_log
from ccrt_coder.core.errors import InputError
from ccrt_coder.gui.shell import error_dialog
from ccrt_coder.gui.workers import run_in_background
from tests.gui.exchange_helpers import capture_warnings

pytestmark = pytest.mark.qt_no_exception_capture  # the app's own hook is under test


@pytest.fixture
def hooked(monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The GUI's error hook installed and the log started, as run_gui does; the log's path."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    monkeypatch.delenv("CCRT_CODER_DEBUG", raising=False)
    path = app_log.start_logging()
    error_dialog.install()
    assert path is not None
    yield path
    shown = error_dialog.shown_dialog()
    if shown is not None:
        shown.reject()


def button_that_fails(qtbot, error: Exception) -> QPushButton:
    def fail() -> None:
        raise error

    button = QPushButton("Count")
    button.clicked.connect(fail)
    qtbot.addWidget(button)
    return button


def test_a_bug_in_a_slot_opens_the_dialog_and_copy_details_has_the_traceback(
    qtbot, hooked: Path
) -> None:
    button = button_that_fails(qtbot, ZeroDivisionError("no REs to divide by"))
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = error_dialog.shown_dialog()
    assert dialog is not None and dialog.isVisible()
    text = dialog.message.text()
    assert "ZeroDivisionError: no REs to divide by" in text and str(hooked) in text
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    copied = QApplication.clipboard().text()
    assert copied.startswith(f"CCRT Coder {__version__}, Python ") and ", Qt " in copied
    assert "Traceback (most recent call last)" in copied and "in fail" in copied
    log = hooked.read_text(encoding="utf-8")
    assert "ERROR ccrt_coder.gui.shell.error_dialog: unexpected error" in log
    assert "in fail" in log and "ZeroDivisionError: no REs to divide by" in log


def test_an_error_storm_opens_one_dialog_and_logs_every_error(qtbot, hooked: Path) -> None:
    button = button_that_fails(qtbot, KeyError("layer"))
    for _ in range(3):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, error_dialog.CrashDialog)]
    assert [d for d in dialogs if d.isVisible()] == [error_dialog.shown_dialog()]
    assert hooked.read_text(encoding="utf-8").count("KeyError: 'layer'") == 3


def test_closing_the_dialog_lets_the_next_bug_be_shown(qtbot, hooked: Path) -> None:
    button = button_that_fails(qtbot, ValueError("first"))
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    first = error_dialog.shown_dialog()
    assert first is not None
    first.reject()
    assert error_dialog.shown_dialog() is None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert error_dialog.shown_dialog() not in (None, first)


def test_a_bug_in_a_background_job_opens_the_dialog(qtbot, hooked: Path) -> None:
    def work() -> None:
        raise RuntimeError("worker lost its file")

    run_in_background(work, lambda _result: None)
    qtbot.waitUntil(lambda: error_dialog.shown_dialog() is not None)
    assert "RuntimeError: worker lost its file" in error_dialog.shown_dialog().details
    assert "in work" in hooked.read_text(encoding="utf-8")


def test_a_users_error_keeps_its_warning_box(
    qtbot, hooked: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    warnings = capture_warnings(monkeypatch)
    button = button_that_fails(qtbot, InputError("no coder chosen"))
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert warnings == [("CCRT Coder", "no coder chosen")]
    assert error_dialog.shown_dialog() is None
    log = hooked.read_text(encoding="utf-8")
    assert "WARNING ccrt_coder.gui.shell.error_dialog: no coder chosen" in log
    assert "Traceback" not in log
