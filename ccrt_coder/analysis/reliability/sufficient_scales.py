"""Ordered and set-valued agreement and the ICC as functions of summed per-unit terms.

As sufficient.py: Krippendorff's (2011) interval alpha (from per-unit moments of the pairable
values), ordinal alpha (interval alpha on the mid-ranks of the pairable values, which move with
each replicate: per-unit coincidences), alpha under any fixed distance matrix (nominal, ratio,
MASI and Jaccard for sets, Passonneau 2006) with the exact-match rate, and ICC(2,1) (Shrout &
Fleiss 1979) from per-target sums of the centred ratings.
"""

import itertools

import numpy as np

from .ratings import MISSING, category_counts
from .sufficient import Codes, Sufficient, Values, ratio


def _alpha(d_o: np.ndarray, d_e: np.ndarray) -> np.ndarray:
    return np.where(np.isclose(d_e, 0), np.nan, 1 - ratio(d_o, d_e))


def interval_alpha(values: np.ndarray) -> Sufficient:
    """Interval alpha of numeric ratings (units x coders, NaN missing): per pairable unit m_u,
    the sum and the sum of squares of its values and its within-unit disagreement."""
    present = ~np.isnan(values)
    m_u = present.sum(axis=1).astype(np.float64)
    pairable = m_u >= 2
    x = np.where(present & pairable[:, None], values, 0.0)
    s1, s2 = x.sum(axis=1), (x * x).sum(axis=1)
    m_p = np.where(pairable, m_u, 0.0)
    within = np.where(pairable, 2 * (m_p * s2 - s1 * s1) / np.where(pairable, m_u - 1, 1), 0.0)

    def compute(sums: list[np.ndarray]) -> Values:
        n, t1, t2, d = sums
        d_e = ratio(2 * (n * t2 - t1 * t1), n * (n - 1))
        return {"krippendorff_alpha_interval": _alpha(ratio(d, n), d_e)}

    return Sufficient((m_p, s1, s2, within), compute)


def ordinal_alpha(codes: np.ndarray, k: int) -> Sufficient:
    """Ordinal alpha of ordered codes 0..k-1 (units x coders, MISSING)."""
    counts = category_counts(codes, k).astype(np.float64)
    m_u = counts.sum(axis=1)
    pairable = m_u >= 2
    counts[~pairable] = 0.0
    coincidence = counts[:, :, None] * counts[:, None, :]
    coincidence[:, np.arange(k), np.arange(k)] -= counts
    scale = 1 / np.where(pairable, m_u - 1, 1)

    def compute(sums: list[np.ndarray]) -> Values:
        o, n_c = sums
        o = o.reshape(-1, k, k)
        ranks = np.cumsum(n_c, axis=1) - n_c / 2
        delta = (ranks[:, :, None] - ranks[:, None, :]) ** 2
        n = n_c.sum(axis=1)
        d_o = ratio((o * delta).sum(axis=(1, 2)), n)
        d_e = ratio((n_c[:, :, None] * delta * n_c[:, None, :]).sum(axis=(1, 2)), n * (n - 1))
        return {"krippendorff_alpha_ordinal": _alpha(d_o, d_e)}

    parts = ((coincidence * scale[:, None, None]).reshape(len(counts), k * k), counts)
    return Sufficient(parts, compute)


def distance_alpha(codes: np.ndarray, distance: np.ndarray) -> Sufficient:
    """Krippendorff's alpha of codes into values 0..V-1 (units x coders, MISSING) with
    ``distance`` (V x V) between them: D_o within units over the pairable values, D_e over all
    their pairs; "observed" and "expected" are D_o and D_e. "exact_match": the mean share of
    agreeing pairs per pairable unit."""
    values, m = len(distance), codes.shape[1]
    present = codes != MISSING
    m_u = present.sum(axis=1)
    pairable = m_u >= 2
    within, equal = np.zeros(len(codes)), np.zeros(len(codes))
    for i, j in itertools.combinations(range(m), 2):
        both = present[:, i] & present[:, j]
        within[both] += 2 * distance[codes[both, i], codes[both, j]]
        equal[both] += codes[both, i] == codes[both, j]
    pairs = np.maximum(m_u * (m_u - 1) / 2, 1)
    within = np.where(pairable, within / np.maximum(m_u - 1, 1), 0.0)
    equal = np.where(pairable, equal / pairs, 0.0)

    def compute(sums: list[np.ndarray]) -> Values:
        d, agreeing, n_pairable, n_s = sums
        n = n_s.sum(axis=1)
        d_o = ratio(d, n)
        d_e = ratio(((n_s @ distance) * n_s).sum(axis=1), n * (n - 1))
        return {
            "alpha": _alpha(d_o, d_e),
            "observed": d_o,
            "expected": d_e,
            "exact_match": ratio(agreeing, n_pairable),
        }

    return Sufficient((within, equal, pairable * 1.0, Codes(codes, values, pairable)), compute)


def icc(values: np.ndarray) -> Sufficient:
    """ICC(2,1) of numeric ratings (targets x judges, NaN missing; complete targets only): per
    target 1, the row sum, its square / k, the sum of squares and the ratings, all centred on
    the grand mean (the ANOVA is unchanged, the sums stay small)."""
    k = values.shape[1]
    complete = ~np.isnan(values).any(axis=1)
    x = values - values[complete].mean() if complete.any() else values
    x = np.where(complete[:, None], x, 0.0)
    rows = x.sum(axis=1)

    def compute(sums: list[np.ndarray]) -> Values:
        n, total, row_squares, squares, judges = sums
        correction = total * total / np.maximum(n * k, 1)
        ss_targets = row_squares - correction
        ss_judges = (judges**2).sum(axis=1) / np.maximum(n, 1) - correction
        ss_error = np.maximum(squares - correction - ss_targets - ss_judges, 0.0)
        with np.errstate(divide="ignore", invalid="ignore"):
            bms, jms = ss_targets / (n - 1), ss_judges / max(k - 1, 1)
            ems = ss_error / ((n - 1) * max(k - 1, 1))
            denominator = bms + (k - 1) * ems + k * (jms - ems) / n
            valid = (n >= 2) & (k >= 2) & (denominator > 0)
            found = np.where(valid, (bms - ems) / np.where(valid, denominator, 1.0), np.nan)
        return {"icc_2_1": found}

    parts = (complete * 1.0, rows, rows * rows / max(k, 1), (x * x).sum(axis=1), x)
    return Sufficient(parts, compute)
