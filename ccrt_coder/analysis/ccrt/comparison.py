"""Patient vs therapist per dyad and pooled: profile similarity per phase, change across phases.

Changes are computed between consecutive phases and from the first to the last phase (5→28),
for all REs and for the REs about the dyad partner.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache, cached_property
from itertools import pairwise

import numpy as np

from ccrt_coder.analysis.ccrt.dyad_similarity import (
    DEFAULT_PERMUTATIONS,
    DEFAULT_SEED,
    AcrossDyads,
    DyadBaseline,
    DyadSimilarity,
    dyad_similarity,
)
from ccrt_coder.analysis.ccrt.formation import CcrtResults
from ccrt_coder.analysis.ccrt.scopes import (
    ABOUT_OTHERS,
    ABOUT_PARTNER,
    ALL,
    COMPONENTS,
    NARRATORS,
    VALENCED_COMPONENTS,
    ScopeKey,
)
from ccrt_coder.analysis.ccrt.similarity import ComponentSimilarity, pair_similarities
from ccrt_coder.analysis.ccrt.views import ScopeResult
from ccrt_coder.core.domain import NarratorRole

_PATIENT, _THERAPIST = NarratorRole.PATIENT.value, NarratorRole.THERAPIST.value
# Each kind of comparison: (narrator, filter) of the left side and of the right side.
PAIR_KINDS: Mapping[str, tuple[tuple[str, str], tuple[str, str]]] = {
    "patient_vs_therapist": ((_PATIENT, ALL), (_THERAPIST, ALL)),
    "about_partner": ((_PATIENT, ABOUT_PARTNER), (_THERAPIST, ABOUT_PARTNER)),
    "patient_others_vs_partner": ((_PATIENT, ABOUT_OTHERS), (_PATIENT, ABOUT_PARTNER)),
    "therapist_others_vs_partner": ((_THERAPIST, ABOUT_OTHERS), (_THERAPIST, ABOUT_PARTNER)),
}


@dataclass(frozen=True)
class PairComparison:
    """Two scopes of one dyad (or the pool) and phase, side by side."""

    kind: str
    left: ScopeKey
    right: ScopeKey
    level: str
    components: tuple[ComponentSimilarity, ...]  # W, RO, RS

    def similarity(self, component: str) -> ComponentSimilarity:
        return next(c for c in self.components if c.component == component)


@dataclass(frozen=True)
class ComponentChange:
    """One component of one narrator from one phase to a later one (later minus earlier)."""

    component: str
    pervasiveness_change: Mapping[str, float | None]  # code -> change; None if either undefined
    share_positive_change: float | None  # per unit; RO/RS only; None for W or either undefined
    share_res_positive_change: float | None  # per RE (REs with a positive unit), as above
    top_before: tuple[str, ...]
    top_after: tuple[str, ...]
    top_stable: bool | None  # same top set; None when either phase has no top

    def to_dict(self) -> dict[str, object]:
        return {
            **vars(self),
            "pervasiveness_change": dict(self.pervasiveness_change),
            "top_before": list(self.top_before),
            "top_after": list(self.top_after),
        }


@dataclass(frozen=True)
class PhaseChange:
    """A narrator's scope in one phase against the same scope in an earlier phase (the previous
    one, or the first phase for the first-to-last change)."""

    before: ScopeKey
    after: ScopeKey
    level: str
    components: tuple[ComponentChange, ...]

    def component(self, component: str) -> ComponentChange:
        return next(c for c in self.components if c.component == component)


@dataclass(frozen=True, eq=False)
class ComparisonResults:
    """Every pair comparison and phase change of one layer, at one level, with the dyads'
    similarity summarised over dyads and set against pseudo-dyads (``dyads``)."""

    results: CcrtResults
    level: str
    pairs: tuple[PairComparison, ...]
    changes: tuple[PhaseChange, ...]
    dyads: DyadSimilarity

    def pair(self, kind: str, dyad: str, phase: int) -> PairComparison:
        """KeyError for a kind, dyad or phase that is not in the results."""
        return self._pairs[kind, dyad, phase]

    def change(
        self,
        dyad: str,
        narrator: str,
        after_phase: int,
        before_phase: int | None = None,
        scope: str = ALL,
    ) -> PhaseChange:
        """The change into ``after_phase`` from ``before_phase`` (the phase before it if None)."""
        if before_phase is None:
            phases = self.results.grid.phases
            before_phase = phases[phases.index(after_phase) - 1]
        return self._changes[dyad, narrator, scope, before_phase, after_phase]

    def across_dyads(
        self, kind: str, phase: int, component: str, measure: str = "cosine"
    ) -> AcrossDyads:
        """Mean, SD and range of the dyads' similarity, the pooled value and the baseline."""
        return self._across[kind, phase, component, measure]

    def baseline(
        self, kind: str, dyad: str, phase: int, component: str, measure: str = "cosine"
    ) -> DyadBaseline | None:
        """One dyad's place among its pseudo-dyads; None for the pooled row."""
        return self.dyads.baselines.get((kind, dyad, phase, component, measure))

    @cached_property
    def _pairs(self) -> dict[tuple[str, str, int], PairComparison]:
        return {(p.kind, p.left.dyad, p.left.phase): p for p in self.pairs}

    @cached_property
    def _changes(self) -> dict[tuple[str, str, str, int, int], PhaseChange]:
        return {
            (c.after.dyad, c.after.narrator, c.after.scope, c.before.phase, c.after.phase): c
            for c in self.changes
        }

    @cached_property
    def _across(self) -> dict[tuple[str, int, str, str], AcrossDyads]:
        return {(a.kind, a.phase, a.component, a.measure): a for a in self.dyads.summaries}

    def _baselines_of(self, pair: PairComparison, component: str) -> dict[str, object]:
        found = (
            self.baseline(pair.kind, pair.left.dyad, pair.left.phase, component, measure)
            for measure in ("cosine", "jaccard")
        )
        return {b.measure: b.to_dict() for b in found if b is not None}

    def to_dict(
        self, *, dyads: Sequence[str] | None = None, sides: bool = True
    ) -> dict[str, object]:
        """JSON-ready; each side of a pair carries its counts, CCRT and valence shares (unless
        ``sides`` is False: the report takes them from the CCRT itself)."""
        side = cache(lambda key: _side(self.results.scope(*key), self.level))
        return {
            "level": self.level,
            "pairs": [
                {
                    "kind": p.kind, "dyad": p.left.dyad, "phase": p.left.phase,
                    **({"left": side(p.left), "right": side(p.right)} if sides else {}),
                    "similarity": {
                        c.component: {**c.to_dict(), "baseline": self._baselines_of(p, c.component)}
                        for c in p.components
                    },
                }
                for p in self.pairs
                if dyads is None or p.left.dyad in dyads
            ],
            "across_dyads": [a.to_dict() for a in self.dyads.summaries],
            "changes": [
                {
                    "dyad": c.after.dyad, "narrator": c.after.narrator, "scope": c.after.scope,
                    "from_phase": c.before.phase, "to_phase": c.after.phase,
                    "components": {x.component: x.to_dict() for x in c.components},
                }
                for c in self.changes
                if dyads is None or c.after.dyad in dyads
            ],
        }  # fmt: skip


