"""Adapter: the agreement report's JSON form (``AgreementReport.to_dict()``) -> report tables.

Reads only the dict, so new statistics and keys appear without changes here: every statistic
of a block is a row, and a result's ``se``, ``ci_low``/``ci_high`` and ``band`` (a word, or a
dict of words per convention) become columns as soon as any result carries them.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from ccrt_coder.io.report_model import (
    DASH,
    Numbering,
    Run,
    Table,
    Text,
    interval,
    it,
    percent,
    stat,
    text,
)

Result = Mapping[str, Any]

SYMBOLS: dict[str, Text] = {
    "cohen_kappa": text("Cohen's ", "κ"),
    "cohen_kappa_linear": text("Weighted ", "κ", " (linear)"),
    "cohen_kappa_quadratic": text("Weighted ", "κ", " (quadratic)"),
    "scott_pi": text("Scott's ", "π"),
    "fleiss_kappa": text("Fleiss' ", "κ"),
    "krippendorff_alpha": text("Krippendorff's ", "α"),
    "krippendorff_alpha_interval": text("Krippendorff's ", "α", " (interval)"),
    "krippendorff_alpha_ordinal": text("Krippendorff's ", "α", " (ordinal)"),
    "gwet_ac1": text("Gwet's AC1"),
    "percent_agreement": text("percent agreement"),
    "pabak": text("PABAK"),
    "icc": text("ICC(A,1)"),
}
PERCENT_STATISTICS = {"percent_agreement"}
UNITS = {
    "category": "Main category",
    "cluster": "Main cluster",
    "valence": "Valence (majority)",
}


def statistic_name(key: str) -> Text:
    """The statistic's name as a sentence says it (a table header capitalises it)."""
    return SYMBOLS.get(key) or text(key.replace("_", " "))


def capitalised(value: Text) -> Text:
    if not value or not value[0].text:
        return value
    first = value[0]
    return (Run(first.text[0].upper() + first.text[1:], first.italic), *value[1:])


def is_result(value: object) -> bool:
    return isinstance(value, Mapping) and "value" in value and "n_units" in value


def value_text(key: str, result: Result) -> str:
    value = result.get("value")
    return percent(value) if key in PERCENT_STATISTICS else stat(value)


def ci_text(key: str, result: Result) -> str:
    low, high = result.get("ci_low"), result.get("ci_high")
    if key in PERCENT_STATISTICS and low is not None and high is not None:
        return f"[{percent(low)}, {percent(high)}]"
    return interval(low, high)


def band_text(result: Result) -> str:
    band = result.get("band")
    if isinstance(band, Mapping):
        return "; ".join(str(v) for v in band.values() if v) or DASH
    return str(band) if band else DASH


def blocks(agreement: Mapping[str, Any]) -> Iterator[tuple[str, str, Mapping[str, Any]]]:
    """(component, unit of analysis, block) for every block of the report, in its order."""
    for component, parts in agreement.get("components", {}).items():
        for key, block in parts.items():
            if isinstance(block, Mapping) and isinstance(block.get("all"), Mapping):
                yield component, UNITS.get(key, key.replace("_", " ").capitalize()), block


def statistic_keys(agreement: Mapping[str, Any], where: str) -> list[str]:
    """The statistics the report's component blocks hold per pair (``pairs``) or across
    coders (``all``), in the order they first appear."""
    keys: dict[str, None] = {}
    for _component, _unit, block in blocks(agreement):
        containers = block.get("pairs", []) if where == "pairs" else [block["all"]]
        for container in containers:
            keys.update((k, None) for k, v in container.items() if is_result(v))
    return list(keys)


def cell(key: str, result: Result) -> Text:
    """A statistic as APA prints it: value, (SE) and [95% CI] when computed, the band in words,
    and its own n when it used fewer REs than the row's n (complete cases)."""
    parts = [value_text(key, result)]
    if result.get("se") is not None:
        parts.append(f" ({stat(result['se'])})")
    if result.get("ci_low") is not None and result.get("ci_high") is not None:
        parts.append(f" {ci_text(key, result)}")
    band = band_text(result)
    if band != DASH:
        parts.append(f", {band}")
    return text("".join(parts))


