"""Nominal agreement statistics as functions of per-unit terms summed over units.

A bootstrap replicate sums the same per-unit terms with other weights (bootstrap.py: one matrix
product for all replicates), so each statistic is given here once, as a :class:`Sufficient`: its
per-unit ``parts`` and ``compute``, which takes their sums (leading axis: replicates; a further
axis for statistics of many labels at once) and returns {statistic: values}, NaN where
undefined. Summed over all units (:func:`totals`) the values are the library's own statistics
of the same name (Cohen 1960, 1968; Scott 1955; Fleiss 1971; Gwet 2008; Krippendorff 2011; the
same units dropped). Input: integer codes (units x coders, MISSING = -1) of ``k`` categories.
Ordered and set-valued statistics and the ICC: sufficient_scales.py.
"""

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from .ratings import MISSING, category_counts

Values = dict[str, np.ndarray]
STATISTIC_NAMES = (  # the library's statistics with a bootstrap (named_statistics.py)
    "cohen_kappa",
    "cohen_kappa_linear",
    "cohen_kappa_quadratic",
    "scott_pi",
    "percent_agreement",
    "percent_agreement_all",
    "gwet_ac1",
    "fleiss_kappa",
    "krippendorff_alpha",
    "krippendorff_alpha_nominal",
    "krippendorff_alpha_ordinal",
    "krippendorff_alpha_interval",
    "krippendorff_alpha_ratio",
    "set_alpha_masi",
    "set_alpha_jaccard",
    "icc_2_1",
)


@dataclass(frozen=True, eq=False)
class Codes:
    """A part counted, not summed: how many rows (within ``mask``) have each code 0..k-1
    (``codes`` one per row, or rows x coders: every coder's code counted)."""

    codes: np.ndarray
    k: int
    mask: np.ndarray | None = None

    def counts(self, rows: np.ndarray, n_groups: int) -> np.ndarray:
        """n_groups x k: the codes counted per group (``rows``: each row's group)."""
        codes = self.codes if self.codes.ndim == 2 else self.codes[:, None]
        keep = codes >= 0
        if self.mask is not None:
            keep &= self.mask[:, None]
        flat = rows[np.nonzero(keep)[0]] * self.k + codes[keep]
        counts = np.bincount(flat, minlength=n_groups * self.k)
        return counts.reshape(n_groups, self.k).astype(np.float64)


Part = np.ndarray | Codes  # n values (sums: R), n x w (R x w) or Codes (R x k)


@dataclass(frozen=True, eq=False)
class Sufficient:
    """Per-unit parts and the statistics as functions of their sums."""

    parts: tuple[Part, ...]
    compute: Callable[[list[np.ndarray]], Values]


def totals(statistic: Sufficient) -> Values:
    """The statistics of all units (one row: the sample)."""
    sums = [
        p.counts(np.zeros(len(p.codes), np.int64), 1)
        if isinstance(p, Codes)
        else p.sum(axis=0)[None]
        for p in statistic.parts
    ]
    return statistic.compute(sums)


def ratio(num: np.ndarray, den: np.ndarray) -> np.ndarray:
    """num / den, NaN where den is 0 (or not finite)."""
    with np.errstate(divide="ignore", invalid="ignore"):
        out = num / den
    return np.where(np.isfinite(out) & (den != 0), out, np.nan)


def chance_corrected(observed: np.ndarray, expected: np.ndarray) -> np.ndarray:
    """(p_o - p_e) / (1 - p_e); NaN where chance agreement is 1."""
    return ratio(observed - expected, 1.0 - np.where(np.isclose(expected, 1.0), 1.0, expected))


def pair_statistics(codes: np.ndarray, k: int, weighted: bool = False) -> Sufficient:
    """Two coders (n x 2) over the units both rated: Cohen's kappa, Scott's pi, percent
    agreement, AC1 of the pair and PABAK; ``weighted`` also linear and quadratic weighted kappa
    (the categories in order: disagreement |i - j| and (i - j)^2). Per unit: 1, agreement, both
    codes (and both weights)."""
    a, b = codes[:, 0], codes[:, 1]
    both = (a != MISSING) & (b != MISSING)
    parts: tuple[Part, ...] = (
        both * 1.0,
        both * (a == b) * 1.0,
        Codes(a, k, both),
        Codes(b, k, both),
    )
    if weighted:
        linear = np.where(both, _steps(k)[a, b], 0.0)
        parts = (*parts, linear, linear**2)

    def compute(sums: list[np.ndarray]) -> Values:
        n, agree, ca, cb, *weights = sums
        return pair_formulas(n, agree, ca, cb, k, *weights)

    return Sufficient(parts, compute)


