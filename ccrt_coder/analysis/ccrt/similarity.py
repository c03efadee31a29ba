"""Similarity of paired CCRT profiles; undefined as None.

The headline measure is the cosine of the two pervasiveness profiles: categories neither side
used add 0 to every sum, so the value does not depend on how many categories the system has.
Jaccard (categories present in either profile) is the set-based measure beside it and is
equally independent of the system's size. Spearman's rho over every code of the component is
kept, named as such, because it is what older CCRT comparisons report — but the shared zeros
of unused categories enter its ranks, so it changes with the size of the system.
"""

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
    top_match: bool | None  # the top sets (ties kept) are equal
    top_overlap: bool | None  # the top sets share at least one code
    cosine: float | None  # of the profiles: independent of the system's size (the headline)
    jaccard: float | None  # codes present in both / codes present in either
    spearman: float | None  # over every code of the component, zeros included
    top_match_reason: str | None = None
    cosine_reason: str | None = None
    jaccard_reason: str | None = None
    spearman_reason: str | None = None

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


def jaccard_rows(left: np.ndarray, right: np.ndarray) -> np.ndarray:
    """|present in both| / |present in either| for each pair of rows; NaN where both are empty."""
    left, right = left > 0, right > 0
    either = (left | right).sum(axis=1)
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(either > 0, (left & right).sum(axis=1) / either, np.nan)


def cosine_matrix(left: np.ndarray, right: np.ndarray) -> np.ndarray:
    """Cosine of every left row with every right row (rows × rows); NaN for an all-zero row."""
    norms = np.sqrt((left**2).sum(axis=1))[:, None] * np.sqrt((right**2).sum(axis=1))[None, :]
    with np.errstate(divide="ignore", invalid="ignore"):
        cosine = (left @ right.T) / norms
    return np.where(norms > _EPSILON, np.clip(cosine, -1.0, 1.0), np.nan)


def jaccard_matrix(left: np.ndarray, right: np.ndarray) -> np.ndarray:
    """Jaccard of every left row with every right row; NaN where a row has no codes (as the
    pairwise figure, which is undefined when either side has no codes)."""
    left, right = (left > 0).astype(float), (right > 0).astype(float)
    both = left @ right.T
    sizes = left.sum(axis=1)[:, None], right.sum(axis=1)[None, :]
    either = sizes[0] + sizes[1] - both
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where((sizes[0] > 0) & (sizes[1] > 0), both / either, np.nan)


MATRIX_MEASURES = {"cosine": cosine_matrix, "jaccard": jaccard_matrix}


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
    """Vectorised over all pairs: one call per measure and component."""
    ids = [np.array([results.grid.index(k) for k in ks], dtype=np.int64) for ks in (lefts, rights)]
    per_component = []
    for component in COMPONENTS:
        block = results.axis.blocks[component, level]
        # Counts, not pervasiveness: both measures ignore a positive scale factor, and integer
        # counts make "constant" and "zero" exact.
        left, right = (results.counts[i, block].astype(float) for i in ids)
        figures = zip(
            spearman_rows(left, right),
            cosine_rows(left, right),
            jaccard_rows(left, right),
            strict=True,
        )
        sides = [
            _sides(results, component, level, ks, i)
            for ks, i in zip((lefts, rights), ids, strict=True)
        ]
        per_component.append(
            [
                _similarity(component, pair, *(float(x) for x in values))
                for pair, values in zip(zip(*sides, strict=True), figures, strict=True)
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
    component: str, sides: tuple[_Side, _Side], rho: float, cosine: float, jaccard: float
) -> ComponentSimilarity:
    """One pair's figures; an undefined figure is None with the first reason that applies.
    Top match, cosine and Jaccard need codes on both sides, so they share one reason."""
    no_codes = f"has no {component} codes"
    codes_reason = _why_undefined(sides, lambda s: no_codes if not s.counts.any() else None)
    rho_reason = _why_undefined(
        sides, lambda s: f"has a constant {component} profile" if _constant(s.counts) else None
    )
    left, right = sides
    return ComponentSimilarity(
        component=component,
        left_top=left.top,
        right_top=right.top,
        top_match=None if codes_reason else set(left.top) == set(right.top),
        top_overlap=None if codes_reason else bool(set(left.top) & set(right.top)),
        cosine=None if codes_reason or np.isnan(cosine) else cosine,
        jaccard=None if codes_reason or np.isnan(jaccard) else jaccard,
        spearman=None if rho_reason or np.isnan(rho) else rho,
        top_match_reason=codes_reason,
        cosine_reason=codes_reason,
        jaccard_reason=codes_reason,
        spearman_reason=rho_reason,
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
