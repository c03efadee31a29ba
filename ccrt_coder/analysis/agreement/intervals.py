"""The words readers judge a figure by, and its interval as JSON.

Bands (analysis/reliability): Landis & Koch (1977) for the kappa family (kappa, pi, AC1,
PABAK), Krippendorff (2004) for alpha (unitizing alpha too); Koo & Li (2016) for the ICC. The
benchmark comparison reads the whole interval: below (under the range), above (over it) or
overlapping; without an interval, the value itself.
"""

from __future__ import annotations

from typing import Any

from ccrt_coder.analysis.reliability import (
    AgreementResult,
    Interval,
    compare_with_benchmark,
    krippendorff_band,
    landis_koch_band,
)

KOO_LI = ((0.5, "poor"), (0.75, "moderate"), (0.9, "good"), (1.0, "excellent"))
WIDE_INTERVAL = 0.30  # a 95% interval wider than this: the figure is imprecise
KAPPA_FAMILY = ("scott_pi", "gwet_ac1", "pabak")


def band(statistic: str, value: float | None) -> str | None:
    """The conventional word for a value, or None for statistics without bands (percent)."""
    if value is None:
        return None
    if statistic.startswith(("krippendorff", "masi", "unitizing")):
        return krippendorff_band(value)
    if statistic.startswith("icc"):
        return next((word for bound, word in KOO_LI if value < bound), KOO_LI[-1][1])
    if "kappa" in statistic or statistic in KAPPA_FAMILY:
        return landis_koch_band(value)
    return None


def bounds(result: AgreementResult, span: Interval | None) -> tuple[float, float] | None:
    """The interval shown: the bootstrap one, else the analytic one, else None."""
    if span is not None and span.low is not None and span.high is not None:
        return span.low, span.high
    if result.value is not None and result.ci_low is not None and result.ci_high is not None:
        return result.ci_low, result.ci_high
    return None


def width(result: AgreementResult, span: Interval | None) -> float | None:
    shown = bounds(result, span)
    return None if shown is None else shown[1] - shown[0]


def benchmark_position(
    result: AgreementResult, span: Interval | None, limits: tuple[float, float]
) -> str | None:
    """below | overlapping | above the benchmark range, by the interval (else by the value)."""
    if result.value is None:
        return None
    low, high = bounds(result, span) or (result.value, result.value)
    return compare_with_benchmark(low, high, limits)


def interval_dict(result: AgreementResult, span: Interval | None) -> dict[str, Any]:
    """``ci_low``/``ci_high``: the bootstrap interval (else the analytic one, else None);
    ``se``: the analytic standard error where a standard one exists, else the bootstrap SE;
    ``bootstrap``: the replicates' settings and SE (None without a bootstrap)."""
    method: str | None
    if span is not None:
        low, high, method = span.low, span.high, "percentile cluster bootstrap"
    elif result.ci_low is not None:
        low, high, method = result.ci_low, result.ci_high, result.extra.get("ci_method")
    else:
        low = high = method = None
    se = result.se if result.se is not None else (span.se_boot if span is not None else None)
    return {
        "ci_low": low,
        "ci_high": high,
        "ci_method": method if low is not None else None,
        "se": se,
        "se_method": "analytic" if result.se is not None else "bootstrap" if se else None,
        "bootstrap": None if span is None else span.to_dict(),
    }
