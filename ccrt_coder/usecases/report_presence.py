"""The primary reliability tables of the manuscript report, from the agreement report's dict.

The agreement report's primary unit of analysis is the presence of each cluster and category
per RE and component (a component one coder scored and another did not is a disagreement);
then each coder's set of top categories per RE by Krippendorff's alpha with the MASI distance,
"none" for a missing component (primary) and the complete cases beside. Clusters are listed
one by one; categories, too many for a page, are summarised per component.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from ccrt_coder.io.report_model import DASH, Numbering, Table, it, percent, text
from ccrt_coder.usecases.report_reliability import (
    benchmark_header,
    estimate,
    grouped,
    median,
    note,
    pair_values,
    position,
    spread,
)

KAPPA = "fleiss_kappa"  # across all coders; with two coders, Scott's pi of the pair
CASES = {"primary": "Primary", "complete_cases": "Complete"}


def _presence(agreement: Mapping[str, Any], level: str) -> Iterator[tuple[str, str, Any]]:
    """(component, label, block) of every label's presence block at ``level``."""
    for component, parts in agreement.get("components", {}).items():
        for label, block in ((parts.get("presence") or {}).get(level) or {}).items():
            yield component, label, block


def _prevalence(block: Mapping[str, Any]) -> float | None:
    value = (block.get("prevalence") or {}).get("1")
    return None if value is None else float(value)


def presence_table(agreement: Mapping[str, Any], numbering: Numbering) -> Table:
    """Table: agreement on the presence of each cluster per RE (the primary figures)."""
    return labelled_presence_table(
        agreement,
        numbering,
        _presence(agreement, "cluster"),
        ("Cluster", "Primary Reliability: Presence of Each Cluster per Relationship Episode"),
        "Per RE, a coder rated a cluster present (1) when any of its categories was coded "
        "in the component, else absent (0)",
    )


def labelled_presence_table(
    agreement: Mapping[str, Any],
    numbering: Numbering,
    blocks: Iterable[tuple[str, str, Any]],
    names: tuple[str, str],
    rated: str,
    benchmarked: bool = True,
) -> Table:
    """Table: presence agreement per (component, label, block), grouped by component;
    ``names``: the label column's heading and the title; ``rated``: what "present" meant;
    ``benchmarked``: whether the range published for category agreement applies."""
    header = [text(names[0]), text("Prev."), text("κ [95% CI]"), text("Band")]
    header += [*([benchmark_header(agreement)] if benchmarked else []), text("PABAK"), text("Agr.")]
    rows = []
    for component, label, block in blocks:
        results = block.get("all") or {}
        kappa = results.get(KAPPA)
        rows.append(
            (
                component,
                (
                    text(label),
                    text(percent(_prevalence(block))),
                    text(estimate(KAPPA, kappa)),
                    text(kappa.get("band") or DASH if kappa else DASH),
                    *([text(position(agreement, kappa))] if benchmarked else []),
                    text(spread(pair_values(block, "pabak"))),
                    text(percent((results.get("percent_agreement") or {}).get("value"))),
                ),
            )
        )
    several = len(agreement.get("coders", [])) > 2
    pabak = " (lowest–highest over the pairs of coders)" if several else ""
    return numbering.table(
        names[1],
        header,
        grouped(rows),
        note(
            agreement,
            f"{rated}; a component one coder scored and another did "
            "not counts as a disagreement. Prev. = prevalence, the share of "
            f"ratings (coders × REs) with the {names[0].lower()} present; κ = Fleiss' κ across "
            "all coders (Landis & Koch band); ",
            "vs. = where the whole CI lies against the published range; " if benchmarked else "",
            f"PABAK = prevalence-adjusted bias-adjusted κ{pabak}; Agr. = percent agreement. ",
        ),
    )


def category_summary_table(agreement: Mapping[str, Any], numbering: Numbering) -> Table:
    """Table: the presence of each category, summarised per component (median and range of
    the categories' kappas, and how many lie below, across or above the benchmark)."""
    header = [text("Comp."), text("Categories"), text("κ ", it("Mdn")), text("κ range")]
    header += [text("PABAK ", it("Mdn")), text("Below"), text("Overlapping"), text("Above")]
    rows = []
    for component in agreement.get("components", {}):
        found = [b for c, _label, b in _presence(agreement, "category") if c == component]
        kappas = [(b.get("all") or {}).get(KAPPA) or {} for b in found]
        values = [float(k["value"]) for k in kappas if k.get("value") is not None]
        pabaks = [v for b in found for v in pair_values(b, "pabak")]
        where = [position(agreement, k) for k in kappas]
        rows.append(
            (
                text(component),
                text(f"{len(values)} of {len(found)}"),
                text(median(values)),
                text(spread(values)),
                text(median(pabaks)),
                *(text(str(where.count(word))) for word in ("below", "overlapping", "above")),
            )
        )
    return numbering.table(
        "Primary Reliability: Presence of Each Category, Summarised per Component",
        header,
        rows,
        note(
            agreement,
            "Presence as in the cluster table, per category. Categories: those with a defined ",
            "κ (used by some coder, not by all in every RE) of all in the system; κ = Fleiss' ",
            "κ; ",
            it("Mdn"),
            " = median; range = lowest–highest; Below, Overlapping, Above: categories whose "
            "95% CI lies wholly below, across or wholly above the published range. ",
        ),
    )


def top_sets_table(agreement: Mapping[str, Any], numbering: Numbering) -> Table:
    """Table: agreement on each coder's set of top categories (clusters) per RE, primary and
    complete cases, by MASI alpha and the exact-match rate."""
    header = [text("Level"), text("Cases"), text(it("n"), " REs")]
    header += [text("MASI ", "α", " [95% CI]"), text("Band"), text("Exact match [95% CI]")]
    rows = []
    for component, parts in agreement.get("components", {}).items():
        for level, variants in (parts.get("top_sets") or {}).items():
            for case, words in CASES.items():
                results = (variants.get(case) or {}).get("all") or {}
                alpha, exact = results.get("masi_alpha"), results.get("exact_match")
                n = (alpha or {}).get("n_units")
                rows.append(
                    (
                        component,
                        (
                            text(level),
                            text(words),
                            text(DASH if n is None else str(n)),
                            text(estimate("masi_alpha", alpha)),
                            text((alpha or {}).get("band") or DASH),
                            text(estimate("exact_match", exact)),
                        ),
                    )
                )
    return numbering.table(
        "Agreement on the Set of Top Categories per Relationship Episode",
        header,
        grouped(rows),
        note(
            agreement,
            "A coder's top set in an RE is the category (cluster) on most of the coder's "
            "units of the component, ties kept as a set. MASI α = Krippendorff's α with the "
            "MASI distance (Passonneau, 2006; Krippendorff band), partial credit for "
            "overlapping sets; exact match = share of REs with identical sets. Primary: a "
            "coder without the component has the set “none”; Complete: such REs left out. ",
        ),
    )
