"""The words of the comparison table: one CCRT or similarity cell, and its tooltip."""

from __future__ import annotations

import re

from ccrt_coder.gui.comparison.choices import scope_words
from ccrt_coder.usecases.ccrt import (
    VALENCED_COMPONENTS,
    CategoryStat,
    ComponentSimilarity,
    ScopeResult,
)

COMPONENT_NAMES = {"W": "wish", "RO": "response of other", "RS": "response of self"}
MAX_LABELLED_TIES = 2  # more tied codes are listed by code only; the tooltip has every label
_SIDE = re.compile(r"\b(patient|therapist)/([a-z_:/]+)")


def percent(share: float | None) -> str:
    return "–" if share is None else f"{share:.0%}"


def re_count(n: int) -> str:
    return f"{n} RE" if n == 1 else f"{n} REs"


def tops(scope: ScopeResult, component: str, level: str) -> tuple[CategoryStat, ...]:
    """The CCRT of a component: every code of rank 1, ties kept, in the system's order."""
    return tuple(s for s in scope.profile(component, level).stats if s.rank == 1)


def side_text(scope: ScopeResult | None, component: str, level: str) -> str:
    """'RO5 Rejecting and opposing', then '75% (3/4 REs)'; ties listed; empty scopes said so."""
    if scope is None or scope.n_res_included + scope.n_res_excluded == 0:
        return "no coded REs"  # only REs this layer coded belong to it
    n = scope.n_res_included
    if n == 0:
        return f"no included REs ({scope.n_res_excluded} excluded)"
    top = tops(scope, component, level)
    if not top:
        return f"no {component} coded (0/{re_count(n)})"
    if len(top) <= MAX_LABELLED_TIES:
        names = " / ".join(f"{s.code} {s.label}" for s in top)
    else:
        names = ", ".join(s.code for s in top) + " (tied)"
    return f"{names}\n{percent(top[0].pervasiveness)} ({top[0].n_res_with}/{re_count(n)})"


def side_tooltip(
    scope: ScopeResult | None, component: str, level: str, narrator: str, min_res: int
) -> str:
    if scope is None:
        return f"The {narrator} has no REs here."
    key = scope.key
    lines = [
        f"{narrator.capitalize()} · phase {key.phase} · {scope_words(key.scope)} · "
        f"{component} ({COMPONENT_NAMES[component]}), {level} level",
        f"{re_count(scope.n_res_included)} included (minimum for a CCRT: {min_res})",
    ]
    if scope.few_res:
        lines.append("Few REs: fewer than the minimum, so read this CCRT with care.")
    if scope.n_res_excluded:
        dropped = ", ".join(f"RE {e.number} ({e.completeness:g})" for e in scope.excluded)
        lines.append(f"{re_count(scope.n_res_excluded)} excluded for low completeness: {dropped}")
    if scope.n_res_unrated:
        lines.append(f"{re_count(scope.n_res_unrated)} included without a completeness rating")
    used = [s for s in scope.profile(component, level).stats if s.n_res_with]
    if used:
        lines.append("Pervasiveness (share of included REs containing it):")
        lines += [
            f"   {s.code} {s.label}: {percent(s.pervasiveness)} ({re_count(s.n_res_with)})"
            + ("  ← CCRT" if s.rank == 1 else "")
            for s in used
        ]
    if component in VALENCED_COMPONENTS and scope.n_res_included:
        lines.append(valence_line(scope, component))
    return "\n".join(lines)


def valence_line(scope: ScopeResult, component: str) -> str:
    v = scope.valence_of(component)
    valenced = v.n_units_positive + v.n_units_negative
    return (
        f"Positive units: {percent(v.share_positive)} of {valenced} with a valence "
        f"({v.n_units_positive} +, {v.n_units_negative} −); REs with any negative "
        f"{component}: {percent(v.share_res_with_negative)}"
    )


def similarity_text(sim: ComponentSimilarity | None) -> str:
    """'Top ✓ · ρ 0.49 · cos 0.73'; each undefined figure with its reason."""
    if sim is None:
        return "–"
    shown: list[str] = []
    undefined: dict[str, list[str]] = {}
    for name, value, reason in _figures(sim):
        if value is None:
            undefined.setdefault(friendly(reason or "no data"), []).append(name)
        else:
            shown.append(f"{name}\N{NO-BREAK SPACE}{value}")  # lines break between figures
    lines = [" · ".join(shown)] if shown else []
    for reason, names in undefined.items():
        lines.append(f"{', '.join(names)} undefined: {reason}")
    return "\n".join(lines)


def similarity_tooltip(sim: ComponentSimilarity | None, phase: int, level: str) -> str:
    if sim is None:
        return "Nothing to compare here."
    tops_ = f"patient {'+'.join(sim.left_top) or '–'}, therapist {'+'.join(sim.right_top) or '–'}"
    return "\n".join(
        [
            f"Patient vs therapist, {sim.component}, phase {phase}: the two {level} "
            "pervasiveness profiles",
            f"Top {level}s: {tops_}",
            "Top ✓: the top sets (ties kept) share a code.",
            f"ρ: Spearman's rank correlation over every {level} of {sim.component}, zeros "
            "included.",
            "cos: cosine similarity of the two profiles (0 = nothing shared).",
        ]
    )


def _figures(sim: ComponentSimilarity) -> list[tuple[str, str | None, str | None]]:
    match = None if sim.top_match is None else ("✓" if sim.top_match else "✗")
    return [
        ("Top", match, sim.top_match_reason),
        ("ρ", _number(sim.spearman), sim.spearman_reason),
        ("cos", _number(sim.cosine), sim.cosine_reason),
    ]


def _number(value: float | None) -> str | None:
    return None if value is None else f"{value:.2f}"


def friendly(reason: str) -> str:
    """'therapist/all has no included REs' -> 'therapist has no included REs'."""

    def side(match: re.Match[str]) -> str:
        scope = match.group(2)
        return match.group(1) if scope == "all" else f"{match.group(1)} ({scope_words(scope)})"

    return _SIDE.sub(side, reason)
