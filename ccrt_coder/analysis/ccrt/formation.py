"""CCRT formation for every scope of one layer: per-RE counts, pervasiveness, ranks, valence."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

from ccrt_coder.analysis.ccrt.scopes import (
    ALL,
    COMPONENTS,
    DIRECTION,
    NARRATORS,
    VALENCED_COMPONENTS,
    AnalysisSettings,
    CategoryAxis,
    LayerRes,
    ScopeGrid,
    ScopeKey,
    build_axis,
    build_grid,
    split_layer,
)
from ccrt_coder.analysis.ccrt.views import ExcludedRe, ScopeResult, build_scope_result
from ccrt_coder.core.domain import Valence

RES_COLUMNS = (
    "re_id", "dyad", "narrator", "phase", "number",
    "other_type", "about_partner", "completeness", "has_units",
)  # fmt: skip
CODES_COLUMNS = ("unit_id", "re_id", "component", "category", "cluster", "valence")
DIRECTION_COLUMN = DIRECTION  # in ``codes`` too when the system codes CCRT-LU directions


@dataclass(frozen=True, eq=False)
class CcrtResults:
    """All scopes of one layer as arrays (rows: ``grid`` scope ids, columns: ``axis``).

    Arrays, not objects per scope, keep 15,000 scopes × 200 categories fast; ``scope()`` builds
    the readable :class:`ScopeResult` of one scope on demand.
    """

    settings: AnalysisSettings
    grid: ScopeGrid
    axis: CategoryAxis
    counts: np.ndarray  # (scopes, categories): included REs containing the category
    ranks: np.ndarray  # same shape, float: competition rank by count, NaN where count is 0
    n_included: np.ndarray  # (scopes,)
    n_excluded: np.ndarray
    n_unrated: np.ndarray
    valence_units: np.ndarray  # (scopes, RO/RS, +/-/none): units, each counted once
    res_with_negative: np.ndarray  # (scopes, RO/RS): included REs with any negative unit
    res_with_positive: np.ndarray  # (scopes, RO/RS): included REs with any positive unit
    res_with_valenced: np.ndarray  # (scopes, RO/RS): included REs with any + or - unit
    excluded: pd.DataFrame  # re_id, number, completeness of every excluded RE
    excluded_scopes: np.ndarray  # (excluded REs, 6): the scope ids each one was excluded from

    def pervasiveness(self) -> np.ndarray:
        """counts / included REs; NaN (undefined, not 0) for a scope without included REs."""
        with np.errstate(divide="ignore", invalid="ignore"):
            share = self.counts / self.n_included[:, None]
        share[self.n_included == 0] = np.nan
        return share

    @property
    def levels(self) -> tuple[str, ...]:
        """category, cluster, and DIRECTION when the system codes CCRT-LU directions."""
        return self.axis.levels

    def scope_keys(self) -> Iterator[ScopeKey]:
        """Every scope of the grid, in id order (dyad, narrator, phase, filter)."""
        return (self.grid.key(i) for i in range(len(self.grid)))

    def scope(self, dyad: str, narrator: str, phase: int, scope: str = ALL) -> ScopeResult:
        """The readable result of one scope; KeyError for a scope not in the grid."""
        scope_id = self.grid.index(ScopeKey(dyad, narrator, phase, scope))
        rows = (self.excluded_scopes == scope_id).any(axis=1)
        excluded = tuple(
            ExcludedRe(int(r.re_id), int(r.number), float(r.completeness))
            for r in self.excluded.loc[rows].itertuples()
        )
        return build_scope_result(self, scope_id, excluded)

    def to_dict(
        self,
        *,
        dyads: Sequence[str] | None = None,
        scopes: Sequence[str] | None = None,
        levels: Sequence[str] | None = None,
    ) -> dict[str, object]:
        """JSON-ready: settings, the grid, and every selected scope (all when None) at
        ``levels`` (None: every level of the axis)."""
        return {
            "settings": self.settings.to_dict(),
            "dyads": list(self.grid.dyads),
            "narrators": list(NARRATORS),
            "phases": list(self.grid.phases),
            "scope_filters": list(self.grid.scopes),
            "scopes": [
                self.scope(*key).to_dict(levels or self.levels)
                for key in self.scope_keys()
                if (dyads is None or key.dyad in dyads) and (scopes is None or key.scope in scopes)
            ],
        }


def compute_ccrts(
    res: pd.DataFrame,
    codes: pd.DataFrame,
    settings: AnalysisSettings,
    categories_by_component: Mapping[str, Sequence[str]],
    clusters_by_component: Mapping[str, Sequence[str]],
    directions_by_component: Mapping[str, Sequence[str]] | None = None,
) -> CcrtResults:
    """Every dyad × narrator × phase × filter scope of one layer, and the same pooled over dyads.

    ``res`` has one row per RE of the project (RES_COLUMNS): ``completeness`` is this layer's
    rating (NaN when it did not rate the RE), ``has_units`` whether the layer has a unit in it.
    ``codes`` has one row per (unit, category) of the layer (CODES_COLUMNS); a unit without a
    category is one row with category and cluster None/NaN; ``valence`` is '+', '-' or None.

    Conventions: only the REs the layer coded belong to it (a unit or a rating:
    :mod:`ccrt_coder.core.coded_re`); completeness below the threshold excludes an RE (listed
    and counted, units or not), not rated includes it (counted as unrated); a category
    counts once per included RE; pervasiveness = REs with it / included REs, undefined (None,
    NaN in arrays) when a scope has no included RE; ranks are standard competition ranks
    ('1224') by count, none for absent categories; the CCRT is every code of rank 1 (ties
    kept), empty when a component has no codes. The category and cluster lists (in display
    order) give the columns, so categories nobody used appear as 0; codes in the data but not
    in the lists are appended, not dropped.

    CCRT-LU (``directions_by_component`` given, ``codes`` with a DIRECTION_COLUMN): the
    directions are one more level, formed by the same rules — per RE, pervasiveness over the
    scope's included REs, competition ranks, ties kept. A unit without a direction does not
    count at that level (its RE still counts as included, as an RE whose units have no
    category does at the category level). Without directions the level does not exist.
    """
    _check_columns(res, RES_COLUMNS, "res")
    wanted = (*CODES_COLUMNS, DIRECTION_COLUMN) if directions_by_component else CODES_COLUMNS
    _check_columns(codes, wanted, "codes")
    unknown = set(codes["component"].dropna().unique()) - set(COMPONENTS)
    if unknown:
        raise ValueError(f"unknown components in codes: {sorted(unknown)}")
    if res["re_id"].duplicated().any():
        raise ValueError("res has duplicate re_id values")
    grid = build_grid(res, settings)
    axis = build_axis(
        codes, settings, categories_by_component, clusters_by_component, directions_by_component
    )
    layer = split_layer(res, settings, grid)
    position = pd.Index(layer.included_ids).get_indexer(codes["re_id"])
    kept = codes.loc[position >= 0]
    position = position[position >= 0]
    counts = _count_res_with(kept, position, axis, layer, len(grid))
    units, (negative, positive, valenced) = _count_valence(kept, position, layer, len(grid))
    return CcrtResults(
        settings=settings,
        grid=grid,
        axis=axis,
        counts=counts,
        ranks=_competition_ranks(counts, axis),
        n_included=_per_scope(layer.included_scopes, len(grid)),
        n_excluded=_per_scope(layer.excluded_scopes, len(grid)),
        n_unrated=_per_scope(layer.included_scopes[layer.unrated], len(grid)),
        valence_units=units,
        res_with_negative=negative,
        res_with_positive=positive,
        res_with_valenced=valenced,
        excluded=layer.excluded,
        excluded_scopes=layer.excluded_scopes,
    )


def _check_columns(frame: pd.DataFrame, wanted: Sequence[str], name: str) -> None:
    missing = [c for c in wanted if c not in frame.columns]
    if missing:
        raise ValueError(f"{name} lacks columns {missing}")


def _per_scope(scope_ids: np.ndarray, n_scopes: int) -> np.ndarray:
    return np.bincount(scope_ids.ravel(), minlength=n_scopes).astype(np.int64)


def _count_res_with(
    kept: pd.DataFrame, position: np.ndarray, axis: CategoryAxis, layer: LayerRes, n_scopes: int
) -> np.ndarray:
    """Count per RE, not per unit: (RE, category) pairs are made unique before counting, so a
    category in three units — or one unit listed twice — of an RE counts once for that RE."""
    pairs = []
    for component in COMPONENTS:
        rows = (kept["component"] == component).to_numpy()
        for level in axis.levels:
            column = axis.lookup(component, level, kept.loc[rows, level])
            pairs.append(position[rows][column >= 0] * len(axis) + column[column >= 0])
    unique = _unique(np.concatenate(pairs), len(layer.included_ids) * len(axis))
    re_position, column = np.divmod(unique, max(len(axis), 1))
    flat = layer.included_scopes[re_position] * len(axis) + column[:, None]
    return np.bincount(flat.ravel(), minlength=n_scopes * len(axis)).reshape(n_scopes, len(axis))


def _count_valence(
    kept: pd.DataFrame, position: np.ndarray, layer: LayerRes, n_scopes: int
) -> tuple[np.ndarray, tuple[np.ndarray, np.ndarray, np.ndarray]]:
    """Units, not rows: a unit with two categories has two rows but one valence, counted once.
    Units without valence are counted apart so they never dilute the share positive.
    Also per RE: included REs with a negative, a positive, and any valenced unit."""
    rows = kept["component"].isin(VALENCED_COMPONENTS).to_numpy()
    units = kept.loc[rows, ["unit_id", "component", "valence"]].assign(re=position[rows])
    units = units.drop_duplicates("unit_id")
    component = (units["component"] == VALENCED_COMPONENTS[1]).to_numpy().astype(np.int64)
    signs = [(units["valence"] == v.value).to_numpy() for v in (Valence.POSITIVE, Valence.NEGATIVE)]
    valence = np.select(signs, [0, 1], 2)
    re_position = units["re"].to_numpy(np.int64)
    flat = layer.included_scopes[re_position] * 6 + (component * 3 + valence)[:, None]
    unit_counts = np.bincount(flat.ravel(), minlength=n_scopes * 6).reshape(n_scopes, 2, 3)
    negative, positive, valenced = (
        _res_with(re_position[mask], component[mask], layer, n_scopes)
        for mask in (valence == 1, valence == 0, valence < 2)
    )
    return unit_counts, (negative, positive, valenced)


def _res_with(
    re_position: np.ndarray, component: np.ndarray, layer: LayerRes, n_scopes: int
) -> np.ndarray:
    """(scopes, RO/RS): included REs with at least one of the given units, each RE once."""
    unique = _unique(re_position * 2 + component, 2 * len(layer.included_ids))
    re_unique, component_unique = np.divmod(unique, 2)
    flat = layer.included_scopes[re_unique] * 2 + component_unique[:, None]
    return np.bincount(flat.ravel(), minlength=n_scopes * 2).reshape(n_scopes, 2)


def _unique(keys: np.ndarray, space: int) -> np.ndarray:
    """Sorted distinct keys in [0, space): a mark array beats hashing when the space is small."""
    if space > 50_000_000:
        return np.unique(keys)
    seen = np.zeros(space, dtype=bool)
    seen[keys] = True
    return np.flatnonzero(seen)


def _competition_ranks(counts: np.ndarray, axis: CategoryAxis) -> np.ndarray:
    """Standard competition ranking ('1224') by descending count within each component and
    level; absent categories (count 0) get no rank, so rank 1 is exactly the CCRT with ties."""
    ranks = np.full(counts.shape, np.nan)
    for block in axis.blocks.values():
        if block.stop > block.start:
            frame = pd.DataFrame(counts[:, block])
            ranks[:, block] = frame.rank(axis=1, method="min", ascending=False).to_numpy()
    ranks[counts == 0] = np.nan
    return ranks