def _steps(k: int) -> np.ndarray:
    steps = np.arange(k, dtype=np.float64)
    return np.abs(steps[:, None] - steps[None, :])


def pair_formulas(
    n: np.ndarray,
    agree: np.ndarray,
    ca: np.ndarray,
    cb: np.ndarray,
    k: int,
    linear: np.ndarray | None = None,
    quadratic: np.ndarray | None = None,
) -> Values:
    """The pair statistics from n, agreeing units and both coders' category counts (last axis)."""
    pa, pb = ratio(ca, n[..., None]), ratio(cb, n[..., None])
    po = ratio(agree, n)
    pi = (pa + pb) / 2
    q = max(k, 2)
    out = {
        "cohen_kappa": chance_corrected(po, (pa * pb).sum(axis=-1)),
        "scott_pi": chance_corrected(po, (pi * pi).sum(axis=-1)),
        "percent_agreement": po,
        "gwet_ac1": chance_corrected(po, (pi * (1 - pi)).sum(axis=-1) / (q - 1))
        if k >= 2
        else np.full(po.shape, np.nan),
        "pabak": (q * po - 1) / (q - 1),
    }
    for name, power, disagreement in (
        ("cohen_kappa_linear", 1, linear), ("cohen_kappa_quadratic", 2, quadratic),
    ):  # fmt: skip
        if disagreement is not None:
            expected = ((pa @ _steps(k) ** power) * pb).sum(axis=-1)
            out[name] = 1.0 - ratio(ratio(disagreement, n), expected)
    return out


def _complete(raters: np.ndarray) -> np.ndarray:
    """Fleiss' units: rated by as many coders as any unit."""
    complete: np.ndarray = raters == (raters.max() if len(raters) else 0)
    return complete


def nominal_statistics(codes: np.ndarray, k: int) -> Sufficient:
    """All coders (n x m): Fleiss' kappa (complete units), Krippendorff's nominal alpha, pairwise
    percent agreement and AC1 (units with two or more ratings; AC1's chance term over the rated
    units)."""
    counts = category_counts(codes, k).astype(np.float64)
    r = counts.sum(axis=1)
    pairable, complete, rated = r >= 2, _complete(r), r >= 1
    agreeing = (counts * (counts - 1)).sum(axis=1)
    p_unit = np.where(pairable, ratio(agreeing, r * (r - 1)), 0.0)
    share = counts / np.where(rated, r, 1)[:, None]
    m = int(r.max()) if len(r) else 0

    def compute(sums: list[np.ndarray]) -> Values:
        return nominal_formulas(*sums, k=k, m=m)

    parts = (
        pairable * 1.0, p_unit, complete * 1.0, p_unit * complete, rated * 1.0,
        np.where(pairable, agreeing / np.where(pairable, r - 1, 1), 0.0),
        counts * complete[:, None], counts * pairable[:, None], share * rated[:, None],
    )  # fmt: skip
    return Sufficient(parts, compute)


def nominal_formulas(
    n_pair: np.ndarray,
    p_sum: np.ndarray,
    n_complete: np.ndarray,
    p_complete: np.ndarray,
    n_rated: np.ndarray,
    a_term: np.ndarray,
    c_complete: np.ndarray,
    c_pair: np.ndarray,
    pi_sum: np.ndarray,
    *,
    k: int,
    m: int,
) -> Values:
    """The all-coder statistics from the sums of :func:`nominal_statistics`' parts (m: coders
    of a complete unit)."""
    percent = ratio(p_sum, n_pair)
    p_j = c_complete / np.where(n_complete > 0, n_complete * m, 1)[..., None]
    fleiss = chance_corrected(ratio(p_complete, n_complete), (p_j * p_j).sum(axis=-1))
    total = c_pair.sum(axis=-1)
    d_o = 1 - ratio(a_term, total)
    d_e = 1 - ratio((c_pair * (c_pair - 1)).sum(axis=-1), total * (total - 1))
    alpha = 1 - ratio(d_o, np.where(np.isclose(d_e, 0), 0, d_e))
    pi = pi_sum / np.where(n_rated > 0, n_rated, 1)[..., None]
    q = max(k, 2)
    ac1 = chance_corrected(percent, (pi * (1 - pi)).sum(axis=-1) / (q - 1))
    return {
        "fleiss_kappa": fleiss,
        "krippendorff_alpha": alpha,
        "percent_agreement": percent,
        "gwet_ac1": ac1 if k >= 2 else np.full(percent.shape, np.nan),
    }


