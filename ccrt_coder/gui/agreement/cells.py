"""One table cell as plain data (text, tooltip, the figure behind it), and number formatting."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from ccrt_coder.gui.widgets.terms import count, statistic_name
from ccrt_coder.usecases.agreement import NAMES, AgreementResult

BELOW_MARK = "↓"  # beside the value: colour is never the only cue
PERCENT_STATS = ("percent_agreement",)
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
    name = statistic_name(statistic, NAMES.get(statistic, statistic))
    n = count(result.n_units, counted)
    if result.value is None:
        reason = result.undefined_reason or "undefined"
        return Cell(
            QCoreApplication.translate("agreement.cells", "undefined: {reason} ({n})").format(
                reason=reason, n=n
            ),
            QCoreApplication.translate(
                "agreement.cells", "{name}, {who}: undefined because {reason} ({n})."
            ).format(name=name, who=who, reason=reason, n=n),
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
        lines.append(
            QCoreApplication.translate(
                "agreement.cells", "observed disagreement {observed:.3f}, expected {expected:.3f}"
            ).format(observed=observed, expected=expected)
        )
    elif observed is not None:
        chance = (
            ""
            if expected is None
            else QCoreApplication.translate("agreement.cells", ", by chance {expected:.3f}").format(
                expected=expected
            )
        )
        lines.append(
            QCoreApplication.translate(
                "agreement.cells", "observed agreement {observed:.3f}{chance}"
            ).format(observed=observed, chance=chance)
        )
    dropped = int(result.extra.get("n_units_dropped", 0))
    lines.append(
        QCoreApplication.translate("agreement.cells", "{n} used").format(n=n)
        + (
            QCoreApplication.translate("agreement.cells", ", {dropped} dropped").format(
                dropped=dropped
            )
            if dropped
            else ""
        )
    )
    if benchmark is not None:
        low, high = benchmark
        verdict = "below" if below else ("within" if value <= high else "above")
        lines.append(
            QCoreApplication.translate(
                "agreement.cells", "{verdict} the published CCRT range {dot}–{dot2}"
            ).format(verdict=verdict, dot=dot(low), dot2=dot(high))
        )
    return "\n".join(lines)


def not_applicable(statistic: str, who: str) -> Cell:
    name = statistic_name(statistic, NAMES.get(statistic, statistic))
    where = (
        QCoreApplication.translate("agreement.cells", "for each pair of coders")
        if who == "all coders"
        else QCoreApplication.translate("agreement.cells", "across all coders")
    )
    return Cell(
        "",
        QCoreApplication.translate("agreement.cells", "{name} is reported {where} only").format(
            name=name, where=where
        ),
        muted=True,
    )
