"""In the app, a write the disk refuses is a warning in plain words: no SQL, no transcript text."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from ccrt_coder.gui.shell import error_dialog
from ccrt_coder.usecases.project import Project
from tests.db_faults import LEAKS, page_limit, pragmas, transcript
from tests.gui.exchange_helpers import capture_warnings

pytestmark = pytest.mark.qt_no_exception_capture  # the app's own hook is under test


def test_a_full_disk_is_a_plain_warning_not_a_crash(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.delenv("CCRT_CODER_DEBUG", raising=False)
    error_dialog.install()
    warnings = capture_warnings(monkeypatch)
    path = tmp_path / "study.ccrt"
    Project.create(path).close()
    source = transcript(tmp_path)

    def import_it() -> None:
        with Project.open(path) as project:
            project.import_files([source])

    button = QPushButton("Import")
    button.clicked.connect(import_it)
    qtbot.addWidget(button)
    with pragmas(page_limit(path)):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert error_dialog.shown_dialog() is None
    assert len(warnings) == 1
    message = warnings[0][1]
    assert "the disk is full" in message
    for leak in LEAKS:
        assert leak not in message
