"""Similarity across dyads, apart from the pooled profiles, against a pseudo-dyad baseline.

The pooled row compares the profiles summed over all dyads: it says whether patients and
therapists *as groups* name the same categories, not how alike the two members of a dyad are
(one dyad's match and another's mismatch can add up to a high pooled value). The dyads' own
similarity is summarised here by its mean, SD and range over the dyads where it is defined.

Chance baseline: a patient's profile compared with the therapists of the *other* dyads
(pseudo-dyads) shows how alike two people of this study are without being a dyad. Each dyad's
similarity gets its percentile among its own pseudo-dyads (every other dyad's right side,
enumerated exactly, no sampling) and a one-sided p-value (1 + pseudo ≥ observed) / (1 + n).
For the mean over dyads, the right sides are re-paired by random permutations (seeded, so
the p-value is reproducible): p = (1 + permutations whose mean ≥ the observed mean) / (1 + B).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from ccrt_coder.analysis.ccrt.formation import CcrtResults
from ccrt_coder.analysis.ccrt.scopes import COMPONENTS, NARRATORS
from ccrt_coder.analysis.ccrt.similarity import MATRIX_MEASURES
from ccrt_coder.core.bootstrap import DEFAULT_PERMUTATIONS, DEFAULT_SEED

BASELINE_MEASURES = tuple(MATRIX_MEASURES)  # cosine (the headline), jaccard


@dataclass(frozen=True)
class DyadBaseline:
    """Where one dyad's similarity falls among its pseudo-dyads."""

    measure: str
    n_pseudo: int  # other dyads whose right side makes the figure defined
    percentile: float | None  # % of pseudo-dyads less alike than the dyad (ties count half)
    p_value: float | None  # one-sided: as alike as the dyad or more, by chance

    def to_dict(self) -> dict[str, object]:
        return dict(vars(self))


@dataclass(frozen=True)
class AcrossDyads:
    """One comparison kind, phase, component and measure over the dyads."""

    kind: str
    phase: int
    component: str
    measure: str
    n_dyads: int  # dyads with the figure defined
    mean: float | None
    sd: float | None  # sample SD (n - 1); None below two dyads
    minimum: float | None
    maximum: float | None
    pooled: float | None  # the same measure on the pooled profiles: not a dyad's similarity
    pseudo_mean: float | None  # mean over every pseudo-dyad (a dyad's side with another's)
    permutation_p: float | None  # P(mean over re-paired dyads ≥ the observed mean)
    n_permutations: int
    seed: int

    def to_dict(self) -> dict[str, object]:
        return dict(vars(self))


@dataclass(frozen=True)
class DyadSimilarity:
    """Summaries over dyads and each dyad's baseline, for every kind, phase and component."""

    summaries: tuple[AcrossDyads, ...]
    baselines: Mapping[tuple[str, str, int, str, str], DyadBaseline]  # kind, dyad, phase, c, m


def dyad_similarity(
    results: CcrtResults,
    level: str,
    kinds: Mapping[str, tuple[tuple[str, str], tuple[str, str]]],
    permutations: int = DEFAULT_PERMUTATIONS,
    seed: int = DEFAULT_SEED,
) -> DyadSimilarity:
    """Every kind × phase × component × measure; one matrix (dyads × dyads) per combination
    holds the dyads' figures on its diagonal and the pseudo-dyads' off it."""
    dyads = results.grid.dyads[:-1]  # the last "dyad" is the pool
    rng = np.random.default_rng(seed)
    shuffles = rng.permuted(np.tile(np.arange(len(dyads)), (permutations, 1)), axis=1)
    summaries = []
    baselines: dict[tuple[str, str, int, str, str], DyadBaseline] = {}
    for kind, sides in kinds.items():
        for phase in results.grid.phases:
            for component in COMPONENTS:
                left, right, pooled = _profiles(results, level, sides, phase, component)
                for measure, matrix_of in MATRIX_MEASURES.items():
                    matrix = matrix_of(left, right)
                    figures = _baselines(matrix, measure)
                    for dyad, baseline in zip(dyads, figures, strict=True):
                        baselines[kind, dyad, phase, component, measure] = baseline
                    summaries.append(
                        _summary(
                            (kind, phase, component, measure),
                            matrix,
                            float(matrix_of(*pooled)[0, 0]),
                            shuffles,
                            seed,
                        )
                    )
    return DyadSimilarity(tuple(summaries), baselines)


