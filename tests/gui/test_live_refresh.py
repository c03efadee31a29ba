"""The window stays live: another connection or process commits, the tree follows, the place
stays."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from ccrt_coder.gui.shell.analysis_views import follow_window
from ccrt_coder.gui.shell.main_window import MainWindow
from ccrt_coder.usecases.project import Project
from tests.factories import sample_draft
from tests.gui.coding_helpers import open_window

REFRESH_WITHIN_MS = 5000
CODER = "Coder A (L. Berger)"


def _go_somewhere(window: MainWindow) -> tuple[int, int, int]:
    """The demo's longest interview at its second RE, scrolled down: (interview, RE, scroll)."""
    workspace = window.workspace
    record = max(workspace.interviews(), key=lambda r: r.n_res)
    assert workspace.show_interview(record.id)
    second = sorted(workspace.episodes(), key=lambda r: r.number)[1]
    workspace.select_re(second.id, scroll=False)
    bar = workspace.view.verticalScrollBar()
    assert bar.maximum() > 200, "the transcript must be long enough to scroll"
    bar.setValue(bar.maximum() // 2)
    return record.id, second.id, bar.value()


def _place(window: MainWindow) -> tuple[int | None, int | None, int]:
    workspace = window.workspace
    shown, re = workspace.current_interview(), workspace.panel.current_re()
    return (
        shown.id if shown else None,
        re.id if re else None,
        workspace.view.verticalScrollBar().value(),
    )


def _has_dyad(window: MainWindow, dyad: str) -> bool:
    model = window.workspace.tree_model()
    return any(
        r.dyad == dyad and model.index_of_interview(r.id).isValid()
        for r in window.workspace.interviews()
    )


def test_another_connection_commits_and_the_tree_follows(qtbot, demo_path: Path) -> None:
    window = open_window(qtbot, demo_path, CODER)
    place = _go_somewhere(window)
    with Project.open(demo_path) as other:  # as a second app or a script would
        other.import_narratives([sample_draft("D77")])
    qtbot.waitUntil(lambda: _has_dyad(window, "D77"), timeout=REFRESH_WITHIN_MS)
    assert _place(window) == place
    assert window.statusBar().currentMessage() == "Project updated on disk"
    assert window.counts_text().startswith("3 dyads · 13 interviews")
    window.workspace.show_interview(
        next(r.id for r in window.workspace.interviews() if r.dyad == "D77")
    )
    assert window.workspace.view.toPlainText().startswith(sample_draft().text[:20])


def test_another_process_imports_and_the_tree_follows(qtbot, demo_path: Path, tmp_path) -> None:
    window = open_window(qtbot, demo_path, CODER)
    place = _go_somewhere(window)
    transcript = tmp_path / "D88_patient_5.txt"
    transcript.write_text(sample_draft().text, encoding="utf-8")
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "PYTHONPATH": str(root)}
    command = [sys.executable, "-m", "ccrt_coder", "import", str(demo_path), str(transcript)]
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    qtbot.waitUntil(lambda: _has_dyad(window, "D88"), timeout=REFRESH_WITHIN_MS)
    assert _place(window) == place


def test_the_windows_own_edits_do_not_count_as_changes_on_disk(qtbot, demo_path: Path) -> None:
    window = open_window(qtbot, demo_path, CODER)
    _go_somewhere(window)
    assert window.project is not None
    window.project.add_coder("Dora")  # through the window's own project, as every edit
    assert window.disk.poll() is False
    with Project.open(demo_path) as other:
        other.add_coder("Emil")
    assert window.disk.poll() is True
    assert window.disk.poll() is False  # once is enough


def test_the_refresh_waits_while_a_dialog_is_open(qtbot, demo_path: Path) -> None:
    window = open_window(qtbot, demo_path, CODER)
    with Project.open(demo_path) as other:
        other.import_narratives([sample_draft("D66")])
    box = QMessageBox(QMessageBox.Icon.Information, "Busy", "A dialog", parent=window)
    box.open()
    qtbot.waitUntil(box.isVisible)
    assert window.disk.poll() is False
    assert not _has_dyad(window, "D66")
    box.close()
    qtbot.waitUntil(lambda: not box.isVisible())
    assert window.disk.poll() is True  # the change seen before is still pending
    assert _has_dyad(window, "D66")


def test_analysis_views_hear_of_the_change(qtbot, demo_path: Path) -> None:
    window = open_window(qtbot, demo_path, CODER)
    spy = _ViewSpy()
    follow_window(spy, window)
    with Project.open(demo_path) as other:
        other.add_coder("Fritz")
    qtbot.waitUntil(lambda: spy.invalidated > 0, timeout=REFRESH_WITHIN_MS)
    assert spy.project is window.project  # the same project, read anew: nothing reopened


class _ViewSpy:
    """What an analysis view hears from the window (``follow_window``)."""

    def __init__(self) -> None:
        self.invalidated = 0
        self.project: object = None

    def set_context(self, project: object, _coder: object, _blind: object) -> None:
        self.project = project

    def invalidate(self) -> None:
        self.invalidated += 1
