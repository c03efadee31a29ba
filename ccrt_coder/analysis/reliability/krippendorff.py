"""Krippendorff's alpha (Krippendorff 2011) for any number of coders, missing ratings allowed."""

from collections.abc import Hashable, Sequence
from typing import Any, Literal

import numpy as np

from .ratings import MISSING, CodedRatings, code_ratings, require_ordered
from .result import AgreementInputError, AgreementResult, undefined
from .tables import nested, shares

Level = Literal["nominal", "ordinal", "interval", "ratio"]
LEVELS = ("nominal", "ordinal", "interval", "ratio")
COINCIDENCE_LIMIT = 64  # report the coincidence matrix up to this many distinct values
_CHUNK = 16_384  # units per block when building the coincidence matrix
_BLOCK = 1_024  # values per block when summing ratio distances over value pairs


def krippendorff_alpha(
    ratings: Any, *, level: Level = "nominal", categories: Sequence[Hashable] | None = None
) -> AgreementResult:
    """Krippendorff's alpha, 1 - D_o / D_e (Krippendorff 2011, "Computing Krippendorff's alpha").

    Units with fewer than two ratings are not pairable and are ignored (`extra["n_units_dropped"]`).
    Over the n pairable ratings, with m_u ratings in unit u and n_c the ratings of value c:
    D_o = (1/n) sum_u sum_{i != j in u} delta^2(v_ui, v_uj) / (m_u - 1) (the coincidence matrix
    o_ck = sum_u (number of c-k pairs in u) / (m_u - 1), weighted by delta^2) and
    D_e = sum_{c,k} n_c n_k delta^2(c, k) / (n (n - 1)). Metrics (Krippendorff 2011):
    nominal delta^2 = [c != k]; ordinal delta^2 = (sum_{g=c..k} n_g - (n_c + n_k) / 2)^2, which
    is (R_k - R_c)^2 for the mid-ranks R_c = n_1 + ... + n_(c-1) + n_c / 2, so ordinal alpha is
    interval alpha on mid-ranks; interval delta^2 = (c - k)^2; ratio delta^2 = ((c - k) / (c + k))^2
    (0 when c + k = 0; negative values are refused). Ordinal order: `categories` when given, else
    sorted.
    Nominal, ordinal and interval run in O(units x coders) (per-unit sums of squares); ratio adds
    O(coders^2) per unit and O(V^2) over the V distinct values.
    `observed`/`expected` are the disagreements D_o and D_e; `confusion` is the coincidence matrix
    (up to 64 distinct values). Undefined without pairable units or when all pairable values are
    equal (D_e = 0).
    """
    if level not in LEVELS:
        raise AgreementInputError(f"level must be one of {', '.join(LEVELS)}, not {level!r}")
    coded = code_ratings(ratings, categories)
    if level == "ordinal" and categories is None:
        require_ordered(coded.categories, "ordinal alpha")
    codes = coded.codes
    rated = (codes != MISSING).sum(axis=1)
    pairable = rated >= 2
    name = f"krippendorff_alpha_{level}"
    details: dict[str, Any] = {
        "level": level,
        "n_units_dropped": int(coded.n_units - pairable.sum()),
        "categories": list(coded.categories),
    }
    if not pairable.any():
        reason = "no unit was rated by at least two coders"
        return undefined(name, reason, n_coders=coded.n_coders, **details)
    codes, rated = codes[pairable], rated[pairable]
    value_counts = np.bincount(codes[codes != MISSING], minlength=len(coded.categories))
    n = int(rated.sum())
    details["n_values"] = n
    details["prevalence"] = shares(value_counts, coded.categories)
    n_units = len(codes)
    if np.count_nonzero(value_counts) < 2:
        reason = "all pairable ratings are equal, so expected disagreement is 0"
        return undefined(name, reason, n_units=n_units, n_coders=coded.n_coders, **details)
    d_o, d_e = _disagreements(level, coded, codes, rated, value_counts)
    confusion = None
    if len(coded.categories) <= COINCIDENCE_LIMIT:
        confusion = nested(coincidences(codes, rated, len(coded.categories)), coded.categories)
    return AgreementResult(
        1.0 - d_o / d_e,
        n_units=n_units,
        n_coders=coded.n_coders,
        observed=d_o,
        expected=d_e,
        confusion=confusion,
        extra=details,
        statistic=name,
    )


def _disagreements(
    level: str, coded: CodedRatings, codes: np.ndarray, rated: np.ndarray, value_counts: np.ndarray
) -> tuple[float, float]:
    if level == "nominal":
        return _nominal(codes, rated, value_counts)
    if level == "ordinal":
        return _squared(codes, rated, value_counts, _mid_ranks(value_counts))
    values = coded.numeric_categories(f"{level} alpha")
    if level == "interval":
        return _squared(codes, rated, value_counts, values)
    if (values[value_counts > 0] < 0).any():
        raise AgreementInputError("ratio alpha needs non-negative values")
    return _ratio(codes, rated, value_counts, values)


