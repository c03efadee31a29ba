"""Main-category agreement without tie-breaks: each coder's *set* of top categories per RE.

A coder's value in an RE and component is the set of categories (or clusters) on most of the
coder's units there (a unit counts once per category; ties are kept, none is broken by position).
Agreement on these sets: Krippendorff's alpha with the MASI distance (Passonneau 2006) and the
exact-match rate (pairwise percent agreement on the sets). Primary figures: a coder without a
unit of the component in an RE that another coder scored has the empty set ("none"), a
disagreement; REs nobody scored are left out. The complete-case variant leaves such REs out
of each pair (and the coder's value out of the all-coder figures).
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from ccrt_coder.analysis.agreement.resampling import Resampler
from ccrt_coder.analysis.agreement.statistics import StatBlock, replicate_stats
from ccrt_coder.analysis.reliability.set_distance import set_distances
from ccrt_coder.analysis.reliability.sufficient_scales import distance_alpha

NONE = "none"
STATS = ("masi_alpha", "exact_match")
REASON = "no two coders' sets to compare, or every set is the same"


@dataclass(frozen=True)
class SetAgreement:
    """The primary (empty set = none) and complete-case figures on the top sets."""

    primary: StatBlock
    complete_cases: StatBlock

    def to_dict(self) -> dict[str, Any]:
        return {"primary": self.primary.to_dict(), "complete_cases": self.complete_cases.to_dict()}


TopSets = tuple[np.ndarray, list[frozenset[int]]]  # codes (REs x coders, -1: none), sets


def top_sets(rows: pd.DataFrame, n_res: int, n_coders: int) -> TopSets:
    """Each (row, coder)'s set of top label indices as a code into a list of distinct sets
    (the empty set always among them); -1 where the coder has no value."""
    rows = rows.drop_duplicates(["unit_id", "value"])
    if rows.empty:
        return np.full((n_res, n_coders), -1, dtype=np.int64), [frozenset()]
    key = rows["row"].to_numpy(np.int64) * n_coders + rows["coder"].to_numpy(np.int64)
    value = rows["value"].to_numpy(np.int64)
    n_labels = int(value.max()) + 1 if len(value) else 1
    pairs, n = np.unique(key * n_labels + value, return_counts=True)
    owner, label = np.divmod(pairs, n_labels)
    starts = np.flatnonzero(np.r_[True, owner[1:] != owner[:-1]])
    best = np.repeat(np.maximum.reduceat(n, starts), np.diff(np.r_[starts, len(n)]))
    top_owner, top_label = owner[n == best], label[n == best]
    groups = np.flatnonzero(np.r_[True, top_owner[1:] != top_owner[:-1]])
    kinds, which = _distinct_sets(top_label, groups, n_labels)
    distinct = sorted(set(kinds) | {frozenset()}, key=lambda s: (len(s), sorted(s)))
    index = np.array([distinct.index(kind) for kind in kinds], dtype=np.int64)
    codes = np.full(n_res * n_coders, -1, dtype=np.int64)
    codes[top_owner[groups]] = index[which]
    return codes.reshape(n_res, n_coders), distinct


def _distinct_sets(
    labels: np.ndarray, groups: np.ndarray, n_labels: int
) -> tuple[list[frozenset[int]], np.ndarray]:
    """The distinct sets among the groups of ``labels`` (runs starting at ``groups``) and each
    group's number among them; as bit masks while the labels fit into 62 bits."""
    if n_labels <= 62:
        masks = np.bitwise_or.reduceat(np.left_shift(np.int64(1), labels), groups)
        unique, which = np.unique(masks, return_inverse=True)
        kinds = [frozenset(b for b in range(n_labels) if int(mask) >> b & 1) for mask in unique]
        return kinds, which
    found = [frozenset(m.tolist()) for m in np.split(labels, groups[1:])]
    kinds = list(dict.fromkeys(found))
    position = {kind: i for i, kind in enumerate(kinds)}
    return kinds, np.array([position[kind] for kind in found], dtype=np.int64)


def set_values(codes: np.ndarray, distance: np.ndarray, rs: Resampler) -> dict[str, np.ndarray]:
    """Krippendorff's alpha of codes into sets (``distance``: MASI between them) and the
    exact-match rate, per replicate."""
    found = rs.values(distance_alpha(codes, distance))
    return {"masi_alpha": found["alpha"], "exact_match": found["exact_match"]}


def set_agreement(
    sets: TopSets, labels: Sequence[str], coders: Sequence[str], resampler: Resampler
) -> SetAgreement:
    """Both variants for a table of top sets (rows: the resampler's rows)."""
    codes, distinct = sets
    index = {s: i for i, s in enumerate(distinct)}
    names = tuple("+".join(labels[i] for i in sorted(s)) or NONE for s in distinct)
    distance = set_distances(distinct, "masi")
    scored = (codes >= 0).any(axis=1)
    primary = np.where(codes[scored] >= 0, codes[scored], index[frozenset()])
    rs = resampler.for_rows(np.nonzero(scored)[0])
    return SetAgreement(
        _block(primary, names, distance, coders, rs),
        _block(codes[scored], names, distance, coders, rs),
    )


def _block(
    codes: np.ndarray,
    names: tuple[str, ...],
    distance: np.ndarray,
    coders: Sequence[str],
    rs: Resampler,
) -> StatBlock:
    rated = (codes >= 0).sum(axis=1) >= 2
    k = len(names)
    pairs = []
    for i, j in itertools.combinations(range(len(coders)), 2):
        both = (codes[:, [i, j]] >= 0).all(axis=1)
        sub = rs.for_rows(np.nonzero(both)[0])
        pair = codes[both][:, [i, j]]
        values = set_values(pair, distance, sub)
        pairs.append(
            replicate_stats((coders[i], coders[j]), values, STATS, int(both.sum()), rs, REASON)
        )
    values = set_values(codes, distance, rs)
    overall = replicate_stats(("", ""), values, STATS, int(rated.sum()), rs, REASON)
    used = codes[rated][codes[rated] >= 0]
    totals = np.bincount(used, minlength=k)
    total = max(int(totals.sum()), 1)
    return StatBlock(
        n_res=len(codes),
        n_rated=int(rated.sum()),
        missing={name: int((codes[:, i] < 0).sum()) for i, name in enumerate(coders)},
        counts={name: int(n) for name, n in zip(names, totals, strict=True) if n},
        prevalence={name: int(n) / total for name, n in zip(names, totals, strict=True) if n},
        pairs=tuple(pairs),
        overall=overall.stats,
        intervals=overall.intervals,
    )
