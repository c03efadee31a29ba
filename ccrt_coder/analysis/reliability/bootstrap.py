"""Percentile bootstrap confidence intervals resampling clusters (e.g. interviews) of units.

Units (REs) are nested in clusters (interviews, dyads), so a replicate draws G clusters with
replacement from the G clusters and keeps every unit of each drawn cluster (the cluster
bootstrap; Davison & Hinkley 1997, Bootstrap Methods, sec. 3.8; Field & Welsh 2007, JASA 102,
1170-1182). The percentile interval (Efron & Tibshirani 1993, ch. 13) takes the (1 - level) / 2
and (1 + level) / 2 quantiles (numpy's linear interpolation) of the defined replicates;
replicates where the statistic is undefined (e.g. one category only) are dropped and counted.

Vectorised: every statistic is a function of per-unit counts summed over units
(`sufficient.py`), so with the B x G matrix W of how often each cluster was drawn, the summed
counts of all replicates are W @ (per-cluster counts), and the statistic is computed for all B
replicates at once. Draws: `numpy.random.default_rng(seed).integers(0, G, size=(B, G))`, row r
being replicate r's clusters, the clusters numbered in order of first appearance in `clusters`.
"""

from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from .result import AgreementInputError
from .sufficient import sufficient

DEFAULT_B = 1000
DEFAULT_SEED = 20261203
DEFAULT_LEVEL = 0.95
Request = tuple[str, Any, Sequence[Hashable] | None]  # statistic name, ratings, categories


@dataclass(frozen=True)
class Interval:
    """A bootstrap interval and its settings (low/high/se_boot None: no replicate was defined)."""

    low: float | None
    high: float | None
    se_boot: float | None
    b: int
    seed: int
    level: float
    resampled_by: str
    n_clusters: int
    n_undefined: int

    def to_dict(self) -> dict[str, Any]:
        """The interval and its settings as JSON-ready values."""
        return {
            "ci_low": self.low,
            "ci_high": self.high,
            "se": self.se_boot,
            "method": "percentile cluster bootstrap",
            "b": self.b,
            "seed": self.seed,
            "level": self.level,
            "resampled_by": self.resampled_by,
            "n_clusters": self.n_clusters,
            "n_undefined": self.n_undefined,
        }


class ClusterResampler:
    """One set of B cluster resamples, reused for every statistic of the same units.

    `clusters[i]` names the cluster of unit (row) i of every ratings table passed to `interval`
    or `intervals`; `intervals` computes many statistics in one matrix product (fastest).
    """

    def __init__(
        self,
        clusters: Sequence[Hashable],
        *,
        b: int = DEFAULT_B,
        seed: int = DEFAULT_SEED,
        level: float = DEFAULT_LEVEL,
        resampled_by: str = "interview",
    ) -> None:
        if b < 1:
            raise AgreementInputError(f"the number of bootstrap replicates must be >= 1, not {b}")
        if not 0.0 < level < 1.0:
            raise AgreementInputError(f"the confidence level must be between 0 and 1, not {level}")
        index = {name: i for i, name in enumerate(dict.fromkeys(clusters))}
        self.unit_cluster = np.fromiter((index[c] for c in clusters), dtype=np.int64)
        self.n_clusters = len(index)
        grouped = bool(np.all(np.diff(self.unit_cluster) >= 0))  # each cluster's units together
        self._order = None if grouped else np.argsort(self.unit_cluster, kind="stable")
        ordered = self.unit_cluster if self._order is None else self.unit_cluster[self._order]
        self._starts = np.searchsorted(ordered, np.arange(self.n_clusters))
        self.b, self.seed, self.level, self.resampled_by = b, seed, level, resampled_by
        rng = np.random.default_rng(seed)
        draws = rng.integers(0, max(self.n_clusters, 1), size=(b, self.n_clusters))
        offsets = np.arange(b)[:, None] * self.n_clusters
        flat = np.bincount((draws + offsets).ravel(), minlength=b * self.n_clusters)
        self.weights = flat.reshape(b, self.n_clusters).astype(float)

    def replicates(self, requests: Sequence[Request]) -> list[np.ndarray]:
        """Each requested statistic in each of the B replicates (NaN where undefined).

        All requests share one matrix product (one BLAS call instead of one per statistic).
        """
        counts = [sufficient(name, ratings, categories) for name, ratings, categories in requests]
        for count in counts:
            if len(count.unit_stats) != len(self.unit_cluster):
                raise AgreementInputError(
                    f"the ratings have {len(count.unit_stats)} units but "
                    f"{len(self.unit_cluster)} cluster labels"
                )
        widths = [count.unit_stats.shape[1] for count in counts]
        if self.n_clusters == 0 or not counts:
            sums = np.zeros((self.b, sum(widths)))
        else:
            per_cluster = [
                np.add.reduceat(
                    count.unit_stats if self._order is None else count.unit_stats[self._order],
                    self._starts,
                    axis=0,
                )
                for count in counts
            ]
            sums = self.weights @ np.hstack(per_cluster)
        edges = np.cumsum([0, *widths])
        return [
            count.compute(sums[:, start:stop])
            for count, start, stop in zip(counts, edges[:-1], edges[1:], strict=True)
        ]

    def intervals(self, requests: Sequence[Request]) -> list[Interval]:
        """The percentile intervals of many (statistic name, ratings, categories) requests."""
        return [self._interval(values) for values in self.replicates(requests)]

    def interval(
        self, statistic: str, ratings: Any, *, categories: Sequence[Hashable] | None = None
    ) -> Interval:
        """The percentile interval of `statistic` (a name in `sufficient.STATISTIC_NAMES`)."""
        return self.intervals([(statistic, ratings, categories)])[0]

    def _interval(self, values: np.ndarray) -> Interval:
        defined = values[~np.isnan(values)]
        low = high = se = None
        if len(defined):
            tail = (1.0 - self.level) / 2.0
            low, high = (float(q) for q in np.quantile(defined, [tail, 1.0 - tail]))
            se = float(defined.std(ddof=1)) if len(defined) > 1 else None
        return Interval(
            low,
            high,
            se,
            self.b,
            self.seed,
            self.level,
            self.resampled_by,
            self.n_clusters,
            int(len(values) - len(defined)),
        )


def bootstrap_ci(
    statistic: str,
    ratings: Any,
    clusters: Sequence[Hashable],
    *,
    categories: Sequence[Hashable] | None = None,
    b: int = DEFAULT_B,
    seed: int = DEFAULT_SEED,
    level: float = DEFAULT_LEVEL,
    resampled_by: str = "interview",
) -> Interval:
    """The cluster-bootstrap percentile interval of one statistic (see the module docstring).

    For many statistics over the same units, build one `ClusterResampler` and call `interval`.
    """
    resampler = ClusterResampler(clusters, b=b, seed=seed, level=level, resampled_by=resampled_by)
    return resampler.interval(statistic, ratings, categories=categories)
