"""Nominal agreement statistics for every bootstrap replicate at once (row 0: the sample).

Each function takes integer codes (units x coders, -1 missing; ``k`` categories), sums their
per-unit terms with a :class:`Resampler` and returns {statistic: values} with one value per
replicate, NaN where the statistic is undefined in that replicate. The formulas are those of
analysis/reliability (cited there); tests check row 0 against it.
"""

from __future__ import annotations

import numpy as np

from ccrt_coder.analysis.agreement.resampling import Codes, Resampler

Values = dict[str, np.ndarray]


def ratio(num: np.ndarray, den: np.ndarray) -> np.ndarray:
    """num / den, NaN where den is 0 (or not finite)."""
    with np.errstate(divide="ignore", invalid="ignore"):
        out = num / den
    return np.where(np.isfinite(out) & (den != 0), out, np.nan)


def chance_corrected(observed: np.ndarray, expected: np.ndarray) -> np.ndarray:
    """(p_o - p_e) / (1 - p_e); NaN where chance agreement is 1."""
    return ratio(observed - expected, 1.0 - np.where(np.isclose(expected, 1.0), 1.0, expected))


def category_counts(codes: np.ndarray, k: int) -> np.ndarray:
    """Units x k: how many coders gave each category to each unit."""
    n, m = codes.shape
    present = codes >= 0
    flat = np.repeat(np.arange(n), m)[present.ravel()] * k + codes[present]
    return np.bincount(flat, minlength=n * k).reshape(n, k).astype(np.float64)


def pair_values(codes: np.ndarray, k: int, rs: Resampler) -> Values:
    """Cohen's kappa, Scott's pi, percent agreement, AC1 and PABAK of two coders over the
    complete cases (``codes`` n x 2, no missing)."""
    a, b = codes[:, 0], codes[:, 1]
    n, agree, ca, cb = rs.sums(
        np.ones(len(a)), (a == b).astype(np.float64), Codes(a, k), Codes(b, k)
    )
    pa, pb = ratio(ca, n[:, None]), ratio(cb, n[:, None])
    po = ratio(agree, n)
    pi = (pa + pb) / 2
    q = max(k, 2)
    return {
        "cohen_kappa": chance_corrected(po, (pa * pb).sum(axis=1)),
        "scott_pi": chance_corrected(po, (pi * pi).sum(axis=1)),
        "percent_agreement": po,
        "gwet_ac1": chance_corrected(po, (pi * (1 - pi)).sum(axis=1) / (q - 1))
        if k >= 2
        else np.full(len(n), np.nan),
        "pabak": (q * po - 1) / (q - 1),
    }


def weighted_pair_values(codes: np.ndarray, k: int, rs: Resampler) -> Values:
    """Linear and quadratic weighted kappa (Cohen 1968) of two coders' complete cases, the
    categories in order (disagreement weights |i - j| and (i - j)^2)."""
    a, b = codes[:, 0], codes[:, 1]
    steps = np.arange(k, dtype=np.float64)
    out: Values = {}
    distance = np.abs(steps[:, None] - steps[None, :])
    n, ca, cb, linear, quadratic = rs.sums(
        np.ones(len(a)), Codes(a, k), Codes(b, k), distance[a, b], distance[a, b] ** 2
    )
    pa, pb = ratio(ca, n[:, None]), ratio(cb, n[:, None])
    for name, power, disagreement in (
        ("cohen_kappa_linear", 1, linear), ("cohen_kappa_quadratic", 2, quadratic),
    ):  # fmt: skip
        expected = ((pa @ distance**power) * pb).sum(axis=1)
        out[name] = 1.0 - ratio(ratio(disagreement, n), expected)
    return out


