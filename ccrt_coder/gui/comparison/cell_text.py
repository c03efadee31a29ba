"""The words of the comparison table: one CCRT or similarity cell, and its tooltip."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from ccrt_coder.gui.comparison.choices import scope_words
from ccrt_coder.gui.widgets.terms import level_word, narrator_word
from ccrt_coder.gui.widgets.tr_marks import QT_TRANSLATE_NOOP
from ccrt_coder.usecases.ccrt import (
    VALENCED_COMPONENTS,
    CategoryStat,
    ComponentChange,
    ComponentSimilarity,
    DyadBaseline,
    ScopeResult,
)

COMPONENT_NAMES = {
    "W": QT_TRANSLATE_NOOP("comparison.cell_text", "wish"),
    "RO": QT_TRANSLATE_NOOP("comparison.cell_text", "response of other"),
    "RS": QT_TRANSLATE_NOOP("comparison.cell_text", "response of self"),
}


def component_name(component: str) -> str:
    """``wish``, ``response of other``, ``response of self``: a component inside a sentence."""
    return QCoreApplication.translate("comparison.cell_text", COMPONENT_NAMES[component])


MAX_LABELLED_TIES = 2  # more tied codes are listed by code only; the tooltip has every label
_SIDE = re.compile(r"\b(patient|therapist)/([a-z_:/]+)")


def percent(share: float | None) -> str:
    return "–" if share is None else f"{share:.0%}"


def re_count(n: int) -> str:
    return (
        QCoreApplication.translate("comparison.cell_text", "{n} RE").format(n=n)
        if n == 1
        else QCoreApplication.translate("comparison.cell_text", "{n} REs").format(n=n)
    )


def tops(scope: ScopeResult, component: str, level: str) -> tuple[CategoryStat, ...]:
    """The CCRT of a component: every code of rank 1, ties kept, in the system's order."""
    return tuple(s for s in scope.profile(component, level).stats if s.rank == 1)


def side_text(scope: ScopeResult | None, component: str, level: str) -> str:
    """'RO5 Rejecting and opposing', then '75% (3/4 REs)'; ties listed; empty scopes said so."""
    if scope is None or scope.n_res_included + scope.n_res_excluded == 0:
        return QCoreApplication.translate(
            "comparison.cell_text", "no coded REs"
        )  # only REs this layer coded belong to it
    n = scope.n_res_included
    if n == 0:
        return QCoreApplication.translate(
            "comparison.cell_text", "no included REs ({n_res_excluded} excluded)"
        ).format(n_res_excluded=scope.n_res_excluded)
    top = tops(scope, component, level)
    if not top:
        return QCoreApplication.translate(
            "comparison.cell_text", "no {component} coded (0/{res})"
        ).format(component=component, res=re_count(n))
    if len(top) <= MAX_LABELLED_TIES:
        names = " / ".join(f"{s.code} {s.label}" for s in top)
    else:
        names = ", ".join(s.code for s in top) + QCoreApplication.translate(
            "comparison.cell_text", " (tied)"
        )
    return f"{names}\n{percent(top[0].pervasiveness)} ({top[0].n_res_with}/{re_count(n)})"


