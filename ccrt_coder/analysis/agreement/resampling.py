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
from typing import Any

import numpy as np

from ccrt_coder.core.errors import InputError

DEFAULT_REPLICATES = 1000
DEFAULT_SEED = 12
CONFIDENCE = 0.95
MAX_REPLICATES = 100_000


@dataclass(frozen=True)
class BootstrapSettings:
    """``replicates`` 0 computes no intervals (point estimates and analytic SEs only)."""

    replicates: int = DEFAULT_REPLICATES
    seed: int = DEFAULT_SEED
    confidence: float = CONFIDENCE

    def __post_init__(self) -> None:
        if not 0 <= self.replicates <= MAX_REPLICATES:
            raise InputError(
                f"the bootstrap needs 0 to {MAX_REPLICATES} replicates, not {self.replicates}"
            )
        if self.seed < 0:
            raise InputError(f"the bootstrap seed must be 0 or more, not {self.seed}")

    def to_dict(self) -> dict[str, Any]:
        return {
            "replicates": self.replicates,
            "seed": self.seed,
            "confidence": self.confidence,
            "resampled": "interviews (dyad x narrator x phase), with all their shared REs",
            "interval": "percentile, over the replicates in which the statistic is defined",
        }


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
        self.weights = np.vstack([np.ones((1, n_clusters)), draws]).astype(np.float64)
        self._order: tuple[np.ndarray, np.ndarray, np.ndarray] | None = None

    @classmethod
    def sample(cls, n_rows: int) -> Resampler:
        """No replicates: row 0 (the sample) only, every row its own cluster."""
        return cls(np.arange(n_rows), n_rows, BootstrapSettings(replicates=0))

    @property
    def enabled(self) -> bool:
        return self.settings.replicates > 0

    def for_rows(self, rows: np.ndarray) -> Resampler:
        """The same draws, for a table holding only ``rows`` of the original one."""
        subset = Resampler.__new__(Resampler)
        subset.settings, subset.n_clusters, subset.weights = (
            self.settings, self.n_clusters, self.weights,
        )  # fmt: skip
        subset.clusters = self.clusters[np.asarray(rows)]
        subset._order = None
        return subset

    def sums(self, *columns: np.ndarray) -> list[np.ndarray]:
        """Per replicate (row 0: the sample) the sums of each per-row column or matrix.

        A column of n values gives (B+1,) sums; an n x k matrix gives (B+1, k).
        """
        blocks, widths = [], []
        for column in columns:
            matrix = column.reshape(len(column), -1).astype(np.float64, copy=False)
            blocks.append(self._per_cluster(matrix))
            widths.append(None if column.ndim == 1 else matrix.shape[1])
        totals = self.weights @ np.hstack(blocks) if blocks else np.zeros((1, 0))
        out, at = [], 0
        for width in widths:
            span = 1 if width is None else width
            part = totals[:, at : at + span]
            out.append(part[:, 0] if width is None else part)
            at += span
        return out

    def counts(self, codes: np.ndarray, k: int, mask: np.ndarray | None = None) -> np.ndarray:
        """Per replicate the number of rows (within ``mask``) with each code 0..k-1: (B+1, k)."""
        keep = np.ones(len(codes), bool) if mask is None else mask
        keep = keep & (codes >= 0)
        flat = self.clusters[keep] * k + codes[keep]
        per_cluster = np.bincount(flat, minlength=self.n_clusters * k).reshape(-1, k)
        return self.weights @ per_cluster.astype(np.float64)

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


def cluster_index(keys: Any) -> tuple[np.ndarray, int]:
    """The cluster number of each row's key (interview id), and the number of clusters."""
    codes, uniques = _factorize(np.asarray(keys))
    return codes, len(uniques)


def _factorize(keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    uniques, codes = np.unique(keys, return_inverse=True)
    return codes.astype(np.int64), uniques
