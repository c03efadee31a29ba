"""The heat map's figures: per-cluster presence kappa, clusters × (coder pairs, all coders)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from ccrt_coder.gui.agreement.tables import pair_label
from ccrt_coder.gui.widgets.terms import count
from ccrt_coder.usecases.agreement import COMPONENTS, AgreementReport, AgreementResult


@dataclass(frozen=True)
class HeatCell:
    value: float | None
    reason: str | None  # why the value is undefined
    n_res: int


@dataclass(frozen=True)
class HeatRow:
    component: str
    cluster: str
    label: str  # the cluster's name in the category system


@dataclass(frozen=True)
class HeatGrid:
    """Rows: the clusters of W, RO and RS; columns: Cohen's κ per pair, Fleiss' κ for all."""

    rows: tuple[HeatRow, ...]
    columns: tuple[str, ...]  # headers, on two lines
    cells: tuple[tuple[HeatCell, ...], ...]  # [row][column]
    n_res: int
    statistics: tuple[str, ...] = ()  # per column: "Coder A × Coder B: Cohen's κ"

    def component_rows(self, component: str) -> list[int]:
        return [i for i, row in enumerate(self.rows) if row.component == component]

    def value(self, cluster: str, column: int) -> float | None:
        row = next(i for i, r in enumerate(self.rows) if r.cluster == cluster)
        return self.cells[row][column].value

    def describe(self, row: int, column: int) -> str:
        """A cell in words, with the REs behind it (tooltips)."""
        cell, where = self.cells[row][column], self.rows[row]
        n = count(cell.n_res, "RE")
        figure = (
            f"{cell.value:.3f}"
            if cell.value is not None
            else QCoreApplication.translate("HeatGrid", "undefined: {reason}").format(
                reason=cell.reason
            )
        )
        return f"{where.cluster} {where.label}\n{self.statistics[column]} {figure} ({n})"


def heat_grid(report: AgreementReport, labels: dict[str, str]) -> HeatGrid:
    """Picks the presence blocks out of the report; ``labels``: cluster code -> name."""
    rows: list[HeatRow] = []
    cells: list[tuple[HeatCell, ...]] = []
    for component in COMPONENTS:
        for cluster, block in report.components[component].cluster_presence.items():
            results = [pair.stats["cohen_kappa"] for pair in block.pairs]
            results.append(block.overall["fleiss_kappa"])
            rows.append(HeatRow(component, cluster, labels.get(cluster, cluster)))
            cells.append(tuple(_cell(r) for r in results))
    coders = report.coders
    pairs = [(a, b) for i, a in enumerate(coders) for b in coders[i + 1 :]]
    return HeatGrid(
        tuple(rows),
        (
            *(pair_label(p) for p in pairs),
            QCoreApplication.translate("agreement.heat_grid", "All coders\n(Fleiss' κ)"),
        ),
        tuple(cells),
        report.res.n_shared,
        (
            *(
                QCoreApplication.translate("agreement.heat_grid", "{a} × {b}: Cohen's κ").format(
                    a=a, b=b
                )
                for a, b in pairs
            ),
            QCoreApplication.translate("agreement.heat_grid", "All coders: Fleiss' κ"),
        ),
    )


def _cell(result: AgreementResult) -> HeatCell:
    return HeatCell(result.value, result.undefined_reason, result.n_units)
