"""The fault campaign of issue 14, kept: run it all against this checkout and print the table.

- kills: ``kill -9`` at random moments during coding (single-unit saves through the use cases,
  as the app makes them; a plain copy of the file taken while the coder has it open) and during
  import, import-codes, merge, export (xlsx, CSV) and generate; after each: the integrity
  check, every acknowledged save in the file, no partial outputs under target names, and no
  leftovers after the next run;
- disk full: each writer on a small tmpfs (or, where mounting is not allowed, file sizes limited
  by RLIMIT_FSIZE: the run says which), filled to a few free sizes: one clean line, the project
  unchanged, nothing left behind;
- concurrent writers: two import-codes at once; a merge, an import-codes and an export while the
  app saves single units: all succeed (waiting), none fail with "locked";
- hostile files: the full-size bombs of ``bench_hostile_files.py``, crafted merge sources,
  crafted .qdpx files and damaged projects, each timed and its peak memory measured.

Run: ``python benchmarks/fault_campaign.py [--seed 1] [--kills 100] [--quick] [--only kill,disk]``;
exit status 0 only when the table shows nothing but attempts and clean refusals. Parts run in
parallel (``--only``, ``--save part.json``) print as one table with ``--combine part.json ...``.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.campaign import concurrency, disk, hostile, kills, study  # noqa: E402
from benchmarks.campaign.table import Tally, clean, load, render, save  # noqa: E402

CATEGORIES = ("kill", "disk", "concurrent", "hostile")


def parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seed", type=int, default=1, help="the random moments and choices")
    parser.add_argument("--kills", type=int, default=100, help="kill -9 attempts (default 100)")
    parser.add_argument("--quick", action="store_true", help="a few attempts of each kind")
    parser.add_argument("--only", default=",".join(CATEGORIES), help="categories to run")
    parser.add_argument("--keep", type=Path, help="work here and keep the files")
    parser.add_argument("--save", type=Path, help="also write the counts to this JSON file")
    parser.add_argument(
        "--combine", type=Path, nargs="+", help="print the table of parts run with --save"
    )
    return parser.parse_args(argv)


def run_campaign(options: argparse.Namespace, work: Path) -> list[Tally]:
    rng = random.Random(options.seed)
    chosen = options.only.split(",")
    base = study.build(work / "base", dyads=3 if options.quick else 10)
    tallies: list[Tally] = []
    reference, seconds = kills.calibrate(base, work / "calibrate")
    if "kill" in chosen:
        count = 14 if options.quick else options.kills
        tallies += kills.campaign(base, work / "kill", rng, count, reference, seconds)
    if "disk" in chosen:
        tallies += disk.campaign(base, work / "disk", reference, quick=options.quick)
    if "concurrent" in chosen:
        tallies += concurrency.campaign(base, work / "concurrent", rounds=1 if options.quick else 3)
    if "hostile" in chosen:
        tallies += hostile.campaign(base, work / "hostile", quick=options.quick)
    return tallies


def main(argv: list[str] | None = None) -> int:
    options = parse(argv)
    if options.combine:
        tallies = load(options.combine)
        print(render(tallies))
        return 0 if clean(tallies) else 1
    start = time.monotonic()
    if options.keep:
        tallies = run_campaign(options, options.keep)
    else:
        with tempfile.TemporaryDirectory(prefix="ccrt-campaign-") as temp:
            tallies = run_campaign(options, Path(temp))
    if options.save:
        save(tallies, options.save)
    print(render(tallies))
    load_average = ", ".join(f"{n:.2f}" for n in os.getloadavg())
    minutes = (time.monotonic() - start) / 60
    print(f"\nseed {options.seed}; {minutes:.1f} min; load average {load_average}; {disk.method()}")
    return 0 if clean(tallies) else 1


if __name__ == "__main__":
    sys.exit(main())
