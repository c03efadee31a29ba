"""What every agreement statistic returns: a value or the reason there is none, with counts."""

import math
from collections.abc import Hashable
from dataclasses import dataclass, field
from typing import Any


class AgreementInputError(ValueError):
    """Ratings or spans that cannot be used: wrong shape, unknown category, overlapping spans.

    The library's own error (it knows nothing of the app); the caller turns it into the app's
    user-facing error where a user can see it.
    """


@dataclass(frozen=True)
class AgreementResult:
    """One agreement statistic and the counts behind it.

    `value` is a finite float, or None with `undefined_reason` saying why (no pairable units, only
    one category used so chance agreement is 1, ...); never NaN. `n_units` counts the units that
    entered the computation (dropped units are counted in `extra["n_units_dropped"]`).
    `observed`/`expected` are the statistic's own observed and chance terms: agreement proportions
    for the kappa family, percent agreement and AC1; *disagreements* D_o and D_e for Krippendorff's
    alpha (value = 1 - D_o / D_e). `confusion` is the table behind the statistic as nested dicts
    (row category -> column category -> count): coder 1 x coder 2 for two-coder statistics, the
    coincidence matrix for Krippendorff's alpha, else None. `extra` holds further counts, e.g.
    `prevalence` (category -> share of the ratings used) and per-category details.
    `se`, `ci_low`, `ci_high`: the analytic standard error and 95% confidence interval where a
    standard one exists (`extra["ci_method"]` names it), else None; bootstrap intervals are
    separate (`bootstrap.Interval`).
    """

    value: float | None
    undefined_reason: str | None = None
    n_units: int = 0
    n_coders: int = 0
    observed: float | None = None
    expected: float | None = None
    confusion: dict[Hashable, dict[Hashable, float]] | None = None
    extra: dict[str, Any] = field(default_factory=dict)
    statistic: str = ""
    se: float | None = None
    ci_low: float | None = None
    ci_high: float | None = None

    def __post_init__(self) -> None:
        if (self.value is None) == (self.undefined_reason is None):
            raise ValueError("give exactly one of value and undefined_reason")
        for name in ("value", "observed", "expected", "se", "ci_low", "ci_high"):
            number = getattr(self, name)
            if number is None:
                continue
            number = float(number)
            if not math.isfinite(number):
                raise ValueError(f"{name} must be a finite number, not {number}")
            object.__setattr__(self, name, number)

    @property
    def is_defined(self) -> bool:
        """True when the statistic has a value."""
        return self.value is not None

    def __str__(self) -> str:
        counts = f"{self.n_units} units, {self.n_coders} coders"
        if self.value is None:
            return f"{self.statistic}: undefined ({self.undefined_reason}; {counts})"
        return f"{self.statistic} = {self.value:.4f} ({counts})"


def undefined(
    statistic: str, reason: str, *, n_units: int = 0, n_coders: int = 0, **extra: Any
) -> AgreementResult:
    """An AgreementResult without a value, saying why."""
    return AgreementResult(
        None, reason, n_units=n_units, n_coders=n_coders, extra=extra, statistic=statistic
    )