Row = tuple[Sequence[str], Mapping[str, Result]]


def _result_table(
    numbering: Numbering, title: str, rows_in: Sequence[Row], lead: tuple[str, ...], note: Text
) -> Table:
    """One row per unit of analysis (and pair): lead columns, n, then a column per statistic
    (every statistic any row has, in the order they first appear)."""
    keys = list(dict.fromkeys(k for _, results in rows_in for k in results))
    header: list[Text] = [text(h) for h in lead] + [text(it("n"), " REs")]
    header += [capitalised(statistic_name(k)) for k in keys]
    rows: list[tuple[Text, ...]] = []
    for leads, results in rows_in:
        n = max((r.get("n_units") or 0 for r in results.values()), default=0)
        row: list[Text] = [text(v) for v in leads] + [text(str(n))]
        for key in keys:
            result = results.get(key)
            if result is None:
                row.append(text(DASH))
                continue
            value = cell(key, result)
            used = result.get("n_units")
            if result.get("value") is not None and used is not None and used != n:
                value = (*value, *text(" (", it("n"), f" = {used})"))
            row.append(value)
        rows.append(tuple(row))
    return numbering.table(title, header, rows, (*note, *_cell_words(rows_in)))


def _cell_words(rows_in: Sequence[Row]) -> Text:
    """What a cell holds beyond the estimate, said once in the note."""
    results = [r for _, results in rows_in for r in results.values()]
    extra = [
        words
        for key, words in (("se", "(SE)"), ("ci_low", "[95% CI]"), ("band", "band"))
        if any(r.get(key) is not None for r in results)
    ]
    return text(f" Cells: estimate {', '.join(extra)}.") if extra else ()


def _results(container: Mapping[str, Any]) -> dict[str, Result]:
    return {k: v for k, v in container.items() if is_result(v)}


def across_coders_table(agreement: Mapping[str, Any], numbering: Numbering) -> Table:
    """Table: every across-coders statistic of every component and unit of analysis."""
    rows = [((c, unit), _results(block["all"])) for c, unit, block in blocks(agreement)]
    return _result_table(
        numbering,
        "Interrater Reliability Across All Coders by Component and Unit of Analysis",
        rows,
        ("Component", "Unit of analysis"),
        _note(agreement),
    )


def pairwise_table(agreement: Mapping[str, Any], numbering: Numbering) -> Table:
    """Table: every statistic of every pair of coders (Cohen's kappa and the rest)."""
    tags = coder_tags(agreement)
    rows = [
        ((component, unit, " – ".join(tags[c] for c in pair["coders"])), _results(pair))
        for component, unit, block in blocks(agreement)
        for pair in block.get("pairs", [])
    ]
    return _result_table(
        numbering,
        "Pairwise Interrater Reliability by Component and Unit of Analysis",
        rows,
        ("Component", "Unit of analysis", "Coders"),
        text("Coders are numbered as in the Method section. ", *_note(agreement)),
    )


def presence_table(agreement: Mapping[str, Any], numbering: Numbering) -> Table:
    """Table: agreement on the presence of each cluster per RE, with its prevalence."""
    rows_in: list[Row] = []
    for component, parts in agreement.get("components", {}).items():
        for cluster, block in (parts.get("cluster_presence") or {}).items():
            prevalence = percent((block.get("prevalence") or {}).get("1"))
            rows_in.append(((component, cluster, prevalence), _results(block["all"])))
    return _result_table(
        numbering,
        "Agreement on the Presence of Each Cluster per Relationship Episode",
        rows_in,
        ("Component", "Cluster", "Prevalence"),
        text(
            "Prevalence: share of all ratings (coders × REs) in which the cluster was present. ",
            *_note(agreement),
        ),
    )