def _nominal(codes: np.ndarray, rated: np.ndarray, value_counts: np.ndarray) -> tuple[float, float]:
    """D_o from agreeing pairs per unit (runs of equal codes in each sorted row); D_e from n_c."""
    ordered = np.sort(codes, axis=1)
    run = np.zeros(len(ordered), dtype=np.int64)
    agreeing = np.zeros(len(ordered), dtype=np.int64)  # sum_c n_uc (n_uc - 1) / 2
    for col in range(1, ordered.shape[1]):
        same = (ordered[:, col] == ordered[:, col - 1]) & (ordered[:, col] != MISSING)
        run = np.where(same, run + 1, 0)
        agreeing += run
    n = int(rated.sum())
    disagreeing = rated * (rated - 1) - 2 * agreeing  # ordered pairs of unequal ratings
    d_o = float((disagreeing / (rated - 1)).sum()) / n
    counts = [int(c) for c in value_counts.tolist()]
    d_e = (n * n - sum(c * c for c in counts)) / (n * (n - 1))
    return d_o, d_e


def _mid_ranks(value_counts: np.ndarray) -> np.ndarray:
    """R_c = n_1 + ... + n_(c-1) + n_c / 2: ordinal delta(c, k) is R_k - R_c (Krippendorff 2011)."""
    counts = value_counts.astype(float)
    return np.cumsum(counts) - counts / 2.0


def _squared(
    codes: np.ndarray, rated: np.ndarray, value_counts: np.ndarray, points: np.ndarray
) -> tuple[float, float]:
    """delta^2 = (x_c - x_k)^2: sum over ordered pairs in a unit is 2 m_u * (sum of squares)."""
    present = codes != MISSING
    values = np.where(present, points[codes], 0.0)
    means = values.sum(axis=1) / rated
    deviations = np.where(present, values - means[:, None], 0.0)
    squares = (deviations * deviations).sum(axis=1)
    n = int(rated.sum())
    d_o = float((2.0 * rated * squares / (rated - 1)).sum()) / n
    counts = value_counts.astype(float)
    grand_mean = float((counts * points).sum()) / n
    d_e = 2.0 * float((counts * (points - grand_mean) ** 2).sum()) / (n - 1)
    return d_o, d_e


def ratio_distance(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Krippendorff's ratio delta^2 = ((x - y) / (x + y))^2, 0 where x + y = 0."""
    total = x + y
    ratio: np.ndarray = np.divide(
        x - y, total, out=np.zeros(np.broadcast(x, y).shape), where=total != 0
    )
    squared: np.ndarray = ratio * ratio
    return squared


def _ratio(
    codes: np.ndarray, rated: np.ndarray, value_counts: np.ndarray, points: np.ndarray
) -> tuple[float, float]:
    """Ratio metric: coder pairs within units for D_o; blocks of value pairs for D_e."""
    present = codes != MISSING
    values = np.where(present, points[codes], 0.0)
    weight = 1.0 / (rated - 1)
    total = 0.0
    for a in range(codes.shape[1]):
        for b in range(a + 1, codes.shape[1]):
            both = present[:, a] & present[:, b]
            distance = ratio_distance(values[both, a], values[both, b])
            total += 2.0 * float((weight[both] * distance).sum())
    n = int(rated.sum())
    used = value_counts > 0
    counts, used_points = value_counts[used].astype(float), points[used]
    expected = 0.0
    for start in range(0, len(used_points), _BLOCK):
        block = slice(start, start + _BLOCK)
        distance = ratio_distance(used_points[block, None], used_points[None, :])
        expected += float((counts[block, None] * counts[None, :] * distance).sum())
    return total / n, expected / (n * (n - 1))


def coincidences(codes: np.ndarray, rated: np.ndarray, n_values: int) -> np.ndarray:
    """Coincidence matrix o_ck = sum_u (ordered c-k pairs of ratings in u) / (m_u - 1)."""
    matrix = np.zeros((n_values, n_values))
    diagonal = np.zeros(n_values)
    for start in range(0, len(codes), _CHUNK):
        chunk, weight = codes[start : start + _CHUNK], 1.0 / (rated[start : start + _CHUNK] - 1)
        present = chunk != MISSING
        flat = np.nonzero(present)[0] * n_values + chunk[present]
        counts = np.bincount(flat, minlength=len(chunk) * n_values).reshape(len(chunk), n_values)
        weighted = counts * weight[:, None]
        matrix += weighted.T @ counts
        diagonal += weighted.sum(axis=0)
    return matrix - np.diag(diagonal)
