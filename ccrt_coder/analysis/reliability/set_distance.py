"""Distances between set-valued codes: Jaccard and MASI (Passonneau 2006).

A coder's value for a unit is a set of labels (frozenset; the empty set is a value, e.g. "none").
Jaccard distance is 1 - |A & B| / |A | B|; MASI ("Measuring Agreement on Set-valued Items",
Passonneau 2006, LREC) is 1 - J * M with J the Jaccard similarity and the monotonicity weight
M = 1 if A = B, 2/3 if one is a subset of the other, 1/3 if they overlap otherwise, 0 if they are
disjoint. Two empty sets are equal (distance 0); an empty and a non-empty set are disjoint (1).
"""

from collections.abc import Collection, Hashable, Sequence
from typing import Any, Literal

import numpy as np

from .result import AgreementInputError

SetDistance = Literal["masi", "jaccard"]


def jaccard_distance(a: Collection[Hashable], b: Collection[Hashable]) -> float:
    """1 - |A & B| / |A | B| (0 for two empty sets)."""
    first, second = frozenset(a), frozenset(b)
    union = len(first | second)
    return 0.0 if union == 0 else 1.0 - len(first & second) / union


def masi_distance(a: Collection[Hashable], b: Collection[Hashable]) -> float:
    """1 - J * M (Passonneau 2006): Jaccard similarity times the monotonicity weight M."""
    first, second = frozenset(a), frozenset(b)
    if first == second:
        return 0.0
    common = len(first & second)
    if common == 0:
        return 1.0
    monotonicity = 2.0 / 3.0 if first <= second or second <= first else 1.0 / 3.0
    return 1.0 - common / len(first | second) * monotonicity


def set_distances(values: Sequence[Hashable], distance: str) -> np.ndarray:
    """The V x V matrix of `distance` ("masi" or "jaccard") between the set values given."""
    if distance not in ("masi", "jaccard"):
        raise AgreementInputError(f"distance must be 'masi' or 'jaccard', not {distance!r}")
    sets = [value for value in values if isinstance(value, frozenset)]
    if len(sets) != len(values):
        raise AgreementInputError("set-valued alpha needs each rating to be a set (frozenset)")
    labels = {label: i for i, label in enumerate(dict.fromkeys(x for s in sets for x in s))}
    members = np.zeros((len(sets), len(labels)))
    for row, value in enumerate(sets):
        members[row, [labels[x] for x in value]] = 1.0
    common = members @ members.T  # masi_distance / jaccard_distance for every pair at once
    size = members.sum(axis=1)
    union = size[:, None] + size[None, :] - common
    jaccard: np.ndarray = np.divide(common, union, out=np.ones_like(common), where=union > 0)
    distances: np.ndarray
    if distance == "jaccard":
        distances = 1.0 - jaccard
        return distances
    nested = common == np.minimum(size[:, None], size[None, :])
    monotonicity = np.where(nested, 2.0 / 3.0, np.where(common > 0, 1.0 / 3.0, 0.0))
    monotonicity[(common == size[:, None]) & (common == size[None, :])] = 1.0
    distances = 1.0 - jaccard * monotonicity
    return distances


def frozen_ratings(ratings: Any) -> list[list[Any]]:
    """A units x coders table with every set made a frozenset (hashable); other values as given."""
    if hasattr(ratings, "to_numpy"):
        ratings = ratings.to_numpy()
    if isinstance(ratings, np.ndarray):
        ratings = ratings.tolist()
    try:
        return [[frozenset(v) if isinstance(v, set) else v for v in row] for row in ratings]
    except TypeError as error:
        raise AgreementInputError(
            "ratings must be a table: one row per unit, one column per coder"
        ) from error
