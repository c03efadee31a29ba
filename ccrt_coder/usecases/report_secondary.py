"""The secondary reliability tables of the manuscript report, from the agreement report's dict:
the main category (cluster) and valence per RE, per pair and across coders; the completeness
ratings; the CCRT formulation per dyad, narrator and phase; unit boundaries.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from ccrt_coder.io.report_model import DASH, Numbering, Table, Text, it, percent, stat, text
from ccrt_coder.usecases.report_reliability import (
    Result,
    band_text,
    benchmark_header,
    capitalised,
    estimate,
    grouped,
    note,
    pair_tag,
    position,
    statistic_name,
)

UNITS = {"category": "Category", "cluster": "Cluster", "direction": "Direction",
         "valence": "Valence"}  # fmt: skip
MAIN_NOTE = (
    "Main category (cluster): per RE and component, the category (cluster) on most of the "
    "coder's units, ties broken by position in the transcript; valence: the majority valence "
    "of RO and RS. A coder without the component in an RE has no value there (complete cases). "
)
DIRECTION_NOTE = (
    "Main direction: the same for the CCRT-LU direction of the units, units without one not "
    "counting. "
)
BENCHMARKED = ("category", "cluster")  # the published range is for category agreement


def _main_note(agreement: Mapping[str, Any]) -> str:
    """The note on the main values; the direction sentence only for a CCRT-LU system."""
    directions = any(p.get("direction") for p in agreement.get("components", {}).values())
    return MAIN_NOTE + (DIRECTION_NOTE if directions else "")


BAND_NOTE = (
    "Band: Landis & Koch for κ; vs. = where the whole CI lies against the range published for "
    "category agreement (main category and cluster only); "
)


def _main_blocks(
    agreement: Mapping[str, Any],
) -> Iterator[tuple[str, str, Mapping[str, Any], bool]]:
    """(component, unit, block, whether the published range applies) of the main category,
    main cluster, main direction and valence blocks."""
    for component, parts in agreement.get("components", {}).items():
        for key, unit in UNITS.items():
            block = parts.get(key)
            if isinstance(block, Mapping):
                yield component, unit, block, key in BENCHMARKED


def _n(*results: Result | None) -> str:
    used = [r["n_units"] for r in results if r and r.get("n_units") is not None]
    return str(max(used)) if used else DASH


def main_table(agreement: Mapping[str, Any], numbering: Numbering) -> Table:
    """Table: main category, main cluster and valence across all coders (secondary)."""
    header = [text("Main"), text(it("n"), " REs"), text("Fleiss' κ [95% CI]")]
    header += [text("Band"), benchmark_header(agreement), text("AC1 [95% CI]"), text("Agr.")]
    rows = []
    for component, unit, block, benchmarked in _main_blocks(agreement):
        results = block.get("all") or {}
        kappa, ac1 = results.get("fleiss_kappa"), results.get("gwet_ac1")
        rows.append(
            (
                component,
                (
                    text(unit),
                    text(_n(kappa, ac1)),
                    text(estimate("fleiss_kappa", kappa)),
                    text(band_text(kappa)),
                    text(position(agreement, kappa) if benchmarked else DASH),
                    text(estimate("gwet_ac1", ac1)),
                    text(percent((results.get("percent_agreement") or {}).get("value"))),
                ),
            )
        )
    return numbering.table(
        "Secondary: Agreement on the Main Category per Relationship Episode, All Coders",
        header,
        grouped(rows),
        note(
            agreement,
            _main_note(agreement),
            BAND_NOTE,
            "AC1 = Gwet's AC1; Agr. = percent agreement. Krippendorff's α (nominal) is in the "
            "agreement export. ",
        ),
    )


def pairwise_table(agreement: Mapping[str, Any], numbering: Numbering) -> Table:
    """Table: main category, main cluster and valence per pair of coders (secondary); the
    coders' column only when there are several pairs."""
    several = len(agreement.get("coders", [])) > 2
    header = [text("Main"), *([text("Pair")] if several else []), text(it("n"), " REs")]
    header += [text("Cohen's κ [95% CI]"), text("Band"), benchmark_header(agreement)]
    header += [text("AC1 [95% CI]")]
    rows = []
    for component, unit, block, benchmarked in _main_blocks(agreement):
        for pair in block.get("pairs", []):
            kappa, ac1 = pair.get("cohen_kappa"), pair.get("gwet_ac1")
            who = (text(pair_tag(agreement, pair)),) if several else ()
            rows.append(
                (
                    component,
                    (
                        text(unit),
                        *who,
                        text(_n(kappa, ac1)),
                        text(estimate("cohen_kappa", kappa)),
                        text(band_text(kappa)),
                        text(position(agreement, kappa) if benchmarked else DASH),
                        text(estimate("gwet_ac1", ac1)),
                    ),
                )
            )
    pairs = "Coders are numbered as in the Method section; each" if several else "The"
    return numbering.table(
        "Secondary: Pairwise Agreement on the Main Category per Relationship Episode",
        header,
        grouped(rows),
        note(
            agreement,
            f"{pairs} pair uses the REs both coders scored. ",
            _main_note(agreement),
            BAND_NOTE,
            "AC1 = Gwet's AC1. ",
        ),
    )


COMPLETENESS_PAIRS = ("cohen_kappa_linear", "cohen_kappa_quadratic", "percent_agreement")
COMPLETENESS_ALL = ("krippendorff_alpha_ordinal", "krippendorff_alpha_interval", "icc_2_1")


def has_completeness(agreement: Mapping[str, Any]) -> bool:
    """Whether two or more coders rated the completeness of some shared RE."""
    return bool((agreement.get("completeness") or {}).get("n_rated"))


