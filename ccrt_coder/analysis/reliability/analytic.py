"""Analytic (large-sample) standard errors and 95% confidence intervals of the agreement statistics.

- Cohen's kappa, unweighted and weighted: the variance of Fleiss, Cohen & Everitt (1969,
  Psychological Bulletin 72, 323-327), not under the null; normal interval. Same as statsmodels'
  `cohens_kappa(...).std_kappa`.
- Fleiss' kappa and Gwet's AC1: Gwet's linearised variance (Gwet 2008, British Journal of
  Mathematical and Statistical Psychology 61, 29-48; Gwet 2014, Handbook of Inter-Rater
  Reliability, ch. 5), the variance of per-unit terms; t interval with n - 1 df, as irrCAC.
- Percent agreement: a Wilson (1927) score interval when every unit either agrees or not (two
  coders, or `method="all"`), else the per-unit variance of the agreement shares (t interval).
Intervals are clipped to the statistic's range ([-1, 1], percent agreement [0, 1]).
"""

import math
from dataclasses import dataclass
from typing import Any

import numpy as np

from .distributions import normal_quantile, t_quantile

LEVEL = 0.95


@dataclass(frozen=True)
class Uncertainty:
    """An analytic standard error and confidence interval, and how they were computed."""

    se: float
    low: float
    high: float
    method: str

    def fields(self) -> dict[str, Any]:
        """Keyword arguments for AgreementResult (se, ci_low, ci_high)."""
        return {"se": self.se, "ci_low": self.low, "ci_high": self.high}


def _clip(value: float, bounds: tuple[float, float]) -> float:
    return min(max(value, bounds[0]), bounds[1])


def normal_interval(
    value: float, se: float, method: str, bounds: tuple[float, float] = (-1.0, 1.0)
) -> Uncertainty:
    """value -/+ z_.975 se, clipped to `bounds`."""
    z = normal_quantile(0.5 + LEVEL / 2.0)
    return Uncertainty(se, _clip(value - z * se, bounds), _clip(value + z * se, bounds), method)


def t_interval(
    value: float, se: float, df: int, method: str, bounds: tuple[float, float] = (-1.0, 1.0)
) -> Uncertainty | None:
    """value -/+ t_(.975, df) se, clipped to `bounds`; None without degrees of freedom."""
    if df < 1:
        return None
    t = t_quantile(0.5 + LEVEL / 2.0, df)
    return Uncertainty(se, _clip(value - t * se, bounds), _clip(value + t * se, bounds), method)


def kappa_uncertainty(table: np.ndarray, disagreement: np.ndarray) -> Uncertainty | None:
    """Fleiss, Cohen & Everitt (1969) SE of (weighted) kappa from a k x k count table.

    With agreement weights w = 1 - d / d_max, proportions p_ij, marginals p_i., p_.j,
    w_i = sum_j w_ij p_.j and w_j = sum_i w_ij p_i.:
    var = [sum_ij p_ij (w_ij - (w_i + w_j)(1 - kappa))^2 - (kappa - p_e (1 - kappa))^2]
    / (n (1 - p_e)^2). None when p_e = 1.
    """
    n = float(table.sum())
    weights = 1.0 - disagreement / max(float(disagreement.max()), 1.0)
    p = table / n
    rows, cols = p.sum(axis=1), p.sum(axis=0)
    p_o, p_e = float((weights * p).sum()), float(rows @ weights @ cols)
    if p_e >= 1.0:
        return None
    kappa = (p_o - p_e) / (1.0 - p_e)
    w_row, w_col = weights @ cols, rows @ weights
    spread = weights - (w_row[:, None] + w_col[None, :]) * (1.0 - kappa)
    variance = (float((p * spread**2).sum()) - (kappa - p_e * (1.0 - kappa)) ** 2) / (
        n * (1.0 - p_e) ** 2
    )
    method = "Fleiss, Cohen & Everitt (1969) large-sample SE, normal 95% CI"
    return normal_interval(kappa, math.sqrt(max(variance, 0.0)), method)


def linearised_uncertainty(
    value: float, unit_terms: np.ndarray, unit_chance: np.ndarray, p_e: float, name: str
) -> Uncertainty | None:
    """Gwet's (2008) variance: (1 / (n (n - 1))) sum_i (x_i - value)^2 over the n rated units.

    x_i = unit_terms_i - 2 (1 - value) (unit_chance_i - p_e) / (1 - p_e), where unit_terms_i is
    the unit's agreement term (n / n_2)(p_a,i - p_e [unit pairable]) / (1 - p_e) and unit_chance_i
    the unit's share of the chance agreement. `name` names the coefficient in the method.
    """
    n = len(unit_terms)
    if n < 2:
        return None
    linear = unit_terms - 2.0 * (1.0 - value) * (unit_chance - p_e) / (1.0 - p_e)
    variance = float(((linear - value) ** 2).sum()) / (n * (n - 1))
    method = f"Gwet (2008) linearised SE of {name}, t 95% CI with {n - 1} df"
    return t_interval(value, math.sqrt(variance), n - 1, method)


def fleiss_uncertainty(
    counts: np.ndarray, n: int, kappa: float, p_e: float, name: str
) -> Uncertainty | None:
    """Gwet's linearised SE of Fleiss' kappa (irrCAC's fleiss) from units x categories counts.

    Every unit has n ratings; p_a,i = sum_k n_ik (n_ik - 1) / (n (n - 1)), p_k the category
    shares, unit terms (p_a,i - p_e) / (1 - p_e), chance shares sum_k n_ik p_k / n.
    """
    p = counts.sum(axis=0) / (len(counts) * n)
    unit_terms = ((counts * (counts - 1)).sum(axis=1) / (n * (n - 1)) - p_e) / (1.0 - p_e)
    return linearised_uncertainty(kappa, unit_terms, counts @ p / n, p_e, name)


def wilson_uncertainty(agreeing: int, n: int) -> Uncertainty:
    """Wilson (1927) score interval of a proportion; se is the binomial sqrt(p (1 - p) / n)."""
    p = agreeing / n
    z = normal_quantile(0.5 + LEVEL / 2.0)
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    method = "binomial SE, Wilson (1927) score 95% CI"
    low, high = _clip(centre - half, (0.0, 1.0)), _clip(centre + half, (0.0, 1.0))
    return Uncertainty(math.sqrt(p * (1 - p) / n), low, high, method)


def unit_mean_uncertainty(per_unit: np.ndarray) -> Uncertainty | None:
    """SE of a mean of per-unit agreement shares, sd / sqrt(n); t interval in [0, 1]."""
    n = len(per_unit)
    if n < 2:
        return None
    value = float(per_unit.mean())
    se = float(per_unit.std(ddof=1)) / math.sqrt(n)
    method = f"SE of the mean per-unit agreement, t 95% CI with {n - 1} df"
    return t_interval(value, se, n - 1, method, bounds=(0.0, 1.0))
