"""Cold start: `ccrt-coder --version`, and the app from process start to its first shown window.

Run: python benchmarks/bench_startup.py   (offscreen unless DISPLAY is set)
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time

RUNS = 5
FIRST_WINDOW = """
import time
from PySide6.QtCore import QTimer
from ccrt_coder.gui.shell.app import ensure_app, make_main_window
app = ensure_app()
window = make_main_window(persistent=False)
window.show()
QTimer.singleShot(0, app.quit)  # runs once the window has been shown and painted
app.exec()
"""


def timed(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True)
    return time.perf_counter() - start


def main() -> int:
    env_note = "Xvfb/display" if os.environ.get("DISPLAY") else "offscreen"
    if not os.environ.get("DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    version = [timed([sys.executable, "-m", "ccrt_coder", "--version"]) for _ in range(RUNS)]
    window = [timed([sys.executable, "-c", FIRST_WINDOW]) for _ in range(RUNS)]
    print(f"ccrt-coder --version: median {statistics.median(version) * 1000:.0f} ms")
    print(
        f"app to first shown window ({env_note}): median {statistics.median(window) * 1000:.0f} ms"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
