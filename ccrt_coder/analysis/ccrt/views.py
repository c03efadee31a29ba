"""Readable results of one CCRT scope: categories, the CCRT with ties, valence, exclusions."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

import numpy as np

from ccrt_coder.analysis.ccrt.scopes import (
    COMPONENTS,
    VALENCED_COMPONENTS,
    AnalysisSettings,
    CategoryAxis,
    ScopeGrid,
    ScopeKey,
)


class ScopeArrays(Protocol):
    """What one scope's readable result is read from: formation's CcrtResults (all scopes)."""

    @property
    def settings(self) -> AnalysisSettings: ...
    @property
    def grid(self) -> ScopeGrid: ...
    @property
    def axis(self) -> CategoryAxis: ...
    @property
    def counts(self) -> np.ndarray: ...
    @property
    def ranks(self) -> np.ndarray: ...
    @property
    def n_included(self) -> np.ndarray: ...
    @property
    def n_excluded(self) -> np.ndarray: ...
    @property
    def n_unrated(self) -> np.ndarray: ...
    @property
    def valence_units(self) -> np.ndarray: ...
    @property
    def res_with_negative(self) -> np.ndarray: ...
    @property
    def res_with_positive(self) -> np.ndarray: ...
    @property
    def res_with_valenced(self) -> np.ndarray: ...


def share(part: int, whole: int) -> float | None:
    """part / whole, or None when whole is 0: an empty scope has no share, which is not 0."""
    return part / whole if whole else None


@dataclass(frozen=True)
class CategoryStat:
    """One category or cluster in one scope."""

    code: str
    label: str
    n_res_with: int  # included REs with at least one unit of it
    pervasiveness: float | None  # n_res_with / included REs; None without included REs
    rank: int | None  # competition rank ('1224') by n_res_with; None when n_res_with is 0

    def to_dict(self) -> dict[str, object]:
        return {
            "code": self.code,
            "label": self.label,
            "n_res_with": self.n_res_with,
            "pervasiveness": self.pervasiveness,
            "rank": self.rank,
        }


@dataclass(frozen=True)
class ComponentProfile:
    """Every category (or cluster) of one component in a scope, in the system's order."""

    component: str
    level: str
    stats: tuple[CategoryStat, ...]

    @property
    def ccrt(self) -> tuple[str, ...]:
        """The most frequent codes, ties kept; empty when the component has no codes."""
        return tuple(s.code for s in self.stats if s.rank == 1)

    def to_dict(self) -> dict[str, object]:
        return {"ccrt": list(self.ccrt), "categories": [s.to_dict() for s in self.stats]}


@dataclass(frozen=True)
class ValenceProfile:
    """Valence of the RO or RS units of a scope, each unit counted once."""

    component: str
    n_units_positive: int
    n_units_negative: int
    n_units_unvalenced: int  # units with no valence: outside the share's denominator
    n_res_with_negative: int  # included REs with at least one negative unit
    n_res_included: int
    n_res_with_positive: int  # included REs with at least one positive unit
    n_res_valenced: int  # included REs with at least one positive or negative unit

    @property
    def share_positive(self) -> float | None:
        return share(self.n_units_positive, self.n_units_positive + self.n_units_negative)

    @property
    def share_res_with_negative(self) -> float | None:
        return share(self.n_res_with_negative, self.n_res_included)

    @property
    def share_res_positive(self) -> float | None:
        """Per RE, not per unit: of the REs with a valenced unit, the share with a positive
        one, so an RE with many units weighs no more than an RE with one."""
        return share(self.n_res_with_positive, self.n_res_valenced)

    def to_dict(self) -> dict[str, object]:
        return {
            "n_units_positive": self.n_units_positive,
            "n_units_negative": self.n_units_negative,
            "n_units_unvalenced": self.n_units_unvalenced,
            "share_positive": self.share_positive,
            "n_res_with_negative": self.n_res_with_negative,
            "share_res_with_negative": self.share_res_with_negative,
            "n_res_with_positive": self.n_res_with_positive,
            "n_res_valenced": self.n_res_valenced,
            "share_res_positive": self.share_res_positive,
        }


