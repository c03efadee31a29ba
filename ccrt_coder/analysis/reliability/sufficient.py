"""Each statistic as a function of summed per-unit counts, so a bootstrap replicate is a matmul.

`sufficient(name, ratings, categories)` gives a units x m matrix of per-unit counts and a function
from summed counts (replicates x m) to the statistic of each replicate (NaN when undefined).
Summed over all units, the function reproduces the library's own statistic of the same name
(Cohen, Scott, percent agreement, AC1, Fleiss, Krippendorff; the same units dropped):

- two-coder statistics: per unit both coders rated, 1, its disagreement weight and the two
  coders' category indicators (the confusion table's n, weighted diagonal and marginals);
- percent agreement: per pairable unit, 1 and its share of agreeing pairs;
- AC1: per rated unit, 1, [pairable], the share of agreeing pairs, and r_ik / r_i;
- Fleiss: per complete unit, 1, sum_k n_ik (n_ik - 1) and n_ik;
- Krippendorff's alpha with a fixed distance (nominal, interval, ratio, MASI, Jaccard): per
  pairable unit, m_u, sum_{c,k} n_uc n_uk delta_ck / (m_u - 1) and n_uc; ordinal alpha, whose
  distances depend on all values, per-unit coincidences o_uck;
- ICC(2,1): per complete target, 1, the row sum, its square / k, the sum of squares and the
  ratings (all centred on the grand mean), from which the two-way ANOVA follows.
"""

from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from .cohen import disagreement_weights
from .krippendorff import ratio_distance
from .ratings import MISSING, CodedRatings, code_pair, code_ratings
from .result import AgreementInputError
from .set_distance import frozen_ratings, set_distances


@dataclass(frozen=True)
class Sufficient:
    """Per-unit counts and the statistic as a function of their sums (rows: replicates)."""

    unit_stats: np.ndarray
    compute: Callable[[np.ndarray], np.ndarray]


def _pair(coded: CodedRatings, weights: np.ndarray) -> np.ndarray:
    k = len(coded.categories)
    stats = np.zeros((coded.n_units, 2 + 2 * k))
    if coded.n_units == 0:
        return stats
    a, b = coded.codes[:, 0], coded.codes[:, 1]
    both = np.nonzero((a != MISSING) & (b != MISSING))[0]
    stats[both, 0] = 1.0
    stats[both, 1] = weights[a[both], b[both]]
    stats[both, 2 + a[both]] = 1.0
    stats[both, 2 + k + b[both]] = 1.0
    return stats


def _cohen(coded: CodedRatings, weights: np.ndarray) -> Sufficient:
    k = len(coded.categories)

    def compute(sums: np.ndarray) -> np.ndarray:
        n, observed = sums[:, 0], sums[:, 1]
        rows, cols = sums[:, 2 : 2 + k], sums[:, 2 + k :]
        expected = ((rows @ weights) * cols).sum(axis=1)
        return _ratio(n * observed, expected, 1.0, valid=(n > 0) & (expected > 0))

    return Sufficient(_pair(coded, weights.astype(float)), compute)


def _scott(coded: CodedRatings) -> Sufficient:
    k = len(coded.categories)

    def compute(sums: np.ndarray) -> np.ndarray:
        n, disagreeing = sums[:, 0], sums[:, 1]
        pooled = sums[:, 2 : 2 + k] + sums[:, 2 + k :]
        chance = 4.0 * n * n - (pooled * pooled).sum(axis=1)
        return _ratio(4.0 * n * disagreeing, chance, 1.0, valid=(n > 0) & (chance > 0))

    return Sufficient(_pair(coded, disagreement_weights(k, None).astype(float)), compute)


def _ratio(numerator: np.ndarray, denominator: np.ndarray, one: float, valid: Any) -> np.ndarray:
    """one - numerator / denominator where valid, else NaN."""
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(valid, one - numerator / np.where(valid, denominator, 1.0), np.nan)


def _agreeing_share(counts: np.ndarray, raters: np.ndarray) -> np.ndarray:
    pairs = np.maximum(raters * (raters - 1), 1)
    return np.where(raters >= 2, (counts * (counts - 1)).sum(axis=1) / pairs, 0.0)


def _percent(coded: CodedRatings, method: str) -> Sufficient:
    counts = coded.counts()
    raters = counts.sum(axis=1)
    pairable = raters >= 2
    if method == "all":
        share = (pairable & (counts.max(axis=1, initial=0) == raters)).astype(float)
    else:
        share = _agreeing_share(counts, raters)
    stats = np.column_stack([pairable.astype(float), share])

    def compute(sums: np.ndarray) -> np.ndarray:
        units = sums[:, 0]
        return np.where(units > 0, sums[:, 1] / np.maximum(units, 1), np.nan)

    return Sufficient(stats, compute)


