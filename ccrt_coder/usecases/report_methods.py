"""The report's Method section: design, narrators, phases, coders, counts, rules and settings."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from ccrt_coder.io.report_model import Paragraph, it, stat, text
from ccrt_coder.usecases.report_reliability import coder_tags


@dataclass(frozen=True)
class MethodsFacts:
    """The study's counts and the settings the analyses used."""

    study: str
    project_file: str
    dyads: int
    phases: tuple[int, ...]
    interviews: int
    res: int
    coders: tuple[str, ...]  # the coders whose agreement is reported
    units: Mapping[str, int]  # units in each coder's own layer
    layer: str  # "the consensus layer" or "coder X's layer"
    layer_units: int
    level: str  # category or cluster
    category_system: str
    completeness_threshold: float
    min_res: int
    version: str
    lu_directions: bool = False  # the category system codes CCRT-LU directions


LU_SENTENCE = (
    "Each unit was also coded for its CCRT-LU direction (wish or response; actor and target "
    "other or self: WOO, WOS, WSS, WSO, ROO, ROS, RSO, RSS), and the directions were analysed "
    "by the same rules: agreement on their presence per RE, on the top directions per RE "
    "and on each coder's CCRT formulation, and the CCRT at the direction level, units "
    "without a direction not counting at that level. "
)


def series(items: Sequence[str]) -> str:
    """ "a", "a and b", "a, b, and c" (APA's serial comma)."""
    if len(items) <= 2:
        return " and ".join(items)
    return f"{', '.join(items[:-1])}, and {items[-1]}"


def number_word(n: int) -> str:
    """APA: numbers below 10 in words (and any number that starts a sentence)."""
    words = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
    return words[n] if 0 <= n < len(words) else str(n)


def methods_paragraphs(facts: MethodsFacts, agreement: Mapping[str, Any] | None) -> list[Paragraph]:
    """Design and material; coders and reliability; CCRT formation and software."""
    phases = series([str(p) for p in facts.phases])
    design = Paragraph(
        text(
            f"The study “{facts.study}” comprises {number_word(facts.dyads)} patient–therapist "
            "dyads. Patients and therapists were each interviewed with the Relationship "
            f"Anecdotes Paradigm (RAP) at {number_word(len(facts.phases))} phases (after "
            f"sessions {phases}), giving "
            f"{facts.interviews} interviews with ",
            it("N"),
            f" = {facts.res} relationship episodes (REs). REs were scored with the Core "
            "Conflictual Relationship Theme method (CCRT) for the wish (W), the response of the "
            "other (RO) and the response of the self (RS), using the category system "
            f"{facts.category_system}.",
        )
    )
    paragraphs = [design, _coders(facts, agreement)]
    if agreement is not None:
        paragraphs += [_units(agreement), _intervals(agreement)]
    paragraphs.append(
        Paragraph(
            text(
                f"The CCRT was formed from {facts.layer} ({facts.layer_units} coded units) at the "
                f"{facts.level} level. An RE entered the CCRT when its completeness was rated at "
                f"least {facts.completeness_threshold:g} (scale 1–5). Per narrator and phase, "
                "each code counted once per RE; the CCRT of a component is its most frequent "
                f"{facts.level} (ties kept), and its pervasiveness the share of included REs "
                f"containing it. CCRTs resting on fewer than {facts.min_res} REs are marked. "
                f"{LU_SENTENCE if facts.lu_directions else ''}"
                f"Analyses were run with CCRT Coder {facts.version}."
            )
        )
    )
    return paragraphs


def _coders(facts: MethodsFacts, agreement: Mapping[str, Any] | None) -> Paragraph:
    if agreement is None:
        names = series([f"{name} ({facts.units.get(name, 0)} units)" for name in facts.coders])
        return Paragraph(text(f"Coding: {names or 'no coder'}. Interrater reliability was not "
                              "computed: it needs at least two coders."))  # fmt: skip
    tags = coder_tags(agreement)
    res = agreement.get("res", {})
    named = series(
        [
            f"{tags[name]}, {name}, with {facts.units.get(name, 0)} units"
            for name in agreement.get("coders", [])
        ]
    )
    some = res.get("n_coded_by_some", 0)
    left_out = f" ({some} REs coded by some but not all were left out)" if some else ""
    parts: list[Any] = [
        f"{number_word(len(tags)).capitalize()} coders scored the REs independently: {named}. ",
        "Reliability was computed on the ",
        it("n"),
        f" = {res.get('n_shared', 0)} REs coded by every coder{left_out}; the consensus layer "
        "was not used. Units of two coders were taken to mark the same stretch when they "
        f"overlapped by at least {stat(agreement.get('overlap_threshold'))} of the shorter unit.",
    ]
    return Paragraph(text(*parts))