def percent_all(codes: np.ndarray, k: int) -> Sufficient:
    """The share of units rated at least twice on which every coder agrees."""
    counts = category_counts(codes, k)
    r = counts.sum(axis=1)
    pairable = r >= 2
    same = pairable & (counts.max(axis=1, initial=0) == r)

    def compute(sums: list[np.ndarray]) -> Values:
        return {"percent_agreement_all": ratio(sums[1], sums[0])}

    return Sufficient((pairable * 1.0, same * 1.0), compute)


def category_kappas(codes: np.ndarray, k: int) -> Sufficient:
    """Fleiss' kappa_j of every category over the complete units: {"kappa_j": R x k}."""
    counts = category_counts(codes, k).astype(np.float64)
    complete = _complete(counts.sum(axis=1))[:, None]
    m = int(counts.sum(axis=1).max()) if len(counts) else 0

    def compute(sums: list[np.ndarray]) -> Values:
        n_ij, agreeing = sums
        n = n_ij.sum(axis=-1, keepdims=True) / max(m, 1)
        p_j = ratio(n_ij, n * m)
        big_p = ratio(agreeing, (m - 1) * n_ij)
        return {"kappa_j": np.where((p_j > 0) & (p_j < 1), chance_corrected(big_p, p_j), np.nan)}

    return Sufficient((counts * complete, counts * (counts - 1) * complete), compute)


def binary_statistics(present: np.ndarray) -> Sufficient:
    """Presence (0/1, units x coders x labels, complete): per label the all-coder statistics
    and the label's prevalence (R x labels each), from per unit 1, s and s^2 (s: coders who gave
    the label): the nominal sums of two categories follow from these three."""
    m = present.shape[1]
    s = present.sum(axis=1).astype(np.float64)

    def compute(sums: list[np.ndarray]) -> Values:
        n, ones, squares = sums
        n = np.broadcast_to(n[:, None], ones.shape)
        agreeing = 2 * squares - 2 * m * ones + m * m * n - m * n  # sum of n_uk (n_uk - 1)
        counts = np.stack([m * n - ones, ones], axis=-1)
        p_sum = agreeing / (m * (m - 1))
        shares = np.stack([n - ones / m, ones / m], axis=-1)
        out = nominal_formulas(
            n, p_sum, n, p_sum, n, agreeing / (m - 1), counts, counts, shares, k=2, m=m
        )
        return {**out, "prevalence": ratio(ones, n * m)}

    return Sufficient((np.ones(len(s)), s, s * s), compute)


def binary_pair_statistics(a: np.ndarray, b: np.ndarray) -> Sufficient:
    """Two coders' presence (units x labels, 0/1): the pair statistics of each label and Byrt,
    Bishop & Carlin's (1993) prevalence index (a - d) / n and bias index (b - c) / n, where a:
    both present, d: both absent, b: first only, c: second only; R x labels each."""

    def compute(sums: list[np.ndarray]) -> Values:
        n, sa, sb, both = sums
        n = np.broadcast_to(n[:, None], sa.shape)
        neither = n - sa - sb + both
        ca, cb = np.stack([n - sa, sa], axis=-1), np.stack([n - sb, sb], axis=-1)
        return {
            **pair_formulas(n, both + neither, ca, cb, 2),
            "prevalence_index": ratio(both - neither, n),
            "bias_index": ratio((sa - both) - (sb - both), n),
        }

    return Sufficient((np.ones(len(a)), a * 1.0, b * 1.0, a * b * 1.0), compute)
