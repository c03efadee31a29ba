"""The text form of `compare`: per dyad and phase, over dyads, and the changes 5→28."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ccrt_coder.usecases.ccrt import ComparisonResults, ComponentSimilarity, ScopeResult

KIND = "patient_vs_therapist"
MEASURES_NOTE = (
    "Similarity: cosine of the two pervasiveness profiles (the headline: categories neither "
    "side used do not change it), Jaccard of the categories present in either profile; "
    "Spearman's rho over every code of the system is shown for comparison with older studies "
    "but changes with the number of categories. Top match: the top sets are equal; overlap: "
    "they share a code."
)
BASELINE_NOTE = (
    "Baseline: each dyad's patient against the therapists of the other dyads (pseudo-dyads); "
    "pct = percentile among them, p = (1 + pseudo-dyads as alike or more) / (1 + their number)."
)


def print_comparison(comparison: ComparisonResults, dyads: list[str] | None) -> None:
    print(MEASURES_NOTE)
    print(BASELINE_NOTE)
    results = comparison.results
    for pair in comparison.pairs:
        dyad, phase = pair.left.dyad, pair.left.phase
        if pair.kind != KIND or (dyads is not None and dyad not in dyads):
            continue
        sides = [results.scope(*key) for key in (pair.left, pair.right)]
        print(
            f"\n{dyad} phase {phase}: patient {_counts(sides[0])} | therapist {_counts(sides[1])}"
        )
        for sim in pair.components:
            print(f"  {sim.component:<2}  {_similarity(comparison, dyad, phase, sim)}")
    _print_across_dyads(comparison)
    _print_first_to_last(comparison, dyads)


def _counts(scope: ScopeResult) -> str:
    return re_counts(scope.n_res_included, scope.n_res_excluded, scope.few_res)


def re_counts(n_included: int, n_excluded: int, few_res: bool) -> str:
    """Included REs, excluded ones if any, and the few-REs flag, as every scope line shows them."""
    excluded = f", {n_excluded} excluded" if n_excluded else ""
    return f"{res_count(n_included)}{excluded}{' (few REs)' if few_res else ''}"


def res_count(n: int) -> str:
    return f"{n} RE" if n == 1 else f"{n} REs"


def _similarity(
    comparison: ComparisonResults, dyad: str, phase: int, sim: ComponentSimilarity
) -> str:
    baseline = comparison.baseline(KIND, dyad, phase, sim.component)
    chance = ""
    if baseline is not None and baseline.p_value is not None:
        chance = (
            f" (pct {baseline.percentile:.0f}, p {baseline.p_value:.3f}, n {baseline.n_pseudo})"
        )
    return (
        f"patient {_codes(sim.left_top)} | therapist {_codes(sim.right_top)} | "
        f"top match {_value(sim.top_match)}, overlap {_value(sim.top_overlap)} | "
        f"cosine {_value(sim.cosine)}{chance} | jaccard {_value(sim.jaccard)} | "
        f"spearman {_value(sim.spearman)}"
    )


def _print_across_dyads(comparison: ComparisonResults) -> None:
    print(
        "\nOver dyads (cosine; each dyad's own similarity, not the pooled profiles'), "
        "and the pooled profiles named apart:"
    )
    for summary in comparison.dyads.summaries:
        if summary.kind != KIND or summary.measure != "cosine":
            continue
        spread = (
            f"mean {_value(summary.mean)}, SD {_value(summary.sd)}, "
            f"range {_value(summary.minimum)} to {_value(summary.maximum)}"
        )
        print(
            f"  phase {summary.phase:<3} {summary.component:<2}  "
            f"{summary.n_dyads} {'dyad' if summary.n_dyads == 1 else 'dyads'}: {spread} | "
            f"pooled profiles {_value(summary.pooled)} | pseudo-dyads mean "
            f"{_value(summary.pseudo_mean)}, permutation p {_value(summary.permutation_p, 3)} "
            f"(B {summary.n_permutations}, seed {summary.seed})"
        )


def _print_first_to_last(comparison: ComparisonResults, dyads: list[str] | None) -> None:
    phases = comparison.results.grid.phases
    if len(phases) < 2:
        return
    first, last = phases[0], phases[-1]
    print(
        f"\nChange {first}→{last} (all REs, and REs about the partner): top stable "
        "(change of the share of REs with a positive RO/RS)"
    )
    for change in comparison.changes:
        key = change.after
        if (change.before.phase, key.phase) != (first, last):
            continue
        if dyads is not None and key.dyad not in dyads:
            continue
        parts = []
        for component in change.components:
            text = f"{component.component} {_value(component.top_stable)}"
            if component.share_res_positive_change is not None:
                text += f" ({component.share_res_positive_change:+.2f})"
            parts.append(text)
        print(f"  {key.dyad} {key.narrator} {key.scope}: " + ", ".join(parts))


def _codes(codes: tuple[str, ...]) -> str:
    return "+".join(codes) if codes else "-"


def _value(value: object, digits: int = 2) -> str:
    if value is None:
        return "undefined"
    if isinstance(value, bool):
        return "yes" if value else "no"
    return f"{value:.{digits}f}" if isinstance(value, float) else str(value)