def all_values(codes: np.ndarray, k: int, rs: Resampler) -> Values:
    """Fleiss' kappa (complete units), Krippendorff's nominal alpha, pairwise percent agreement
    and AC1 (units with two or more ratings) across all coders; codes n x m, -1 missing."""
    m = codes.shape[1]
    counts = category_counts(codes, k)
    r = counts.sum(axis=1)
    pairable, complete, rated = r >= 2, r == m, r >= 1
    agreeing = (counts * (counts - 1)).sum(axis=1)
    p_unit = ratio(agreeing, r * (r - 1))
    p_unit = np.where(pairable, p_unit, 0.0)
    share = counts / np.where(rated, r, 1)[:, None]
    n_pair, p_sum, n_complete, p_complete, n_rated, a_term, c_complete, c_pair, pi_sum = rs.sums(
        pairable.astype(float), p_unit, complete.astype(float), p_unit * complete,
        rated.astype(float), np.where(pairable, agreeing / np.where(pairable, r - 1, 1), 0.0),
        counts * complete[:, None], counts * pairable[:, None], share * rated[:, None],
    )  # fmt: skip
    percent = ratio(p_sum, n_pair)
    p_j = c_complete / np.where(n_complete > 0, n_complete * m, 1)[:, None]
    fleiss = chance_corrected(ratio(p_complete, n_complete), (p_j * p_j).sum(axis=1))
    total = c_pair.sum(axis=1)
    d_o = 1 - ratio(a_term, total)
    d_e = 1 - ratio((c_pair * (c_pair - 1)).sum(axis=1), total * (total - 1))
    alpha = 1 - ratio(d_o, np.where(np.isclose(d_e, 0), 0, d_e))
    pi = pi_sum / np.where(n_rated > 0, n_rated, 1)[:, None]
    q = max(k, 2)
    ac1 = chance_corrected(percent, (pi * (1 - pi)).sum(axis=1) / (q - 1))
    return {
        "fleiss_kappa": fleiss,
        "krippendorff_alpha": alpha,
        "percent_agreement": percent,
        "gwet_ac1": ac1 if k >= 2 else np.full(len(percent), np.nan),
    }


def kappa_j_values(codes: np.ndarray, k: int, rs: Resampler) -> np.ndarray:
    """Fleiss' kappa_j of every category over the complete units: (B+1) x k."""
    m = codes.shape[1]
    counts = category_counts(codes, k)
    complete = (counts.sum(axis=1) == m)[:, None]
    n_ij, agreeing = rs.sums(counts * complete, counts * (counts - 1) * complete)
    n = n_ij.sum(axis=1, keepdims=True) / m
    p_j = ratio(n_ij, n * m)
    big_p = ratio(agreeing, (m - 1) * n_ij)
    return np.where((p_j > 0) & (p_j < 1), chance_corrected(big_p, p_j), np.nan)


def binary_values(present: np.ndarray, rs: Resampler) -> dict[str, np.ndarray]:
    """Presence (0/1, units x coders x labels, complete): per label, across all coders Fleiss'
    kappa, Krippendorff's alpha and percent agreement; (B+1) x labels each."""
    m = present.shape[1]
    s = present.sum(axis=1).astype(np.float64)
    n, ones, squares = rs.sums(np.ones(len(s)), s, s * s)
    n = n[:, None]
    agreeing = squares - ones + (m * m * n - 2 * m * ones + squares) - (m * n - ones)
    p_bar = ratio(agreeing, n * m * (m - 1))
    p1 = ratio(ones, n * m)
    total = n * m
    d_e = 1 - ratio(ones * (ones - 1) + (total - ones) * (total - ones - 1), total * (total - 1))
    defined = (p1 > 0) & (p1 < 1)
    return {
        "fleiss_kappa": np.where(defined, chance_corrected(p_bar, p1**2 + (1 - p1) ** 2), np.nan),
        "krippendorff_alpha": np.where(defined, 1 - ratio(1 - p_bar, d_e), np.nan),
        "percent_agreement": p_bar,
        "prevalence": p1,
    }


def binary_pair_values(a: np.ndarray, b: np.ndarray, rs: Resampler) -> dict[str, np.ndarray]:
    """Two coders' presence (units x labels, 0/1): Cohen's kappa, percent agreement, PABAK and
    Byrt, Bishop & Carlin's (1993) prevalence index (a - d) / n and bias index (b - c) / n,
    where a: both present, d: both absent, b: first only, c: second only; (B+1) x labels."""
    n, sa, sb, both = rs.sums(np.ones(len(a)), a.astype(float), b.astype(float), a * b * 1.0)
    n = n[:, None]
    neither = n - sa - sb + both
    po = ratio(both + neither, n)
    pa, pb = ratio(sa, n), ratio(sb, n)
    defined = ~(((pa == 0) & (pb == 0)) | ((pa == 1) & (pb == 1)))
    return {
        "cohen_kappa": np.where(
            defined, chance_corrected(po, pa * pb + (1 - pa) * (1 - pb)), np.nan
        ),
        "percent_agreement": po,
        "pabak": 2 * po - 1,
        "prevalence_index": ratio(both - neither, n),
        "bias_index": ratio((sa - both) - (sb - both), n),
    }
