"""Similarity of paired CCRT profiles: top match, Spearman's rho, cosine; undefined as None."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import pandas as pd

from ccrt_coder.analysis.ccrt.formation import CcrtResults
from ccrt_coder.analysis.ccrt.scopes import COMPONENTS, ScopeKey


@dataclass(frozen=True)
class ComponentSimilarity:
    """How alike two profiles of one component are; each None value comes with its reason."""

    component: str
    left_top: tuple[str, ...]
    right_top: tuple[str, ...]
    top_match: bool | None  # the top sets (ties kept) share at least one code
    spearman: float | None  # over every code of the component, zeros included
    cosine: float | None
    top_match_reason: str | None = None
    spearman_reason: str | None = None
    cosine_reason: str | None = None

    def to_dict(self) -> dict[str, object]:
        return {**vars(self), "left_top": list(self.left_top), "right_top": list(self.right_top)}


# Sums of squares below this count as zero, so that a constant or zero profile reads as
# undefined, never as a tiny spurious number left by rounding.
_EPSILON = 1e-12


def average_ranks(rows: np.ndarray) -> np.ndarray:
    """1-based ranks within each row, tied values sharing the mean of their positions."""
    if rows.size == 0:
        return rows.astype(float)
    return pd.DataFrame(rows).rank(axis=1, method="average").to_numpy()


def pearson_rows(left: np.ndarray, right: np.ndarray) -> np.ndarray:
    """Pearson's r of each pair of rows; NaN where either row is constant (r undefined)."""
    left = left - left.mean(axis=1, keepdims=True)
    right = right - right.mean(axis=1, keepdims=True)
    denominator = np.sqrt((left**2).sum(axis=1) * (right**2).sum(axis=1))
    with np.errstate(divide="ignore", invalid="ignore"):
        r = (left * right).sum(axis=1) / denominator
    return np.where(denominator > _EPSILON, np.clip(r, -1.0, 1.0), np.nan)


def spearman_rows(left: np.ndarray, right: np.ndarray) -> np.ndarray:
    """Spearman's rho = Pearson's r of average ranks (the tie-corrected form, as in scipy)."""
    if left.shape[1] < 2:
        return np.full(left.shape[0], np.nan)
    return pearson_rows(average_ranks(left), average_ranks(right))


def cosine_rows(left: np.ndarray, right: np.ndarray) -> np.ndarray:
    """Cosine of each pair of rows; NaN where either row is all zeros (no direction)."""
    norms = np.sqrt((left**2).sum(axis=1) * (right**2).sum(axis=1))
    with np.errstate(divide="ignore", invalid="ignore"):
        cosine = (left * right).sum(axis=1) / norms
    return np.where(norms > _EPSILON, np.clip(cosine, -1.0, 1.0), np.nan)


@dataclass(frozen=True)
class _Side:
    """One side of one pair, for one component."""

    name: str
    n_included: int
    counts: np.ndarray
    top: tuple[str, ...]


def pair_similarities(
    results: CcrtResults, level: str, lefts: list[ScopeKey], rights: list[ScopeKey]
) -> list[tuple[ComponentSimilarity, ...]]:
    """Vectorised over all pairs: one Spearman and one cosine call per component."""
    ids = [np.array([results.grid.index(k) for k in ks], dtype=np.int64) for ks in (lefts, rights)]
    per_component = []
    for component in COMPONENTS:
        block = results.axis.blocks[component, level]
        # Counts, not pervasiveness: both measures ignore a positive scale factor, and integer
        # counts make "constant" and "zero" exact.
        left, right = (results.counts[i, block].astype(float) for i in ids)
        rho, cosine = spearman_rows(left, right), cosine_rows(left, right)
        sides = [
            _sides(results, component, level, ks, i)
            for ks, i in zip((lefts, rights), ids, strict=True)
        ]
        per_component.append(
            [
                _similarity(component, pair, float(r), float(c))
                for pair, r, c in zip(zip(*sides, strict=True), rho, cosine, strict=True)
            ]
        )
    return list(zip(*per_component, strict=True))


def _sides(
    results: CcrtResults, component: str, level: str, keys: list[ScopeKey], ids: np.ndarray
) -> list[_Side]:
    block = results.axis.blocks[component, level]
    codes = np.asarray(results.axis.code[block], dtype=object)
    return [
        _Side(
            f"{key.narrator}/{key.scope}",
            int(results.n_included[i]),
            results.counts[i, block],
            tuple(codes[results.ranks[i, block] == 1]),
        )
        for key, i in zip(keys, ids, strict=True)
    ]


def _similarity(
    component: str, sides: tuple[_Side, _Side], rho: float, cosine: float
) -> ComponentSimilarity:
    """One pair's figures; an undefined figure is None with the first reason that applies."""
    no_codes = f"has no {component} codes"
    top_reason = _why_undefined(sides, lambda s: no_codes if not s.counts.any() else None)
    rho_reason = _why_undefined(
        sides, lambda s: f"has a constant {component} profile" if _constant(s.counts) else None
    )
    cosine_reason = _why_undefined(sides, lambda s: no_codes if not s.counts.any() else None)
    left, right = sides
    return ComponentSimilarity(
        component=component,
        left_top=left.top,
        right_top=right.top,
        top_match=None if top_reason else bool(set(left.top) & set(right.top)),
        spearman=None if rho_reason or np.isnan(rho) else rho,
        cosine=None if cosine_reason or np.isnan(cosine) else cosine,
        top_match_reason=top_reason,
        spearman_reason=rho_reason,
        cosine_reason=cosine_reason,
    )


def _why_undefined(
    sides: tuple[_Side, _Side], problem: Callable[[_Side], str | None]
) -> str | None:
    """An empty scope is the most basic reason, so it is reported before any other."""
    for side in sides:
        if side.n_included == 0:
            return f"{side.name} has no included REs"
    for side in sides:
        reason = problem(side)
        if reason:
            return f"{side.name} {reason}"
    return None


def _constant(counts: np.ndarray) -> bool:
    """One distinct value (or fewer than two codes): there is no ranking to correlate."""
    return counts.size < 2 or bool(counts.max() == counts.min())
