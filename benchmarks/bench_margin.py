"""The coding margin on a long interview: how long a full repaint of the margin takes.

Run: python benchmarks/bench_margin.py   (offscreen)

A generated interview of about 2,000 lines with about 600 units per coder (some over several
lines, some overlapping) is opened in the main window at 1400 x 900; the margin is repainted at
40 scroll positions through the interview, alone and together with the text, with one coder and
with two coders compared. The demo interview (46 lines) is measured the same way.
Target (issue 11): a full repaint of the margin <= 16 ms.
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

RES = 100
LINES_PER_RE = 18  # speech lines after the marker line; with the blank line 20 per RE
UNITS_PER_RE = 6
POSITIONS = 40
TARGET_MS = 16.0
_TEXT = (
    "I wanted my mother to listen to me for once and she turned away and said nothing "
    "then I felt small and kept quiet because it was always like that at home"
)
_WORDS = _TEXT.split()


def long_interview(path: Path) -> None:
    """A project with one ~2,000-line interview coded by Coder A and Coder B."""
    from ccrt_coder.core.narratives import InterviewDraft, ReDraft
    from ccrt_coder.usecases.domain import Component, NarratorRole, Span, StudySettings, UnitDraft
    from ccrt_coder.usecases.project import Project

    rng = random.Random(11)
    lines, res, offset = ["Interview: RAP, a long one"], [], len("Interview: RAP, a long one") + 1
    for number in range(1, RES + 1):
        marker = f"RE {number}: mother"
        body = [f"P: {' '.join(rng.choices(_WORDS, k=rng.randint(6, 40)))}." for _ in range(18)]
        start = offset + len(marker) + 1
        res.append(ReDraft(number, "mother", (Span(start, start + len("\n".join(body))),)))
        lines += [marker, *body, ""]
        offset += sum(len(line) + 1 for line in (marker, *body, ""))
    text = "\n".join(lines)
    draft = InterviewDraft("L01", NarratorRole.PATIENT, 5, text, tuple(res), "long.txt", "P", "T")
    with Project.create(path, StudySettings(name="Long interview")) as project:
        project.import_narratives([draft])
        system = project.category_system()
        interview = project.interviews()[0]
        units = []
        for coder in (project.add_coder("Coder A"), project.add_coder("Coder B")):
            for re in project.episodes(interview.id):
                span = re.spans[0]
                for _ in range(UNITS_PER_RE):
                    component = rng.choice(list(Component))
                    start = rng.randrange(span.start, span.end - 60)
                    end = min(start + rng.randint(20, 400), span.end)  # up to a few lines
                    code = rng.choice(system.for_component(component)).code
                    spans = (Span(start, end),)
                    units.append(UnitDraft(re.id, coder.id, component, spans, (code,)))
        project.add_units(units)
        project.update_settings(blind_mode=False)


def measure(window, label: str) -> list[str]:  # type: ignore[no-untyped-def]
    """Median and worst repaint of the margin (and margin + text) over scroll positions."""
    from PySide6.QtWidgets import QApplication

    view, margin = window.workspace.view, window.workspace.margin
    bar = view.verticalScrollBar()
    alone, alone_cpu, with_text, bars = [], [], [], []
    for step in range(POSITIONS):
        bar.setValue(bar.maximum() * step // max(POSITIONS - 1, 1))
        QApplication.processEvents()
        start, cpu = time.perf_counter(), time.process_time()
        margin.repaint()
        alone.append(time.perf_counter() - start)
        alone_cpu.append(time.process_time() - cpu)
        start = time.perf_counter()
        view.viewport().repaint()
        margin.repaint()
        with_text.append(time.perf_counter() - start)
        bars.append(len(margin.placed()))
    lanes = len(margin.lanes())
    return [
        f"{label} ({lanes} lane{'s' if lanes > 1 else ''}, {len(margin.bars())} bars, "
        f"{statistics.mean(bars):.0f} on screen, margin {margin.width()} px):",
        f"  margin repaint: median {ms(statistics.median(alone))} "
        f"(cpu {ms(statistics.median(alone_cpu))}), max {ms(max(alone))}"
        f"   (target <= {TARGET_MS:g} ms)",
        f"  text + margin repaint (a scroll step): median {ms(statistics.median(with_text))}, "
        f"max {ms(max(with_text))}",
    ]


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.2f} ms"


def open_window(path: Path):  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    from ccrt_coder.gui.shell.app import ensure_app
    from ccrt_coder.gui.shell.main_window import MainWindow
    from ccrt_coder.gui.ui_settings import UiSettings
    from ccrt_coder.usecases.project import Project

    ensure_app()
    window = MainWindow(UiSettings(persistent=False), ask_for_coder=False)
    project = Project.open(path)
    window.show_project(project)
    window.coder_chooser.choose(project.coders()[0].id)
    window.resize(1400, 900)
    window.show()
    QApplication.processEvents()
    window.workspace.show_interview(project.interviews()[0].id)
    QApplication.processEvents()
    return window


def main() -> None:
    from ccrt_coder.usecases.demo import build_demo
    from ccrt_coder.usecases.project import Project

    folder = Path(tempfile.mkdtemp(prefix="ccrt-bench-margin-"))
    demo, long = folder / "demo.ccrt", folder / "long.ccrt"
    build_demo(demo)
    with Project.open(demo) as project:
        project.update_settings(blind_mode=False)  # so that coders can be compared
    long_interview(long)
    report = []
    for path, name in ((demo, "demo interview"), (long, "long interview")):
        window = open_window(path)
        lines = window.workspace.view.document().blockCount()
        start = time.perf_counter()
        window.workspace.margin.show_lanes([])  # lays out the units' columns anew
        rebuild = time.perf_counter() - start
        report += measure(window, f"{name}, {lines} lines")
        report.append(f"  columns laid out anew (units changed): {ms(rebuild)}")
        window.side_by_side.compare_action.trigger()
        report += measure(window, f"{name}, compare coders")
        window.side_by_side.compare_action.trigger()
        window.close()
    print("\n".join(report))


if __name__ == "__main__":
    main()