def completeness_table(agreement: Mapping[str, Any], numbering: Numbering) -> Table:
    """Table: agreement on the completeness ratings, one row per statistic and coders."""
    block = agreement.get("completeness") or {}
    entries: list[tuple[str, str, Result | None]] = [
        (key, pair_tag(agreement, pair), pair.get(key))
        for key in COMPLETENESS_PAIRS
        for pair in block.get("pairs", [])
    ]
    entries += [(key, "All", (block.get("all") or {}).get(key)) for key in COMPLETENESS_ALL]
    rows = [
        (
            capitalised(statistic_name(key)),
            text(who),
            text(_n(result)),
            text(estimate(key, result)),
            text(band_text(result)),
        )
        for key, who, result in entries
    ]
    scale = block.get("scale") or []
    span = f"{min(scale):g}–{max(scale):g}" if scale else DASH
    return numbering.table(
        "Agreement on the Completeness Ratings of the Relationship Episodes",
        [
            text("Statistic"),
            text("Coders"),
            text(it("n"), " REs"),
            text("Estimate [95% CI]"),
            text("Band"),
        ],
        rows,
        note(
            agreement,
            f"Ratings on the scale {span} in steps as given; weighted κ and ordinal α use "
            "their order. ICC(2,1): two-way random effects, absolute agreement, single rater "
            "(Shrout & Fleiss, 1979). Bands: Landis & Koch for κ, Krippendorff for α, Koo & Li "
            "for the ICC. The CCRT benchmark is not applied to these ratings. ",
        ),
    )


def formulation_table(agreement: Mapping[str, Any], numbering: Numbering) -> Table:
    """Table: do the coders' CCRTs per dyad, narrator and phase name the same categories?"""
    formulation = agreement.get("formulation") or {}
    directions = agreement.get("lu_formulation")  # CCRT-LU: the directions' CCRTs beside
    rows = _formulation_rows(formulation, "")
    rows += _formulation_rows(directions or {}, " (directions)")
    also = (
        "Rows marked (directions): the same for each coder's CCRT at the level of CCRT-LU "
        "directions (units without a direction not counting). "
        if directions
        else ""
    )
    return numbering.table(
        "Agreement on the CCRT Formulation per Dyad, Narrator and Phase",
        [
            text("Comp."),
            text("Scopes"),
            text("Same set"),
            text("Sharing a code"),
            text("κ [95% CI]"),
            text("MASI α [95% CI]"),
            text("Band (α)"),
        ],
        rows,
        note(
            agreement,
            f"Level: {formulation.get('level', DASH)}. Per dyad, narrator and phase each "
            "coder's CCRT is the set of top codes at that level (ties kept). Comp. = "
            "component (All: all three); Scopes: where every coder has one; Same set, Sharing "
            "a code: share of the scopes whose sets are equal or share a code; κ = Fleiss' κ "
            "on the whole set (“none” without one); MASI α as for the top sets per RE. "
            "Intervals resample the "
            f"scopes by interview. {also}",
        ),
    )


def _formulation_rows(formulation: Mapping[str, Any], marked: str) -> list[tuple[Text, ...]]:
    """One row per component (and all three) of a formulation dict; ``marked`` after the name."""
    found = formulation.get("statistics") or {}
    rows: list[tuple[Text, ...]] = []
    for component, s in (formulation.get("summary") or {}).items():
        results = (found.get(component) or {}).get("all") or {}
        kappa, alpha = results.get("fleiss_kappa"), results.get("masi_alpha")
        rows.append(
            (
                text((component if component != "all" else "All") + marked),
                text(str(s["n_comparable"])),
                text(percent(s["share_equal"])),
                text(percent(s["share_intersect"])),
                text(estimate("fleiss_kappa", kappa)),
                text(estimate("masi_alpha", alpha)),
                text(band_text(alpha)),
            )
        )
    return rows


def spans_table(agreement: Mapping[str, Any], numbering: Numbering) -> Table:
    """Table: unitizing — matched units per pair and component, and unitizing alpha."""
    spans = agreement.get("spans") or {}
    alphas = spans.get("unitizing_alpha") or {}
    rows: list[tuple[Text, ...]] = []
    for pair in spans.get("pairs", []):
        a, b = pair["coders"]
        for component in [*alphas, "all"]:
            part = pair.get(component)
            if not part:
                continue
            alpha = alphas.get(component)
            shares = f"{percent(part['share_matched'][a])} / {percent(part['share_matched'][b])}"
            rows.append(
                (
                    text(pair_tag(agreement, pair)),
                    text(component if component != "all" else "All"),
                    text(f"{part['n_units'][a]} / {part['n_units'][b]}"),
                    text(str(part["matched"])),
                    text(shares),
                    text(estimate("unitizing_alpha", alpha) if alpha else DASH),
                    text(band_text(alpha)),
                )
            )
    threshold = spans.get("overlap_threshold", agreement.get("overlap_threshold"))
    return numbering.table(
        "Agreement on Unit Boundaries (Unitizing)",
        [
            text("Coders"),
            text("Component"),
            text("Units"),
            text("Matched"),
            text("Share matched"),
            text("Unitizing ", "α", " [95% CI]"),
            text("Band (α)"),
        ],
        rows,
        text(
            f"Two units match when their overlap is at least {stat(threshold)} of the shorter "
            "unit; units and shares are given for the first / second coder. Unitizing α "
            "(Krippendorff) is across all coders, per component; its interval resamples the "
            "transcripts by interview."
        ),
    )
