"""The hostile files of issue 14 (finding 2) at the campaign's full sizes: time and peak memory.

Builds each file in a temporary folder, runs the command a user would run on it in a fresh
process of this checkout and measures that process (wall time; peak resident memory from
``/proc/self/status`` VmHWM). Every file must be refused in < 10 s and < 500 MB with one ``error:``
line. Run: ``PYTHONPATH=. python benchmarks/bench_hostile_files.py`` (needs ~1 minute to
build the bombs; they take a few MB on disk); words as arguments pick the cases by name.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.faults.hostile import files  # noqa: E402  # after the path is set
from tests.faults.hostile.files import MB  # noqa: E402

TIME_LIMIT_S, MEMORY_LIMIT_MB = 10.0, 500.0


@dataclass(frozen=True)
class Case:
    name: str
    file: str
    build: Callable[[Path], Path]
    command: str  # import, import-codes, categories, import-qdpx


CASES = (
    Case("xlsx bomb (4.2 MB -> 4.3 GB)", "bomb.xlsx",
         lambda p: files.xlsx_bomb(p, 4300 * MB), "import-codes"),
    Case("docx text bomb (2.7 MB -> 2.7 GB)", "D02_patient_5.docx",
         lambda p: files.docx_text_bomb(p, 2700 * MB), "import"),
    Case("docx paragraph bomb (80 KB -> 80 MB)", "D02_patient_5.docx",
         lambda p: files.docx_paragraph_bomb(p, 80 * MB), "import"),
    Case("docx with a 200 MB transcript", "D02_patient_5.docx",
         lambda p: files.docx_text_bomb(p, 200 * MB), "import"),
    Case("docx of 1.5M paragraphs (ratio < 100)", "D02_patient_5.docx",
         lambda p: files.docx_many_paragraphs(p, 1_500_000), "import"),
    Case("xlsx row of 4M cells (ratio < 100)", "row.xlsx",
         lambda p: files.xlsx_one_row(p, 4_000_000), "import-codes"),
    Case("qdpx bomb (1.6 MB -> 1.6 GB)", "bomb.qdpx",
         lambda p: files.qdpx_bomb(p, 1600 * MB), "import-qdpx"),
    Case("qdpx with a 200 MB transcript", "long.qdpx",
         lambda p: files.qdpx_bomb(p, 200 * MB), "import-qdpx"),
    Case("csv of 1M valid rows", "rows.csv",
         lambda p: files.units_csv(p, 1_000_000), "import-codes"),
    Case("csv of 20 MB bad rows", "bad.csv",
         lambda p: files.bad_rows_csv(p, 20 * MB), "import-codes"),
    Case("csv of 240,000 bad rows (1.4M problems)", "bad.csv",
         lambda p: files.units_csv(p, 240_000, files.BAD_UNIT_ROW), "import-codes"),
    Case("category json 100,000 deep", "deep.json",
         lambda p: _deep_json(p, 100_000), "categories"),
)  # fmt: skip


def _deep_json(path: Path, depth: int) -> Path:
    path.write_text('{"categories": ' + "[" * depth + "]" * depth + "}")
    return path


def _arguments(case: Case, project: Path, file: Path, folder: Path) -> list[str]:
    if case.command == "import-qdpx":
        return ["import-qdpx", str(file), str(folder / "out.ccrt")]
    if case.command == "categories":
        return ["categories", str(project), "--import", str(file)]
    return [case.command, str(project), str(file)]


_RUN = """
import sys
from ccrt_coder.cli.entry import main
code = main(sys.argv[2:])
with open("/proc/self/status") as status:  # the high-water mark of this process alone
    peak = next(line.split()[1] for line in status if line.startswith("VmHWM:"))
with open(sys.argv[1], "w") as out:
    out.write(peak)
sys.exit(code)
"""


def measure(arguments: list[str], folder: Path) -> tuple[int, str, float, float]:
    """Exit code, stderr, seconds and peak resident memory (MB) of ``ccrt-coder ARGUMENTS``
    in a fresh process (VmHWM: a forked child's rusage would count the parent's memory)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    peak_file = folder / "peak.txt"
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", _RUN, str(peak_file), *arguments],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        check=False,
    )
    seconds = time.perf_counter() - start
    peak_kb = int(peak_file.read_text()) if peak_file.exists() else 0
    return done.returncode, done.stderr, seconds, peak_kb / 1024


def main() -> int:
    from ccrt_coder.usecases.demo import build_demo

    rows = []
    with tempfile.TemporaryDirectory(prefix="ccrt-hostile-") as temp:
        folder = Path(temp)
        project = folder / "demo.ccrt"
        build_demo(project)
        for case in [c for c in CASES if any(word in c.name for word in sys.argv[1:] or [""])]:
            print(f"building {case.name} ...", file=sys.stderr, flush=True)
            file = case.build(folder / case.file)
            code, err, seconds, peak = measure(_arguments(case, project, file, folder), folder)
            one_line = err.startswith("error: ") and err.count("\n") == 1
            clean = one_line and code != 0 and "unexpected" not in err and "Traceback" not in err
            ok = clean and seconds < TIME_LIMIT_S and peak < MEMORY_LIMIT_MB
            rows.append((case.name, file.stat().st_size, code, seconds, peak, ok, err.strip()))
            file.unlink()
            (folder / "out.ccrt").unlink(missing_ok=True)
    print(f"{'file':38} {'stored':>9} {'exit':>4} {'time s':>7} {'peak MB':>8}  ok  message")
    for name, size, code, seconds, peak, ok, err in rows:
        stored = f"{size / MB:.1f} MB" if size >= MB else f"{size / 1024:.0f} KB"
        print(
            f"{name:38} {stored:>9} {code:>4} {seconds:>7.2f} {peak:>8.1f}  "
            f"{'yes' if ok else 'NO':3} {err[:90]}"
        )
    return 0 if all(row[5] for row in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
