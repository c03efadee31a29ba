"""The cluster bootstrap of an agreement report: REs resampled by interview, vectorised.

The draws are analysis/reliability's ClusterResampler (seeded; G interviews drawn with
replacement, every shared RE of a drawn interview kept), so an interval here equals
``bootstrap_ci`` of the library for the same seed. What is added: row 0 of every sum is the
sample itself (every weight 1), so one pass gives the figure and its replicates, and parts of
several statistics (presence of every label, per-category kappas, ICC) share one product.
The product runs in float32 (half the time; its rounding is far below any interval's width),
the sample's sums in double precision, and on one thread (:func:`one_blas_thread`).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import numpy as np

from ccrt_coder.analysis.reliability import ClusterResampler, Interval
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


@dataclass(frozen=True, eq=False)
class Codes:
    """A part of :meth:`Resampler.sums`: count the codes 0..k-1 in the rows within ``mask``
    (``codes`` one per row, or rows x coders: every coder's code counted)."""

    codes: np.ndarray
    k: int
    mask: np.ndarray | None = None


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
        self._order: tuple[np.ndarray, np.ndarray, np.ndarray] | None = None

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
        subset._order = None
        return subset

    def sums(self, *parts: np.ndarray | Codes) -> list[np.ndarray]:
        """Per replicate (row 0: the sample) the sums of each part, in one matrix product.

        A column of n values gives (B+1,) sums; an n x k matrix gives (B+1, k); ``Codes``
        gives (B+1, k): how many rows had each code.
        """
        blocks: list[np.ndarray] = []
        widths: list[int | None] = []
        for part in parts:
            if isinstance(part, Codes):
                blocks.append(self._code_counts(part))
                widths.append(part.k)
                continue
            matrix = part[:, None] if part.ndim == 1 else part
            blocks.append(self._per_cluster(matrix.astype(np.float64, copy=False)))
            widths.append(None if part.ndim == 1 else matrix.shape[1])
        stacked = np.hstack(blocks)
        totals = np.empty((len(self.weights), stacked.shape[1]))
        totals[0] = stacked.sum(axis=0)  # the sample, in double precision
        totals[1:] = self.weights[1:] @ stacked.astype(np.float32)
        out, at = [], 0
        for width in widths:
            span = 1 if width is None else width
            part_sums = totals[:, at : at + span]
            out.append(part_sums[:, 0] if width is None else part_sums)
            at += span
        return out

    def _code_counts(self, part: Codes) -> np.ndarray:
        codes = part.codes if part.codes.ndim == 2 else part.codes[:, None]
        keep = codes >= 0
        if part.mask is not None:
            keep &= part.mask[:, None]
        flat = self.clusters[np.nonzero(keep)[0]] * part.k + codes[keep]
        counts = np.bincount(flat, minlength=self.n_clusters * part.k)
        return counts.reshape(self.n_clusters, part.k).astype(np.float64)

    def _per_cluster(self, matrix: np.ndarray) -> np.ndarray:
        """Sums of the rows of ``matrix`` per cluster (G x k), by sorted runs (reduceat)."""
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
