"""Gwet's AC1 (Gwet 2008) for any number of coders, missing ratings allowed."""

from collections.abc import Hashable, Sequence
from typing import Any

import numpy as np

from .analytic import linearised_uncertainty
from .ratings import code_ratings
from .result import AgreementResult, undefined
from .tables import nested, pair_table, shares


def gwet_ac1(ratings: Any, *, categories: Sequence[Hashable] | None = None) -> AgreementResult:
    """Gwet's AC1 (Gwet 2008; Gwet 2014, Handbook of Inter-Rater Reliability, ch. 4) of a table.

    With r_i ratings of unit i, r_ik of them in category k, and q categories:
    p_a = mean over units with r_i >= 2 of sum_k r_ik (r_ik - 1) / (r_i (r_i - 1)),
    pi_k = mean over units with r_i >= 1 of r_ik / r_i,
    p_e = sum_k pi_k (1 - pi_k) / (q - 1), AC1 = (p_a - p_e) / (1 - p_e)
    (as irrCAC's gwet.ac1.raw). q counts `categories` when given (unused ones included), else the
    categories used, so pass the full category set. Undefined for fewer than two categories or
    no unit rated twice. `observed`/`expected` are p_a and p_e. `se`/`ci_low`/`ci_high`: Gwet's
    (2008) linearised variance over the rated units (irrCAC's gwet), see `analytic`.
    """
    coded = code_ratings(ratings, categories)
    counts = coded.counts()
    raters = counts.sum(axis=1)
    q = len(coded.categories)
    pairable = raters >= 2
    details: dict[str, Any] = {
        "n_units_dropped": int(coded.n_units - pairable.sum()),
        "categories": list(coded.categories),
    }
    if q < 2:
        reason = "AC1 needs at least two categories"
        return undefined("gwet_ac1", reason, n_coders=coded.n_coders, **details)
    if not pairable.any():
        reason = "no unit was rated by at least two coders"
        return undefined("gwet_ac1", reason, n_coders=coded.n_coders, **details)
    rated = raters >= 1
    counts, raters, pairable = counts[rated], raters[rated], pairable[rated]
    pairs = np.maximum(raters * (raters - 1), 1)
    unit_p_a = np.where(pairable, (counts * (counts - 1)).sum(axis=1) / pairs, 0.0)
    p_a = float(unit_p_a[pairable].mean())
    pi = (counts / raters[:, None]).mean(axis=0)
    p_e = float((pi * (1.0 - pi)).sum() / (q - 1))
    ac1 = (p_a - p_e) / (1.0 - p_e)
    share = len(counts) / int(pairable.sum())
    unit_terms = share * (unit_p_a - p_e * pairable) / (1.0 - p_e)
    unit_chance = counts @ (1.0 - pi) / (raters * (q - 1))
    uncertainty = linearised_uncertainty(ac1, unit_terms, unit_chance, p_e, "AC1")
    if uncertainty is not None:
        details["ci_method"] = uncertainty.method
    details["pi"] = dict(zip(coded.categories, pi.tolist(), strict=True))
    details["prevalence"] = shares(counts.sum(axis=0), coded.categories)
    confusion = nested(pair_table(coded)[0], coded.categories) if coded.n_coders == 2 else None
    return AgreementResult(
        ac1,
        n_units=int(pairable.sum()),
        n_coders=coded.n_coders,
        observed=p_a,
        expected=p_e,
        confusion=confusion,
        extra=details,
        statistic="gwet_ac1",
        **(uncertainty.fields() if uncertainty else {}),
    )
