"""Percentile bootstrap confidence intervals resampling clusters (e.g. interviews) of units.

Units (REs) are nested in clusters (interviews, dyads), so a replicate draws G clusters with
replacement from the G clusters and keeps every unit of each drawn cluster (the cluster
bootstrap; Davison & Hinkley 1997, Bootstrap Methods, sec. 3.8; Field & Welsh 2007, JASA 102,
1170-1182). The percentile interval (Efron & Tibshirani 1993, ch. 13) takes the (1 - level) / 2
and (1 + level) / 2 quantiles (numpy's linear interpolation) of the defined replicates;
replicates where the statistic is undefined (e.g. one category only) are dropped and counted.

Vectorised: every statistic is a function of per-unit terms summed over units (`sufficient.py`,
`sufficient_scales.py`), so with the B x G matrix W of how often each cluster was drawn, the
summed terms of all replicates are W @ (per-cluster sums), and the statistic is computed for all
B replicates at once (`ClusterRows`, also the agreement report's engine). Draws:
`numpy.random.default_rng(seed).integers(0, G, size=(B, G))`, row r being replicate r's
clusters, the clusters numbered in order of first appearance in `clusters`.
"""

from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from .named_statistics import family, family_terms
from .result import AgreementInputError
from .sufficient import Codes, Part, Sufficient

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


class ClusterRows:
    """The cluster (0..G-1) of each row of the tables summed, and the sums of per-row parts per
    cluster and per replicate: the one summing engine of every bootstrap here and in the
    agreement report."""

    def __init__(self, clusters: np.ndarray, n_clusters: int) -> None:
        self.clusters, self.n_clusters = clusters, n_clusters
        self._order: tuple[np.ndarray, np.ndarray, np.ndarray] | None = None

    def per_cluster(self, part: Part) -> np.ndarray:
        """G x w: the part's rows summed per cluster (``Codes``: counted; sorted runs of the
        other parts' rows summed with reduceat)."""
        if isinstance(part, Codes):
            return part.counts(self.clusters, self.n_clusters)
        matrix = (part[:, None] if part.ndim == 1 else part).astype(np.float64, copy=False)
        out = np.zeros((self.n_clusters, matrix.shape[1]))
        if not len(matrix):
            return out
        if self._order is None:
            order = np.argsort(self.clusters, kind="stable")
            present, starts = np.unique(self.clusters[order], return_index=True)
            self._order = (order, present, starts)
        order, present, starts = self._order
        out[present] = np.add.reduceat(matrix[order], starts, axis=0)
        return out

    def sums(self, parts: Sequence[Part], weights: np.ndarray, sample: bool) -> list[np.ndarray]:
        """Per replicate (a row of ``weights``: how often each cluster was drawn) the sums of
        each part, in one matrix product in the weights' precision; with ``sample`` the first
        row is the sample's sums instead (every weight 1), in double precision. A part of n
        values gives (R,) sums, an n x w one (R, w), ``Codes`` (R, k)."""
        for part in parts:
            rows = len(part.codes) if isinstance(part, Codes) else len(part)
            if rows != len(self.clusters):
                raise AgreementInputError(
                    f"the ratings have {rows} units but {len(self.clusters)} cluster labels"
                )
        blocks = [self.per_cluster(part) for part in parts]
        stacked = np.hstack(blocks) if blocks else np.zeros((self.n_clusters, 0))
        totals = np.empty((len(weights), stacked.shape[1]))
        draws = weights[1:] if sample else weights
        if sample:
            totals[0] = stacked.sum(axis=0)
        totals[len(weights) - len(draws) :] = draws @ stacked.astype(weights.dtype)
        out, at = [], 0
        for part, block in zip(parts, blocks, strict=True):
            width = block.shape[1]
            part_sums = totals[:, at : at + width]
            one_column = not isinstance(part, Codes) and part.ndim == 1
            out.append(part_sums[:, 0] if one_column else part_sums)
            at += width
        return out


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
        self.rows = ClusterRows(self.unit_cluster, self.n_clusters)
        self.b, self.seed, self.level, self.resampled_by = b, seed, level, resampled_by
        rng = np.random.default_rng(seed)
        draws = rng.integers(0, max(self.n_clusters, 1), size=(b, self.n_clusters))
        offsets = np.arange(b)[:, None] * self.n_clusters
        flat = np.bincount((draws + offsets).ravel(), minlength=b * self.n_clusters)
        self.weights = flat.reshape(b, self.n_clusters).astype(float)

    def replicates(self, requests: Sequence[Request]) -> list[np.ndarray]:
        """Each requested statistic in each of the B replicates (NaN where undefined).

        All requests share one matrix product (one BLAS call instead of one per statistic), and
        requests of one family on the same ratings object share their terms.
        """
        terms: dict[tuple[str, int, tuple[Hashable, ...] | None], Sufficient] = {}
        found: list[tuple[Sufficient, str]] = []
        for name, ratings, categories in requests:  # one family's terms once per ratings
            kind, key = family(name)
            shared = (kind, id(ratings), None if categories is None else tuple(categories))
            if shared not in terms:
                terms[shared] = family_terms(kind, ratings, categories)
            found.append((terms[shared], key))
        distinct = list(terms.values())
        sums = self.rows.sums([p for t in distinct for p in t.parts], self.weights, False)
        values, at = {}, 0
        for statistic in distinct:
            values[id(statistic)] = statistic.compute(sums[at : at + len(statistic.parts)])
            at += len(statistic.parts)
        return [values[id(statistic)][key] for statistic, key in found]

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
