"""The Agreement sheet of an export: the agreement report's figures in long form, one per row.

It compares the exported coders' own layers (the consensus layer never enters it). The report
is made when the sheet is built, before any row of the workbook is written: its tables are
freed again before the units stream through, which keeps the export's peak memory low.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ccrt_coder.core.errors import InputError
from ccrt_coder.io.sheet_source import SheetSource, Value
from ccrt_coder.usecases.export_sheets import ExportScope

AGREEMENT_HEADER = (
    "section", "component", "measure", "coders", "statistic", "value", "ci_low", "ci_high",
    "se", "band", "n_units", "n_units_dropped", "observed", "expected", "note",
)  # fmt: skip
_RESULT_FIELDS = (
    "value", "ci_low", "ci_high", "se", "band", "n_units", "n_units_dropped", "observed",
    "expected",
)  # fmt: skip
ALL_CODERS = "all coders"


def agreement_sheet(_session: Any, scope: ExportScope) -> SheetSource:
    rows = list(_rows(scope))
    return SheetSource(
        "Agreement", "agreement", AGREEMENT_HEADER, rows, len(rows), frozenset({"note"})
    )


def _rows(scope: ExportScope) -> Iterator[tuple[Value, ...]]:
    from ccrt_coder.usecases.agreement import agreement_report

    if "coder" not in scope.layers:
        yield _note("agreement compares the coders' own layers, which were not exported")
        return
    try:
        report = agreement_report(scope.db, scope.coder_names or None).to_dict()
    except InputError as exc:  # fewer than two coders with units, for instance
        yield _note(str(exc))
        return
    yield from agreement_rows(report)


def agreement_rows(report: dict[str, Any]) -> Iterator[tuple[Value, ...]]:
    """Rows of ``AgreementReport.to_dict()``: one per statistic and coder pair (or all coders)."""
    for name, value in report["res"].items():
        if isinstance(value, int):
            yield _row("REs", None, None, ALL_CODERS, name, {"value": value})
    for name, value in report["bootstrap"].items():
        if isinstance(value, int | float) and not isinstance(value, bool):
            yield _row("bootstrap", None, None, ALL_CODERS, name, {"value": value})
    for component, blocks in report["components"].items():
        for level, labels in blocks["presence"].items():
            for label, block in labels.items():
                yield from _block_rows("presence", component, f"{level} {label}", block)
        for level, sets in blocks["top_sets"].items():
            for variant, block in sets.items():
                measure = f"top {level} set ({variant.replace('_', ' ')})"
                yield from _block_rows("top sets", component, measure, block)
        for measure in ("category", "cluster", "direction", "valence"):
            if blocks.get(measure):
                yield from _block_rows("main value", component, measure, blocks[measure])
    yield from _block_rows("completeness", None, "completeness", report["completeness"])
    for component, result in report["spans"].get("unitizing_alpha", {}).items():
        yield _row("spans", component, "unitizing", ALL_CODERS, "unitizing_alpha", result)
    lu_formulation = report.get("lu_formulation") or {}  # CCRT-LU: the directions' beside
    for formulation, measure in (
        (report["formulation"], "top set per scope"),
        (lu_formulation, "top direction set per scope"),
    ):
        level = formulation.get("level")
        for component, block in formulation.get("statistics", {}).items():
            yield from _block_rows("formulation", component, measure, block)
        for component, summary in formulation.get("summary", {}).items():
            for name, value in summary.items():
                yield _row("formulation", component, level, ALL_CODERS, name, {"value": value})
    for warning in report.get("warnings", []):
        yield ("warning", warning.get("component"), warning.get("section"), None,
               warning.get("kind"), *(None,) * len(_RESULT_FIELDS),
               warning.get("message"))  # fmt: skip


def _block_rows(
    section: str, component: str | None, measure: str, block: dict[str, Any]
) -> Iterator[tuple[Value, ...]]:
    for pair in block.get("pairs", []):
        coders = " × ".join(pair.get("coders", []))
        for statistic, result in pair.items():
            if isinstance(result, dict) and "value" in result:
                yield _row(section, component, measure, coders, statistic, result)
    for statistic, result in (block.get("all") or {}).items():
        if isinstance(result, dict) and "value" in result:
            yield _row(section, component, measure, ALL_CODERS, statistic, result)


def _row(
    section: str,
    component: str | None,
    measure: str | None,
    coders: str | None,
    statistic: str,
    result: dict[str, Any],
) -> tuple[Value, ...]:
    values = tuple(result.get(name) for name in _RESULT_FIELDS)
    return (section, component, measure, coders, statistic, *values,
            result.get("undefined_reason"))  # fmt: skip


def _note(text: str) -> tuple[Value, ...]:
    return ("note", *(None,) * (len(AGREEMENT_HEADER) - 2), text)
