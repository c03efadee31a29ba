"""Time our Krippendorff's alpha against the krippendorff package on 100,000 units x 3 coders."""

import argparse
import sys
import time
from collections.abc import Callable

import krippendorff
import numpy as np

from ccrt_coder.analysis.reliability import krippendorff_alpha

MAX_RATIO = 1.5  # ours may take at most this multiple of the package's time


def generate(
    n_units: int, n_coders: int, n_categories: int, missing: float, seed: int
) -> np.ndarray:
    """Units x coders floats: coders agree on about 60% of ratings; `missing` share is NaN."""
    rng = np.random.default_rng(seed)
    truth = rng.integers(0, n_categories, size=(n_units, 1))
    noise = rng.integers(0, n_categories, size=(n_units, n_coders))
    ratings = np.where(rng.random((n_units, n_coders)) < 0.6, truth, noise).astype(float)
    ratings[rng.random(ratings.shape) < missing] = np.nan
    return ratings


def best_of(repeats: int, run: Callable[[], float]) -> tuple[float, float]:
    """(fastest wall time in seconds, value) over `repeats` runs."""
    times, value = [], 0.0
    for _ in range(repeats):
        start = time.perf_counter()
        value = run()
        times.append(time.perf_counter() - start)
    return min(times), value


def compare(level: str, ratings: np.ndarray, repeats: int) -> float:
    """Time both on the same data (ours takes units x coders, the package coders x units)."""
    ours_s, ours = best_of(repeats, lambda: krippendorff_alpha(ratings, level=level).value)
    theirs_s, theirs = best_of(
        repeats,
        lambda: krippendorff.alpha(reliability_data=ratings.T, level_of_measurement=level),
    )
    assert ours is not None and abs(ours - theirs) <= 1e-9, (level, ours, theirs)
    ratio = ours_s / theirs_s
    print(
        f"{level:>8}: alpha {ours:.12f} | ours {ours_s * 1e3:7.1f} ms | "
        f"krippendorff {theirs_s * 1e3:7.1f} ms | ratio {ratio:.2f} (limit {MAX_RATIO})"
    )
    return ratio


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--units", type=int, default=100_000)
    parser.add_argument("--coders", type=int, default=3)
    parser.add_argument("--categories", type=int, default=8)
    parser.add_argument("--missing", type=float, default=0.05)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--seed", type=int, default=20240601)
    args = parser.parse_args()
    ratings = generate(args.units, args.coders, args.categories, args.missing, args.seed)
    print(
        f"{args.units} units x {args.coders} coders, {args.categories} categories, "
        f"{np.isnan(ratings).mean():.1%} missing; best of {args.repeats}"
    )
    failed = False
    for level in ("nominal", "interval"):
        ratio = compare(level, ratings, args.repeats)
        failed |= ratio > MAX_RATIO
    rows = [[None if np.isnan(v) else int(v) for v in row] for row in ratings.tolist()]
    list_s, _ = best_of(args.repeats, lambda: krippendorff_alpha(rows).value)
    print(f"(for information: nominal from Python lists with None: {list_s * 1e3:.1f} ms)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