def _profiles(
    results: CcrtResults,
    level: str,
    sides: tuple[tuple[str, str], tuple[str, str]],
    phase: int,
    component: str,
) -> tuple[np.ndarray, np.ndarray, tuple[np.ndarray, np.ndarray]]:
    """Counts of the left and right side of every dyad (rows), and of the pool (one row each)."""
    grid = results.grid
    block = results.axis.blocks[component, level]
    n_dyads = len(grid.dyads) - 1
    rows = []
    for narrator, scope in sides:
        ids = grid.ids(
            np.arange(len(grid.dyads)),
            NARRATORS.index(narrator),
            grid.phases.index(phase),
            grid.scopes.index(scope),
        )
        rows.append(results.counts[np.asarray(ids), block].astype(float))
    left, right = rows
    return left[:n_dyads], right[:n_dyads], (left[n_dyads:], right[n_dyads:])


def _baselines(matrix: np.ndarray, measure: str) -> list[DyadBaseline]:
    """Row i: dyad i's left side against every right side; the diagonal is the dyad itself."""
    observed = np.diag(matrix)[:, None]
    pseudo = ~np.eye(len(matrix), dtype=bool) & ~np.isnan(matrix)
    with np.errstate(invalid="ignore"):
        close = pseudo & np.isclose(matrix, observed)  # rounding must not decide "as alike"
        below = (pseudo & (matrix < observed) & ~close).sum(axis=1)
        at_least = (pseudo & ((matrix >= observed) | close)).sum(axis=1)
    tied = close.sum(axis=1)
    n_pseudo = pseudo.sum(axis=1)
    found = []
    for i, n in enumerate(n_pseudo):
        if np.isnan(observed[i, 0]) or not n:
            found.append(DyadBaseline(measure, int(n), None, None))
            continue
        percentile = 100 * (below[i] + 0.5 * tied[i]) / n
        p_value = (1 + at_least[i]) / (1 + n)
        found.append(DyadBaseline(measure, int(n), float(percentile), float(p_value)))
    return found


def _summary(
    where: tuple[str, int, str, str],
    matrix: np.ndarray,
    pooled: float,
    shuffles: np.ndarray,
    seed: int,
) -> AcrossDyads:
    observed = np.diag(matrix)
    defined = observed[~np.isnan(observed)]
    off = matrix[~np.eye(len(matrix), dtype=bool)]
    off = off[~np.isnan(off)]
    return AcrossDyads(
        *where,
        n_dyads=int(defined.size),
        mean=_mean(defined),
        sd=float(np.std(defined, ddof=1)) if defined.size > 1 else None,
        minimum=float(defined.min()) if defined.size else None,
        maximum=float(defined.max()) if defined.size else None,
        pooled=None if np.isnan(pooled) else pooled,
        pseudo_mean=_mean(off),
        permutation_p=_permutation_p(matrix, defined, shuffles),
        n_permutations=len(shuffles),
        seed=seed,
    )


def _permutation_p(matrix: np.ndarray, defined: np.ndarray, shuffles: np.ndarray) -> float | None:
    """Re-pair the right sides at random; each re-pairing's mean over its defined pairs."""
    if defined.size < 2 or not len(shuffles):
        return None
    paired = matrix[np.arange(len(matrix))[None, :], shuffles]  # (B, dyads)
    defined_pairs = ~np.isnan(paired)
    counts = defined_pairs.sum(axis=1)
    sums = np.where(defined_pairs, paired, 0.0).sum(axis=1)
    means = sums[counts > 0] / counts[counts > 0]
    at_least = int((means >= float(defined.mean()) - 1e-12).sum())
    return (1 + at_least) / (1 + len(shuffles))


def _mean(values: Sequence[float] | np.ndarray) -> float | None:
    return float(np.mean(values)) if len(values) else None