def compare(
    results: CcrtResults,
    level: str = "cluster",
    scopes: Sequence[str] = (ALL, ABOUT_PARTNER),
    permutations: int = DEFAULT_PERMUTATIONS,
    seed: int = DEFAULT_SEED,
) -> ComparisonResults:
    """All pair comparisons (per dyad and pooled, per phase), their summary over dyads with the
    pseudo-dyad baseline (``permutations`` re-pairings from ``seed``), and the phase changes of
    the narrators' ``scopes`` (all REs and REs about the partner by default). Similarity is
    computed on ``level`` profiles: the method compares cluster-pervasiveness profiles."""
    keys = [
        (kind, ScopeKey(d, left[0], p, left[1]), ScopeKey(d, right[0], p, right[1]))
        for d in results.grid.dyads
        for p in results.grid.phases
        for kind, (left, right) in PAIR_KINDS.items()
    ]
    similarities = pair_similarities(results, level, [k[1] for k in keys], [k[2] for k in keys])
    pairs = tuple(
        PairComparison(kind, left, right, level, components)
        for (kind, left, right), components in zip(keys, similarities, strict=True)
    )
    steps = [
        (ScopeKey(d, n, before, scope), ScopeKey(d, n, after, scope))
        for d in results.grid.dyads
        for n in NARRATORS
        for scope in scopes
        for before, after in phase_steps(results.grid.phases)
    ]
    dyads = dyad_similarity(results, level, PAIR_KINDS, permutations, seed)
    return ComparisonResults(results, level, pairs, _changes(results, level, steps), dyads)


