"""Formulation agreement as chance-corrected statistics: do the coders' CCRTs agree?

Per component, each coder's CCRT of a scope (dyad x narrator x phase, i.e. one interview) is
the set of top categories (see formulation.py). Over the scopes: Cohen's kappa per pair and
Fleiss' kappa across coders with the whole set as the value (exact set agreement, chance
corrected), Krippendorff's alpha with the MASI distance (partial credit for overlapping sets)
and the exact-match rate. A coder without a top in a scope another coder has one for counts
as "none" (a disagreement); scopes where no coder has one are left out. Intervals: the
report's bootstrap (interviews resampled, so scopes are resampled with their REs).
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from ccrt_coder.analysis.agreement.formulation import FormulationAgreement
from ccrt_coder.analysis.agreement.modal_category import COMPONENTS
from ccrt_coder.analysis.agreement.resampling import Resampler
from ccrt_coder.analysis.agreement.statistics import StatBlock, replicate_stats
from ccrt_coder.analysis.agreement.top_sets import set_values
from ccrt_coder.analysis.reliability.set_distance import set_distances
from ccrt_coder.analysis.reliability.sufficient import nominal_statistics, pair_statistics

PAIR = ("cohen_kappa", "masi_alpha", "exact_match")
ALL = ("fleiss_kappa", "masi_alpha", "exact_match")
NONE = "none"
REASON = "no scope with two coders' CCRTs, or every CCRT is the same"


@dataclass(frozen=True)
class LevelFormulation:
    """The formulations at one more level (CCRT-LU directions) with their statistics."""

    agreement: FormulationAgreement
    statistics: dict[str, StatBlock]

    def to_dict(self) -> dict[str, Any]:
        return {
            **self.agreement.to_dict(),
            "statistics": {c: b.to_dict() for c, b in self.statistics.items()},
        }


def formulation_statistics(
    formulation: FormulationAgreement, shared: pd.DataFrame, resampler: Resampler
) -> dict[str, StatBlock]:
    """{W|RO|RS: block over the scopes}; ``shared`` the shared REs the scopes were formed from."""
    first = shared.drop_duplicates(["dyad", "narrator", "phase"])["row"].to_numpy()
    rs = resampler.for_rows(first)
    coders = list(formulation.scopes[0].tops[COMPONENTS[0]]) if formulation.scopes else []
    return {c: _component(formulation, c, coders, rs) for c in COMPONENTS}


def _component(
    formulation: FormulationAgreement, component: str, coders: list[str], rs: Resampler
) -> StatBlock:
    tops = [[frozenset(s.tops[component][c]) for c in coders] for s in formulation.scopes]
    distinct = sorted({t for row in tops for t in row} | {frozenset()}, key=_order)
    index = {s: i for i, s in enumerate(distinct)}
    codes = np.array([[index[t] for t in row] for row in tops], dtype=np.int64).reshape(
        len(tops), len(coders)
    )
    scored = (codes != index[frozenset()]).any(axis=1)
    codes, sub = codes[scored], rs.for_rows(np.nonzero(scored)[0])
    names = tuple("+".join(sorted(s)) or NONE for s in distinct)
    distance = set_distances(distinct, "masi")
    k, n = len(distinct), len(codes)
    pairs = []
    for i, j in itertools.combinations(range(len(coders)), 2):
        pair = codes[:, [i, j]]
        values = {
            **set_values(pair, distance, sub),
            "cohen_kappa": sub.values(pair_statistics(pair, k))["cohen_kappa"],
        }
        pairs.append(replicate_stats((coders[i], coders[j]), values, PAIR, n, sub, REASON))
    values = {
        **set_values(codes, distance, sub),
        "fleiss_kappa": sub.values(nominal_statistics(codes, k))["fleiss_kappa"],
    }
    overall = replicate_stats(("", ""), values, ALL, n, sub, REASON)
    totals = np.bincount(codes.ravel(), minlength=k)
    total = max(int(totals.sum()), 1)
    return StatBlock(
        n_res=n,
        n_rated=n,
        missing={c: int((codes[:, i] == index[frozenset()]).sum()) for i, c in enumerate(coders)},
        counts={name: int(t) for name, t in zip(names, totals, strict=True) if t},
        prevalence={name: int(t) / total for name, t in zip(names, totals, strict=True) if t},
        pairs=tuple(pairs),
        overall=overall.stats,
        intervals=overall.intervals,
    )


def _order(labels: frozenset[Any]) -> tuple[int, list[str]]:
    return len(labels), sorted(str(label) for label in labels)
