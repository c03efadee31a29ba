"""The statistics tables of a report: one per component (W, RO, RS) and the completeness ratings.

Rows are statistics, columns the coder pairs and all coders; every figure comes from the report
(nothing is computed here), with its 95% interval and band. Chance-corrected coefficients of
the main category or cluster are compared with the published CCRT benchmark by their interval;
the completeness ratings' weighted kappas are not (the weighted benchmark is for categories).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from ccrt_coder.gui.agreement.cells import Cell, not_applicable, stat_cell
from ccrt_coder.gui.agreement.presence_table import presence_table
from ccrt_coder.gui.agreement.span_tables import formulation_table, span_table
from ccrt_coder.gui.agreement.tables import (
    Header,
    Row,
    Table,
    pair_key,
    pair_label,
)
from ccrt_coder.gui.widgets.terms import component_title, count, level_word
from ccrt_coder.gui.widgets.tr_marks import QT_TRANSLATE_NOOP
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
    (
        QT_TRANSLATE_NOOP("agreement.report_tables", "Cohen's κ"),
        QT_TRANSLATE_NOOP("agreement.report_tables", "Cohen (1960), each pair"),
        "cohen_kappa",
        None,
    ),
    (
        QT_TRANSLATE_NOOP("agreement.report_tables", "Scott's π"),
        QT_TRANSLATE_NOOP("agreement.report_tables", "Scott (1955), each pair"),
        "scott_pi",
        None,
    ),
    (
        QT_TRANSLATE_NOOP("agreement.report_tables", "Fleiss' κ"),
        QT_TRANSLATE_NOOP("agreement.report_tables", "Fleiss (1971), all coders"),
        None,
        "fleiss_kappa",
    ),
    (
        QT_TRANSLATE_NOOP("agreement.report_tables", "Krippendorff's α"),
        QT_TRANSLATE_NOOP("agreement.report_tables", "Krippendorff (2011), nominal, all coders"),
        None,
        "krippendorff_alpha",
    ),
    (
        QT_TRANSLATE_NOOP("agreement.report_tables", "Percent agreement"),
        QT_TRANSLATE_NOOP("agreement.report_tables", "share of REs with the same value"),
        "percent_agreement",
        "percent_agreement",
    ),
    (
        QT_TRANSLATE_NOOP("agreement.report_tables", "Gwet's AC1"),
        QT_TRANSLATE_NOOP("agreement.report_tables", "Gwet (2008)"),
        "gwet_ac1",
        "gwet_ac1",
    ),
)
CHANCE_CORRECTED = ("cohen_kappa", "scott_pi", "fleiss_kappa", "krippendorff_alpha")
VALENCE = (
    StatRow(
        QT_TRANSLATE_NOOP("agreement.report_tables", "Valence: κ"),
        QT_TRANSLATE_NOOP(
            "agreement.report_tables",
            "Cohen's κ per pair, Fleiss' κ across all coders, on the majority valence (+/−) per RE",
        ),
        "valence",
        "cohen_kappa",
        "fleiss_kappa",
    ),
    StatRow(
        QT_TRANSLATE_NOOP("agreement.report_tables", "Valence: α"),
        QT_TRANSLATE_NOOP(
            "agreement.report_tables", "Krippendorff's α (nominal) on the majority valence per RE"
        ),
        "valence",
        None,
        "krippendorff_alpha",
    ),
    StatRow(
        QT_TRANSLATE_NOOP("agreement.report_tables", "Valence: agreement"),
        QT_TRANSLATE_NOOP(
            "agreement.report_tables", "percent agreement on the majority valence per RE"
        ),
        "valence",
        "percent_agreement",
        "percent_agreement",
    ),
)
COMPLETENESS = (
    StatRow(
        QT_TRANSLATE_NOOP("agreement.report_tables", "Weighted κ, linear"),
        QT_TRANSLATE_NOOP("agreement.report_tables", "Cohen (1968), linear weights, each pair"),
        "completeness",
        "cohen_kappa_linear",
        None,
    ),
    StatRow(
        QT_TRANSLATE_NOOP("agreement.report_tables", "Weighted κ, quadratic"),
        QT_TRANSLATE_NOOP("agreement.report_tables", "Cohen (1968), quadratic weights, each pair"),
        "completeness",
        "cohen_kappa_quadratic",
        None,
    ),
    StatRow(
        QT_TRANSLATE_NOOP("agreement.report_tables", "Percent agreement"),
        QT_TRANSLATE_NOOP("agreement.report_tables", "share of REs rated alike"),
        "completeness",
        "percent_agreement",
        None,
    ),
    StatRow(
        QT_TRANSLATE_NOOP("agreement.report_tables", "Krippendorff's α, interval"),
        QT_TRANSLATE_NOOP(
            "agreement.report_tables", "Krippendorff (2011), interval level, all coders"
        ),
        "completeness",
        None,
        "krippendorff_alpha_interval",
    ),
    StatRow(
        QT_TRANSLATE_NOOP("agreement.report_tables", "Krippendorff's α, ordinal"),
        QT_TRANSLATE_NOOP(
            "agreement.report_tables", "Krippendorff (2011), ordinal level, all coders"
        ),
        "completeness",
        None,
        "krippendorff_alpha_ordinal",
    ),
    StatRow(
        QT_TRANSLATE_NOOP("agreement.report_tables", "ICC(2,1)"),
        QT_TRANSLATE_NOOP(
            "agreement.report_tables",
            "Shrout & Fleiss (1979): two-way random, absolute agreement, single rater; REs "
            "every coder rated",
        ),
        "completeness",
        None,
        "icc_2_1",
    ),
)
TOP_SETS = (
    StatRow(
        QT_TRANSLATE_NOOP("agreement.report_tables", "Top set: α (MASI)"),
        QT_TRANSLATE_NOOP(
            "agreement.report_tables",
            "Krippendorff's α with the MASI distance (Passonneau 2006) on each coder's set of "
            "top categories per RE (ties kept); a coder without the component has 'none', a "
            "disagreement",
        ),
        "top_primary",
        "masi_alpha",
        "masi_alpha",
    ),
    StatRow(
        QT_TRANSLATE_NOOP("agreement.report_tables", "Top set: exact match"),
        QT_TRANSLATE_NOOP(
            "agreement.report_tables",
            "Share of REs where the coders' top sets are the same; 'none' counts",
        ),
        "top_primary",
        "exact_match",
        "exact_match",
    ),
    StatRow(
        QT_TRANSLATE_NOOP("agreement.report_tables", "Top set: α, complete cases"),
        QT_TRANSLATE_NOOP(
            "agreement.report_tables",
            "The same α over the REs where the coders all scored the component only",
        ),
        "top_complete",
        "masi_alpha",
        "masi_alpha",
    ),
)


def report_tables(report: AgreementReport) -> dict[str, Table]:
    """Every table of the report by section: W, RO, RS, completeness, spans, formulation."""
    tables = {"presence": presence_table(report)}
    tables.update({c: component_table(report, c) for c in TITLES})  # W, RO, RS
    tables["completeness"] = completeness_table(report)
    tables["spans"] = span_table(report)
    tables["formulation"] = formulation_table(report)
    return tables


def stat_rows(level: str, valenced: bool) -> tuple[StatRow, ...]:
    """The component table's rows: the level's statistics, the other level's κ, valence; the
    published range is read against category and cluster agreement only (not directions)."""
    other = "cluster" if level == "category" else "category"
    published = level in ("category", "cluster")
    rows = [
        StatRow(
            label,
            tip,
            level,
            pair,
            every,
            "kappa" if published and (pair or every) in CHANCE_CORRECTED else None,
        )
        for label, tip, pair, every in MAIN
    ]
    rows.append(
        StatRow(
            QCoreApplication.translate("agreement.report_tables", "Main {other}: κ").format(
                other=level_word(other)
            ),
            QCoreApplication.translate(
                "agreement.report_tables",
                "Cohen's κ per pair, Fleiss' κ across all coders, on the main {other} per RE",
            ).format(other=level_word(other)),
            other,
            "cohen_kappa",
            "fleiss_kappa",
            "kappa",
        )
    )
    return (*TOP_SETS, *rows, *(VALENCE if valenced else ()))


def columns(report: AgreementReport) -> tuple[Header, ...]:
    pairs = [
        Header(
            pair_label(p),
            QCoreApplication.translate(
                "agreement.report_tables", "{p0} and {p1}: two-coder statistics"
            ).format(p0=p[0], p1=p[1]),
        )
        for p in _pairs(report)
    ]
    every = Header(
        QCoreApplication.translate("agreement.report_tables", "All coders"),
        QCoreApplication.translate("agreement.report_tables", "Across all chosen coders at once"),
    )
    return (*pairs, every)


def component_table(report: AgreementReport, component: str) -> Table:
    agreement = report.components[component]
    sets = agreement.top_sets[report.level]
    blocks = {
        "category": agreement.category,
        "cluster": agreement.cluster,
        "direction": agreement.direction,
        "valence": agreement.valence,
        "top_primary": sets.primary,
        "top_complete": sets.complete_cases,
    }
    rows = tuple(
        _row(report, spec, blocks[spec.block], (component, spec.block))
        for spec in stat_rows(report.level, agreement.valence is not None)
    )
    main = agreement.level(report.level)
    units = " · ".join(f"{name} {n}" for name, n in agreement.n_units.items())
    detail = QCoreApplication.translate(
        "agreement.report_tables",
        "Main {level} per RE: {plural}, {n_rated} with values from two or more "
        "coders{missing}. Units: {units}.",
    ).format(
        level=level_word(report.level),
        plural=count(main.n_res, "shared RE"),
        n_rated=main.n_rated,
        missing=_missing(main),
        units=units,
    )
    notes: tuple[str, ...] = ()
    if agreement.category is agreement.cluster and report.level != "direction":
        notes = (
            QCoreApplication.translate(
                "agreement.report_tables",
                "Every category is its own cluster here: both levels give the same figures.",
            ),
        )
    return Table(
        f"{component} — {component_title(component)}", detail, columns(report), rows, notes
    )


def completeness_table(report: AgreementReport) -> Table:
    block = report.completeness
    scale = report.completeness_scale
    steps = f"{scale[0]:g}–{scale[-1]:g}" if scale else "none"
    rows = tuple(_row(report, spec, block, ("completeness",)) for spec in COMPLETENESS)
    detail = QCoreApplication.translate(
        "agreement.report_tables",
        "Completeness ratings ({steps}): {plural} rated by two or more coders "
        "of {n_res} shared{missing}.",
    ).format(
        steps=steps, plural=count(block.n_rated, "RE"), n_res=block.n_res, missing=_missing(block)
    )
    return Table(
        QCoreApplication.translate("agreement.report_tables", "Completeness ratings"),
        detail,
        columns(report),
        rows,
    )


def _row(
    report: AgreementReport, spec: StatRow, block: StatBlock | None, key: tuple[str, ...]
) -> Row:
    bench = report.benchmark
    limits = {"kappa": bench.cohen_kappa, "weighted": bench.weighted_kappa}.get(
        spec.benchmark or ""
    )
    cells: list[Cell] = []
    for pair in block.pairs if block is not None else ():
        who = QCoreApplication.translate("agreement.report_tables", "{coders0} × {coders1}").format(
            coders0=pair.coders[0], coders1=pair.coders[1]
        )
        result = pair.stats.get(spec.pair) if spec.pair else None
        cells.append(
            not_applicable(spec.all or "", who)
            if result is None or spec.pair is None
            else stat_cell(
                result,
                spec.pair,
                who,
                (*key, pair_key(pair.coders), spec.pair),
                limits,
                span=pair.interval(spec.pair),
            )
        )
    result = block.overall.get(spec.all) if block is not None and spec.all else None
    cells.append(
        not_applicable(
            spec.pair or "", QCoreApplication.translate("agreement.report_tables", "all coders")
        )
        if result is None or spec.all is None
        else stat_cell(
            result,
            spec.all,
            QCoreApplication.translate("agreement.report_tables", "all coders"),
            (*key, ALL, spec.all),
            limits,
            span=block.interval(spec.all) if block is not None else None,
        )
    )
    label, tip = (
        QCoreApplication.translate("agreement.report_tables", t) for t in (spec.label, spec.tooltip)
    )
    return Row(Header(label, tip), tuple(cells))


def _pairs(report: AgreementReport) -> list[tuple[str, str]]:
    coders = report.coders
    return [(a, b) for i, a in enumerate(coders) for b in coders[i + 1 :]]


def _missing(block: StatBlock) -> str:
    gaps = {name: n for name, n in block.missing.items() if n}
    if not gaps:
        return ""
    return QCoreApplication.translate("agreement.report_tables", "; no value from ") + ", ".join(
        QCoreApplication.translate("agreement.report_tables", "{name} in {n}").format(
            name=name, n=n
        )
        for name, n in gaps.items()
    )
