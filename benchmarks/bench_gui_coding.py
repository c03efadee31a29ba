"""The coding workspace on the large generated study: open, switch transcripts, code selections.

Run: python benchmarks/bench_gui_coding.py   (offscreen; CCRT_BENCH_STUDY picks the study file)

Targets (issue 3): opening the project to the first shown transcript <= 1 s; switching to
another transcript <= 50 ms; coding a selection (key press -> unit committed -> highlight
repainted) <= 30 ms median; the app's memory with the study open in the Coding view < 250 MB
(resident set, issue 15). The study is copied first, so the codings do not change it.
"""

from __future__ import annotations

import os
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from benchmarks.common import large_study

SWITCHES = 30
CODINGS = 30
RSS_TARGET_MB = 250


def resident_mb() -> tuple[float, float]:
    """This process's resident set now and at its peak, in MB (Linux: /proc/self/status)."""
    fields = dict(line.split(":", 1) for line in Path("/proc/self/status").read_text().splitlines())
    now, peak = (int(fields[key].split()[0]) / 1024 for key in ("VmRSS", "VmHWM"))
    return now, peak


class Clock:
    """Wall time, and this process's CPU time (which other load on the machine hardly changes)."""

    def __init__(self) -> None:
        self.wall: list[float] = []
        self.cpu: list[float] = []

    def __enter__(self) -> Clock:
        self._wall, self._cpu = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.wall.append(time.perf_counter() - self._wall)
        self.cpu.append(time.process_time() - self._cpu)

    def report(self, what: str, target_ms: float) -> str:
        wall, cpu = statistics.median(self.wall), statistics.median(self.cpu)
        return (
            f"{what}: median {ms(wall)} (cpu {ms(cpu)}), max {ms(max(self.wall))} "
            f"over {len(self.wall)}   (target <= {target_ms:g} ms)"
        )


def copy_of(study: Path, folder: Path) -> Path:
    """A consistent copy of the study (SQLite backup), to code in without changing it."""
    target = folder / study.name
    source = sqlite3.connect(f"{study.resolve().as_uri()}?mode=ro", uri=True)
    copy = sqlite3.connect(target)
    with copy:
        source.backup(copy)
    source.close()
    copy.close()
    return target


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def open_to_first_transcript(path: Path):  # type: ignore[no-untyped-def]
    from ccrt_coder.gui.shell.app import ensure_app
    from ccrt_coder.gui.shell.main_window import MainWindow
    from ccrt_coder.gui.ui_settings import UiSettings
    from ccrt_coder.usecases.project import Project

    app = ensure_app()
    settings = UiSettings(persistent=False)
    with Project.open(path) as project:
        coder = project.coders()[0]
    settings.set_coder_for(path, coder.id)
    start = time.perf_counter()
    window = MainWindow(settings)
    window.resize(1400, 900)
    window.show()
    window.open_project(path)
    first = window.workspace.interviews()[0]
    window.workspace.show_interview(first.id)
    window.workspace.view.viewport().repaint()
    app.processEvents()
    elapsed = time.perf_counter() - start
    assert window.workspace.current_interview().id == first.id
    assert window.coder_chooser.current_coder() == coder.id, "the benchmark needs a coder"
    return window, elapsed


def switch_transcripts(window) -> Clock:  # type: ignore[no-untyped-def]
    workspace = window.workspace
    interviews = workspace.interviews()
    step = max(len(interviews) // SWITCHES, 1)
    clock = Clock()
    for record in interviews[step::step][:SWITCHES]:
        with clock:
            workspace.show_interview(record.id)  # selects it in the tree, which opens it
            workspace.view.viewport().repaint()
        assert workspace.current_interview().id == record.id
    return clock


def code_selections(window) -> tuple[Clock, Clock]:  # type: ignore[no-untyped-def]
    """(W key -> picker shown, Enter -> unit stored and highlight repainted) per coding."""
    app = QApplication.instance()
    workspace, view, picker = window.workspace, window.workspace.view, window.coding.picker
    window.activateWindow()
    while not window.isActiveWindow():
        app.processEvents()
    opened, committed = Clock(), Clock()
    spans = [(re, span) for re in workspace.episodes() for span in re.spans]
    n = 0
    while len(committed.wall) < CODINGS:
        re, span = spans[n % len(spans)]
        n += 1
        workspace.select_re(re.id, scroll=False)
        cursor = QTextCursor(view.document())
        length = min(len(span), 25 + n % 20)
        cursor.setPosition(view.qt_range(span)[0] + n % 5)
        cursor.setPosition(cursor.position() + length, QTextCursor.MoveMode.KeepAnchor)
        view.setTextCursor(cursor)
        view.setFocus()
        with opened:
            QTest.keyClick(view, Qt.Key.Key_W)
        assert picker.isVisible()
        before = len(view.units())
        with committed:
            QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
            view.viewport().repaint()
        assert len(view.units()) == before + 1
    return opened, committed


def main() -> int:
    study = large_study()
    with tempfile.TemporaryDirectory() as folder:
        path = copy_of(study, Path(folder))
        window, opening = open_to_first_transcript(path)
        switching = switch_transcripts(window)
        opened, committed = code_selections(window)
        QApplication.processEvents()
        rss, peak = resident_mb()  # the app with the study open in the Coding view
        window.close()  # closes the project, so the copy can go
        window.deleteLater()
        QApplication.processEvents()
    print(f"study: {study}")
    print(f"open project -> first transcript shown: {ms(opening)}   (target <= 1000 ms)")
    print(switching.report("switch transcript", 50))
    print(committed.report("code a selection, Enter -> stored + highlight repainted", 30))
    print(opened.report("  (W key -> picker shown beside the selection)", 30))
    print(
        f"memory with the study open in the Coding view: {rss:.0f} MB resident "
        f"(peak {peak:.0f} MB)   (target < {RSS_TARGET_MB} MB)"
    )
    print(f"machine load (1 min average): {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    return 0


if __name__ == "__main__":
    sys.exit(main())
