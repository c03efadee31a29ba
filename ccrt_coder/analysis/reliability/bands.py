"""Verbal bands for agreement values, and a confidence interval read against a benchmark."""

from typing import Literal

Position = Literal["below", "overlapping", "above"]

# Landis & Koch (1977, Biometrics 33, 159-174, p. 165): upper limits of each band.
LANDIS_KOCH = (
    (0.0, "poor"),
    (0.20, "slight"),
    (0.40, "fair"),
    (0.60, "moderate"),
    (0.80, "substantial"),
    (1.0, "almost perfect"),
)
KRIPPENDORFF_RELIABLE = 0.800  # Krippendorff (2004, Content Analysis, 2nd ed., p. 241)
KRIPPENDORFF_TENTATIVE = 0.667


def landis_koch_band(value: float | None) -> str | None:
    """Landis & Koch's (1977) word for a kappa-type value; None for no value.

    < 0 poor, 0-.20 slight, .21-.40 fair, .41-.60 moderate, .61-.80 substantial, .81-1 almost
    perfect; a value between the published two-decimal limits (e.g. .205) falls in the lower band
    (each band's upper limit is inclusive).
    """
    if value is None:
        return None
    if value < 0.0:
        return "poor"
    for upper, word in LANDIS_KOCH[1:]:
        if value <= upper:
            return word
    return LANDIS_KOCH[-1][1]


def krippendorff_band(value: float | None) -> str | None:
    """Krippendorff's (2004) reading of alpha: >= .800 reliable, .667-.800 tentative, else
    unacceptable ("rely on variables with alpha >= .800; consider variables with
    .667 <= alpha < .800 only for drawing tentative conclusions"); None for no value."""
    if value is None:
        return None
    if value >= KRIPPENDORFF_RELIABLE:
        return "reliable"
    if value >= KRIPPENDORFF_TENTATIVE:
        return "tentative"
    return "unacceptable"


def compare_with_benchmark(
    low: float | None, high: float | None, benchmark: float | tuple[float, float]
) -> Position | None:
    """Where a confidence interval [low, high] lies against a cut-off or a benchmark interval.

    A cut-off c: "below" if high < c, "above" if low >= c, else "overlapping". An interval
    (a, b), e.g. a published range: "below" if high < a, "above" if low > b, else "overlapping".
    None when the interval is missing.
    """
    if low is None or high is None:
        return None
    first, last = benchmark if isinstance(benchmark, tuple) else (benchmark, benchmark)
    if high < first:
        return "below"
    if low > last or (low >= last and first == last):
        return "above"
    return "overlapping"
