"""Percent agreement: the share of agreeing coder pairs (or of fully agreeing units)."""

from collections.abc import Hashable, Sequence
from typing import Any, Literal

import numpy as np

from .analytic import Uncertainty, unit_mean_uncertainty, wilson_uncertainty
from .ratings import code_ratings
from .result import AgreementInputError, AgreementResult, undefined
from .tables import nested, pair_table, shares


def percent_agreement(
    ratings: Any,
    *,
    method: Literal["pairwise", "all"] = "pairwise",
    categories: Sequence[Hashable] | None = None,
) -> AgreementResult:
    """Raw (not chance-corrected) agreement over the units rated by at least two coders.

    "pairwise" (default): the mean over those units of the share of agreeing pairs of present
    ratings, sum_k n_uk (n_uk - 1) / (m_u (m_u - 1)) (Fleiss' 1971 P_i, allowing missing ratings;
    irrCAC's pa). "all": the share of those units on which all present ratings are equal. With two
    coders both are the share of units both rated on which they agree. Units with fewer than two
    ratings are dropped (`extra["n_units_dropped"]`); none left -> undefined. A proportion 0..1.
    `se`/`ci_low`/`ci_high`: Wilson's interval when every unit agrees fully or not at all (two
    coders, or "all"), else the SE of the mean per-unit share; see `analytic`.
    """
    if method not in ("pairwise", "all"):
        raise AgreementInputError(f"method must be 'pairwise' or 'all', not {method!r}")
    coded = code_ratings(ratings, categories)
    counts = coded.counts()
    raters = counts.sum(axis=1)
    pairable = raters >= 2
    details: dict[str, Any] = {
        "method": method,
        "n_units_dropped": int(coded.n_units - pairable.sum()),
        "categories": list(coded.categories),
    }
    name = "percent_agreement"
    if not pairable.any():
        reason = "no unit was rated by at least two coders"
        return undefined(name, reason, n_coders=coded.n_coders, **details)
    counts, raters = counts[pairable], raters[pairable]
    if method == "pairwise":
        per_unit = (counts * (counts - 1)).sum(axis=1) / (raters * (raters - 1))
    else:
        per_unit = (counts.max(axis=1) == raters).astype(float)
    details["prevalence"] = shares(counts.sum(axis=0), coded.categories)
    confusion = None
    if coded.n_coders == 2:
        confusion = nested(pair_table(coded)[0], coded.categories)
    value = float(np.mean(per_unit))
    uncertainty: Uncertainty | None
    if np.all((per_unit == 0) | (per_unit == 1)):
        uncertainty = wilson_uncertainty(int(per_unit.sum()), len(per_unit))
    else:
        uncertainty = unit_mean_uncertainty(per_unit)
    if uncertainty is not None:
        details["ci_method"] = uncertainty.method
    return AgreementResult(
        value,
        n_units=int(pairable.sum()),
        n_coders=coded.n_coders,
        observed=value,
        confusion=confusion,
        extra=details,
        statistic=name,
        **(uncertainty.fields() if uncertainty else {}),
    )
