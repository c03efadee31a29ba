"""Formulation-level agreement: do the coders' CCRTs (top W, RO and RS per scope) agree?

A scope is one dyad x narrator x phase. Each coder's CCRT is formed over the scope's shared REs
(no completeness exclusion, so every coder's CCRT rests on the same REs): a category counts once
per RE in which the coder used it, and the top of a component is every category with the highest
count (ties kept as a set). Coders agree on a component when their top sets are equal; they
overlap when the sets have a category in common. A scope where some coder has no unit of the
component is not comparable for it (``equal``/``intersect`` None) and is left out of the shares.
At the CCRT-LU direction level the same holds for directions: a unit without a direction does not
count, so a coder whose units of a component in the scope all lack one has no top there.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from ccrt_coder.analysis.agreement.modal_category import COMPONENTS
from ccrt_coder.analysis.ccrt.formation import compute_ccrts
from ccrt_coder.analysis.ccrt.scopes import (
    ALL,
    DIRECTION,
    NARRATORS,
    AnalysisSettings,
    ScopeGrid,
)


@dataclass(frozen=True)
class ScopeFormulation:
    """The coders' top categories of one scope, per component and coder."""

    dyad: str
    narrator: str
    phase: int
    n_res: int
    few_res: bool
    tops: dict[str, dict[str, tuple[str, ...]]]

    def equal(self, component: str) -> bool | None:
        sets = self._sets(component)
        return None if sets is None else all(s == sets[0] for s in sets)

    def intersect(self, component: str) -> bool | None:
        sets = self._sets(component)
        return None if sets is None else bool(set.intersection(*sets))

    def _sets(self, component: str) -> list[set[str]] | None:
        sets = [set(top) for top in self.tops[component].values()]
        return None if not sets or not all(sets) else sets

    def to_dict(self) -> dict[str, Any]:
        return {
            "dyad": self.dyad,
            "narrator": self.narrator,
            "phase": self.phase,
            "n_res": self.n_res,
            "few_res": self.few_res,
            "components": {
                c: {
                    "top": {coder: list(top) for coder, top in self.tops[c].items()},
                    "equal": self.equal(c),
                    "intersect": self.intersect(c),
                }
                for c in COMPONENTS
            },
        }


@dataclass(frozen=True)
class FormulationSummary:
    """How many scopes were comparable, and in how many the top sets were equal / overlapped."""

    n_scopes: int
    n_comparable: int
    n_equal: int
    n_intersect: int

    def to_dict(self) -> dict[str, Any]:
        share = (lambda n: n / self.n_comparable) if self.n_comparable else (lambda n: None)
        return {
            "n_scopes": self.n_scopes,
            "n_comparable": self.n_comparable,
            "n_equal": self.n_equal,
            "n_intersect": self.n_intersect,
            "share_equal": share(self.n_equal),
            "share_intersect": share(self.n_intersect),
        }


@dataclass(frozen=True)
class FormulationAgreement:
    level: str
    min_res: int
    scopes: tuple[ScopeFormulation, ...]

    def summary(self, component: str) -> FormulationSummary:
        """Per component; ``"all"``: comparable on all three, equal/overlapping on all three."""
        components = COMPONENTS if component == "all" else (component,)
        equal = [[s.equal(c) for c in components] for s in self.scopes]
        inter = [[s.intersect(c) for c in components] for s in self.scopes]
        comparable = [None not in flags for flags in equal]
        return FormulationSummary(
            n_scopes=len(self.scopes),
            n_comparable=sum(comparable),
            n_equal=sum(ok and all(f) for ok, f in zip(comparable, equal, strict=True)),
            n_intersect=sum(ok and all(f) for ok, f in zip(comparable, inter, strict=True)),
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "level": self.level,
            "min_res": self.min_res,
            "summary": {c: self.summary(c).to_dict() for c in (*COMPONENTS, "all")},
            "scopes": [scope.to_dict() for scope in self.scopes],
        }


