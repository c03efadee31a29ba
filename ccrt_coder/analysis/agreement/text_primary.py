"""The primary units of analysis in the CLI's text: presence per label, top sets, formulations."""

from __future__ import annotations

from ccrt_coder.analysis.agreement.data import DIRECTION
from ccrt_coder.analysis.agreement.intervals import band, bounds
from ccrt_coder.analysis.agreement.modal_category import COMPONENTS
from ccrt_coder.analysis.agreement.report import AgreementReport
from ccrt_coder.analysis.agreement.statistics import StatBlock
from ccrt_coder.analysis.agreement.text_table import table
from ccrt_coder.analysis.reliability import AgreementResult, Interval

_LABEL = "  {:<10} {:>6}  {}"


def primary_lines(report: AgreementReport, component: str, tags: dict[str, str]) -> list[str]:
    """Presence of each label (the report's level), then agreement on the top sets."""
    agreement = report.components[component]
    level = report.level
    lines = [
        f"{component}: presence of each {level} per RE (primary: a {level} one coder used and "
        "another did not is a disagreement)",
        _LABEL.format(level, "prev.", "Fleiss' kappa | Krippendorff's alpha | per pair: "
                      "Cohen's kappa, PABAK, prevalence index, bias index"),
    ]  # fmt: skip
    for label, block in agreement.presence(level).items():
        lines.append(
            _LABEL.format(label, f"{block.prevalence.get(1, 0):.0%}", _presence(block, tags))
        )
    if agreement.lu_direction is not None and level != DIRECTION:  # else just shown above
        lines.append(f"{component}: presence of each CCRT-LU direction per RE")
        for label, block in agreement.lu_direction.items():
            share = f"{block.prevalence.get(1, 0):.0%}"
            lines.append(_LABEL.format(label, share, _presence(block, tags)))
    sets = agreement.top_sets[level]
    lines += [
        f"{component}: top {level} set per RE (ties kept; a coder without the component has "
        "'none'): Krippendorff's alpha (MASI distance) and exact-match rate",
        *table(sets.primary, tags),
        f"  complete cases only (REs where the coders both/all scored {component}):",
        *table(sets.complete_cases, tags)[1:],
    ]
    return lines


def _presence(block: StatBlock, tags: dict[str, str]) -> str:
    parts = [
        _figure("fleiss_kappa", block.overall["fleiss_kappa"], block.interval("fleiss_kappa")),
        _figure(
            "krippendorff_alpha",
            block.overall["krippendorff_alpha"],
            block.interval("krippendorff_alpha"),
        ),
    ]
    for pair in block.pairs:
        kappa = _figure("cohen_kappa", pair.stats["cohen_kappa"], pair.interval("cohen_kappa"))
        extra = ", ".join(
            f"{_number(pair.stats[name])}" for name in ("pabak", "prevalence_index", "bias_index")
        )
        parts.append(f"{'×'.join(tags[c] for c in pair.coders)} {kappa}, {extra}")
    return " | ".join(parts)


def _figure(statistic: str, result: AgreementResult, span: Interval | None) -> str:
    if result.value is None:
        return "–"
    shown = bounds(result, span)
    ci = "" if shown is None else f" [{shown[0]:.2f}, {shown[1]:.2f}]"
    words = band(statistic, result.value)
    return f"{result.value:.2f}{ci}" + (f" {words}" if words else "")


def _number(result: AgreementResult) -> str:
    return "–" if result.value is None else f"{result.value:.2f}"


def formulation_statistic_lines(
    statistics: dict[str, StatBlock], tags: dict[str, str]
) -> list[str]:
    """Per component, chance-corrected agreement on the coders' CCRTs over the scopes."""
    lines = []
    for component in COMPONENTS:
        block = statistics[component]
        lines += [
            f"  {component}: the CCRT's top set per scope ({block.n_res} scopes; 'none' where a "
            "coder has no top): Cohen's/Fleiss' kappa on the whole set, alpha (MASI)",
            *table(block, tags),
        ]
    return lines
