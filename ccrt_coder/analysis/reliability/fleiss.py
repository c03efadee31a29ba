"""Fleiss' kappa (Fleiss 1971) for a fixed number of ratings per unit, overall and per category."""

from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from typing import Any, Literal

import numpy as np

from .analytic import fleiss_uncertainty
from .ratings import code_ratings
from .result import AgreementInputError, AgreementResult, undefined
from .tables import shares

Incomplete = Literal["drop", "raise"]


@dataclass(frozen=True)
class FleissTable:
    """Units x categories counts n_ij of the units kept, each with n ratings."""

    counts: np.ndarray
    categories: tuple[Hashable, ...]
    n_raters: int
    n_coders: int
    details: dict[str, Any]


def fleiss_table(
    ratings: Any, categories: Sequence[Hashable] | None, incomplete: Incomplete
) -> FleissTable:
    """Count ratings per unit and category, keeping only units with the full number of ratings.

    The number of ratings per unit n is the largest number any unit has. Units with fewer
    (including unrated units) are dropped and counted, or refused with `incomplete="raise"`.
    """
    if incomplete not in ("drop", "raise"):
        raise AgreementInputError(f"incomplete must be 'drop' or 'raise', not {incomplete!r}")
    coded = code_ratings(ratings, categories)
    counts = coded.counts()
    raters = counts.sum(axis=1)
    n = int(raters.max()) if len(raters) else 0
    complete = raters == n
    n_incomplete = int((~complete).sum())
    if n_incomplete and incomplete == "raise":
        raise AgreementInputError(
            f"Fleiss' kappa needs the same number of ratings ({n}) for every unit; "
            f"{n_incomplete} units have fewer (use Krippendorff's alpha for missing ratings)"
        )
    details = {
        "n_units_dropped": n_incomplete,
        "n_ratings_per_unit": n,
        "categories": list(coded.categories),
    }
    return FleissTable(counts[complete], coded.categories, n, coded.n_coders, details)


def fleiss_kappa(
    ratings: Any,
    *,
    categories: Sequence[Hashable] | None = None,
    incomplete: Incomplete = "drop",
) -> AgreementResult:
    """Fleiss' kappa (Fleiss 1971) of a units x coders table.

    With N units of n ratings each and n_ij the number of ratings of unit i in category j:
    p_j = sum_i n_ij / (N n), P_i = (sum_j n_ij^2 - n) / (n (n - 1)), P = mean_i P_i,
    P_e = sum_j p_j^2, kappa = (P - P_e) / (1 - P_e). Raters need not be the same for every unit,
    but every unit needs n ratings: units with fewer than the most any unit has are dropped and
    counted in `extra["n_units_dropped"]` (or `incomplete="raise"` refuses them). Undefined for
    no units, n < 2, or a single category used (P_e = 1). `observed`/`expected` are P and P_e;
    `extra["p"]` holds p_j per category. `se`/`ci_low`/`ci_high`: Gwet's (2008) linearised
    variance (irrCAC's fleiss), see `analytic`.
    """
    table = fleiss_table(ratings, categories, incomplete)
    counts, n = table.counts, table.n_raters
    reason = _undefined_reason(len(counts), n)
    if reason:
        return undefined("fleiss_kappa", reason, n_coders=table.n_coders, **table.details)
    n_units = len(counts)
    totals = [int(t) for t in counts.sum(axis=0).tolist()]
    ratings_total = n_units * n
    agreeing_pairs = int((counts * (counts - 1)).sum())
    p_observed = agreeing_pairs / (n_units * n * (n - 1))
    chance_d = ratings_total * ratings_total - sum(t * t for t in totals)  # (N n)^2 (1 - P_e)
    details = {**table.details, "p": shares(counts.sum(axis=0), table.categories)}
    details["prevalence"] = details["p"]
    if chance_d == 0:
        reason = "only one category was used, so chance agreement is 1"
        return undefined(
            "fleiss_kappa", reason, n_units=n_units, n_coders=table.n_coders, **details
        )
    p_expected = 1.0 - chance_d / ratings_total**2
    kappa = 1.0 - (1.0 - p_observed) * ratings_total**2 / chance_d
    uncertainty = fleiss_uncertainty(counts, n, kappa, p_expected, "Fleiss' kappa")
    if uncertainty is not None:
        details["ci_method"] = uncertainty.method
    return AgreementResult(
        kappa,
        n_units=n_units,
        n_coders=table.n_coders,
        observed=p_observed,
        expected=p_expected,
        extra=details,
        statistic="fleiss_kappa",
        **(uncertainty.fields() if uncertainty else {}),
    )


def _undefined_reason(n_units: int, n_raters: int) -> str | None:
    if n_units == 0:
        return "no units with ratings"
    if n_raters < 2:
        return "every unit has fewer than two ratings"
    return None
