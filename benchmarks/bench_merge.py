"""Merging a coder's copy: <= 2.5x plain sqlite3 executemany of the same rows, in the same run.

Scenarios on generated studies (cached in benchmarks/out):

- ``all``: 150 dyads x 2 coders (~99,000 units); the target is the study with every coder's work
  removed, the source the full study: the whole 100,000-unit project comes over.
- ``last-coder`` (issue 15's row): 200 dyads x 3 coders (~198,000 units); the target lacks only
  coder C's work (~66,000 units) and the source is the whole study, so the merge also checks and
  compares coders A and B (~132,000 units on each side).
- ``coder-copy``: the same target, and coder C's coder copy as the source (the blind workflow:
  File > Prepare coder copies, then Send my work): only C's ~66,000 units are checked and added.

Ours: the whole merge (lock, read both, compare, back up, insert, commit). Baseline: plain
``sqlite3`` ``executemany`` of the rows the merge adds (units, spans, categories, ratings) into
another copy of the target, in one transaction, with the app's pragmas. Runs alternate between
the two on fresh copies; the best of each is compared.

Run: python benchmarks/bench_merge.py [--scenario all|last-coder|coder-copy|every] [--runs 5]
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

from common import large_study

from ccrt_coder.storage import merge_store, schema
from ccrt_coder.usecases import coder_copies, merge

MAX_RATIO = 2.5  # issue 15
SCENARIOS = {  # dyads, coders, target without the last coder only, source its coder copy
    "all": (150, 2, False, False),
    "last-coder": (200, 3, True, False),
    "coder-copy": (200, 3, True, True),
}
PRAGMAS = ("PRAGMA foreign_keys=ON", "PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL")
TABLES = {  # table: (columns inserted, key that tells the target's rows from the new ones)
    "coded_units": (
        "id, uid, re_id, coder_id, layer, component, tailor_label, valence, "
        "actuality, explicitness, lu_direction, memo, created_at, modified_at",
        "id",
    ),
    "unit_spans": ('unit_id, start, "end"', "id"),
    "unit_categories": ("unit_id, category_id, position", "unit_id, category_id"),
    "re_ratings": ("re_id, coder_id, layer, completeness, modified_at", "id"),
}


def emptied_copy(study: Path, folder: Path, last_only: bool) -> Path:
    """The study without any coder's work, or without the last coder's (the coders stay)."""
    target = folder / "target-template.ccrt"
    shutil.copy(study, target)
    db = schema.open_project_file(target)
    with db.transaction() as session:
        names = session.connection().exec_driver_sql("SELECT name FROM coders ORDER BY name")
        names = list(names.scalars())
        for name in names[-1:] if last_only else names:
            merge_store.delete_coder_work(session, name)
    db.close()
    connection = sqlite3.connect(target)
    connection.execute("VACUUM")
    connection.close()
    return target


def last_coders_copy(study: Path, folder: Path) -> Path:
    """The last coder's coder copy of ``study`` (their units only), as the app writes it."""
    copy = folder / "coder-copy.ccrt"
    db = schema.open_project_file(study)
    try:
        with db.reading() as session:
            names = session.connection().exec_driver_sql("SELECT name FROM coders ORDER BY name")
            last = list(names.scalars())[-1]
        coder_copies.write_coder_copy(db, last, copy)
    finally:
        db.close()
    return copy


def added_rows(study: Path, target: Path) -> dict[str, list[tuple]]:
    """The rows the merge adds: those of the study that the target lacks."""
    connection = sqlite3.connect(study)
    connection.execute("ATTACH DATABASE ? AS target", (str(target),))
    rows = {}
    for table, (columns, key) in TABLES.items():
        same = " AND ".join(f"t.{k} = m.{k}" for k in key.split(", "))
        chosen = ", ".join(f"m.{c.strip()}" for c in columns.split(","))
        rows[table] = connection.execute(  # NOT EXISTS: by the key's index (NOT IN of two
            f"SELECT {chosen} FROM main.{table} m "  # columns scanned the target per row)
            f"WHERE NOT EXISTS (SELECT 1 FROM target.{table} t WHERE {same})"
        ).fetchall()
    connection.close()
    return rows


def run_baseline(target: Path, rows: dict[str, list[tuple]]) -> float:
    connection = sqlite3.connect(target, isolation_level=None)
    for pragma in PRAGMAS:
        connection.execute(pragma)
    start = time.perf_counter()
    connection.execute("BEGIN")
    for table, (columns, _) in TABLES.items():
        marks = ", ".join("?" * len(columns.split(",")))
        if rows[table]:
            connection.executemany(f"INSERT INTO {table} ({columns}) VALUES ({marks})", rows[table])
    connection.execute("COMMIT")
    elapsed = time.perf_counter() - start
    connection.close()
    return elapsed


def run_merge(target: Path, source: Path) -> tuple[float, int]:
    db = schema.open_project_file(target)
    start = time.perf_counter()
    result = merge.merge(db, [source])
    elapsed = time.perf_counter() - start
    db.close()
    return elapsed, result.plan.units


def scenario(name: str, runs: int) -> float:
    dyads, coders, last_only, from_copy = SCENARIOS[name]
    study = large_study(dyads, coders)
    with tempfile.TemporaryDirectory(dir=study.parent) as tmp:
        folder = Path(tmp)
        template = emptied_copy(study, folder, last_only)
        source = last_coders_copy(study, folder) if from_copy else study
        rows = added_rows(source, template)
        ours, plain, units = [], [], 0
        for n in range(runs):
            mine, theirs = folder / f"merge-{n}.ccrt", folder / f"plain-{n}.ccrt"
            shutil.copy(template, mine)
            shutil.copy(template, theirs)
            seconds, units = run_merge(mine, source)
            ours.append(seconds)
            plain.append(run_baseline(theirs, rows))
            for path in folder.glob(f"*-{n}.ccrt*"):
                path.unlink()
    ratio = min(ours) / min(plain)
    n_rows = sum(len(r) for r in rows.values())
    print(
        f"{name}: merged {units} units ({n_rows} rows) from {source.name}, best of {runs}: "
        f"ours {min(ours):.2f} s | plain sqlite3 executemany {min(plain):.2f} s | "
        f"ratio {ratio:.2f} (limit {MAX_RATIO})"
    )
    return ratio


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--scenario", choices=[*SCENARIOS, "every"], default="every")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    names = list(SCENARIOS) if args.scenario == "every" else [args.scenario]
    ratios = [scenario(name, args.runs) for name in names]
    return 0 if max(ratios) <= MAX_RATIO else 1


if __name__ == "__main__":
    sys.exit(main())
