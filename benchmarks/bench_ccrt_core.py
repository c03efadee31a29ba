"""Time the CCRT analysis core on a generated 200-dyad study (12,000 REs, ~200,000 units)."""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable

import numpy as np
import pandas as pd

from ccrt_coder.analysis.ccrt.comparison import compare
from ccrt_coder.analysis.ccrt.formation import compute_ccrts
from ccrt_coder.analysis.ccrt.scopes import AnalysisSettings
from ccrt_coder.analysis.ccrt.tidy import tidy_table
from ccrt_coder.core.domain import DEFAULT_OTHER_PERSON_TYPES

# Item-level sizes of Edition 3 (about 35 W, 30 RO, 31 RS categories), 8 clusters each.
CATEGORY_COUNTS = {"W": 35, "RO": 30, "RS": 31}
NEGATIVE_CLUSTERS = {"RO": {2, 3, 4, 5}, "RS": {2, 4, 6, 7, 8}}


def category_system() -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    categories = {
        c: [f"{c}{i // 5 % 8 + 1}.{i}" for i in range(n)] for c, n in CATEGORY_COUNTS.items()
    }
    clusters = {c: [f"{c}{i}" for i in range(1, 9)] for c in CATEGORY_COUNTS}
    return categories, clusters


def generate(
    n_dyads: int = 200, res_per_interview: int = 10, units_per_re: float = 16.7, seed: int = 1
):
    """Synthetic frames in the storage layer's shape; 15% of units carry two categories."""
    rng = np.random.default_rng(seed)
    interviews = pd.MultiIndex.from_product(
        [[f"D{d:03d}" for d in range(n_dyads)], ["patient", "therapist"], [5, 15, 28]],
        names=["dyad", "narrator", "phase"],
    ).to_frame(index=False)
    res = interviews.loc[interviews.index.repeat(res_per_interview)].reset_index(drop=True)
    res["re_id"] = np.arange(len(res))
    res["number"] = res.groupby(["dyad", "narrator", "phase"]).cumcount() + 1
    res["other_type"] = rng.choice(DEFAULT_OTHER_PERSON_TYPES, len(res))
    partner = np.where(res["narrator"] == "patient", "therapist", "patient")
    res["about_partner"] = res["other_type"].to_numpy() == partner
    completeness = rng.choice(np.arange(1.0, 5.5, 0.5), len(res))
    res["completeness"] = np.where(rng.random(len(res)) < 0.1, np.nan, completeness)
    res["has_units"] = rng.random(len(res)) < 0.95
    categories, _ = category_system()
    n_units = int(len(res) * units_per_re)
    units = pd.DataFrame(
        {
            "unit_id": np.arange(n_units),
            "re_id": rng.integers(0, len(res), n_units),
            "component": rng.choice(list(CATEGORY_COUNTS), n_units),
        }
    )
    doubled = units.loc[rng.random(n_units) < 0.15]
    codes = pd.concat([units, doubled]).sort_values("unit_id", kind="stable").reset_index(drop=True)
    codes["category"] = [
        categories[c][i % len(categories[c])]
        for c, i in zip(codes["component"], rng.integers(0, 35, len(codes)), strict=True)
    ]
    codes["cluster"] = codes["category"].str.split(".").str[0]
    codes.loc[rng.random(len(codes)) < 0.02, ["category", "cluster"]] = None
    codes["valence"] = _valence(codes, rng)
    return res, codes


def _valence(codes: pd.DataFrame, rng: np.random.Generator) -> np.ndarray:
    number = pd.to_numeric(
        codes["cluster"].str.removeprefix("RO").str.removeprefix("RS"), errors="coerce"
    )
    negative = [
        comp in NEGATIVE_CLUSTERS and n in NEGATIVE_CLUSTERS[comp]
        for comp, n in zip(codes["component"], number, strict=True)
    ]
    valence = np.where(np.asarray(negative) ^ (rng.random(len(codes)) < 0.1), "-", "+").astype(
        object
    )
    valence[(codes["component"] == "W").to_numpy() | (rng.random(len(codes)) < 0.03)] = None
    return valence


def timed(what: Callable[[], object], repeat: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = what()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--dyads", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    res, codes = generate(args.dyads)
    categories, clusters = category_system()
    settings = AnalysisSettings()
    print(f"{len(res):,} REs, {codes['unit_id'].nunique():,} units, {len(codes):,} code rows")
    seconds, results = timed(
        lambda: compute_ccrts(res, codes, settings, categories, clusters), args.repeat
    )
    print(f"compute_ccrts (all {len(results.grid):,} scopes, pooled included): {seconds:.3f} s")
    seconds, _ = timed(lambda: compare(results), args.repeat)
    print(f"compare (all dyads and pooled, all phases):  {seconds:.3f} s")
    seconds, table = timed(lambda: tidy_table(results), max(1, args.repeat // 2))
    print(f"tidy_table ({len(table):,} rows):             {seconds:.3f} s")


if __name__ == "__main__":
    main()
