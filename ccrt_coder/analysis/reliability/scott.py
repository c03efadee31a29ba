"""Scott's pi (Scott 1955) for two coders."""

from collections.abc import Hashable, Sequence
from typing import Any

from .analytic import fleiss_uncertainty
from .ratings import MISSING, code_ratings
from .result import AgreementResult, undefined
from .tables import nested, pair_table, require_two_coders, shares


def scott_pi(ratings: Any, *, categories: Sequence[Hashable] | None = None) -> AgreementResult:
    """Scott's pi (Scott 1955) of a units x 2 table.

    pi = (p_o - p_e) / (1 - p_e) with p_o the share of units on which the two coders agree and
    p_e = sum_k pi_k^2, pi_k = (r_k + c_k) / 2n the share of category k among both coders' 2n
    ratings (chance uses the pooled distribution, unlike Cohen's kappa). Units missing either
    rating are dropped (`extra["n_units_dropped"]`). Equals Fleiss' kappa with two ratings per
    unit. Undefined when no unit was rated by both or only one category was used (p_e = 1).
    `se`/`ci_low`/`ci_high`: Gwet's (2008) linearised variance of Fleiss' kappa with two ratings
    per unit (see `analytic`).
    """
    coded = code_ratings(ratings, categories)
    require_two_coders(coded, "Scott's pi")
    table, dropped = pair_table(coded)
    n = int(table.sum())
    details: dict[str, Any] = {"n_units_dropped": dropped, "categories": list(coded.categories)}
    if n == 0:
        return undefined("scott_pi", "no unit was rated by both coders", n_coders=2, **details)
    pooled = [int(x) for x in (table.sum(axis=0) + table.sum(axis=1)).tolist()]
    agreeing = int(table.trace())
    chance_d = 4 * n * n - sum(x * x for x in pooled)  # (2n)^2 (1 - p_e)
    details["prevalence"] = shares(table.sum(axis=0) + table.sum(axis=1), coded.categories)
    if chance_d == 0:
        reason = "only one category was used, so chance agreement is 1"
        return undefined("scott_pi", reason, n_units=n, n_coders=2, **details)
    value = 1.0 - 4 * n * (n - agreeing) / chance_d
    expected = 1.0 - chance_d / (4 * n * n)
    both = (coded.codes != MISSING).all(axis=1)
    uncertainty = fleiss_uncertainty(coded.counts()[both], 2, value, expected, "Scott's pi")
    if uncertainty is not None:
        details["ci_method"] = uncertainty.method
    return AgreementResult(
        value,
        n_units=n,
        n_coders=2,
        observed=agreeing / n,
        expected=expected,
        confusion=nested(table, coded.categories),
        extra=details,
        statistic="scott_pi",
        **(uncertainty.fields() if uncertainty else {}),
    )
