"""The cluster bootstrap of an agreement report: REs resampled by interview, vectorised.

The draws are analysis/reliability's ClusterResampler (seeded; G interviews drawn with
replacement, every shared RE of a drawn interview kept), so an interval here equals
``bootstrap_ci`` of the library for the same seed; the statistics' per-unit terms and formulas
are the library's (reliability/sufficient.py, sufficient_scales.py), summed by its ClusterRows.
What is added: row 0 of every sum is the sample itself (every weight 1), so one pass gives the
figure and its replicates, and for_rows: the same draws for a table of some of the rows.
The product runs in float32 (half the time; its rounding is far below any interval's width),
the sample's sums in double precision, and on one thread (:func:`one_blas_thread`).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import numpy as np

from ccrt_coder.analysis.reliability import ClusterResampler, Interval
from ccrt_coder.analysis.reliability.bootstrap import ClusterRows
from ccrt_coder.analysis.reliability.sufficient import Part, Sufficient, Values
from ccrt_coder.core.bootstrap import BootstrapSettings

MIN_CLUSTERS = 5  # fewer interviews: a resample of them says nothing; no intervals


@contextmanager
def one_blas_thread() -> Iterator[None]:
    """Matrix products on one thread inside the block. The report's products are small (1,001
    replicates x 1,200 interviews x a few dozen sums): BLAS's threads gain nothing on them and,
    spinning while they wait for a core, tripled the bootstrap on a loaded 2-core machine. Their
    results may differ in float32's last digit from a threaded product's (as from another CPU's)."""
    from threadpoolctl import threadpool_limits  # type: ignore[import-untyped]  # no stubs

    with threadpool_limits(limits=1, user_api="blas"):
        yield


class Resampler:
    """Draw counts of the clusters (interviews) for every replicate; sums per replicate.

    ``clusters``: the cluster index (0..G-1) of each row (RE, or scope) of the tables summed.
    """

    def __init__(self, clusters: np.ndarray, settings: BootstrapSettings) -> None:
        self.settings = settings
        keys = list(dict.fromkeys(np.asarray(clusters).tolist()))
        self.n_clusters, self.keys = len(keys), keys  # keys[i]: the interview of cluster i
        draws = np.zeros((0, self.n_clusters))
        self.engine: ClusterResampler | None = None
        if settings.replicates and self.n_clusters >= MIN_CLUSTERS:
            engine = self.engine = ClusterResampler(
                np.asarray(clusters).tolist(), b=settings.replicates, seed=settings.seed,
                level=settings.confidence, resampled_by="interview",
            )  # fmt: skip
            self.clusters = engine.unit_cluster
            draws = engine.weights
        else:
            index = {key: i for i, key in enumerate(keys)}
            self.clusters = np.fromiter((index[k] for k in np.asarray(clusters).tolist()), np.int64)
        self.weights = np.vstack([np.ones((1, self.n_clusters)), draws]).astype(np.float32)
        self._rows = ClusterRows(self.clusters, self.n_clusters)

    @property
    def enabled(self) -> bool:
        """Replicates asked for, and enough interviews to resample (else no intervals)."""
        return len(self.weights) > 1

    def for_rows(self, rows: np.ndarray) -> Resampler:
        """The same draws, for a table holding only ``rows`` of the original one."""
        subset = Resampler.__new__(Resampler)
        subset.settings, subset.n_clusters, subset.weights, subset.keys = (
            self.settings, self.n_clusters, self.weights, self.keys,
        )  # fmt: skip
        subset.clusters = self.clusters[np.asarray(rows)]
        subset.engine = None  # the library's engine takes the whole table's rows only
        subset._rows = ClusterRows(subset.clusters, self.n_clusters)
        return subset

    def sums(self, *parts: Part) -> list[np.ndarray]:
        """Per replicate (row 0: the sample) the sums of each part, in one matrix product."""
        return self._rows.sums(parts, self.weights, sample=True)

    def values(self, statistic: Sufficient) -> Values:
        """The statistics of the library's per-unit terms, per replicate (row 0: the sample)."""
        return statistic.compute(self.sums(*statistic.parts))

    def library_replicates(self, statistic: str, ratings: np.ndarray) -> np.ndarray:
        """A statistic of analysis/reliability's bootstrap over the same draws, row 0 NaN (the
        sample's value comes from the library function); ``ratings``: the whole table."""
        if self.engine is None:
            return np.full(len(self.weights), np.nan)
        return np.r_[np.nan, self.engine.replicates([(statistic, ratings, None)])[0]]

    def interval(self, replicates: np.ndarray) -> Interval | None:
        """The percentile interval of a statistic's replicates (row 0, the sample, left out);
        None without replicates."""
        if not self.enabled:
            return None
        draws = np.asarray(replicates, dtype=np.float64)[1:]
        defined = draws[np.isfinite(draws)]
        low = high = se = None
        if len(defined):
            tail = (1 - self.settings.confidence) / 2
            low, high = (float(q) for q in np.quantile(defined, [tail, 1 - tail]))
            se = float(defined.std(ddof=1)) if len(defined) > 1 else None
        return Interval(
            low, high, se, self.settings.replicates, self.settings.seed,
            self.settings.confidence, "interview", self.n_clusters, len(draws) - len(defined),
        )  # fmt: skip
