"""Cohen's kappa (Cohen 1960) and weighted kappa (Cohen 1968) for two coders."""

from collections.abc import Hashable, Sequence
from typing import Any, Literal

import numpy as np

from .analytic import kappa_uncertainty
from .ratings import code_pair, require_ordered
from .result import AgreementInputError, AgreementResult, undefined
from .tables import nested, pair_table, shares

Weights = Literal["linear", "quadratic"] | None


def cohen_kappa(
    a: Any,
    b: Any,
    *,
    weights: Weights = None,
    categories: Sequence[Hashable] | None = None,
) -> AgreementResult:
    """Cohen's kappa of coders `a` and `b` (Cohen 1960); weighted kappa with `weights` (Cohen 1968).

    Units where either coder's rating is missing are dropped (`extra["n_units_dropped"]`). With f
    the k x k table of the n remaining units, row sums r and column sums c:
    unweighted, kappa = (p_o - p_e) / (1 - p_e), p_o = sum_i f_ii / n, p_e = sum_i r_i c_i / n^2;
    weighted, kappa_w = 1 - sum_ij w_ij f_ij / sum_ij w_ij e_ij with e_ij = r_i c_j / n and
    disagreement weights w_ij = |i - j| ("linear") or (i - j)^2 ("quadratic"), i and j being
    positions in the category order (scaling w cancels; same as sklearn and R irr's kappa2
    "equal"/"squared"). The order is `categories` when given (it may include unused categories,
    which change weighted but not unweighted kappa), else the sorted categories used.
    `observed`/`expected` are the (weighted) agreement proportions 1 - sum w f / (n w_max) and
    1 - sum w e / (n w_max); unweighted these are p_o and p_e. Undefined when no unit was rated by
    both coders or when chance disagreement is 0 (both coders used one and the same category).
    `se`/`ci_low`/`ci_high`: Fleiss, Cohen & Everitt (1969), see `analytic`.
    """
    coded = code_pair(a, b, categories)
    if weights is not None and categories is None:
        require_ordered(coded.categories, "weighted kappa")
    table, dropped = pair_table(coded)
    n = int(table.sum())
    name = "cohen_kappa" if weights is None else f"cohen_kappa_{weights}"
    details: dict[str, Any] = {
        "n_units_dropped": dropped,
        "weights": weights,
        "categories": list(coded.categories),
    }
    if n == 0:
        return undefined(name, "no unit was rated by both coders", n_coders=2, **details)
    weight = disagreement_weights(len(coded.categories), weights)
    rows, cols = table.sum(axis=1), table.sum(axis=0)
    observed_d = _int_sum(weight * table)
    expected_d = _int_sum(weight * np.outer(rows, cols))  # n times sum w e
    details["prevalence"] = shares(rows + cols, coded.categories)
    if expected_d == 0:
        reason = "chance disagreement is 0: both coders used only one and the same category"
        return undefined(name, reason, n_units=n, n_coders=2, **details)
    w_max = int(weight.max())
    uncertainty = kappa_uncertainty(table, weight)
    if uncertainty is not None:
        details["ci_method"] = uncertainty.method
    return AgreementResult(
        1.0 - n * observed_d / expected_d,
        n_units=n,
        n_coders=2,
        observed=1.0 - observed_d / (n * w_max),
        expected=1.0 - expected_d / (n * n * w_max),
        confusion=nested(table, coded.categories),
        extra=details,
        statistic=name,
        **(uncertainty.fields() if uncertainty else {}),
    )


def disagreement_weights(k: int, weights: Weights) -> np.ndarray:
    """Integer disagreement weights by category position (Cohen 1968), k x k."""
    position = np.arange(k)
    distance: np.ndarray = np.abs(position[:, None] - position[None, :])
    if weights is None:
        return (distance > 0).astype(np.int64)
    if weights == "linear":
        return distance.astype(np.int64)
    if weights == "quadratic":
        return (distance**2).astype(np.int64)
    raise AgreementInputError(f"weights must be None, 'linear' or 'quadratic', not {weights!r}")


def _int_sum(matrix: np.ndarray) -> int:
    """Exact sum of an integer matrix (Python ints cannot overflow)."""
    return sum(int(x) for x in matrix.ravel().tolist())
