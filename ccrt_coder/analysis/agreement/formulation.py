"""Formulation-level agreement: do the coders' CCRTs (top W, RO and RS per scope) agree?

A scope is one dyad x narrator x phase. Each coder's CCRT is formed over the scope's shared REs
(no completeness exclusion, so every coder's CCRT rests on the same REs): a category counts once
per RE in which the coder used it, and the top of a component is every category with the highest
count (ties kept as a set). Coders agree on a component when their top sets are equal; they
overlap when the sets have a category in common. A scope where some coder has no unit of the
component is not comparable for it (``equal``/``intersect`` None) and is left out of the shares.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from ccrt_coder.analysis.agreement.modal_category import COMPONENTS, distinct_values


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
    component the (row, coder, value) of every coded category, value indexing ``labels``."""
    scope_keys = ["dyad", "narrator", "phase"]
    scope_of_row = shared.groupby(scope_keys, sort=False).ngroup().to_numpy()
    first = shared.drop_duplicates(scope_keys)
    n_res = shared.groupby(scope_keys, sort=False).size().to_numpy()
    tops: list[dict[str, dict[str, list[str]]]] = [
        {c: {name: [] for name in coders} for c in COMPONENTS} for _ in range(len(first))
    ]
    for component, frame in rows.items():
        _fill_tops(tops, frame, scope_of_row, component, labels[component], coders)
    scopes = tuple(
        ScopeFormulation(
            str(dyad), str(narrator), int(phase), int(n), int(n) < min_res,
            {c: {name: tuple(top[c][name]) for name in coders} for c in COMPONENTS},
        )
        for (dyad, narrator, phase), n, top in zip(
            first[scope_keys].itertuples(index=False), n_res, tops, strict=True
        )
    )  # fmt: skip
    return FormulationAgreement(level, min_res, scopes)


def _fill_tops(
    tops: list[dict[str, dict[str, list[str]]]],
    frame: pd.DataFrame,
    scope_of_row: np.ndarray,
    component: str,
    labels: tuple[str, ...],
    coders: Sequence[str],
) -> None:
    """Append each coder's most frequent values (counted once per RE) to ``tops``."""
    m, k = len(coders), max(len(labels), 1)
    row, coder, value = distinct_values(frame, m, k)  # a value counts once per RE
    keys, counts = np.unique((scope_of_row[row] * m + coder) * k + value, return_counts=True)
    if not len(keys):
        return
    group = keys // k  # scope * m + coder, sorted
    starts = np.flatnonzero(np.r_[True, group[1:] != group[:-1]])
    best = np.repeat(np.maximum.reduceat(counts, starts), np.diff(np.r_[starts, len(keys)]))
    top = keys[counts == best]
    scope_coder, values = np.divmod(top, k)
    scopes, top_coders = np.divmod(scope_coder, m)
    for scope, c, v in zip(scopes.tolist(), top_coders.tolist(), values.tolist(), strict=True):
        tops[scope][component][coders[c]].append(labels[v])