def formulation_agreement(
    shared: pd.DataFrame,
    rows: dict[str, pd.DataFrame],
    labels: dict[str, tuple[str, ...]],
    coders: Sequence[str],
    level: str,
    min_res: int,
) -> FormulationAgreement:
    """``shared``: the shared REs (row, dyad, narrator, phase) in study order; ``rows``: per
    component the (row, coder, unit_id, value) of every coded category, value indexing ``labels``.

    Each coder's CCRT is formed by CCRT formation itself (analysis/ccrt/formation.py) over the
    shared REs, every one included: the top of a component is its categories of rank 1.
    """
    scope_keys = ["dyad", "narrator", "phase"]
    first = shared.drop_duplicates(scope_keys)
    n_res = shared.groupby(scope_keys, sort=False).size().to_numpy()
    tops = [_coder_tops(shared, first, rows, labels, coder, level) for coder in range(len(coders))]
    scopes = tuple(
        ScopeFormulation(
            str(dyad), str(narrator), int(phase), int(n), int(n) < min_res,
            {c: {name: tops[i][c][s] for i, name in enumerate(coders)} for c in COMPONENTS},
        )
        for s, ((dyad, narrator, phase), n) in enumerate(
            zip(first[scope_keys].itertuples(index=False), n_res, strict=True)
        )
    )  # fmt: skip
    return FormulationAgreement(level, min_res, scopes)


def _coder_tops(
    shared: pd.DataFrame,
    first: pd.DataFrame,
    rows: dict[str, pd.DataFrame],
    labels: dict[str, tuple[str, ...]],
    coder: int,
    level: str,
) -> dict[str, list[tuple[str, ...]]]:
    """One coder's top categories per component, for each scope of ``first`` in its order."""
    dyads = {dyad: str(i) for i, dyad in enumerate(pd.unique(shared["dyad"]))}  # never POOLED
    res = pd.DataFrame(
        {
            "re_id": shared["row"].to_numpy(),
            "dyad": shared["dyad"].map(dyads).to_numpy(),
            "narrator": shared["narrator"].astype(str).to_numpy(),
            "phase": shared["phase"].to_numpy(),
            "number": shared["row"].to_numpy(),
            "other_type": "",
            "about_partner": False,
            "completeness": np.nan,  # no completeness exclusion: every shared RE counts
            "has_units": True,
        }
    )
    codes = pd.concat(
        [_coder_codes(rows[c], c, labels[c], coder, level) for c in COMPONENTS], ignore_index=True
    )
    systems = {c: [str(label) for label in labels[c]] for c in COMPONENTS}
    settings = AnalysisSettings(
        phases=tuple(sorted({int(p) for p in res["phase"]})), other_types=()
    )
    results = compute_ccrts(
        res,
        codes,
        settings,
        systems if level == "category" else {},
        systems if level == "cluster" else {},
        systems if level == DIRECTION else None,
    )
    ranks = results.ranks[_all_scope_ids(results.grid, first, dyads)]
    return {c: _tops(ranks[:, results.axis.blocks[c, level]] == 1, labels[c]) for c in COMPONENTS}


def _all_scope_ids(grid: ScopeGrid, first: pd.DataFrame, dyads: dict[str, str]) -> np.ndarray:
    """The grid ids of the scopes of ``first`` (dyad x narrator x phase, every RE)."""

    def position(values: pd.Series, known: Sequence[object]) -> np.ndarray:
        return pd.Index(list(known)).get_indexer(pd.Index(values))

    dyad = position(first["dyad"].map(dyads), grid.dyads)
    narrator = position(first["narrator"].astype(str), NARRATORS)
    phase = position(first["phase"].astype(np.int64), grid.phases)
    return np.asarray(grid.ids(dyad, narrator, phase, grid.scopes.index(ALL)), dtype=np.int64)


def _tops(is_top: np.ndarray, labels: tuple[str, ...]) -> list[tuple[str, ...]]:
    """Per row of ``is_top`` (scopes x labels), the labels marked, in label order."""
    rows, columns = np.nonzero(is_top)
    bounds = np.searchsorted(rows, np.arange(len(is_top) + 1))
    named = [labels[j] for j in columns.tolist()]
    return [
        tuple(named[a:b]) for a, b in zip(bounds[:-1].tolist(), bounds[1:].tolist(), strict=True)
    ]


def _coder_codes(
    frame: pd.DataFrame, component: str, labels: tuple[str, ...], coder: int, level: str
) -> pd.DataFrame:
    """The coder's coded categories of one component as CCRT formation reads them."""
    mine = frame.loc[frame["coder"] == coder]
    values = pd.Series([str(label) for label in labels], dtype=object).reindex(mine["value"])
    empty = pd.Series([None] * len(mine), dtype=object)
    return pd.DataFrame(
        {
            "unit_id": mine["unit_id"].to_numpy(),
            "re_id": mine["row"].to_numpy(),
            "component": component,
            "category": (values if level == "category" else empty).to_numpy(),
            "cluster": (values if level == "cluster" else empty).to_numpy(),
            "valence": None,
            DIRECTION: (values if level == DIRECTION else empty).to_numpy(),
        }
    )
