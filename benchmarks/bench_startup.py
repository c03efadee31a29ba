"""Start-up against a bare PySide6 window, measured side by side in one run.

Each round starts, in turn, a bare PySide6 main window (create, show, grab to a PNG, quit) and
``ccrt-coder screenshot --project demo.ccrt`` (start, open the demo study, show the coding view,
grab it to a PNG, quit), each in a fresh process; the ratio of the medians is printed (target
<= 2.5). Also ``ccrt-coder --version`` (the CLI's own start). ``--frozen DIST/ccrt-coder``
measures a PyInstaller build's executable instead of ``python -m ccrt_coder``. The modules'
compiled bytecode is written (and used) as in an installed app, whatever PYTHONDONTWRITEBYTECODE
says.

Run: python benchmarks/bench_startup.py [--rounds N] [--frozen PATH]   (offscreen unless DISPLAY)
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET_RATIO = 2.5
SIZE = (1400, 860)  # the screenshot command's default size
BARE_WINDOW = f"""
import sys
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize({SIZE[0]}, {SIZE[1]})
window.show()
app.processEvents()
window.grab().save(sys.argv[1])
window.close()
"""


def timed(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True, env=env)
    return time.perf_counter() - start


def load() -> str:
    one, five, fifteen = os.getloadavg()
    return f"load average {one:.2f} {five:.2f} {fifteen:.2f}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7, help="alternating runs of each (>= 5)")
    parser.add_argument("--frozen", type=Path, help="a PyInstaller build's ccrt-coder executable")
    options = parser.parse_args()
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # as installed: modules compiled once, not per start
    if not env.get("DISPLAY"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    app = [str(options.frozen)] if options.frozen else [sys.executable, "-m", "ccrt_coder"]
    with tempfile.TemporaryDirectory(prefix="ccrt-bench-start-") as folder:
        env["CCRT_CODER_DATA_DIR"] = folder  # the user's own settings and demo stay untouched
        demo = Path(folder) / "demo.ccrt"
        sys.path.insert(0, str(ROOT))
        from ccrt_coder.usecases.demo import build_demo

        build_demo(demo)
        bare_png, app_png = str(Path(folder) / "bare.png"), str(Path(folder) / "app.png")
        shot = [*app, "screenshot", "--project", str(demo), app_png]
        timed(shot, env)  # warm the disk cache and compiled modules of both, unmeasured
        timed([sys.executable, "-c", BARE_WINDOW, bare_png], env)
        print(f"at the start: {load()}")
        bare, ours, version = [], [], []
        for _ in range(max(options.rounds, 5)):
            bare.append(timed([sys.executable, "-c", BARE_WINDOW, bare_png], env))
            ours.append(timed(shot, env))
            version.append(timed([*app, "--version"], env))
        print(f"at the end:   {load()}")
    where = "offscreen" if env.get("QT_QPA_PLATFORM") == "offscreen" else "display"
    which = f"frozen {options.frozen}" if options.frozen else "python -m ccrt_coder"
    ratio = statistics.median(ours) / statistics.median(bare)
    print(f"bare PySide6 window, show + grab + quit ({where}): median {ms(bare)}")
    print(f"{which} screenshot --project demo: median {ms(ours)}")
    print(f"start-up ratio: {ratio:.2f}x   (target <= {TARGET_RATIO}x, {len(ours)} rounds)")
    print(f"{which} --version: median {ms(version)}")
    return 0


def ms(timings: list[float]) -> str:
    return f"{statistics.median(timings) * 1000:.0f} ms"


if __name__ == "__main__":
    sys.exit(main())
