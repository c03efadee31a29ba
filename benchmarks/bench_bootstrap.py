"""Time the vectorised cluster bootstrap at the agreement report's size: target <= 1 s in total.

1,800 REs in 600 interviews, 3 coders, B = 1000: for each of three rating tables (two with
30 categories, one present/absent) the four two-coder statistics for each of the 3 coder pairs
and the four all-coder statistics (48 intervals), plus MASI and Jaccard alpha on set values.
One `ClusterResampler` computes them all in one matrix product (`intervals`).

Run: python benchmarks/bench_bootstrap.py [--res 1800] [--interviews 600] [--b 1000]
(the generated 200-dyad study's size: --res 12000 --interviews 1200). On a machine whose cores
are busy, OpenBLAS's threads wait on each other; OPENBLAS_NUM_THREADS=1 shows the work itself.
"""

from __future__ import annotations

import argparse
import itertools
import sys
import time
from typing import Any

import numpy as np

from ccrt_coder.analysis.reliability import ClusterResampler

TARGET_SECONDS = 1.0
PAIR = ("cohen_kappa", "scott_pi", "percent_agreement", "gwet_ac1")
ALL = ("fleiss_kappa", "krippendorff_alpha", "percent_agreement", "gwet_ac1")


def table(rng: np.random.Generator, n: int, categories: int, coders: int = 3) -> np.ndarray:
    """REs x coders category codes: coders agree on ~60%, 8% missing."""
    truth = rng.integers(0, categories, size=(n, 1))
    noise = rng.integers(0, categories, size=(n, coders))
    ratings = np.where(rng.random((n, coders)) < 0.6, truth, noise).astype(float)
    ratings[rng.random(ratings.shape) < 0.08] = np.nan
    return ratings


def set_table(rng: np.random.Generator, n: int, coders: int = 3) -> np.ndarray:
    """REs x coders sets of top categories (1-2 of 30, sometimes none)."""
    ratings = np.empty((n, coders), dtype=object)
    for i in range(n):
        top = int(rng.integers(0, 30))
        for j in range(coders):
            size = int(rng.integers(0, 3))
            ratings[i, j] = frozenset(
                int(x) for x in [top, *rng.integers(0, 30, size=2).tolist()][:size]
            )
    return ratings


def run(n_res: int, n_interviews: int, b: int) -> tuple[float, int]:
    rng = np.random.default_rng(1)
    clusters = np.sort(rng.integers(0, n_interviews, size=n_res)).tolist()
    tables = [(table(rng, n_res, 30), list(range(30))), (table(rng, n_res, 30), list(range(30)))]
    tables.append((table(rng, n_res, 2), [0, 1]))
    sets = set_table(rng, n_res)
    start = time.perf_counter()
    resampler = ClusterResampler(clusters, b=b, seed=20261203)
    requests: list[tuple[str, Any, list[Any] | None]] = []
    for ratings, categories in tables:
        for i, j in itertools.combinations(range(3), 2):
            requests += [(name, ratings[:, [i, j]], categories) for name in PAIR]
        requests += [(name, ratings, categories) for name in ALL]
    requests += [(name, sets, None) for name in ("set_alpha_masi", "set_alpha_jaccard")]
    intervals = resampler.intervals(requests)
    return time.perf_counter() - start, len(intervals)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--res", type=int, default=1800)
    parser.add_argument("--interviews", type=int, default=600)
    parser.add_argument("--b", type=int, default=1000)
    args = parser.parse_args(argv)
    seconds = min(run(args.res, args.interviews, args.b)[0] for _ in range(3))
    _, count = run(args.res, args.interviews, args.b)
    print(
        f"cluster bootstrap: {count} intervals, {args.res} REs in {args.interviews} interviews, "
        f"3 coders, B = {args.b}: {seconds:.3f} s ({seconds / count * 1e3:.1f} ms each; "
        f"target {TARGET_SECONDS:.1f} s)"
    )
    return 0 if seconds <= TARGET_SECONDS else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