@dataclass(frozen=True)
class ExcludedRe:
    """An RE left out for low completeness: still listed, so the user sees what was dropped."""

    re_id: int
    number: int
    completeness: float


@dataclass(frozen=True)
class ScopeResult:
    """The CCRT of one scope at category and cluster level (and CCRT-LU direction level when
    the system codes directions), with the counts behind it."""

    key: ScopeKey
    n_res_included: int
    n_res_excluded: int
    n_res_unrated: int  # included REs whose completeness this layer did not rate
    few_res: bool  # fewer included REs than the project's minimum
    excluded: tuple[ExcludedRe, ...]
    profiles: tuple[ComponentProfile, ...]  # W, RO, RS × category, cluster (, direction)
    valence: tuple[ValenceProfile, ...]  # RO, RS

    def profile(self, component: str, level: str = "category") -> ComponentProfile:
        return next(p for p in self.profiles if (p.component, p.level) == (component, level))

    def ccrt(self, level: str = "category") -> dict[str, tuple[str, ...]]:
        return {c: self.profile(c, level).ccrt for c in COMPONENTS}

    def valence_of(self, component: str) -> ValenceProfile:
        return next(v for v in self.valence if v.component == component)

    @property
    def levels(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(p.level for p in self.profiles))

    def to_dict(self, levels: Sequence[str] | None = None) -> dict[str, object]:
        levels = self.levels if levels is None else levels
        return {
            **self.key._asdict(),
            "n_res_included": self.n_res_included,
            "n_res_excluded": self.n_res_excluded,
            "n_res_unrated": self.n_res_unrated,
            "few_res": self.few_res,
            "excluded": [vars(e).copy() for e in self.excluded],
            "components": {
                c: {lev: self.profile(c, lev).to_dict() for lev in levels} for c in COMPONENTS
            },
            "valence": {v.component: v.to_dict() for v in self.valence},
        }


def build_scope_result(
    results: ScopeArrays, scope_id: int, excluded: tuple[ExcludedRe, ...]
) -> ScopeResult:
    """Plain Python numbers only (int/float/None), so ``to_dict`` is JSON as it stands."""
    n_included = int(results.n_included[scope_id])
    return ScopeResult(
        key=results.grid.key(scope_id),
        n_res_included=n_included,
        n_res_excluded=int(results.n_excluded[scope_id]),
        n_res_unrated=int(results.n_unrated[scope_id]),
        few_res=n_included < results.settings.min_res,
        excluded=excluded,
        profiles=tuple(
            _profile(results, scope_id, c, lev, n_included)
            for c in COMPONENTS
            for lev in results.axis.levels
        ),
        valence=tuple(
            _valence(results, scope_id, index, n_included)
            for index in range(len(VALENCED_COMPONENTS))
        ),
    )


def _valence(results: ScopeArrays, scope_id: int, index: int, n_included: int) -> ValenceProfile:
    positive, negative, unvalenced = (int(n) for n in results.valence_units[scope_id, index])
    return ValenceProfile(
        VALENCED_COMPONENTS[index],
        positive,
        negative,
        unvalenced,
        n_res_with_negative=int(results.res_with_negative[scope_id, index]),
        n_res_included=n_included,
        n_res_with_positive=int(results.res_with_positive[scope_id, index]),
        n_res_valenced=int(results.res_with_valenced[scope_id, index]),
    )


def _profile(
    results: ScopeArrays, scope_id: int, component: str, level: str, n_included: int
) -> ComponentProfile:
    block = results.axis.blocks[component, level]
    counts = results.counts[scope_id, block]
    ranks = results.ranks[scope_id, block]
    stats = (
        CategoryStat(
            code,
            label,
            int(count),
            share(int(count), n_included),
            None if math.isnan(rank) else int(rank),
        )
        for code, label, count, rank in zip(
            results.axis.code[block], results.axis.label[block], counts, ranks, strict=True
        )
    )
    return ComponentProfile(component, level, tuple(stats))