def side_tooltip(
    scope: ScopeResult | None,
    component: str,
    level: str,
    narrator: str,
    min_res: int,
    change: ComponentChange | None = None,
) -> str:
    if scope is None:
        return QCoreApplication.translate(
            "comparison.cell_text", "The {narrator} has no REs here."
        ).format(narrator=narrator_word(narrator))
    key = scope.key
    lines = [
        QCoreApplication.translate(
            "comparison.cell_text",
            "{narrator} · phase {phase} · {scope_words} · {component} "
            "({COMPONENT_NAMES}), {level} level",
        ).format(
            narrator=narrator_word(narrator).capitalize(),
            phase=key.phase,
            scope_words=scope_words(key.scope),
            component=component,
            COMPONENT_NAMES=component_name(component),
            level=level_word(level),
        ),
        QCoreApplication.translate(
            "comparison.cell_text", "{res} included (minimum for a CCRT: {min_res})"
        ).format(res=re_count(scope.n_res_included), min_res=min_res),
    ]
    if scope.few_res:
        lines.append(
            QCoreApplication.translate(
                "comparison.cell_text",
                "Few REs: fewer than the minimum, so read this CCRT with care.",
            )
        )
    if scope.n_res_excluded:
        dropped = ", ".join(
            QCoreApplication.translate(
                "comparison.cell_text", "RE {number} ({completeness:g})"
            ).format(number=e.number, completeness=e.completeness)
            for e in scope.excluded
        )
        lines.append(
            QCoreApplication.translate(
                "comparison.cell_text", "{res} excluded for low completeness: {dropped}"
            ).format(res=re_count(scope.n_res_excluded), dropped=dropped)
        )
    if scope.n_res_unrated:
        lines.append(
            QCoreApplication.translate(
                "comparison.cell_text", "{res} included without a completeness rating"
            ).format(res=re_count(scope.n_res_unrated))
        )
    used = [s for s in scope.profile(component, level).stats if s.n_res_with]
    if used:
        lines.append(
            QCoreApplication.translate(
                "comparison.cell_text", "Pervasiveness (share of included REs containing it):"
            )
        )
        lines += [
            f"   {s.code} {s.label}: {percent(s.pervasiveness)} ({re_count(s.n_res_with)})"
            + (
                QCoreApplication.translate("comparison.cell_text", "  ← CCRT")
                if s.rank == 1
                else ""
            )
            for s in used
        ]
    if component in VALENCED_COMPONENTS and scope.n_res_included:
        lines.append(valence_line(scope, component))
        lines.append(res_valence_line(scope, component))
    if change is not None:
        lines.append(change_line(change))
    return "\n".join(lines)


def res_valence_line(scope: ScopeResult, component: str) -> str:
    """Per RE, so an RE with many units weighs no more than one with a single unit."""
    v = scope.valence_of(component)
    return QCoreApplication.translate(
        "comparison.cell_text",
        "REs with a positive {component}: {percent} of {n_res_valenced} REs with a valence",
    ).format(
        component=component, percent=percent(v.share_res_positive), n_res_valenced=v.n_res_valenced
    )


def change_line(change: ComponentChange) -> str:
    """From the first to the last phase: top stable, and the per-RE share's change."""
    stable = {
        True: QCoreApplication.translate("comparison.cell_text", "same top"),
        False: QCoreApplication.translate("comparison.cell_text", "top changed"),
        None: QCoreApplication.translate("comparison.cell_text", "top undefined"),
    }[change.top_stable]
    text = QCoreApplication.translate(
        "comparison.cell_text", "Since the first phase: {stable}"
    ).format(stable=stable)
    if change.share_res_positive_change is not None:
        text += QCoreApplication.translate(
            "comparison.cell_text", "; REs with a positive {component} {delta:+.0%}"
        ).format(component=change.component, delta=change.share_res_positive_change)
    return text


def valence_line(scope: ScopeResult, component: str) -> str:
    v = scope.valence_of(component)
    valenced = v.n_units_positive + v.n_units_negative
    return QCoreApplication.translate(
        "comparison.cell_text",
        "Positive units: {percent} of {valenced} with a valence "
        "({n_units_positive} +, {n_units_negative} −); REs with any negative "
        "{component}: {percent2}",
    ).format(
        percent=percent(v.share_positive),
        valenced=valenced,
        n_units_positive=v.n_units_positive,
        n_units_negative=v.n_units_negative,
        component=component,
        percent2=percent(v.share_res_with_negative),
    )


