"""The view's one computation, run on a worker thread: the agreement report of a request."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

from ccrt_coder.gui.agreement.heat_grid import HeatGrid, heat_grid
from ccrt_coder.gui.agreement.report_tables import report_tables
from ccrt_coder.gui.agreement.tables import Table
from ccrt_coder.usecases.agreement import AgreementReport
from ccrt_coder.usecases.domain import (
    DEFAULT_REPLICATES,
    DEFAULT_SEED,
    BootstrapSettings,
    InputError,
    Layer,
)
from ccrt_coder.usecases.project import Project


@dataclass(frozen=True)
class AgreementRequest:
    """What to compute: ``coders`` None means every coder with units in their own layer."""

    coders: tuple[str, ...] | None = None
    level: str = "category"
    overlap: float = 0.5
    replicates: int = DEFAULT_REPLICATES  # bootstrap replicates for the intervals (0: none)
    seed: int = DEFAULT_SEED


@dataclass(frozen=True)
class AgreementRun:
    """A finished computation: the report and what the view shows of it (tables, heat map:
    laid out on the worker too, so the GUI thread only hands them to its models), or the
    reason there is none (``problem``)."""

    request: AgreementRequest
    coder_units: dict[str, int]  # every coder of the project: units in their own layer
    report: AgreementReport | None = None
    problem: str | None = None
    tables: dict[str, Table] = field(default_factory=dict)
    heat: HeatGrid | None = None
    seconds: float = 0.0


def compute_agreement(path: Path, request: AgreementRequest) -> AgreementRun:
    """Open the project anew (a worker must not share the window's SQLite connection) and ask
    the use case; a request the use case refuses (fewer than two coders...) comes back as
    ``problem`` for the view to show."""
    started = time.perf_counter()
    with Project.open(path) as project:
        counts = project.info().units
        units = {c.name: counts.get(c.name, {}).get(Layer.CODER.value, 0) for c in project.coders()}
        system = project.categories_in_use()  # units coded before a switch: their clusters too
        labels = {cluster: system.cluster_label(cluster) for cluster in system.clusters()}
        try:
            bootstrap = BootstrapSettings(replicates=request.replicates, seed=request.seed)
            report = project.agreement_report(
                request.coders, request.level, request.overlap, bootstrap
            )
        except InputError as exc:
            return AgreementRun(request, units, problem=str(exc))
    tables, heat = report_tables(report), heat_grid(report, labels)
    return AgreementRun(request, units, report, None, tables, heat, time.perf_counter() - started)
