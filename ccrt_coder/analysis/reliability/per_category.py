"""Kappa for each category separately: Fleiss' kappa_j or one-vs-rest Cohen's kappa."""

from collections.abc import Hashable, Sequence
from dataclasses import replace
from typing import Any, Literal

import numpy as np

from .cohen import cohen_kappa
from .fleiss import FleissTable, Incomplete, fleiss_table
from .ratings import MISSING, code_ratings
from .result import AgreementInputError, AgreementResult, undefined


def per_category_kappa(
    ratings: Any,
    *,
    method: Literal["fleiss", "cohen"] = "fleiss",
    categories: Sequence[Hashable] | None = None,
    incomplete: Incomplete = "drop",
) -> dict[Hashable, AgreementResult]:
    """One kappa per category, in category order.

    "fleiss": Fleiss' (1971) category kappa
    kappa_j = 1 - sum_i n_ij (n - n_ij) / (N n (n-1) p_j q_j), equivalently
    (P_j - p_j) / (1 - p_j) with P_j = sum_i n_ij (n_ij - 1) / (N n (n-1) p_j) the chance that a
    second rating of a unit is j given that one is (`observed`) and p_j the share of ratings in
    j (`expected`); units with fewer than the full number of ratings are handled as
    in `fleiss_kappa`. "cohen" (two coders only): Cohen's (1960) kappa of the 2 x 2 table "j" vs
    "not j" for each category j, units with a missing rating dropped. A category nobody used, or
    the only one used, gets an undefined result.
    """
    if method == "fleiss":
        return _fleiss_per_category(ratings, categories, incomplete)
    if method == "cohen":
        return _cohen_per_category(ratings, categories)
    raise AgreementInputError(f"method must be 'fleiss' or 'cohen', not {method!r}")


def _fleiss_per_category(
    ratings: Any, categories: Sequence[Hashable] | None, incomplete: Incomplete
) -> dict[Hashable, AgreementResult]:
    table = fleiss_table(ratings, categories, incomplete)
    counts, n, n_units = table.counts, table.n_raters, len(table.counts)
    results: dict[Hashable, AgreementResult] = {}
    for j, category in enumerate(table.categories):
        column = counts[:, j] if n_units else np.zeros(0, dtype=np.int64)
        results[category] = _fleiss_kappa_j(column, n, table, category)
    return results


def _fleiss_kappa_j(
    column: np.ndarray, n: int, table: FleissTable, category: Hashable
) -> AgreementResult:
    name = "fleiss_kappa_j"
    n_units = len(column)
    details = {**table.details, "category": category}
    total = int(column.sum())
    if n_units == 0 or n < 2:
        reason = (
            "no units with ratings" if n_units == 0 else "every unit has fewer than two ratings"
        )
        return undefined(name, reason, n_coders=table.n_coders, **details)
    if total in (0, n_units * n):
        reason = "category never used" if total == 0 else "every rating is this category"
        return undefined(name, reason, n_units=n_units, n_coders=table.n_coders, **details)
    agreeing = int((column * (column - 1)).sum())
    p_j = total / (n_units * n)
    big_p_j = agreeing / ((n - 1) * total)
    return AgreementResult(
        (big_p_j - p_j) / (1.0 - p_j),
        n_units=n_units,
        n_coders=table.n_coders,
        observed=big_p_j,
        expected=p_j,
        extra=details,
        statistic=name,
    )


def _cohen_per_category(
    ratings: Any, categories: Sequence[Hashable] | None
) -> dict[Hashable, AgreementResult]:
    coded = code_ratings(ratings, categories)
    if coded.n_coders != 2 and coded.n_units > 0:
        raise AgreementInputError(
            f"one-vs-rest Cohen's kappa needs two coders, got {coded.n_coders}"
        )
    codes = coded.codes if coded.n_units else np.full((0, 2), MISSING)
    results: dict[Hashable, AgreementResult] = {}
    for j, category in enumerate(coded.categories):
        binary = [[None if c == MISSING else bool(c == j) for c in row] for row in codes.tolist()]
        a, b = [row[0] for row in binary], [row[1] for row in binary]
        kappa = cohen_kappa(a, b, categories=[True, False])
        extra = {**kappa.extra, "category": category}
        results[category] = replace(kappa, extra=extra, statistic="cohen_kappa_one_vs_rest")
    return results
