"""The agreement report as readable text lines (the CLI's output)."""

from __future__ import annotations

from ccrt_coder.analysis.agreement.formulation import FormulationAgreement
from ccrt_coder.analysis.agreement.intervals import bounds
from ccrt_coder.analysis.agreement.modal_category import COMPONENTS
from ccrt_coder.analysis.agreement.report import OTHER_PERSON_NOTE, AgreementReport
from ccrt_coder.analysis.agreement.statistics import StatBlock
from ccrt_coder.analysis.agreement.text_primary import formulation_statistic_lines, primary_lines
from ccrt_coder.analysis.agreement.text_table import NAMES as NAMES  # re-exported
from ccrt_coder.analysis.agreement.text_table import table
from ccrt_coder.analysis.reliability import AgreementResult, Interval
from ccrt_coder.core.domain import Component

TITLES = {c.value: c.title for c in Component}
CODES = {"category": ("category", "categories"), "cluster": ("cluster", "clusters"),
         "direction": ("direction", "directions")}  # fmt: skip


def report_lines(report: AgreementReport, list_disagreements: bool = False) -> list[str]:
    """The whole report: header, a table per component, completeness, spans, formulation..."""
    lines = _header(report)
    for component in COMPONENTS:
        lines += ["", *primary_lines(report, component, _tags(report))]
        lines += ["", *_component(report, component)]
    lines += ["", *_completeness(report), "", f"Other person: {OTHER_PERSON_NOTE}"]
    lines += ["", *_spans(report), "", *_formulation(report), "", *_warnings(report)]
    lines += ["", f"Benchmark: {report.benchmark.line()}", "", *_disagreements(report)]
    if list_disagreements:
        lines += disagreement_lines(report)
    return lines


def _tags(report: AgreementReport) -> dict[str, str]:
    return {name: str(i + 1) for i, name in enumerate(report.coders)}


def _header(report: AgreementReport) -> list[str]:
    res = report.res
    coders = ", ".join(f"[{i + 1}] {name}" for i, name in enumerate(report.coders))
    coded = ", ".join(f"[{i + 1}] {n}" for i, n in enumerate(res.coded_by.values()))
    none = res.n_res - res.n_shared - res.n_some
    boot = report.bootstrap
    intervals = (
        f"95% intervals: percentile bootstrap, {boot.replicates} replicates (seed {boot.seed}), "
        f"the {report.n_interviews} interviews resampled with all their REs"
        if report.intervals_computed
        else "no intervals: bootstrap off"
        if not boot.replicates
        else f"no intervals: only {report.n_interviews} interviews to resample"
    )
    return [
        f"Agreement of {coders} (coder layers only)",
        intervals,
        f"REs: {res.n_res} in the project; {res.n_shared} coded by all chosen coders (every "
        f"figure uses these), {res.n_some} by only some, {none} by none",
        f"REs coded per coder: {coded}",
    ]


def _component(report: AgreementReport, component: str) -> list[str]:
    agreement = report.components[component]
    block = agreement.level(report.level)
    units = ", ".join(f"[{i + 1}] {n}" for i, n in enumerate(agreement.n_units.values()))
    lines = [
        f"{component} — {TITLES[component]}: main {report.level} per RE (one value, ties broken "
        f"by position; pairs on complete cases) ({block.n_res} shared REs, {block.n_rated} "
        f"with two or more values; units {units})",
        *table(block, _tags(report)),
    ]
    if block.per_category is not None:
        kappas = ", ".join(f"{k} {_value(r)}" for k, r in block.per_category.items())
        lines.append(f"  per {report.level} (Fleiss' kappa_j): {kappas}")
    if report.level == "category":
        cluster = agreement.cluster
        lines.append(f"  main cluster: {_brief(cluster, _tags(report))}")
    if agreement.valence is not None:
        lines.append(f"  valence: {_brief(agreement.valence, _tags(report))}")
    return lines


def _brief(block: StatBlock, tags: dict[str, str]) -> str:
    """One line: Cohen's kappa per pair and the all-coder statistics."""
    parts = [
        f"{NAMES[name]} {'×'.join(tags[c] for c in pair.coders)} {_value(r)}"
        for pair in block.pairs
        for name, r in pair.stats.items()
        if name == "cohen_kappa"
    ]
    parts += [f"{NAMES[name]} {_value(r)}" for name, r in block.overall.items()]
    return ", ".join(parts)


