"""Patient vs therapist per dyad and pooled: profile similarity per phase, change across phases."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache, cached_property
from itertools import pairwise

import numpy as np

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
    """One component of one narrator from one phase to the next (later minus earlier)."""

    component: str
    pervasiveness_change: Mapping[str, float | None]  # code -> change; None if either undefined
    share_positive_change: float | None  # RO/RS only; None for W or when either is undefined
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
    """A narrator's scope in one phase against the same scope in the previous phase."""

    before: ScopeKey
    after: ScopeKey
    level: str
    components: tuple[ComponentChange, ...]

    def component(self, component: str) -> ComponentChange:
        return next(c for c in self.components if c.component == component)


@dataclass(frozen=True, eq=False)
class ComparisonResults:
    """Every pair comparison and phase change of one layer, at one level."""

    results: CcrtResults
    level: str
    pairs: tuple[PairComparison, ...]
    changes: tuple[PhaseChange, ...]

    def pair(self, kind: str, dyad: str, phase: int) -> PairComparison:
        """KeyError for a kind, dyad or phase that is not in the results."""
        return self._pairs[kind, dyad, phase]

    def change(self, dyad: str, narrator: str, after_phase: int) -> PhaseChange:
        """The change into ``after_phase`` from the phase before it."""
        return self._changes[dyad, narrator, after_phase]

    @cached_property
    def _pairs(self) -> dict[tuple[str, str, int], PairComparison]:
        return {(p.kind, p.left.dyad, p.left.phase): p for p in self.pairs}

    @cached_property
    def _changes(self) -> dict[tuple[str, str, int], PhaseChange]:
        return {(c.after.dyad, c.after.narrator, c.after.phase): c for c in self.changes}

    def to_dict(self, *, dyads: Sequence[str] | None = None) -> dict[str, object]:
        """JSON-ready; each side of a pair carries its counts, CCRT and valence shares."""
        side = cache(lambda key: _side(self.results.scope(*key), self.level))
        return {
            "level": self.level,
            "pairs": [
                {
                    "kind": p.kind, "dyad": p.left.dyad, "phase": p.left.phase,
                    "left": side(p.left), "right": side(p.right),
                    "similarity": {c.component: c.to_dict() for c in p.components},
                }
                for p in self.pairs
                if dyads is None or p.left.dyad in dyads
            ],
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


def compare(results: CcrtResults, level: str = "cluster", scope: str = ALL) -> ComparisonResults:
    """All pair comparisons (per dyad and pooled, per phase) and all phase-to-phase changes of
    the narrators' ``scope`` (all REs by default). Similarity is computed on ``level`` profiles:
    the method compares cluster-pervasiveness profiles, hence the default."""
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
    phases = results.grid.phases
    steps = [
        (ScopeKey(d, n, before, scope), ScopeKey(d, n, after, scope))
        for d in results.grid.dyads
        for n in NARRATORS
        for before, after in pairwise(phases)
    ]
    return ComparisonResults(results, level, pairs, _changes(results, level, steps))


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
    }


def _changes(
    results: CcrtResults, level: str, steps: list[tuple[ScopeKey, ScopeKey]]
) -> tuple[PhaseChange, ...]:
    pervasiveness = results.pervasiveness()
    shares = _share_positive(results)
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
            share_change = None
            if component in VALENCED_COMPONENTS:
                index = VALENCED_COMPONENTS.index(component)
                share_change = _none_if_nan(shares[ids[1], index] - shares[ids[0], index])
            components.append(
                ComponentChange(
                    component,
                    {c: _none_if_nan(d) for c, d in zip(codes, delta, strict=True)},
                    share_change,
                    tops[0],
                    tops[1],
                    set(tops[0]) == set(tops[1]) if tops[0] and tops[1] else None,
                )
            )
        changes.append(PhaseChange(before, after, level, tuple(components)))
    return tuple(changes)


def _share_positive(results: CcrtResults) -> np.ndarray:
    """(scopes, RO/RS) positive / (positive + negative) units; NaN where there are none."""
    positive = results.valence_units[:, :, 0].astype(float)
    valenced = positive + results.valence_units[:, :, 1]
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(valenced > 0, positive / valenced, np.nan)


def _none_if_nan(value: float) -> float | None:
    return None if np.isnan(value) else float(value)
