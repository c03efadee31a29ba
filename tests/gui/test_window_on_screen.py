"""The main window restores inside the screen's available area, whatever was saved."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication, QMainWindow

from ccrt_coder.gui.shell import main_window
from ccrt_coder.gui.shell.main_window import MainWindow
from ccrt_coder.gui.ui_settings import UiSettings


def restored(qtbot) -> tuple[QRect, QRect]:
    """The frame of a new main window (restored from the user's settings) and its screen's
    available area."""
    window = MainWindow(UiSettings(), ask_for_coder=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window.frameGeometry(), window.screen().availableGeometry()


def test_a_window_saved_larger_than_the_screen_is_restored_inside_it(qtbot) -> None:
    big = QMainWindow()
    qtbot.addWidget(big)
    available = big.screen().availableGeometry()
    big.setGeometry(-40, -30, available.width() * 2 + 400, available.height() * 2 + 300)
    big.show()
    UiSettings().set_state("mainWindow", big.saveGeometry())  # e.g. saved at a scale of 1
    frame, available = restored(qtbot)
    assert available.contains(frame), (frame, available)


def test_the_first_start_fits_a_small_screen(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    available = QApplication.primaryScreen().availableGeometry()
    # Nothing saved, and the default size is larger than the screen (as 1400 x 860 is at a
    # scale factor of 2 on a 2560 x 1440 screen).
    monkeypatch.setattr(
        main_window, "DEFAULT_SIZE", (available.width() + 200, available.height() + 100)
    )
    frame, available = restored(qtbot)
    assert available.contains(frame), (frame, available)
    assert frame.width() >= available.width() * 0.8  # and uses it
