"""Shared set-up of the benchmarks: the large generated study, made once and reused."""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path

LARGE_DYADS = 200
OUT = Path(__file__).resolve().parent / "out"


def large_study(dyads: int = LARGE_DYADS, coders: int = 3) -> Path:
    """The generated study of ``dyads`` dyads (12,000 REs and ~200k units for 200), cached."""
    from ccrt_coder.usecases.generate import generate_study

    OUT.mkdir(exist_ok=True)
    path = Path(os.environ.get("CCRT_BENCH_STUDY", OUT / f"generated-{dyads}x{coders}.ccrt"))
    if not path.exists():
        print(f"generating {path} ...", flush=True)
        generate_study(path, dyads, coders, seed=1)
    return path


def best_of(runs: int, work: Callable[[], object]) -> float:
    """The fastest of ``runs`` timings in seconds (least disturbed by the machine)."""
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        timings.append(time.perf_counter() - start)
    return min(timings)
