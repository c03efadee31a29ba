"""The figures of one dyad and RE filter, picked out of the core's results (no arithmetic here)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from ccrt_coder.gui.comparison.choices import ViewChoice
from ccrt_coder.usecases.ccrt import (
    ABOUT_OTHERS,
    ALL,
    COMPONENTS,
    NARRATORS,
    AcrossDyads,
    ComparisonResults,
    ComponentChange,
    ComponentSimilarity,
    DyadBaseline,
    ScopeKey,
    ScopeResult,
    pair_similarities,
)

# The core's pair comparison for each RE filter; "about others" has none, so the core's
# similarity function is asked for that pair directly.
PAIR_KINDS = {ALL: "patient_vs_therapist", "about_partner": "about_partner"}


@dataclass(frozen=True)
class ComparisonFigures:
    """Everything the table and the charts show for one choice."""

    choice: ViewChoice
    phases: tuple[int, ...]
    min_res: int
    sides: Mapping[tuple[str, int], ScopeResult | None]  # None: no REs in the grid
    similarity: Mapping[tuple[int, str], ComponentSimilarity | None]  # (phase, component)
    # The dyad's cosine among its pseudo-dyads, and the cosine over all dyads, by (phase,
    # component); empty where the RE filter has no pair kind (about others).
    baselines: Mapping[tuple[int, str], DyadBaseline] = field(default_factory=dict)
    over_dyads: Mapping[tuple[int, str], AcrossDyads] = field(default_factory=dict)
    # From the first to the last phase, by (narrator, component); empty for "about others".
    first_to_last: Mapping[tuple[str, str], ComponentChange] = field(default_factory=dict)

    def side(self, narrator: str, phase: int) -> ScopeResult | None:
        return self.sides.get((narrator, phase))

    def similarity_of(self, phase: int, component: str) -> ComponentSimilarity | None:
        return self.similarity.get((phase, component))

    def baseline_of(self, phase: int, component: str) -> DyadBaseline | None:
        return self.baselines.get((phase, component))

    def change_to(self, narrator: str, phase: int, component: str) -> ComponentChange | None:
        """The change from the first phase, shown at the last phase only."""
        if len(self.phases) < 2 or phase != self.phases[-1]:
            return None
        return self.first_to_last.get((narrator, component))


def build_figures(comparison: ComparisonResults, choice: ViewChoice) -> ComparisonFigures:
    """Pick the scopes of ``choice.dyad`` × narrators × phases for ``choice.scope``."""
    results = comparison.results
    phases = tuple(results.grid.phases)
    known = choice.dyad in results.grid.dyads
    sides = {
        (narrator, phase): results.scope(choice.dyad, narrator, phase, choice.scope)
        if known
        else None
        for narrator in NARRATORS
        for phase in phases
    }
    similarity: dict[tuple[int, str], ComponentSimilarity | None] = {
        (phase, component): None for phase in phases for component in COMPONENTS
    }
    if known:
        for phase, components in _similarities(comparison, choice, phases).items():
            for sim in components:
                similarity[phase, sim.component] = sim
    baselines, over_dyads = _chance(comparison, choice, phases)
    first_to_last: dict[tuple[str, str], ComponentChange] = {}
    if known and len(phases) > 1 and choice.scope in PAIR_KINDS:
        for narrator in NARRATORS:
            change = comparison.change(choice.dyad, narrator, phases[-1], phases[0], choice.scope)
            for component in change.components:
                first_to_last[narrator, component.component] = component
    return ComparisonFigures(
        choice,
        phases,
        results.settings.min_res,
        sides,
        similarity,
        baselines,
        over_dyads,
        first_to_last,
    )


def _chance(
    comparison: ComparisonResults, choice: ViewChoice, phases: tuple[int, ...]
) -> tuple[dict[tuple[int, str], DyadBaseline], dict[tuple[int, str], AcrossDyads]]:
    """The dyad's cosine among its pseudo-dyads and the cosine over all dyads."""
    baselines: dict[tuple[int, str], DyadBaseline] = {}
    over_dyads: dict[tuple[int, str], AcrossDyads] = {}
    kind = PAIR_KINDS.get(choice.scope)
    if kind is None:
        return baselines, over_dyads
    for phase in phases:
        for component in COMPONENTS:
            over_dyads[phase, component] = comparison.across_dyads(kind, phase, component)
            found = comparison.baseline(kind, choice.dyad, phase, component)
            if found is not None:
                baselines[phase, component] = found
    return baselines, over_dyads


def _similarities(
    comparison: ComparisonResults, choice: ViewChoice, phases: tuple[int, ...]
) -> dict[int, tuple[ComponentSimilarity, ...]]:
    if choice.scope in PAIR_KINDS:
        kind = PAIR_KINDS[choice.scope]
        return {p: comparison.pair(kind, choice.dyad, p).components for p in phases}
    if choice.scope != ABOUT_OTHERS:
        return {}
    patient, therapist = NARRATORS
    lefts = [ScopeKey(choice.dyad, patient, p, ABOUT_OTHERS) for p in phases]
    rights = [ScopeKey(choice.dyad, therapist, p, ABOUT_OTHERS) for p in phases]
    found = pair_similarities(comparison.results, comparison.level, lefts, rights)
    return dict(zip(phases, found, strict=True))
