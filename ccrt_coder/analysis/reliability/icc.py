"""ICC(2,1): two-way random effects, absolute agreement, single rater, with its F-based CI."""

import math
from typing import Any

import numpy as np

from .distributions import f_quantile
from .ratings import MISSING, code_ratings
from .result import AgreementResult, undefined

LEVEL = 0.95


def icc_2_1(ratings: Any) -> AgreementResult:
    """Shrout & Fleiss's (1979) ICC(2,1), McGraw & Wong's (1996) ICC(A,1), of targets x judges.

    From the two-way ANOVA of the n complete targets (rows) by k judges (columns), with mean
    squares BMS (targets), JMS (judges) and EMS (residual):
    ICC(2,1) = (BMS - EMS) / (BMS + (k - 1) EMS + k (JMS - EMS) / n).
    95% CI (McGraw & Wong 1996, Psychological Methods 1, 30-46, case 2A, with their
    Satterthwaite df v): lower = n (BMS - F1 EMS) / (F1 (k JMS + (k n - k - n) EMS) + n BMS),
    F1 = F_.975(n - 1, v); upper = n (F2 BMS - EMS) / (k JMS + (k n - k - n) EMS + n F2 BMS),
    F2 = F_.975(v, n - 1). Ratings must be numbers; targets missing any rating are dropped
    (complete targets only, `extra["n_units_dropped"]`). Undefined with fewer than two complete
    targets or judges, or when every rating is the same. `extra` holds the mean squares, F = BMS /
    EMS and the df; `se` is None (no standard large-sample SE).
    """
    coded = code_ratings(ratings)
    name = "icc_2_1"
    points = coded.numeric_categories("ICC") if coded.n_units else np.zeros(0)
    complete = (coded.codes != MISSING).all(axis=1)
    details: dict[str, Any] = {"n_units_dropped": int(coded.n_units - complete.sum())}
    n, k = int(complete.sum()), coded.n_coders
    if n < 2 or k < 2:
        reason = "ICC needs at least two targets rated by every judge and two judges"
        return undefined(name, reason, n_units=n, n_coders=k, **details)
    x = points[coded.codes[complete]]
    grand = float(x.mean())
    ss_targets = k * float(((x.mean(axis=1) - grand) ** 2).sum())
    ss_judges = n * float(((x.mean(axis=0) - grand) ** 2).sum())
    ss_error = float(((x - grand) ** 2).sum()) - ss_targets - ss_judges
    bms, jms = ss_targets / (n - 1), ss_judges / (k - 1)
    ems = max(ss_error, 0.0) / ((n - 1) * (k - 1))
    denominator = bms + (k - 1) * ems + k * (jms - ems) / n
    details.update(
        bms=bms, jms=jms, ems=ems, df_targets=n - 1, df_judges=k - 1, df_error=(n - 1) * (k - 1)
    )
    if denominator <= 0:
        reason = "every rating is the same, so there is no variance to apportion"
        return undefined(name, reason, n_units=n, n_coders=k, **details)
    icc = (bms - ems) / denominator
    low, high = _interval(icc, n, k, bms, jms, ems)
    details["f"] = bms / ems if ems > 0 else None
    details["ci_method"] = "McGraw & Wong (1996) F-based 95% CI, case 2A"
    return AgreementResult(
        icc,
        n_units=n,
        n_coders=k,
        extra=details,
        statistic=name,
        ci_low=low,
        ci_high=high,
    )


def _interval(
    icc: float, n: int, k: int, bms: float, jms: float, ems: float
) -> tuple[float | None, float | None]:
    """McGraw & Wong's (1996) limits; None where the F quantile is not defined (icc = 1)."""
    if ems <= 0 or icc >= 1.0:
        return None, None
    a = k * icc / (n * (1.0 - icc))
    b = 1.0 + k * icc * (n - 1) / (n * (1.0 - icc))
    v = (a * jms + b * ems) ** 2 / ((a * jms) ** 2 / (k - 1) + (b * ems) ** 2 / ((n - 1) * (k - 1)))
    if not math.isfinite(v) or v <= 0:
        return None, None
    tail = 0.5 + LEVEL / 2.0
    f1, f2 = f_quantile(tail, n - 1, v), f_quantile(tail, v, n - 1)
    spread = k * jms + (k * n - k - n) * ems
    low = n * (bms - f1 * ems) / (f1 * spread + n * bms)
    high = n * (f2 * bms - ems) / (spread + n * f2 * bms)
    return max(low, -1.0), min(high, 1.0)
