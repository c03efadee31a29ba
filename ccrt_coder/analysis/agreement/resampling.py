"""The cluster bootstrap of an agreement report: REs resampled by interview, vectorised.

REs are nested in interviews (one interview = dyad x narrator x phase), so a replicate draws
as many interviews as there are, with replacement, and takes every shared RE of each drawn
interview as often as the interview was drawn (a seeded multinomial). Every statistic is a
function of sums over REs, so a replicate's sums are the interview sums weighted by the draw
counts: one matrix product gives all replicates at once, and row 0 (every weight 1) is the
sample itself. Intervals are percentile intervals of the replicates in which the statistic is
defined.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ccrt_coder.core.bootstrap import BootstrapSettings


MIN_CLUSTERS = 5  # fewer interviews: a resample of them says nothing; no intervals


@dataclass(frozen=True, eq=False)
class Codes:
    """A part of :meth:`Resampler.sums`: count the rows (within ``mask``) with each code."""

    codes: np.ndarray
    k: int
    mask: np.ndarray | None = None


class Resampler:
    """Draw counts of the clusters (interviews) for every replicate; sums per replicate.

    ``clusters``: the cluster index (0..G-1) of each row (RE, or scope) of the tables summed.
    """

    def __init__(self, clusters: np.ndarray, n_clusters: int, settings: BootstrapSettings) -> None:
        self.settings = settings
        self.clusters = np.asarray(clusters, dtype=np.int64)
        self.n_clusters = n_clusters
        rng = np.random.default_rng(settings.seed)
        draws = rng.multinomial(
            n_clusters, np.full(n_clusters, 1.0 / n_clusters), size=settings.replicates
        ) if n_clusters else np.zeros((settings.replicates, 0))  # fmt: skip
        # row 0: the sample itself (every cluster once)
        # float32 for the replicates' product (twice as fast; its rounding is far below any
        # interval's width); the sample's sums (row 0) are taken in double precision
        self.weights = np.vstack([np.ones((1, n_clusters)), draws]).astype(np.float32)
        self._order: tuple[np.ndarray, np.ndarray, np.ndarray] | None = None

    @classmethod
    def sample(cls, n_rows: int) -> Resampler:
        """No replicates: row 0 (the sample) only, every row its own cluster."""
        return cls(np.arange(n_rows), n_rows, BootstrapSettings(replicates=0))

    @property
    def enabled(self) -> bool:
        """Replicates asked for, and enough interviews to resample (else no intervals)."""
        return self.settings.replicates > 0 and self.n_clusters >= MIN_CLUSTERS

    def for_rows(self, rows: np.ndarray) -> Resampler:
        """The same draws, for a table holding only ``rows`` of the original one."""
        subset = Resampler.__new__(Resampler)
        subset.settings, subset.n_clusters, subset.weights = (
            self.settings, self.n_clusters, self.weights,
        )  # fmt: skip
        subset.clusters = self.clusters[np.asarray(rows)]
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
        keep = part.codes >= 0 if part.mask is None else part.mask & (part.codes >= 0)
        flat = self.clusters[keep] * part.k + part.codes[keep]
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


def cluster_index(keys: np.ndarray) -> tuple[np.ndarray, int]:
    """The cluster number of each row's key (interview id), and the number of clusters."""
    uniques, codes = np.unique(keys, return_inverse=True)
    return codes.astype(np.int64), len(uniques)
