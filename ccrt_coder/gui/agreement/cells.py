"""One table cell as plain data (text, tooltip, the figure behind it), and number formatting."""

from __future__ import annotations

from dataclasses import dataclass

from ccrt_coder.usecases.agreement import NAMES, AgreementResult

BELOW_MARK = "↓"  # beside the value: colour is never the only cue
PERCENT_STATS = ("percent_agreement",)
LABELS = {**NAMES, "unitizing_alpha": "Unitizing alpha"}
Key = tuple[str, ...]


@dataclass(frozen=True)
class Cell:
    """What a table shows in one cell; ``value`` is the report's number, unrounded."""

    text: str = ""
    tooltip: str = ""
    value: float | int | None = None
    key: Key = ()
    below: bool = False  # below the published benchmark: muted warning colour and BELOW_MARK
    muted: bool = False  # undefined, or not applicable
    count: str = ""  # "45 REs": shown muted beside the figure (statistics only)


def number(value: float, statistic: str) -> str:
    """0.521, or 62.2% for percent agreement."""
    return f"{value:.1%}" if statistic in PERCENT_STATS else f"{value:.3f}"


def share(value: float | None) -> str:
    return "–" if value is None else f"{value:.0%}"


def dot(value: float) -> str:
    """.55, as reliability figures are printed."""
    return f"{value:.2f}".lstrip("0")


def stat_cell(
    result: AgreementResult,
    statistic: str,
    who: str,
    key: Key,
    benchmark: tuple[float, float] | None = None,
    counted: str = "RE",
) -> Cell:
    """A statistic with the REs (or other ``counted`` things) behind it; an undefined one says
    why."""
    name = LABELS.get(statistic, statistic)
    n = f"{result.n_units} {counted}{'' if result.n_units == 1 else 's'}"
    if result.value is None:
        reason = result.undefined_reason or "undefined"
        return Cell(
            f"undefined: {reason} ({n})",
            f"{name}, {who}: undefined because {reason} ({n}).",
            None,
            key,
            muted=True,
        )
    below = benchmark is not None and result.value < benchmark[0]
    mark = f" {BELOW_MARK}" if below else ""
    return Cell(
        f"{number(result.value, statistic)}{mark}",
        _tooltip(result, result.value, statistic, name, who, n, benchmark, below),
        result.value,
        key,
        below=below,
        count=n,
    )


def _tooltip(
    result: AgreementResult,
    value: float,
    statistic: str,
    name: str,
    who: str,
    n: str,
    benchmark: tuple[float, float] | None,
    below: bool,
) -> str:
    lines = [f"{name}, {who}: {value:.4f}"]
    observed, expected = result.observed, result.expected
    if statistic.startswith("krippendorff") and observed is not None and expected is not None:
        lines.append(f"observed disagreement {observed:.3f}, expected {expected:.3f}")
    elif observed is not None:
        chance = "" if expected is None else f", by chance {expected:.3f}"
        lines.append(f"observed agreement {observed:.3f}{chance}")
    dropped = int(result.extra.get("n_units_dropped", 0))
    lines.append(f"{n} used" + (f", {dropped} dropped" if dropped else ""))
    if benchmark is not None:
        low, high = benchmark
        verdict = "below" if below else ("within" if value <= high else "above")
        lines.append(f"{verdict} the published CCRT range {dot(low)}–{dot(high)}")
    return "\n".join(lines)


def not_applicable(statistic: str, who: str) -> Cell:
    name = LABELS.get(statistic, statistic)
    where = "for each pair of coders" if who == "all coders" else "across all coders"
    return Cell("", f"{name} is reported {where} only", muted=True)
