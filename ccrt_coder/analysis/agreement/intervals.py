"""A statistic's uncertainty (bootstrap interval, SEs) and the words readers judge it by.

Bands: Landis & Koch (1977) for the kappa family (kappa, pi, AC1, PABAK); Krippendorff (2004)
for alpha (>= .800 reliable, >= .667 tentative, below: unreliable); Koo & Li (2016) for the ICC.
The benchmark comparison looks at the whole interval: below (the interval lies under the
range), above (over it) or overlapping; without an interval, at the value.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

Scale = tuple[tuple[float, str], ...]
LANDIS_KOCH: Scale = (
    (0.0, "poor"), (0.20, "slight"), (0.40, "fair"), (0.60, "moderate"),
    (0.80, "substantial"), (1.0, "almost perfect"),
)  # fmt: skip
KRIPPENDORFF: Scale = ((0.667, "unreliable"), (0.800, "tentative"), (1.0, "reliable"))
KOO_LI: Scale = ((0.5, "poor"), (0.75, "moderate"), (0.9, "good"), (1.0, "excellent"))
WIDE_INTERVAL = 0.30  # a 95% interval wider than this: the figure is imprecise


@dataclass(frozen=True)
class Interval:
    """``ci_low``/``ci_high``: percentile bootstrap interval (None without replicates or when
    too few replicates define the statistic); ``se``: the analytic standard error where a
    standard one exists, else None; ``se_bootstrap``: SD of the replicates."""

    ci_low: float | None = None
    ci_high: float | None = None
    se: float | None = None
    se_bootstrap: float | None = None
    n_replicates: int = 0  # replicates in which the statistic is defined

    @property
    def width(self) -> float | None:
        if self.ci_low is None or self.ci_high is None:
            return None
        return self.ci_high - self.ci_low

    def to_dict(self) -> dict[str, Any]:
        return {
            "ci_low": self.ci_low,
            "ci_high": self.ci_high,
            "se": self.se,
            "se_bootstrap": self.se_bootstrap,
            "n_replicates": self.n_replicates,
        }


NO_INTERVAL = Interval()


def interval(replicates: np.ndarray, confidence: float = 0.95, se: float | None = None) -> Interval:
    """The percentile interval of the replicates (row 0, the sample, left out)."""
    draws = np.asarray(replicates, dtype=np.float64)[1:]
    draws = draws[np.isfinite(draws)]
    if len(draws) < 2:
        return Interval(se=se, n_replicates=len(draws))
    tail = (1 - confidence) / 2 * 100
    low, high = np.percentile(draws, [tail, 100 - tail])
    return Interval(float(low), float(high), se, float(draws.std(ddof=1)), len(draws))


def intervals(replicates: np.ndarray, confidence: float = 0.95) -> list[Interval]:
    """One interval per column of a (B+1) x k array."""
    return [interval(replicates[:, j], confidence) for j in range(replicates.shape[1])]


def band(statistic: str, value: float | None) -> str | None:
    """The conventional word for a value, or None for statistics without bands (percent)."""
    if value is None:
        return None
    scale: Scale
    if statistic.startswith("krippendorff") or statistic.startswith("masi"):
        scale = KRIPPENDORFF
    elif statistic.startswith("icc"):
        scale = KOO_LI
    elif "kappa" in statistic or statistic in ("scott_pi", "gwet_ac1", "pabak"):
        scale = LANDIS_KOCH
    else:
        return None
    for bound, word in scale:
        if value < bound:
            return word
    return scale[-1][1]


def benchmark_position(
    value: float | None, span: Interval, limits: tuple[float, float]
) -> str | None:
    """below | overlapping | above the benchmark range, by the interval (else by the value)."""
    if value is None:
        return None
    low = value if span.ci_low is None else span.ci_low
    high = value if span.ci_high is None else span.ci_high
    if high < limits[0]:
        return "below"
    if low > limits[1]:
        return "above"
    return "overlapping"