def _value(result: AgreementResult, span: Interval | None = None) -> str:
    if result.value is None:
        return "–"
    shown = bounds(result, span)
    ci = "" if shown is None else f" [{shown[0]:.2f}, {shown[1]:.2f}]"
    return f"{result.value:.2f}{ci} (n {result.n_units})"


def _completeness(report: AgreementReport) -> list[str]:
    block = report.completeness
    return [
        f"Completeness ratings ({block.n_rated} shared REs rated by two or more coders)",
        *table(block, _tags(report)),
    ]


def _spans(report: AgreementReport) -> list[str]:
    spans = report.spans
    tags = _tags(report)
    lines = [
        f"Span level (units match when their overlap is at least {spans.threshold:.0%} of the "
        "shorter unit; one-to-one)",
        "  {:<7} {:<9} {:>15} {:>8} {:>15} {:>15}".format(
            "coders", "component", "units", "matched", "share matched", "unmatched"
        ),
    ]
    for pair in spans.pairs:
        who = "×".join(tags[c] for c in pair.coders)
        for component, counts in [*pair.components.items(), ("all", pair.total())]:
            shares = " / ".join(
                "–" if n == 0 else f"{counts.matched / n:.2f}" for n in counts.n_units
            )
            lines.append("  {:<7} {:<9} {:>15} {:>8} {:>15} {:>15}".format(
                who, component, " / ".join(map(str, counts.n_units)), counts.matched, shares,
                " / ".join(str(n - counts.matched) for n in counts.n_units),
            ))  # fmt: skip
    alpha = ", ".join(
        f"{c} {_value(r, spans.interval(c))}" if r.value is not None
        else f"{c} – ({r.undefined_reason})"
        for c, r in spans.unitizing_alpha.items()
    )  # fmt: skip
    return [*lines, f"  unitizing alpha [95% CI] (n = units): {alpha}"]


def _formulation(report: AgreementReport) -> list[str]:
    """The formulations at the report's level, then (CCRT-LU) at the direction level."""
    lines = _formulation_at(report.formulation, report.formulation_statistics, report)
    if report.lu_formulation is not None:
        found = report.lu_formulation
        lines += ["", *_formulation_at(found.agreement, found.statistics, report)]
    return lines


def _formulation_at(
    formulation: FormulationAgreement, statistics: dict[str, StatBlock], report: AgreementReport
) -> list[str]:
    n = len(formulation.scopes)
    code, codes = CODES.get(formulation.level, CODES["category"])
    lines = [
        f"Formulation ({formulation.level} level; {n} scope{'' if n == 1 else 's'} of dyad × "
        f"narrator × phase): do the coders' top {codes} agree?"
    ]
    for component in (*COMPONENTS, "all"):
        s = formulation.summary(component)
        label = "all three" if component == "all" else component
        if not s.n_comparable:
            lines.append(f"  {label}: no scope where every coder has a top {code}")
            continue
        lines.append(
            f"  {label}: equal in {s.n_equal} of {s.n_comparable} comparable scopes "
            f"({s.n_equal / s.n_comparable:.0%}), overlapping in {s.n_intersect} "
            f"({s.n_intersect / s.n_comparable:.0%})"
        )
    return lines + formulation_statistic_lines(statistics, _tags(report))


def _warnings(report: AgreementReport) -> list[str]:
    if not report.warnings:
        return ["Warnings: none"]
    return ["Warnings", *(f"  - {w.message}" for w in report.warnings)]


def _disagreements(report: AgreementReport) -> list[str]:
    n = len(report.disagreements)
    hint = "" if not n else " (list them with --disagreements)"
    return [f"Disagreements: {n} RE × component at the {report.level} level{hint}"]


def disagreement_lines(report: AgreementReport) -> list[str]:
    """One line per disagreement: where, component, and what each coder gave."""
    tags = _tags(report)
    return [
        f"  {d.dyad} {d.narrator} {d.phase} RE {d.re_number} (id {d.re_id}) {d.component}: "
        + _given(d.given, tags)
        for d in report.disagreements
    ]


def _given(given: dict[str, str | None], tags: dict[str, str]) -> str:
    return "  ".join(f"[{tags[c]}] {v if v is not None else '(none)'}" for c, v in given.items())
