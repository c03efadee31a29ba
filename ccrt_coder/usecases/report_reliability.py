"""Adapter: the agreement report's JSON form (``AgreementReport.to_dict()``, schema
``ccrt-coder/agreement-report/2``) -> the cells of the report's reliability tables.

Every figure is the report's own: a cell prints its ``value`` and 95% interval (``ci_low``,
``ci_high``) as APA writes them (``.52 [.31, .69]``), the ``band`` word in its own column and
where the interval lies against the published benchmark (below / overlapping / above, read by
the whole interval as the agreement report's rule says). Standard errors stay in the agreement
export: beside an interval they would only crowd a portrait page.
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from ccrt_coder.analysis.reliability import compare_with_benchmark
from ccrt_coder.io.report_model import DASH, Run, Text, interval, it, percent, stat, text

Result = Mapping[str, Any]
NBSP = "\u00a0"  # inside an interval: a cell wraps between the value and "[low, high]" only

SYMBOLS: dict[str, Text] = {
    "cohen_kappa": text("Cohen's ", "κ"),
    "cohen_kappa_linear": text("weighted ", "κ", " (linear)"),
    "cohen_kappa_quadratic": text("weighted ", "κ", " (quadratic)"),
    "scott_pi": text("Scott's ", "π"),
    "fleiss_kappa": text("Fleiss' ", "κ"),
    "krippendorff_alpha": text("Krippendorff's ", "α"),
    "krippendorff_alpha_interval": text("Krippendorff's ", "α", " (interval)"),
    "krippendorff_alpha_ordinal": text("Krippendorff's ", "α", " (ordinal)"),
    "masi_alpha": text("Krippendorff's ", "α", " (MASI)"),
    "exact_match": text("exact match"),
    "icc_2_1": text("ICC(2,1)"),
    "gwet_ac1": text("Gwet's AC1"),
    "percent_agreement": text("percent agreement"),
    "pabak": text("PABAK"),
}
PERCENT_STATISTICS = {"percent_agreement", "exact_match"}


def statistic_name(key: str) -> Text:
    """The statistic's name as a sentence says it (a table header capitalises it)."""
    return SYMBOLS.get(key) or text(key.replace("_", " "))


def capitalised(value: Text) -> Text:
    if not value or not value[0].text:
        return value
    first = value[0]
    return (Run(first.text[0].upper() + first.text[1:], first.italic), *value[1:])


def value_text(key: str, result: Result | None) -> str:
    value = None if result is None else result.get("value")
    return percent(value) if key in PERCENT_STATISTICS else stat(value)


def ci_text(key: str, result: Result) -> str:
    low, high = result.get("ci_low"), result.get("ci_high")
    if key in PERCENT_STATISTICS and low is not None and high is not None:
        return f"[{percent(low)},{NBSP}{percent(high)}]"
    return interval(low, high).replace(" ", NBSP)


def estimate(key: str, result: Result | None) -> str:
    """``.52 [.31, .69]``: the value and its 95% interval when there is one; an em dash when
    the statistic is undefined."""
    shown = value_text(key, result)
    if result is None or shown == DASH or result.get("ci_low") is None:
        return shown
    return f"{shown} {ci_text(key, result)}"


def band_text(result: Result | None) -> str:
    band = None if result is None else result.get("band")
    return str(band) if band else DASH


def benchmark_range(agreement: Mapping[str, Any]) -> tuple[float, float] | None:
    limits = (agreement.get("benchmark") or {}).get("cohen_kappa")
    return (float(limits[0]), float(limits[1])) if limits else None


def position(agreement: Mapping[str, Any], result: Result | None) -> str:
    """below | overlapping | above the published kappa range, by the whole 95% interval
    (without one, by the value), as the agreement report's benchmark rule reads it."""
    limits = benchmark_range(agreement)
    if result is None or limits is None or result.get("value") is None:
        return DASH
    low, high = result.get("ci_low"), result.get("ci_high")
    if low is None or high is None:
        low = high = result["value"]
    return compare_with_benchmark(low, high, limits) or DASH


def benchmark_header(agreement: Mapping[str, Any]) -> Text:
    limits = benchmark_range(agreement)
    return text("vs. ", f"{stat(limits[0])}–{stat(limits[1])}" if limits else "benchmark")


def spread(values: Sequence[float]) -> str:
    """``.41`` for one value, ``.38–.52`` (lowest to highest) for several."""
    if not values:
        return DASH
    low, high = min(values), max(values)
    return stat(low) if len(values) == 1 or stat(low) == stat(high) else f"{stat(low)}–{stat(high)}"


def median(values: Sequence[float]) -> str:
    return stat(statistics.median(values)) if values else DASH


def pair_values(block: Mapping[str, Any], key: str) -> list[float]:
    """The defined values of ``key`` over the block's pairs of coders."""
    found = [(pair.get(key) or {}).get("value") for pair in block.get("pairs", [])]
    return [float(v) for v in found if v is not None]


def coder_tags(agreement: Mapping[str, Any]) -> dict[str, str]:
    """Coder name -> "C1", "C2", ... in the report's column order."""
    return {name: f"C{i + 1}" for i, name in enumerate(agreement.get("coders", []))}


def pair_tag(agreement: Mapping[str, Any], pair: Mapping[str, Any]) -> str:
    tags = coder_tags(agreement)
    return "–".join(tags[c] for c in pair["coders"])


def computed(agreement: Mapping[str, Any]) -> bool:
    return bool((agreement.get("bootstrap") or {}).get("computed"))


def bootstrap_words(bootstrap: Mapping[str, Any]) -> str:
    """The bootstrap settings in words, for a table note."""
    if not bootstrap.get("computed"):
        return "no bootstrap (too few interviews); analytic intervals where one exists"
    return (
        f"percentile cluster bootstrap, B = {bootstrap.get('replicates')}, seed "
        f"{bootstrap.get('seed')}, interviews resampled"
    )


def note(agreement: Mapping[str, Any], *more: str | Run) -> Text:
    """The note every reliability table shares: the REs behind it and how the CIs were made."""
    bootstrap = agreement.get("bootstrap") or {}
    return text(
        *more,
        "Values from the REs coded by every coder (",
        it("n"),
        f" = {agreement.get('res', {}).get('n_shared', DASH)}). Cells: estimate [95% CI]; "
        f"{bootstrap_words(bootstrap)}. Em dash: undefined.",
    )


COMPONENT_NAMES = {
    "W": "Wish (W)",
    "RO": "Response of the other (RO)",
    "RS": "Response of the self (RS)",
}


def grouped(rows: Iterable[tuple[str, tuple[Text, ...]]]) -> list[tuple[Text, ...]]:
    """Rows under a group heading (a one-cell row) for each component, in their order: the
    component column a portrait page has no room for."""
    found: list[tuple[Text, ...]] = []
    last = None
    for component, row in rows:
        if component != last:
            found.append((text(COMPONENT_NAMES.get(component, component)),))
            last = component
        found.append(row)
    return found
