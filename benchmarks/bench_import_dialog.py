"""Importing 200 transcript files through File ▸ Import transcripts…, headless.

Run: python benchmarks/bench_import_dialog.py   (offscreen)

Writes 200 plausible transcripts with ``RE n:`` markers (100 dyads × patient/therapist, 10 REs
and about 10 KB each, every fourth RE in two pieces) into a temporary folder, opens the import
dialog on a new project, adds the folder (read and checked on the worker: the preview), and
presses Import (stored on the worker, one transaction). Target (issue 10): under 10 s from
adding the folder to the interviews being in the study tree, preview included.
"""

from __future__ import annotations

import os
import random
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication

FILES = 200
RES_PER_FILE = 10
TARGET_SECONDS = 10.0
OTHERS = ("mother", "father (Karl)", "partner, current", "boss", "friend", "sibling")
LINES = (
    "I wanted {o} to listen to me for once, just once, without looking at the phone.",
    "{O} turned away and said nothing, as always when it gets serious between us.",
    "I felt small and kept quiet, and later I was angry at myself for keeping quiet.",
    "Then {o} smiled and took my hand, and for a moment everything seemed all right.",
    "I hoped we could talk about it on the way home, but we did not say a word.",
)


def transcript(seed: int) -> str:
    """Context, then about ten REs of 8-14 speech lines each; every fourth RE in two pieces."""
    rng = random.Random(seed)
    parts = ["Interview (RAP), recorded after the session.", "I: Tell me about a time ...", ""]
    for number in range(1, RES_PER_FILE + 1):
        other = rng.choice(OTHERS)
        name = other.split(" ")[0].split(",")[0]
        speech = [
            "P: " + rng.choice(LINES).format(o=f"my {name}", O=f"My {name}")
            for _ in range(rng.randint(8, 14))
        ]
        if number % 4 == 0:
            half = len(speech) // 2
            parts += [f"RE {number}a: {other}", *speech[:half], "I: Go on.", f"RE {number}b:"]
            parts += speech[half:]
        else:
            parts += [f"RE {number}: {other}", *speech]
        parts += ["", "I: And another time?", ""]
    return "\n".join(parts) + "\n"


def write_files(folder: Path) -> None:
    for n in range(FILES):
        dyad, narrator = f"D{n // 2 + 1:03d}", ("patient", "therapist")[n % 2]
        text = transcript(n)
        if narrator == "therapist":
            text = text.replace("P: ", "T: ")
        (folder / f"{dyad}_{narrator}_5.txt").write_text(text, encoding="utf-8")


def wait(app: QApplication, until, timeout: float = 120.0) -> None:
    deadline = time.monotonic() + timeout
    while not until():
        if time.monotonic() > deadline:
            raise TimeoutError("the import took too long")
        QThreadPool.globalInstance().waitForDone(5)
        app.processEvents()
    app.processEvents()


def main() -> None:
    from ccrt_coder.gui.shell.app import make_main_window
    from ccrt_coder.usecases.project import Project

    app = QApplication.instance() or QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as temp:
        folder, project_path = Path(temp) / "transcripts", Path(temp) / "study.ccrt"
        folder.mkdir()
        write_files(folder)
        size = sum(p.stat().st_size for p in folder.iterdir()) / 1e6
        Project.create(project_path).close()
        window = make_main_window(project_path, persistent=False)
        start = time.perf_counter()
        dialog = window.transcripts.open_dialog([folder])
        assert dialog is not None
        wait(app, lambda: not dialog.job.is_running())
        previewed = time.perf_counter()
        assert dialog.model.file_count() == FILES and dialog.import_button.isEnabled()
        dialog.start_import()
        wait(app, lambda: not dialog.job.is_running() and not dialog.isVisible())
        done = time.perf_counter()
        interviews = len(window.workspace.interviews())
        res = sum(record.n_res for record in window.workspace.interviews())
        window.close()
    total = done - start
    print(
        f"{FILES} files ({size:.1f} MB): preview {previewed - start:.2f} s, import "
        f"{done - previewed:.2f} s, total {total:.2f} s (target < {TARGET_SECONDS:g} s); "
        f"{interviews} interviews, {res} REs in the tree"
    )
    assert interviews == FILES, interviews
    sys.exit(0 if total < TARGET_SECONDS else 1)


if __name__ == "__main__":
    main()
