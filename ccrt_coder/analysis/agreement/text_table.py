"""The rows of a statistics table in the CLI's text: value, 95% interval, band, n."""

from __future__ import annotations

from ccrt_coder.analysis.agreement.intervals import band, bounds
from ccrt_coder.analysis.agreement.statistics import StatBlock
from ccrt_coder.analysis.reliability import AgreementResult, Interval

NAMES = {
    "cohen_kappa": "Cohen's kappa",
    "cohen_kappa_linear": "Weighted kappa, linear",
    "cohen_kappa_quadratic": "Weighted kappa, quadratic",
    "scott_pi": "Scott's pi",
    "percent_agreement": "Percent agreement",
    "gwet_ac1": "Gwet's AC1",
    "fleiss_kappa": "Fleiss' kappa",
    "krippendorff_alpha": "Krippendorff's alpha",
    "krippendorff_alpha_interval": "Krippendorff's alpha (interval)",
    "krippendorff_alpha_ordinal": "Krippendorff's alpha (ordinal)",
    "icc_2_1": "ICC(2,1)",
    "masi_alpha": "Krippendorff's alpha (MASI)",
    "exact_match": "Exact match",
    "pabak": "PABAK",
    "prevalence_index": "Prevalence index",
    "bias_index": "Bias index",
    "fleiss_kappa_j": "Fleiss' kappa_j",
}
_ROW = "  {:<32} {:<7} {:>7} {:>15} {:<15} {:>6}"


def table(block: StatBlock, tags: dict[str, str]) -> list[str]:
    """Rows of (statistic, coders, value, 95% CI, band, n): every pair, then all coders."""
    lines = [_ROW.format("statistic", "coders", "value", "95% CI", "band", "n")]
    for pair in block.pairs:
        who = "×".join(tags[c] for c in pair.coders)
        lines += [_row(name, who, r, pair.interval(name)) for name, r in pair.stats.items()]
    lines += [_row(name, "all", r, block.interval(name)) for name, r in block.overall.items()]
    return lines


def _row(statistic: str, who: str, result: AgreementResult, span: Interval | None) -> str:
    value = "–" if result.value is None else f"{result.value:.3f}"
    shown = bounds(result, span)
    ci = "" if shown is None else f"[{shown[0]:.3f}, {shown[1]:.3f}]"
    words = band(statistic, result.value) or ""
    row = _ROW.format(NAMES[statistic], who, value, ci, words, result.n_units).rstrip()
    return row if result.value is not None else f"{row}  ({result.undefined_reason})"