def similarity_text(sim: ComponentSimilarity | None, baseline: DyadBaseline | None = None) -> str:
    """'Top ✓ · cos 0.73 (p 0.04) · J 0.60 · ρ 0.49'; each undefined figure with its reason."""
    if sim is None:
        return "–"
    shown: list[str] = []
    undefined: dict[str, list[str]] = {}
    for name, value, reason in _figures(sim, baseline):
        if value is None:
            undefined.setdefault(
                friendly(reason or QCoreApplication.translate("comparison.cell_text", "no data")),
                [],
            ).append(name)
        else:
            shown.append(f"{name}\N{NO-BREAK SPACE}{value}")  # lines break between figures
    lines = [" · ".join(shown)] if shown else []
    for reason, names in undefined.items():
        lines.append(
            QCoreApplication.translate(
                "comparison.cell_text", "{names} undefined: {reason}"
            ).format(names=", ".join(names), reason=reason)
        )
    return "\n".join(lines)


def similarity_tooltip(sim: ComponentSimilarity | None, phase: int, level: str) -> str:
    if sim is None:
        return QCoreApplication.translate("comparison.cell_text", "Nothing to compare here.")
    tops_ = QCoreApplication.translate(
        "comparison.cell_text", "patient {patient}, therapist {therapist}"
    ).format(patient="+".join(sim.left_top) or "–", therapist="+".join(sim.right_top) or "–")
    return "\n".join(
        [
            QCoreApplication.translate(
                "comparison.cell_text",
                "Patient vs therapist, {component}, phase {phase}: the two {level} "
                "pervasiveness profiles",
            ).format(component=sim.component, phase=phase, level=level_word(level)),
            QCoreApplication.translate("comparison.cell_text", "Top {level}s: {tops_}").format(
                level=level_word(level), tops_=tops_
            ),
            QCoreApplication.translate(
                "comparison.cell_text",
                "Top ✓: the top sets (ties kept) are equal; ∩: they share a code but differ; "
                "✗: no code in common.",
            ),
            QCoreApplication.translate(
                "comparison.cell_text",
                "cos: cosine similarity of the two profiles (0 = nothing shared), the headline: "
                "{level}s neither side used do not change it. p: the share of pseudo-dyads (this "
                "patient with the other dyads' therapists) as alike or more, (1 + k) / (1 + n).",
            ).format(level=level_word(level)),
            QCoreApplication.translate(
                "comparison.cell_text",
                "J: Jaccard, {level}s present in both / present in either profile.",
            ).format(level=level_word(level)),
            QCoreApplication.translate(
                "comparison.cell_text",
                "ρ: Spearman's rank correlation over every {level} of {component}, zeros "
                "included: it changes with the number of {level}s in the system.",
            ).format(level=level_word(level), component=sim.component),
        ]
    )


def _figures(
    sim: ComponentSimilarity, baseline: DyadBaseline | None
) -> list[tuple[str, str | None, str | None]]:
    match = None
    if sim.top_match is not None:
        match = "✓" if sim.top_match else ("∩" if sim.top_overlap else "✗")
    cosine = _number(sim.cosine)
    if cosine is not None and baseline is not None and baseline.p_value is not None:
        cosine += f" (p\N{NO-BREAK SPACE}{baseline.p_value:.2f})"
    return [
        (QCoreApplication.translate("comparison.cell_text", "Top"), match, sim.top_match_reason),
        ("cos", cosine, sim.cosine_reason),
        ("J", _number(sim.jaccard), sim.jaccard_reason),
        ("ρ", _number(sim.spearman), sim.spearman_reason),
    ]


def _number(value: float | None) -> str | None:
    return None if value is None else f"{value:.2f}"


def friendly(reason: str) -> str:
    """'therapist/all has no included REs' -> 'therapist has no included REs'."""

    def side(match: re.Match[str]) -> str:
        scope = match.group(2)
        return match.group(1) if scope == "all" else f"{match.group(1)} ({scope_words(scope)})"

    return _SIDE.sub(side, reason)
