"""The statistics tables of a report: one per component (W, RO, RS) and the completeness ratings.

Rows are statistics, columns the coder pairs and all coders; every figure comes from the report
(nothing is computed here). Chance-corrected coefficients of the main category or cluster are
compared with the published CCRT benchmark, weighted kappas with the weighted benchmark.
"""

from __future__ import annotations

from dataclasses import dataclass

from ccrt_coder.gui.agreement.cells import Cell, not_applicable, stat_cell
from ccrt_coder.gui.agreement.span_tables import formulation_table, span_table
from ccrt_coder.gui.agreement.tables import (
    Header,
    Row,
    Table,
    pair_key,
    pair_label,
    plural,
)
from ccrt_coder.usecases.agreement import TITLES, AgreementReport, StatBlock

ALL = "all"


@dataclass(frozen=True)
class StatRow:
    """A row: its label, which block it reads, the pair statistic and the all-coder one."""

    label: str
    tooltip: str
    block: str  # category | cluster | valence | completeness
    pair: str | None
    all: str | None
    benchmark: str | None = None  # "kappa" | "weighted"


MAIN = (
    ("Cohen's κ", "Cohen (1960), each pair", "cohen_kappa", None),
    ("Scott's π", "Scott (1955), each pair", "scott_pi", None),
    ("Fleiss' κ", "Fleiss (1971), all coders", None, "fleiss_kappa"),
    ("Krippendorff's α", "Krippendorff (2011), nominal, all coders", None, "krippendorff_alpha"),
    ("Percent agreement", "share of REs with the same value", "percent_agreement",
     "percent_agreement"),
    ("Gwet's AC1", "Gwet (2008)", "gwet_ac1", "gwet_ac1"),
)  # fmt: skip
CHANCE_CORRECTED = ("cohen_kappa", "scott_pi", "fleiss_kappa", "krippendorff_alpha")
VALENCE = (
    StatRow("Valence: κ", "Cohen's κ per pair, Fleiss' κ across all coders, on the majority "
            "valence (+/−) per RE", "valence", "cohen_kappa", "fleiss_kappa"),
    StatRow("Valence: α", "Krippendorff's α (nominal) on the majority valence per RE",
            "valence", None, "krippendorff_alpha"),
    StatRow("Valence: agreement", "percent agreement on the majority valence per RE",
            "valence", "percent_agreement", "percent_agreement"),
)  # fmt: skip
COMPLETENESS = (
    StatRow("Weighted κ, linear", "Cohen (1968), linear weights, each pair", "completeness",
            "cohen_kappa_linear", None, "weighted"),
    StatRow("Weighted κ, quadratic", "Cohen (1968), quadratic weights, each pair",
            "completeness", "cohen_kappa_quadratic", None, "weighted"),
    StatRow("Percent agreement", "share of REs rated alike", "completeness",
            "percent_agreement", None),
    StatRow("Krippendorff's α, interval", "Krippendorff (2011), interval level, all coders",
            "completeness", None, "krippendorff_alpha_interval"),
)  # fmt: skip


def report_tables(report: AgreementReport) -> dict[str, Table]:
    """Every table of the report by section: W, RO, RS, completeness, spans, formulation."""
    tables = {c: component_table(report, c) for c in TITLES}  # W, RO, RS
    tables["completeness"] = completeness_table(report)
    tables["spans"] = span_table(report)
    tables["formulation"] = formulation_table(report)
    return tables


def stat_rows(level: str, valenced: bool) -> tuple[StatRow, ...]:
    """The component table's rows: the level's statistics, the other level's κ, valence."""
    other = "cluster" if level == "category" else "category"
    rows = [
        StatRow(label, tip, level, pair, every, "kappa" if (pair or every) in CHANCE_CORRECTED
                else None)
        for label, tip, pair, every in MAIN
    ]  # fmt: skip
    rows.append(StatRow(
        f"Main {other}: κ", f"Cohen's κ per pair, Fleiss' κ across all coders, on the main "
        f"{other} per RE", other, "cohen_kappa", "fleiss_kappa", "kappa",
    ))  # fmt: skip
    return (*rows, *(VALENCE if valenced else ()))


def columns(report: AgreementReport) -> tuple[Header, ...]:
    pairs = [
        Header(pair_label(p), f"{p[0]} and {p[1]}: two-coder statistics") for p in _pairs(report)
    ]
    every = Header("All coders", "Across all chosen coders at once")
    return (*pairs, every)


def component_table(report: AgreementReport, component: str) -> Table:
    agreement = report.components[component]
    blocks = {
        "category": agreement.category,
        "cluster": agreement.cluster,
        "valence": agreement.valence,
    }
    rows = tuple(
        _row(report, spec, blocks[spec.block], (component, spec.block))
        for spec in stat_rows(report.level, agreement.valence is not None)
    )
    main = agreement.level(report.level)
    units = " · ".join(f"{name} {n}" for name, n in agreement.n_units.items())
    detail = (
        f"Main {report.level} per RE: {plural(main.n_res, 'shared RE')}, "
        f"{main.n_rated} with values from two or more coders{_missing(main)}. Units: {units}."
    )
    notes: tuple[str, ...] = ()
    if agreement.category is agreement.cluster:
        notes = ("Every category is its own cluster here: both levels give the same figures.",)
    return Table(f"{component} — {TITLES[component]}", detail, columns(report), rows, notes)


def completeness_table(report: AgreementReport) -> Table:
    block = report.completeness
    scale = report.completeness_scale
    steps = f"{scale[0]:g}–{scale[-1]:g}" if scale else "none"
    rows = tuple(_row(report, spec, block, ("completeness",)) for spec in COMPLETENESS)
    detail = (
        f"Completeness ratings ({steps}): {plural(block.n_rated, 'RE')} rated by two or more "
        f"coders of {block.n_res} shared{_missing(block)}."
    )
    return Table("Completeness ratings", detail, columns(report), rows)


def _row(
    report: AgreementReport, spec: StatRow, block: StatBlock | None, key: tuple[str, ...]
) -> Row:
    bench = report.benchmark
    limits = {"kappa": bench.cohen_kappa, "weighted": bench.weighted_kappa}.get(
        spec.benchmark or ""
    )
    cells: list[Cell] = []
    for pair in block.pairs if block is not None else ():
        who = f"{pair.coders[0]} × {pair.coders[1]}"
        result = pair.stats.get(spec.pair) if spec.pair else None
        cells.append(
            not_applicable(spec.all or "", who)
            if result is None or spec.pair is None
            else stat_cell(result, spec.pair, who, (*key, pair_key(pair.coders), spec.pair), limits)
        )
    result = block.overall.get(spec.all) if block is not None and spec.all else None
    cells.append(
        not_applicable(spec.pair or "", "all coders")
        if result is None or spec.all is None
        else stat_cell(result, spec.all, "all coders", (*key, ALL, spec.all), limits)
    )
    return Row(Header(spec.label, spec.tooltip), tuple(cells))


def _pairs(report: AgreementReport) -> list[tuple[str, str]]:
    coders = report.coders
    return [(a, b) for i, a in enumerate(coders) for b in coders[i + 1 :]]


def _missing(block: StatBlock) -> str:
    gaps = {name: n for name, n in block.missing.items() if n}
    if not gaps:
        return ""
    return "; no value from " + ", ".join(f"{name} in {n}" for name, n in gaps.items())
