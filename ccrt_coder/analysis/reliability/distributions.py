"""Quantiles of the normal, t and F distributions without scipy (not a runtime dependency).

The F and t quantiles invert the regularized incomplete beta function I_x(a, b), evaluated by
its continued fraction with the modified Lentz method (Press et al. 2007, Numerical Recipes,
3rd ed., sec. 6.4), by bisection; accurate to about 1e-10, ample for confidence limits.
"""

import functools
import math
from statistics import NormalDist

_TINY = 1e-300
_EPS = 1e-15


def normal_quantile(p: float) -> float:
    """The standard normal quantile z_p."""
    return NormalDist().inv_cdf(p)


def incomplete_beta(x: float, a: float, b: float) -> float:
    """The regularized incomplete beta function I_x(a, b) for 0 <= x <= 1, a, b > 0."""
    if x <= 0.0:
        return 0.0
    if x >= 1.0:
        return 1.0
    log_front = (
        math.lgamma(a + b) - math.lgamma(a) - math.lgamma(b) + a * math.log(x) + b * math.log1p(-x)
    )
    if x < (a + 1.0) / (a + b + 2.0):
        return math.exp(log_front) * _beta_fraction(x, a, b) / a
    return 1.0 - math.exp(log_front) * _beta_fraction(1.0 - x, b, a) / b


def _beta_fraction(x: float, a: float, b: float) -> float:
    """The continued fraction of I_x(a, b) (Numerical Recipes' betacf), modified Lentz."""
    c, d = 1.0, 1.0 - (a + b) * x / (a + 1.0)
    d = 1.0 / (d if abs(d) > _TINY else _TINY)
    result = d
    for m in range(1, 10_000):
        for numerator in (
            m * (b - m) * x / ((a + 2 * m - 1) * (a + 2 * m)),
            -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 2 * m + 1)),
        ):
            d = 1.0 + numerator * d
            d = 1.0 / (d if abs(d) > _TINY else _TINY)
            c = 1.0 + numerator / c
            c = c if abs(c) > _TINY else _TINY
            result *= d * c
        if abs(d * c - 1.0) < _EPS:
            break
    return result


@functools.lru_cache(maxsize=256)
def f_quantile(p: float, df1: float, df2: float) -> float:
    """The p quantile of the F(df1, df2) distribution (0 < p < 1); remembered, as a report asks
    for the same few (a t quantile per statistic, with the same degrees of freedom) many times."""
    a, b = df1 / 2.0, df2 / 2.0
    low, high = 0.0, 1.0  # u = df1 F / (df1 F + df2) is Beta(a, b) distributed
    for _ in range(200):
        middle = (low + high) / 2.0
        if incomplete_beta(middle, a, b) < p:
            low = middle
        else:
            high = middle
        if high - low < 1e-16:
            break
    u = (low + high) / 2.0
    return df2 * u / (df1 * (1.0 - u))


def t_quantile(p: float, df: float) -> float:
    """The p quantile of Student's t with df degrees of freedom (t^2 is F(1, df))."""
    if p == 0.5:
        return 0.0
    magnitude = math.sqrt(f_quantile(abs(2.0 * p - 1.0), 1.0, df))
    return magnitude if p > 0.5 else -magnitude
