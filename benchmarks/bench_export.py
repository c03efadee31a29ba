"""Export speed and memory: our formatted xlsx export vs openpyxl write-only without formatting.

Usage: python benchmarks/bench_export.py [PROJECT] (default /tmp/gen200.ccrt, generated with
``ccrt-coder generate /tmp/gen200.ccrt --dyads 200 --coders 3`` when missing).

Both run in fresh subprocesses of the same run, alternating, twice each (the fastest counts),
so each reports its own peak memory (max RSS; the higher export peak is reported). The export is
timed end to end from the project file (query, rows, analyses, formatting, writing, zipping); the
baseline only writes the same rows, already in memory, with plain ``append`` and no styles,
widths, filter, frozen pane or row heights. Target: ratio <= 1.3, peak < 300 MB.
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

DEFAULT_PROJECT = Path("/tmp/gen200.ccrt")
TARGET_RATIO = 1.3
TARGET_PEAK_MB = 300
RUNS = 2  # alternating; the fastest of each counts (least disturbed by other work)


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB


def run_export(project: str, out: str) -> dict[str, float]:
    from ccrt_coder.storage.schema import open_project_file
    from ccrt_coder.usecases.export import export_project

    db = open_project_file(Path(project))
    start = time.perf_counter()
    report = export_project(db, out)
    seconds = time.perf_counter() - start
    db.close()
    return {"seconds": seconds, "peak_mb": _peak_mb(), "rows": sum(report.rows.values())}


def run_baseline(project: str, out: str) -> dict[str, float]:
    from openpyxl import Workbook

    from ccrt_coder.storage.schema import open_project_file
    from ccrt_coder.usecases.export import ExportOptions, sheet_sources

    db = open_project_file(Path(project))
    with db.reading() as session:
        sheets = sheet_sources(session, db, ExportOptions())
        data = [(s.name, list(s.header), [tuple(row) for row in s.rows]) for s in sheets]
    db.close()
    before = _peak_mb()
    start = time.perf_counter()
    workbook = Workbook(write_only=True)
    for name, header, rows in data:
        sheet = workbook.create_sheet(name)
        sheet.append(header)
        for row in rows:
            sheet.append(row)
    workbook.save(out)
    seconds = time.perf_counter() - start
    rows = sum(len(rows) for _, _, rows in data)
    return {"seconds": seconds, "peak_mb": _peak_mb(), "rows_in_memory_mb": before, "rows": rows}


def _child(kind: str, project: Path, out: Path) -> dict[str, float]:
    result = subprocess.run(
        [sys.executable, __file__, "--child", kind, str(project), str(out)],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def main() -> None:
    project = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_PROJECT
    if not project.exists():
        subprocess.run(
            [sys.executable, "-m", "ccrt_coder", "generate", str(project), "--dyads", "200",
             "--coders", "3"], check=True,
        )  # fmt: skip
    with tempfile.TemporaryDirectory() as folder:
        runs = [
            (_child("export", project, Path(folder) / "export.xlsx"),
             _child("baseline", project, Path(folder) / "baseline.xlsx"))
            for _ in range(RUNS)
        ]  # fmt: skip
        size = (Path(folder) / "export.xlsx").stat().st_size / 1e6
    ours = min((r[0] for r in runs), key=lambda r: r["seconds"])
    base = min((r[1] for r in runs), key=lambda r: r["seconds"])
    ours["peak_mb"] = max(r[0]["peak_mb"] for r in runs)
    ratio = ours["seconds"] / base["seconds"]
    print(f"project: {project} ({int(ours['rows'])} rows in all sheets; workbook {size:.0f} MB)")
    print(
        f"export (formatted, from the project file): {ours['seconds']:.1f} s, "
        f"peak memory {ours['peak_mb']:.0f} MB"
    )
    print(
        f"baseline (openpyxl write-only, plain rows): {base['seconds']:.1f} s "
        f"(its rows held in memory: {base['rows_in_memory_mb']:.0f} MB)"
    )
    print(
        f"ratio {ratio:.2f} (target <= {TARGET_RATIO}); peak {ours['peak_mb']:.0f} MB "
        f"(target < {TARGET_PEAK_MB} MB)"
    )
    ok = ratio <= TARGET_RATIO and ours["peak_mb"] < TARGET_PEAK_MB
    print("OK" if ok else "MISSED")


if __name__ == "__main__":
    if len(sys.argv) == 5 and sys.argv[1] == "--child":
        runner = run_export if sys.argv[2] == "export" else run_baseline
        print(json.dumps(runner(sys.argv[3], sys.argv[4])))
    else:
        main()
