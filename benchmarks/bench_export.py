"""Export speed and memory: our formatted xlsx export vs the plain-row floors of two writers.

Usage: python benchmarks/bench_export.py [PROJECT] [--runs N] (default /tmp/gen200.ccrt,
generated with ``ccrt-coder generate /tmp/gen200.ccrt --dyads 200 --coders 3`` when missing).

Three kinds run in fresh subprocesses of the same run, alternating, ``--runs`` times each (the
fastest counts), so each reports its own peak memory (max RSS; the export's highest peak is
reported). The export is timed end to end from the project file (query, rows, analyses,
formatting, writing, zipping). The two floors only write the same rows, already in memory,
with no styles, widths, filter, frozen pane or row heights: openpyxl write-only with plain
``append``, and xlsxwriter constant-memory with one typed write per cell (what it takes to keep
texts text). Target (issue 15): export / openpyxl floor <= 1.0, export peak < 300 MB.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path
from typing import Any

DEFAULT_PROJECT = Path("/tmp/gen200.ccrt")
TARGET_RATIO = 1.0
TARGET_PEAK_MB = 300
KINDS = ("export", "openpyxl", "xlsxwriter")


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


def _plain_rows(project: str) -> list[tuple[str, list[str], list[tuple[Any, ...]]]]:
    from ccrt_coder.storage.schema import open_project_file
    from ccrt_coder.usecases.export import ExportOptions, sheet_sources

    db = open_project_file(Path(project))
    with db.reading() as session:
        sheets = sheet_sources(session, db, ExportOptions())
        data = [(s.name, list(s.header), [tuple(row) for row in s.rows]) for s in sheets]
    db.close()
    return data


def _write_openpyxl(data: list[tuple[str, list[str], list[tuple[Any, ...]]]], out: str) -> None:
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    for name, header, rows in data:
        sheet = workbook.create_sheet(name)
        sheet.append(header)
        for row in rows:
            sheet.append(row)
    workbook.save(out)


def _write_xlsxwriter(data: list[tuple[str, list[str], list[tuple[Any, ...]]]], out: str) -> None:
    import xlsxwriter

    folder = str(Path(out).parent)
    workbook = xlsxwriter.Workbook(out, {"constant_memory": True, "tmpdir": folder})
    when = workbook.add_format({"num_format": "yyyy-mm-dd h:mm:ss"})
    for name, header, rows in data:
        sheet = workbook.add_worksheet(name)
        string, number = sheet.write_string, sheet.write_number
        for col, title in enumerate(header):
            string(0, col, title)
        for r, row in enumerate(rows, start=1):
            for col, value in enumerate(row):
                if isinstance(value, str):
                    string(r, col, value)
                elif isinstance(value, bool):
                    sheet.write_boolean(r, col, value)
                elif isinstance(value, int | float):
                    number(r, col, value)
                elif isinstance(value, datetime):
                    sheet.write_datetime(r, col, value, when)
    workbook.close()


def run_floor(kind: str, project: str, out: str) -> dict[str, float]:
    data = _plain_rows(project)
    before = _peak_mb()
    start = time.perf_counter()
    (_write_openpyxl if kind == "openpyxl" else _write_xlsxwriter)(data, out)
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


def _load() -> str:
    return " ".join(f"{n:.2f}" for n in os.getloadavg())


def main(argv: list[str]) -> None:
    runs = int(argv[argv.index("--runs") + 1]) if "--runs" in argv else 2
    paths = [a for i, a in enumerate(argv) if a != "--runs" and (i == 0 or argv[i - 1] != "--runs")]
    project = Path(paths[0]) if paths else DEFAULT_PROJECT
    if not project.exists():
        subprocess.run(
            [sys.executable, "-m", "ccrt_coder", "generate", str(project), "--dyads", "200",
             "--coders", "3"], check=True,
        )  # fmt: skip
    load_before = _load()
    results: dict[str, list[dict[str, float]]] = {kind: [] for kind in KINDS}
    with tempfile.TemporaryDirectory() as folder:
        for _ in range(runs):
            for kind in KINDS:
                results[kind].append(_child(kind, project, Path(folder) / f"{kind}.xlsx"))
        size = (Path(folder) / "export.xlsx").stat().st_size / 1e6
    best = {kind: min(results[kind], key=lambda r: r["seconds"]) for kind in KINDS}
    ours, floor, xlsxwriter = best["export"], best["openpyxl"], best["xlsxwriter"]
    peak = max(r["peak_mb"] for r in results["export"])
    ratio = ours["seconds"] / floor["seconds"]
    print(f"project: {project} ({int(ours['rows'])} rows in all sheets; workbook {size:.0f} MB)")
    print(f"load average (1, 5, 15 min) on {os.cpu_count()} CPUs: {load_before} before, "
          f"{_load()} after; best of {runs} alternating runs each")  # fmt: skip
    print(f"export (formatted, from the project file): {ours['seconds']:.1f} s, peak {peak:.0f} MB")
    print(f"openpyxl write-only, plain rows in memory: {floor['seconds']:.1f} s "
          f"(its rows held in memory: {floor['rows_in_memory_mb']:.0f} MB)")  # fmt: skip
    print(f"xlsxwriter constant-memory, plain typed rows: {xlsxwriter['seconds']:.1f} s")
    print(f"export / openpyxl floor: {ratio:.2f} (target <= {TARGET_RATIO}); "
          f"export / xlsxwriter floor: {ours['seconds'] / xlsxwriter['seconds']:.2f}; "
          f"peak {peak:.0f} MB (target < {TARGET_PEAK_MB} MB)")  # fmt: skip
    print("OK" if ratio <= TARGET_RATIO and peak < TARGET_PEAK_MB else "MISSED")


if __name__ == "__main__":
    if len(sys.argv) == 5 and sys.argv[1] == "--child":
        kind, project, out = sys.argv[2:]
        result = run_export(project, out) if kind == "export" else run_floor(kind, project, out)
        print(json.dumps(result))
    else:
        main(sys.argv[1:])