def _units(agreement: Mapping[str, Any]) -> Paragraph:
    """The units of analysis, primary first, and how a missing component counts."""
    return Paragraph(
        text(
            "The primary unit of analysis was the presence of each category and each cluster "
            "per RE and component: a coder rated a code present (1) when it was given to one of "
            "the coder's units of the component in the RE, else absent (0), so a component one "
            "coder scored and another did not counted as a disagreement. Presence agreement is "
            "reported as Fleiss' κ across coders with its prevalence (the share of ratings with "
            "the code present), percent agreement and the prevalence-adjusted bias-adjusted κ "
            "(PABAK) of each pair of coders; each pair's Cohen's κ and prevalence and bias "
            "indices (Byrt, Bishop, & Carlin, 1993) are in the agreement export. Second, each "
            "coder's set of top categories "
            "(clusters) per RE and component, ties kept, was compared by Krippendorff's α with "
            "the MASI distance (Passonneau, 2006) and by the exact-match rate; a coder without "
            "the component had the set “none” (primary figures), and the complete-case variant, "
            "leaving such REs out, is given beside. The single main category per RE (ties "
            "broken by position in the transcript; complete cases) is reported as a secondary "
            "figure with Cohen's κ, Fleiss' κ, Gwet's AC1 and percent agreement, as is the "
            "majority valence of RO and RS. Completeness ratings were compared by weighted κ "
            "(linear and quadratic), Krippendorff's α (ordinal and interval) and the ICC(2,1) "
            "(two-way random effects, absolute agreement, single rater; Shrout & Fleiss, 1979); "
            "each coder's CCRT formulation per dyad, narrator and phase by κ on the whole set "
            "of top categories and by MASI α."
        )
    )


def _intervals(agreement: Mapping[str, Any]) -> Paragraph:
    """How the intervals were made, the bands the values are read by and the benchmark rule."""
    bootstrap = agreement.get("bootstrap") or {}
    if bootstrap.get("computed"):
        how = (
            "95% confidence intervals (CIs) are percentile intervals from a cluster bootstrap "
            f"with B = {bootstrap.get('replicates')} replicates (seed {bootstrap.get('seed')}): "
            f"since REs are nested in interviews, the {bootstrap.get('n_interviews')} "
            "interviews (dyad × narrator × phase) were resampled with replacement, each with "
            "all its REs; replicates in which a statistic was undefined were dropped. "
        )
    else:
        how = (
            "No bootstrap was run (it needs at least five interviews and one replicate); 95% "
            "confidence intervals (CIs) are analytic where a standard one exists. "
        )
    parts: list[Any] = [
        how,
        "Analytic standard errors (Cohen's κ: Fleiss, Cohen, & Everitt, 1969; Fleiss' κ; "
        "Gwet's AC1; percent agreement) are given in the agreement export. κ, π, AC1 and "
        "PABAK are read by Landis and Koch's (1977) bands (below 0 poor, up to .20 slight, "
        ".40 fair, .60 moderate, .80 substantial, above almost perfect), α by Krippendorff's "
        "(2004): ≥ .800 reliable, ≥ .667 tentative, else unacceptable, and the ICC by Koo and "
        "Li's (2016).",
    ]
    benchmark = agreement.get("benchmark") or {}
    if benchmark.get("cohen_kappa"):
        low, high = benchmark["cohen_kappa"]
        weighted = benchmark.get("weighted_kappa")
        also = f" (weighted κ {stat(weighted[0])}–{stat(weighted[1])})" if weighted else ""
        parts.append(
            " Published CCRT reliability for the standard categories is κ = "
            f"{stat(low)}–{stat(high)}{also}; a figure is reported as below or above this "
            "range only when its whole 95% CI lies below or above it, otherwise as "
            "overlapping. The completeness ratings are not compared with it."
        )
    return Paragraph(text(*parts))
