"""The primary table: presence of each category (or cluster) per RE, for W, RO and RS.

One row per component and label: its prevalence, Fleiss' κ and Krippendorff's α across all
coders and their percent agreement, each with its 95% interval and band. A label one coder
used in an RE and another did not is a disagreement. Each pair's Cohen's κ, PABAK and Byrt's
prevalence and bias indices are in the κ cell's tooltip. Nothing is computed here.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication

from ccrt_coder.gui.agreement.cells import Cell, stat_cell
from ccrt_coder.gui.agreement.tables import Header, Row, Table
from ccrt_coder.gui.widgets.terms import count, level_word
from ccrt_coder.usecases.agreement import COMPONENTS, AgreementReport, StatBlock

STATISTICS = ("fleiss_kappa", "krippendorff_alpha", "percent_agreement")


def presence_table(report: AgreementReport) -> Table:
    every = QCoreApplication.translate("agreement.presence_table", "all coders")
    rows = []
    for component in COMPONENTS:
        agreement = report.components[component]
        labelled = list(agreement.presence(report.level).items())
        if report.level != "direction":  # CCRT-LU directions beside (else they are the rows)
            labelled += list((agreement.lu_direction or {}).items())
        for label, block in labelled:
            key = ("presence", component, label)
            cells = [_prevalence(block, key)]
            for name in STATISTICS:
                cell = stat_cell(
                    block.overall[name], name, every, (*key, name), span=block.interval(name)
                )
                if name == "fleiss_kappa":
                    cell = replace(cell, tooltip="\n".join((cell.tooltip, *_pairs(block))))
                cells.append(cell)
            header = Header(
                f"{component} · {label}",
                QCoreApplication.translate(
                    "agreement.presence_table", "Whether each coder used {label} in the RE"
                ).format(label=label),
            )
            rows.append(Row(header, tuple(cells)))
    n_res = report.res.n_shared
    detail = QCoreApplication.translate(
        "agreement.presence_table",
        "The primary figures: did each coder use the {level} in the RE (1) or not (0), over "
        "{plural}; a {level} one coder used and another did not is a disagreement. Hover κ "
        "for each pair's Cohen's κ, PABAK and prevalence and bias indices (Byrt et al. 1993).",
    ).format(level=level_word(report.level), plural=count(n_res, "shared RE"))
    return Table(
        QCoreApplication.translate("agreement.presence_table", "Presence per RE"),
        detail,
        _columns(),
        tuple(rows),
    )


def _prevalence(block: StatBlock, key: tuple[str, ...]) -> Cell:
    share = block.prevalence.get(1, 0.0)
    return Cell(
        f"{share:.0%}",
        QCoreApplication.translate(
            "agreement.presence_table", "Used in {share:.1%} of the coder × RE ratings"
        ).format(share=share),
        share,
        (*key, "prevalence"),
    )


def _pairs(block: StatBlock) -> list[str]:
    lines = []
    for pair in block.pairs:
        figures = {name: pair.stats[name].value for name in pair.stats}
        lines.append(
            QCoreApplication.translate(
                "agreement.presence_table",
                "{a} × {b}: Cohen's κ {kappa}, PABAK {pabak}, prevalence index {pi}, "
                "bias index {bi}",
            ).format(
                a=pair.coders[0],
                b=pair.coders[1],
                kappa=_number(figures["cohen_kappa"]),
                pabak=_number(figures["pabak"]),
                pi=_number(figures["prevalence_index"]),
                bi=_number(figures["bias_index"]),
            )
        )
    return lines


def _number(value: float | None) -> str:
    return "–" if value is None else f"{value:.2f}"


def _columns() -> tuple[Header, ...]:
    return (
        Header(
            QCoreApplication.translate("agreement.presence_table", "Prevalence"),
            QCoreApplication.translate(
                "agreement.presence_table", "Share of the coder × RE ratings with the label"
            ),
        ),
        Header(
            QCoreApplication.translate("agreement.presence_table", "Fleiss' κ"),
            QCoreApplication.translate("agreement.presence_table", "Fleiss (1971), all coders"),
        ),
        Header(
            QCoreApplication.translate("agreement.presence_table", "Krippendorff's α"),
            QCoreApplication.translate(
                "agreement.presence_table", "Krippendorff (2011), nominal, all coders"
            ),
        ),
        Header(
            QCoreApplication.translate("agreement.presence_table", "Agreement"),
            QCoreApplication.translate(
                "agreement.presence_table", "Share of agreeing coder pairs per RE"
            ),
        ),
    )