def completeness_table(agreement: Mapping[str, Any], numbering: Numbering) -> Table:
    """Table: agreement on the completeness ratings, per pair and across coders."""
    block = agreement.get("completeness") or {}
    tags = coder_tags(agreement)
    rows: list[Row] = [
        ((" – ".join(tags[c] for c in pair["coders"]),), _results(pair))
        for pair in block.get("pairs", [])
    ]
    rows.append((("All coders",), _results(block.get("all") or {})))
    scale = block.get("scale") or []
    span = f"{min(scale):g}–{max(scale):g}" if scale else DASH
    return _result_table(
        numbering,
        "Agreement on the Completeness Ratings of the Relationship Episodes",
        rows,
        ("Coders",),
        text(f"Ratings on the scale {span}; weighted ", "κ", " orders them. ", *_note(agreement)),
    )


def spans_table(agreement: Mapping[str, Any], numbering: Numbering) -> Table:
    """Table: unitizing — matched units per pair and component, and unitizing alpha."""
    spans = agreement.get("spans") or {}
    tags = coder_tags(agreement)
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
                    text(f"{tags[a]} – {tags[b]}"),
                    text(component if component != "all" else "All"),
                    text(f"{part['n_units'][a]} / {part['n_units'][b]}"),
                    text(str(part["matched"])),
                    text(shares),
                    text(stat(alpha.get("value")) if alpha else DASH),
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
            text("Unitizing ", "α"),
        ],
        rows,
        text(
            f"Two units match when their overlap is at least {stat(threshold)} of the shorter "
            "unit; units and shares are given for the first / second coder."
        ),
    )


def formulation_table(agreement: Mapping[str, Any], numbering: Numbering) -> Table:
    """Table: do the coders' CCRTs per narrator x phase (and dyad) name the same categories?"""
    formulation = agreement.get("formulation") or {}
    rows = []
    for component, s in (formulation.get("summary") or {}).items():
        rows.append(
            (
                text(component if component != "all" else "All three"),
                text(str(s["n_comparable"])),
                text(f"{s['n_equal']} ({percent(s['share_equal'])})"),
                text(f"{s['n_intersect']} ({percent(s['share_intersect'])})"),
            )
        )
    return numbering.table(
        "Agreement on the CCRT Formulation per Dyad, Narrator and Phase",
        [text("Component"), text("Comparable scopes"), text("Same top set"), text("Overlapping")],
        rows,
        text(
            f"Level: {formulation.get('level', DASH)}. A scope is comparable when every coder "
            "has a top category in it; ties are kept as sets."
        ),
    )


def coder_tags(agreement: Mapping[str, Any]) -> dict[str, str]:
    """Coder name -> "C1", "C2", ... in the report's column order."""
    return {name: f"C{i + 1}" for i, name in enumerate(agreement.get("coders", []))}


def _note(agreement: Mapping[str, Any]) -> Text:
    bootstrap = agreement.get("bootstrap")
    parts: list[str | Any] = [
        "Values are from the REs coded by every chosen coder (",
        it("n"),
        f" = {agreement.get('res', {}).get('n_shared', DASH)}). ",
    ]
    if isinstance(bootstrap, Mapping):
        parts.append(f"95% CIs: {bootstrap_words(bootstrap)}. ")
    parts.append("Em dash: undefined.")
    return text(*parts)


def bootstrap_words(bootstrap: Mapping[str, Any]) -> str:
    """The bootstrap settings in words (keys as the agreement report writes them)."""
    words = ["percentile bootstrap"]
    replicates = bootstrap.get("replicates", bootstrap.get("b", bootstrap.get("B")))
    if replicates is not None:
        words.append(f"B = {replicates}")
    if bootstrap.get("resample") or bootstrap.get("cluster"):
        words.append(f"resampling {bootstrap.get('resample') or bootstrap.get('cluster')}")
    if bootstrap.get("seed") is not None:
        words.append(f"seed {bootstrap['seed']}")
    return ", ".join(words)
