"""The report's Method section: design, narrators, phases, coders, counts, rules and settings."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from ccrt_coder.io.report_model import Paragraph, Run, it, stat, text
from ccrt_coder.usecases.report_reliability import (
    bootstrap_words,
    coder_tags,
    statistic_keys,
    statistic_name,
)


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


def series(items: Sequence[str]) -> str:
    """ "a", "a and b", "a, b, and c" (APA's serial comma)."""
    if len(items) <= 2:
        return " and ".join(items)
    return f"{', '.join(items[:-1])}, and {items[-1]}"


def run_series(keys: Sequence[str]) -> list[Run]:
    """The statistics' names as runs, joined like :func:`series`."""
    names = [statistic_name(key) for key in keys]
    runs: list[Run] = []
    for index, name in enumerate(names):
        if index:
            last = index == len(names) - 1
            runs.append(Run((", and " if len(names) > 2 else " and ") if last else ", "))
        runs.extend(name)
    return runs


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
    paragraphs.append(
        Paragraph(
            text(
                f"The CCRT was formed from {facts.layer} ({facts.layer_units} coded units) at the "
                f"{facts.level} level. An RE entered the CCRT when its completeness was rated at "
                f"least {facts.completeness_threshold:g} (scale 1–5). Per narrator and phase, "
                "each code counted once per RE; the CCRT of a component is its most frequent "
                f"{facts.level} (ties kept), and its pervasiveness the share of included REs "
                f"containing it. CCRTs resting on fewer than {facts.min_res} REs are marked. "
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
        f"overlapped by at least {stat(agreement.get('overlap_threshold'))} of the shorter unit. "
        "Agreement is reported as ",
        *run_series(statistic_keys(agreement, "pairs")),
        " per pair of coders and ",
        *run_series(statistic_keys(agreement, "all")),
        " across coders.",
    ]
    bootstrap = agreement.get("bootstrap")
    if isinstance(bootstrap, Mapping):
        parts.append(f" 95% confidence intervals: {bootstrap_words(bootstrap)}.")
    benchmark = agreement.get("benchmark") or {}
    if benchmark.get("cohen_kappa"):
        low, high = benchmark["cohen_kappa"]
        parts += [" Published CCRT reliability for the standard categories is ", "κ",
                  f" = {stat(low)}–{stat(high)}."]  # fmt: skip
    return Paragraph(text(*parts))