def _ac1(coded: CodedRatings) -> Sufficient:
    counts = coded.counts()
    raters = counts.sum(axis=1)
    q = len(coded.categories)
    shares = counts / np.maximum(raters, 1)[:, None]
    stats = np.column_stack(
        [raters >= 1, raters >= 2, _agreeing_share(counts, raters), shares]
    ).astype(float)

    def compute(sums: np.ndarray) -> np.ndarray:
        rated, pairable = sums[:, 0], sums[:, 1]
        valid = (pairable > 0) & (q >= 2)
        with np.errstate(divide="ignore", invalid="ignore"):
            p_a = sums[:, 2] / pairable
            pi = sums[:, 3:] / rated[:, None]
            p_e = (pi * (1.0 - pi)).sum(axis=1) / max(q - 1, 1)
            return np.where(valid, (p_a - p_e) / (1.0 - p_e), np.nan)

    return Sufficient(stats, compute)


def _fleiss(coded: CodedRatings) -> Sufficient:
    counts = coded.counts()
    raters = counts.sum(axis=1)
    n = int(raters.max()) if len(raters) else 0
    complete = (raters == n)[:, None]
    agreeing = (counts * (counts - 1)).sum(axis=1, keepdims=True)
    stats = (np.hstack([np.ones((len(counts), 1)), agreeing, counts]) * complete).astype(float)

    def compute(sums: np.ndarray) -> np.ndarray:
        units = sums[:, 0]
        total = units * n
        chance = total * total - (sums[:, 2:] ** 2).sum(axis=1)
        valid = (units > 0) & (n >= 2) & (chance > 0)
        with np.errstate(divide="ignore", invalid="ignore"):
            disagreeing = 1.0 - sums[:, 1] / (units * n * max(n - 1, 1))
        return _ratio(disagreeing * total * total, chance, 1.0, valid=valid)

    return Sufficient(stats, compute)


def distance_alpha(coded: CodedRatings, delta: np.ndarray) -> Sufficient:
    """Krippendorff's alpha for a fixed distance matrix delta over the coded values."""
    codes, present = coded.codes, coded.codes != MISSING
    rated = present.sum(axis=1)
    pairable = rated >= 2
    stats = np.empty((coded.n_units, 2 + len(coded.categories)))
    stats[:, 2:] = coded.counts()
    stats[~pairable, 2:] = 0.0
    stats[:, 1] = 0.0
    for first in range(coded.n_coders):  # sum over ordered pairs of ratings = 2 x unordered
        for second in range(first + 1, coded.n_coders):
            both = present[:, first] & present[:, second]
            stats[both, 1] += 2.0 * delta[codes[both, first], codes[both, second]]
    stats[:, 1] /= np.maximum(rated - 1, 1)
    stats[:, 0] = np.where(pairable, rated, 0)
    stats[~pairable, 1] = 0.0

    def compute(sums: np.ndarray) -> np.ndarray:
        observed, expected, valid = alpha_terms(sums, delta)
        return _ratio(observed, expected, 1.0, valid=valid)

    return Sufficient(stats, compute)


