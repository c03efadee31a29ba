"""The coordinates of a CCRT analysis: settings, scopes (rows), categories (columns), layer REs."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

import numpy as np
import pandas as pd

from ccrt_coder.core.coded_re import is_coded_re
from ccrt_coder.core.completeness import is_below_threshold
from ccrt_coder.core.domain import COMPONENTS as COMPONENTS  # the analysis's axes, from core
from ccrt_coder.core.domain import (
    DEFAULT_COMPLETENESS_THRESHOLD,
    DEFAULT_MIN_RES_FOR_CCRT,
    DEFAULT_OTHER_PERSON_TYPES,
    DEFAULT_PHASES,
    LU_DIRECTION_LEVEL,
    lu_direction_label,
)
from ccrt_coder.core.domain import NARRATORS as NARRATORS
from ccrt_coder.core.domain import VALENCED_COMPONENTS as VALENCED_COMPONENTS

Positions = np.ndarray | int  # index arrays, or single indices, into one axis of a ScopeGrid
LEVELS = ("category", "cluster")  # every system's levels; DIRECTION too when it codes CCRT-LU
DIRECTION = LU_DIRECTION_LEVEL
POOLED = "ALL"
ALL, ABOUT_PARTNER, ABOUT_OTHERS = "all", "about_partner", "about_others"


@dataclass(frozen=True)
class AnalysisSettings:
    """The project settings CCRT formation depends on; labels are for display only."""

    completeness_threshold: float = DEFAULT_COMPLETENESS_THRESHOLD
    min_res: int = DEFAULT_MIN_RES_FOR_CCRT
    phases: tuple[int, ...] = DEFAULT_PHASES
    other_types: tuple[str, ...] = DEFAULT_OTHER_PERSON_TYPES
    category_labels: Mapping[str, str] = field(default_factory=dict, hash=False)
    cluster_labels: Mapping[str, str] = field(default_factory=dict, hash=False)

    def label(self, level: str, code: str) -> str:
        if level == DIRECTION:
            return lu_direction_label(code)
        labels = self.category_labels if level == "category" else self.cluster_labels
        return labels.get(code, code)

    def to_dict(self) -> dict[str, object]:
        return {
            "completeness_threshold": float(self.completeness_threshold),
            "min_res": int(self.min_res),
            "phases": [int(p) for p in self.phases],
            "other_types": list(self.other_types),
        }


class ScopeKey(NamedTuple):
    """One scope: a dyad (or POOLED), a narrator, a phase and an RE filter (``scope``)."""

    dyad: str
    narrator: str
    phase: int
    scope: str = ALL


def other_scope(other_type: str) -> str:
    """The filter name of 'REs about one other-person type', e.g. ``other:mother``."""
    return f"other:{other_type}"


@dataclass(frozen=True)
class ScopeGrid:
    """Every dyad × narrator × phase × filter, numbered so a scope id is plain arithmetic.

    Numbering (instead of a groupby per scope) lets all scopes be counted with one bincount.
    """

    dyads: tuple[str, ...]  # the project's dyads, then POOLED
    phases: tuple[int, ...]
    scopes: tuple[str, ...]  # all, about_partner, about_others, other:<type>...

    def __len__(self) -> int:
        return len(self.dyads) * len(NARRATORS) * len(self.phases) * len(self.scopes)

    def ids(
        self, dyad: Positions, narrator: Positions, phase: Positions, scope: Positions
    ) -> Positions:
        """Scope ids from index arrays (or ints) into dyads, NARRATORS, phases and scopes."""
        return ((dyad * len(NARRATORS) + narrator) * len(self.phases) + phase) * len(
            self.scopes
        ) + scope

    def index(self, key: ScopeKey) -> int:
        """The id of one scope; KeyError names the coordinate that is not in the grid."""
        coordinates = zip(key, (self.dyads, NARRATORS, self.phases, self.scopes), strict=True)
        try:
            return int(self.ids(*(values.index(value) for value, values in coordinates)))
        except ValueError as error:
            raise KeyError(f"no such scope: {tuple(key)!r}") from error

    def key(self, scope_id: int) -> ScopeKey:
        rest, scope = divmod(int(scope_id), len(self.scopes))
        rest, phase = divmod(rest, len(self.phases))
        dyad, narrator = divmod(rest, len(NARRATORS))
        return ScopeKey(
            self.dyads[dyad], NARRATORS[narrator], self.phases[phase], self.scopes[scope]
        )

    def columns(self) -> dict[str, np.ndarray]:
        """The coordinates of every scope id, as columns (for long tables)."""
        dyad, narrator, phase, scope = np.unravel_index(
            np.arange(len(self)),
            (len(self.dyads), len(NARRATORS), len(self.phases), len(self.scopes)),
        )
        return {
            "dyad": np.asarray(self.dyads, dtype=object)[dyad],
            "narrator": np.asarray(NARRATORS, dtype=object)[narrator],
            "phase": np.asarray(self.phases, dtype=np.int64)[phase],
            "scope": np.asarray(self.scopes, dtype=object)[scope],
        }


def build_grid(res: pd.DataFrame, settings: AnalysisSettings) -> ScopeGrid:
    """Dyads sorted, phases of the settings (plus any others in the data), every filter.

    The grid is complete — a narrator without REs in a phase still gets its (empty) scope — so
    long tables and comparisons have a row for it instead of silently missing it.
    """
    dyads = sorted({str(d) for d in res["dyad"].unique()})
    if POOLED in dyads:
        raise ValueError(f"a dyad may not be called {POOLED!r}: that name means all dyads pooled")
    phases = tuple(settings.phases) + tuple(
        sorted({int(p) for p in res["phase"].unique()} - {int(p) for p in settings.phases})
    )
    types = tuple(settings.other_types) + tuple(
        sorted({str(t) for t in res["other_type"].unique()} - set(settings.other_types))
    )
    filters = (ALL, ABOUT_PARTNER, ABOUT_OTHERS, *(other_scope(t) for t in types))
    return ScopeGrid((*dyads, POOLED), tuple(int(p) for p in phases), filters)


@dataclass(frozen=True)
class CategoryAxis:
    """The columns of an analysis: per component and level, the system's codes (and labels).

    ``levels``: category and cluster, and DIRECTION when the system codes CCRT-LU directions.
    """

    levels: tuple[str, ...]
    component: tuple[str, ...]
    level: tuple[str, ...]
    code: tuple[str, ...]
    label: tuple[str, ...]
    blocks: Mapping[tuple[str, str], slice]  # (component, level) -> columns

    def __len__(self) -> int:
        return len(self.code)

    def codes(self, component: str, level: str) -> tuple[str, ...]:
        return self.code[self.blocks[component, level]]

    def lookup(self, component: str, level: str, values: pd.Series) -> np.ndarray:
        """Column numbers of ``values`` (-1 for a missing code, e.g. a unit without category)."""
        block = self.blocks[component, level]
        positions = pd.Categorical(values, categories=self.code[block]).codes.astype(np.int64)
        return np.where(positions >= 0, positions + block.start, -1)


def build_axis(
    codes: pd.DataFrame,
    settings: AnalysisSettings,
    categories_by_component: Mapping[str, Sequence[str]],
    clusters_by_component: Mapping[str, Sequence[str]],
    directions_by_component: Mapping[str, Sequence[str]] | None = None,
) -> CategoryAxis:
    """The system's codes in the caller's order; codes found in the data but not in the system
    are appended (sorted) so that no coded category silently disappears from a result.

    With ``directions_by_component`` (a CCRT-LU system) the DIRECTION level is added, read
    from the ``direction`` column of ``codes``; without it there is no such level at all.
    """
    systems = {"category": categories_by_component, "cluster": clusters_by_component}
    levels: tuple[str, ...] = LEVELS
    if directions_by_component is not None:
        systems[DIRECTION] = directions_by_component
        levels = (*LEVELS, DIRECTION)
    component: list[str] = []
    level: list[str] = []
    code: list[str] = []
    blocks: dict[tuple[str, str], slice] = {}
    for comp in COMPONENTS:
        in_data = codes.loc[codes["component"] == comp]
        for lev in levels:
            known = list(dict.fromkeys(str(c) for c in systems[lev].get(comp, ())))
            extra = sorted({str(c) for c in in_data[lev].dropna().unique()} - set(known))
            blocks[comp, lev] = slice(len(code), len(code) + len(known) + len(extra))
            code += known + extra
            component += [comp] * (len(known) + len(extra))
            level += [lev] * (len(known) + len(extra))
    labels = tuple(settings.label(lev, c) for lev, c in zip(level, code, strict=True))
    return CategoryAxis(levels, tuple(component), tuple(level), tuple(code), labels, blocks)


@dataclass(frozen=True)
class LayerRes:
    """The layer's REs — those it coded — split into included and excluded by completeness.

    ``*_scopes`` hold, per RE, the six scope ids it counts in: (own dyad, pooled) × (all, about
    partner or about others, its other-person type).
    """

    included_ids: np.ndarray
    included_scopes: np.ndarray  # (n included, 6)
    unrated: np.ndarray  # bool per included RE: completeness not rated by this layer
    excluded: pd.DataFrame  # re_id, number, completeness
    excluded_scopes: np.ndarray  # (n excluded, 6)


def split_layer(res: pd.DataFrame, settings: AnalysisSettings, grid: ScopeGrid) -> LayerRes:
    """Only the REs the layer coded (:func:`~ccrt_coder.core.coded_re.is_coded_re`: a unit or a
    rating) are its own. Completeness below the threshold excludes, listed even without units;
    not rated (NaN) includes, counted unrated."""
    rated = res["completeness"].notna().to_numpy()
    layer = res.loc[is_coded_re(res["has_units"].astype(bool).to_numpy(), rated)]
    completeness = layer["completeness"].astype(float)
    included = (~is_below_threshold(completeness, settings.completeness_threshold)).to_numpy()
    scopes = _scope_ids(layer, grid)
    excluded = layer.loc[~included, ["re_id", "number", "completeness"]].reset_index(drop=True)
    return LayerRes(
        included_ids=layer["re_id"].to_numpy(np.int64)[included],
        included_scopes=scopes[included],
        unrated=completeness.isna().to_numpy()[included],
        excluded=excluded,
        excluded_scopes=scopes[~included],
    )


def _scope_ids(layer: pd.DataFrame, grid: ScopeGrid) -> np.ndarray:
    def position(column: str, values: pd.Series, known: Sequence[object]) -> np.ndarray:
        found = pd.Index(list(known)).get_indexer(pd.Index(values))
        if (found < 0).any():
            raise ValueError(f"unexpected {column}: {sorted(set(values[found < 0]))}")
        return found

    dyad = position("dyad", layer["dyad"].astype(str), grid.dyads)
    narrator = position("narrator", layer["narrator"].astype(str), NARRATORS)
    phase = position("phase", layer["phase"].astype(np.int64), grid.phases)
    other = position("other_type", "other:" + layer["other_type"].astype(str), grid.scopes)
    about = np.where(layer["about_partner"].astype(bool).to_numpy(), 1, 2)
    columns = [
        grid.ids(d, narrator, phase, f)
        for d in (dyad, len(grid.dyads) - 1)
        for f in (0, about, other)
    ]
    return np.stack(columns, axis=1).astype(np.int64).reshape(len(layer), 6)
