"""One table cell as plain data (text, tooltip, the figure behind it), and number formatting."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from ccrt_coder.gui.widgets.terms import count, statistic_name
from ccrt_coder.gui.widgets.tr_marks import QT_TRANSLATE_NOOP
from ccrt_coder.usecases.agreement import (
    NAMES,
    AgreementResult,
    Interval,
    band,
    benchmark_position,
    bounds,
)

BELOW_MARK = "↓"  # beside the value: colour is never the only cue
BANDS = {  # Landis & Koch, Krippendorff, Koo & Li
    word: word
    for word in (
        QT_TRANSLATE_NOOP("agreement.cells", "poor"),
        QT_TRANSLATE_NOOP("agreement.cells", "slight"),
        QT_TRANSLATE_NOOP("agreement.cells", "fair"),
        QT_TRANSLATE_NOOP("agreement.cells", "moderate"),
        QT_TRANSLATE_NOOP("agreement.cells", "substantial"),
        QT_TRANSLATE_NOOP("agreement.cells", "almost perfect"),
        QT_TRANSLATE_NOOP("agreement.cells", "unacceptable"),
        QT_TRANSLATE_NOOP("agreement.cells", "tentative"),
        QT_TRANSLATE_NOOP("agreement.cells", "reliable"),
        QT_TRANSLATE_NOOP("agreement.cells", "good"),
        QT_TRANSLATE_NOOP("agreement.cells", "excellent"),
    )
}
POSITIONS = {
    "below": QT_TRANSLATE_NOOP("agreement.cells", "below"),
    "overlapping": QT_TRANSLATE_NOOP("agreement.cells", "across"),
    "above": QT_TRANSLATE_NOOP("agreement.cells", "above"),
}
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
    interval: str = ""  # "[.35, .70] fair": the 95% interval and band, muted under the figure


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
    span: Interval | None = None,
) -> Cell:
    """A statistic with the REs (or other ``counted`` things) behind it, its 95% interval and
    band; an undefined one says why. The benchmark is read against the interval."""
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
    position = benchmark_position(result, span, benchmark) if benchmark else None
    below = position == "below"
    mark = f" {BELOW_MARK}" if below else ""
    shown = bounds(result, span)
    words = band(statistic, result.value)
    interval = " ".join(
        part
        for part in (
            ""
            if shown is None
            else f"[{short(shown[0], statistic)}, {short(shown[1], statistic)}]",
            QCoreApplication.translate("agreement.cells", BANDS.get(words, words)) if words else "",
        )
        if part
    )
    return Cell(
        f"{number(result.value, statistic)}{mark}",
        _tooltip(result, result.value, statistic, name, who, n, benchmark, position, shown),
        result.value,
        key,
        below=below,
        count=n,
        interval=interval,
    )


def short(value: float, statistic: str) -> str:
    """.47 or -.12 (two decimals, no leading zero), or 47% for percent agreement."""
    if statistic in PERCENT_STATS:
        return f"{value:.0%}"
    text = f"{value:.2f}"
    return text.replace("0.", ".", 1) if abs(value) < 1 else text


def _tooltip(
    result: AgreementResult,
    value: float,
    statistic: str,
    name: str,
    who: str,
    n: str,
    benchmark: tuple[float, float] | None,
    position: str | None,
    shown: tuple[float, float] | None,
) -> str:
    lines = [f"{name}, {who}: {value:.4f}"]
    if shown is not None:
        lines.append(
            QCoreApplication.translate("agreement.cells", "95% CI {low:.3f} to {high:.3f}").format(
                low=shown[0], high=shown[1]
            )
        )
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
    if benchmark is not None and position is not None:
        low, high = benchmark
        lines.append(
            QCoreApplication.translate(
                "agreement.cells",
                "the interval lies {verdict} the published CCRT range {dot}–{dot2}",
            ).format(
                verdict=QCoreApplication.translate("agreement.cells", POSITIONS[position]),
                dot=dot(low),
                dot2=dot(high),
            )
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