def phase_steps(phases: Sequence[int]) -> list[tuple[int, int]]:
    """Consecutive phases, then first to last (5→28) when that is not already a step."""
    steps = list(pairwise(phases))
    if len(phases) > 2:
        steps.append((phases[0], phases[-1]))
    return steps


def _side(scope: ScopeResult, level: str) -> dict[str, object]:
    return {
        **scope.key._asdict(),
        "n_res_included": scope.n_res_included,
        "n_res_excluded": scope.n_res_excluded,
        "few_res": scope.few_res,
        "ccrt": {c: list(t) for c, t in scope.ccrt(level).items()},
        "pervasiveness": {
            c: {s.code: s.pervasiveness for s in scope.profile(c, level).stats} for c in COMPONENTS
        },
        "share_positive": {c: scope.valence_of(c).share_positive for c in VALENCED_COMPONENTS},
        "share_res_with_negative": {
            c: scope.valence_of(c).share_res_with_negative for c in VALENCED_COMPONENTS
        },
        "share_res_positive": {
            c: scope.valence_of(c).share_res_positive for c in VALENCED_COMPONENTS
        },
    }


def _changes(
    results: CcrtResults, level: str, steps: list[tuple[ScopeKey, ScopeKey]]
) -> tuple[PhaseChange, ...]:
    pervasiveness = results.pervasiveness()
    shares = _share_positive(results)
    res_shares = _ratio(results.res_with_positive, results.res_with_valenced)
    changes = []
    for before, after in steps:
        ids = results.grid.index(before), results.grid.index(after)
        components = []
        for component in COMPONENTS:
            block = results.axis.blocks[component, level]
            codes = results.axis.code[block]
            delta = pervasiveness[ids[1], block] - pervasiveness[ids[0], block]
            tops = [
                tuple(c for c, r in zip(codes, results.ranks[i, block], strict=True) if r == 1)
                for i in ids
            ]
            share_change = res_share_change = None
            if component in VALENCED_COMPONENTS:
                index = VALENCED_COMPONENTS.index(component)
                share_change = _none_if_nan(shares[ids[1], index] - shares[ids[0], index])
                res_share_change = _none_if_nan(
                    res_shares[ids[1], index] - res_shares[ids[0], index]
                )
            components.append(
                ComponentChange(
                    component,
                    {c: _none_if_nan(d) for c, d in zip(codes, delta, strict=True)},
                    share_change,
                    res_share_change,
                    tops[0],
                    tops[1],
                    set(tops[0]) == set(tops[1]) if tops[0] and tops[1] else None,
                )
            )
        changes.append(PhaseChange(before, after, level, tuple(components)))
    return tuple(changes)


def _share_positive(results: CcrtResults) -> np.ndarray:
    """(scopes, RO/RS) positive / (positive + negative) units; NaN where there are none."""
    positive = results.valence_units[:, :, 0]
    return _ratio(positive, positive + results.valence_units[:, :, 1])


def _ratio(part: np.ndarray, whole: np.ndarray) -> np.ndarray:
    """part / whole; NaN where whole is 0 (no share, which is not a share of 0)."""
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(whole > 0, part / np.maximum(whole, 1), np.nan)


def _none_if_nan(value: float) -> float | None:
    return None if np.isnan(value) else float(value)