def alpha_terms(sums: np.ndarray, delta: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """D_o, D_e and definedness (two values or more, D_e > 0) of summed `distance_alpha` counts."""
    n, values = sums[:, 0], sums[:, 2:]
    observed = sums[:, 1] / np.maximum(n, 1)
    expected = ((values @ delta) * values).sum(axis=1) / np.maximum(n * (n - 1), 1)
    return observed, expected, (np.count_nonzero(values, axis=1) >= 2) & (expected > 0)


def _ordinal_alpha(coded: CodedRatings) -> Sufficient:
    k = len(coded.categories)
    counts = coded.counts().astype(float)
    rated = counts.sum(axis=1)
    pairs = counts[:, :, None] * counts[:, None, :] - counts[:, :, None] * np.eye(k)[None]
    weight = np.where(rated >= 2, 1.0 / np.maximum(rated - 1, 1), 0.0)
    stats = (pairs * weight[:, None, None]).reshape(len(counts), k * k)

    def compute(sums: np.ndarray) -> np.ndarray:
        coincidences = sums.reshape(-1, k, k)
        values = coincidences.sum(axis=2)
        n = values.sum(axis=1)
        ranks = np.cumsum(values, axis=1) - values / 2.0
        delta = (ranks[:, :, None] - ranks[:, None, :]) ** 2
        observed = (coincidences * delta).sum(axis=(1, 2)) / np.maximum(n, 1)
        expected = (values[:, :, None] * values[:, None, :] * delta).sum(axis=(1, 2))
        expected /= np.maximum(n * (n - 1), 1)
        valid = (np.count_nonzero(values, axis=1) >= 2) & (expected > 0)
        return _ratio(observed, expected, 1.0, valid=valid)

    return Sufficient(stats, compute)


def _icc(coded: CodedRatings) -> Sufficient:
    """ICC(2,1) from per-target sums of the centred ratings (complete targets only)."""
    k = coded.n_coders
    complete = (coded.codes != MISSING).all(axis=1) if coded.n_units else np.zeros(0, dtype=bool)
    points = coded.numeric_categories("ICC") if complete.any() else np.zeros(1)
    x = points[np.maximum(coded.codes, 0)]
    if complete.any():
        x = x - x[complete].mean()  # centred: the ANOVA is unchanged, the sums stay small
    x = np.where(complete[:, None], x, 0.0)
    rows = x.sum(axis=1)
    stats = np.column_stack([complete, rows, rows * rows / max(k, 1), (x * x).sum(axis=1), x])

    def compute(sums: np.ndarray) -> np.ndarray:
        n, total = sums[:, 0], sums[:, 1]
        correction = total * total / np.maximum(n * k, 1)
        ss_targets = sums[:, 2] - correction
        ss_judges = (sums[:, 4:] ** 2).sum(axis=1) / np.maximum(n, 1) - correction
        ss_error = np.maximum(sums[:, 3] - correction - ss_targets - ss_judges, 0.0)
        with np.errstate(divide="ignore", invalid="ignore"):
            bms, jms = ss_targets / (n - 1), ss_judges / max(k - 1, 1)
            ems = ss_error / ((n - 1) * max(k - 1, 1))
            denominator = bms + (k - 1) * ems + k * (jms - ems) / n
            valid = (n >= 2) & (k >= 2) & (denominator > 0)
            return np.where(valid, (bms - ems) / np.where(valid, denominator, 1.0), np.nan)

    return Sufficient(stats, compute)


def _metric(coded: CodedRatings, level: str) -> np.ndarray:
    if level == "nominal":
        return disagreement_weights(len(coded.categories), None).astype(float)
    points = coded.numeric_categories(f"{level} alpha")
    if level == "interval":
        return np.asarray((points[:, None] - points[None, :]) ** 2, dtype=float)
    return ratio_distance(points[:, None], points[None, :])


STATISTIC_NAMES = (
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


def sufficient(
    statistic: str, ratings: Any, categories: Sequence[Hashable] | None = None
) -> Sufficient:
    """Per-unit counts of `ratings` (units x coders) for `statistic` (see STATISTIC_NAMES)."""
    if statistic not in STATISTIC_NAMES:
        raise AgreementInputError(
            f"no bootstrap for {statistic!r}; choose one of {', '.join(STATISTIC_NAMES)}"
        )
    if statistic.startswith(("cohen", "scott")):
        coded = _two_columns(ratings, categories)
        if statistic == "scott_pi":
            return _scott(coded)
        weights = statistic.removeprefix("cohen_kappa").removeprefix("_") or None
        return _cohen(coded, disagreement_weights(len(coded.categories), weights))  # type: ignore[arg-type]
    if statistic.startswith("set_alpha"):
        coded = code_ratings(frozen_ratings(ratings), categories)
        return distance_alpha(coded, set_distances(coded.categories, statistic[10:]))
    coded = code_ratings(ratings, categories)
    if statistic.startswith("percent"):
        return _percent(coded, "all" if statistic.endswith("_all") else "pairwise")
    if statistic == "gwet_ac1":
        return _ac1(coded)
    if statistic == "fleiss_kappa":
        return _fleiss(coded)
    if statistic == "icc_2_1":
        return _icc(coded)
    level = statistic.removeprefix("krippendorff_alpha").removeprefix("_") or "nominal"
    if level == "ordinal":
        return _ordinal_alpha(coded)
    return distance_alpha(coded, _metric(coded, level))


def _two_columns(ratings: Any, categories: Sequence[Hashable] | None) -> CodedRatings:
    array = ratings.to_numpy() if hasattr(ratings, "to_numpy") else ratings
    if isinstance(array, np.ndarray) and array.ndim == 2 and array.shape[1] == 2:
        return code_pair(array[:, 0], array[:, 1], categories)
    coded = code_ratings(ratings, categories)
    if coded.n_coders != 2 and coded.n_units > 0:
        raise AgreementInputError(f"two-coder statistics need two coders, got {coded.n_coders}")
    return coded
