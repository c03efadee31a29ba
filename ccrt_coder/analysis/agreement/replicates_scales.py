"""Ordered and set-valued agreement for every bootstrap replicate at once (row 0: the sample).

Krippendorff's (2011) interval and ordinal alpha (ordinal: interval alpha on the mid-ranks of
the pairable values, which move with each replicate) and Krippendorff's alpha of set-valued
ratings under a distance matrix (MASI, Passonneau 2006) with the exact-match rate.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence

import numpy as np

from ccrt_coder.analysis.agreement.replicates import category_counts, ratio
from ccrt_coder.analysis.agreement.resampling import Codes, Resampler
from ccrt_coder.analysis.reliability import masi_distance


def _alpha(d_o: np.ndarray, d_e: np.ndarray) -> np.ndarray:
    return np.where(np.isclose(d_e, 0), np.nan, 1 - ratio(d_o, d_e))


def interval_alpha(values: np.ndarray, rs: Resampler) -> np.ndarray:
    """Interval alpha of numeric ratings (units x coders, NaN missing)."""
    present = ~np.isnan(values)
    m_u = present.sum(axis=1).astype(np.float64)
    pairable = m_u >= 2
    x = np.where(present & pairable[:, None], values, 0.0)
    s1, s2 = x.sum(axis=1), (x * x).sum(axis=1)
    m_p = np.where(pairable, m_u, 0.0)
    within = np.where(pairable, 2 * (m_p * s2 - s1 * s1) / np.where(pairable, m_u - 1, 1), 0.0)
    n, t1, t2, d = rs.sums(m_p, s1, s2, within)
    d_e = ratio(2 * (n * t2 - t1 * t1), n * (n - 1))
    return _alpha(ratio(d, n), d_e)


def ordinal_alpha(codes: np.ndarray, k: int, rs: Resampler) -> np.ndarray:
    """Ordinal alpha of ordered codes 0..k-1 (units x coders, -1 missing)."""
    counts = category_counts(codes, k)
    m_u = counts.sum(axis=1)
    pairable = m_u >= 2
    counts = counts[pairable]
    scale = 1 / (m_u[pairable] - 1)
    coincidence = counts[:, :, None] * counts[:, None, :]
    coincidence[:, np.arange(k), np.arange(k)] -= counts
    o, n_c = rs.for_rows(np.nonzero(pairable)[0]).sums(
        (coincidence * scale[:, None, None]).reshape(len(counts), k * k), counts
    )
    o = o.reshape(-1, k, k)
    ranks = np.cumsum(n_c, axis=1) - n_c / 2
    delta = (ranks[:, :, None] - ranks[:, None, :]) ** 2
    n = n_c.sum(axis=1)
    d_o = ratio((o * delta).sum(axis=(1, 2)), n)
    d_e = ratio((n_c[:, :, None] * delta * n_c[:, None, :]).sum(axis=(1, 2)), n * (n - 1))
    return _alpha(d_o, d_e)


def distance_matrix(sets: Sequence[frozenset[Hashable]]) -> np.ndarray:
    """MASI distances (Passonneau 2006) between every two of ``sets``."""
    return np.array([[masi_distance(a, b) for b in sets] for a in sets])


def set_values(codes: np.ndarray, distance: np.ndarray, rs: Resampler) -> dict[str, np.ndarray]:
    """Krippendorff's alpha of codes into a list of sets (units x coders, -1 missing) with
    ``distance`` between the sets (D_o within units over pairable values, D_e over all pairs),
    and the exact-match rate (the mean share of agreeing pairs per pairable unit)."""
    s, m = len(distance), codes.shape[1]
    present = codes >= 0
    m_u = present.sum(axis=1)
    pairable = m_u >= 2
    within, equal = np.zeros(len(codes)), np.zeros(len(codes))
    for i in range(m):
        for j in range(i + 1, m):
            both = present[:, i] & present[:, j]
            within[both] += 2 * distance[codes[both, i], codes[both, j]]
            equal[both] += codes[both, i] == codes[both, j]
    pairs = np.maximum(m_u * (m_u - 1) / 2, 1)
    within = np.where(pairable, within / np.maximum(m_u - 1, 1), 0.0)
    equal = np.where(pairable, equal / pairs, 0.0)
    d, agreeing, n_pairable, n_s = rs.sums(
        within, equal, pairable.astype(float), Codes(codes, s, pairable)
    )
    n = n_s.sum(axis=1)
    d_e = ratio(((n_s @ distance) * n_s).sum(axis=1), n * (n - 1))
    return {"masi_alpha": _alpha(ratio(d, n), d_e), "exact_match": ratio(agreeing, n_pairable)}
