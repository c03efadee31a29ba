"""A library statistic by name, as the per-unit terms of sufficient.py (for its bootstrap)."""

from collections.abc import Hashable, Sequence
from typing import Any

import numpy as np

from .krippendorff import ratio_distance
from .ratings import MISSING, CodedRatings, code_pair, code_ratings
from .result import AgreementInputError
from .set_distance import frozen_ratings, set_distances
from .sufficient import (
    STATISTIC_NAMES,
    Sufficient,
    nominal_statistics,
    pair_statistics,
    percent_all,
)
from .sufficient_scales import distance_alpha, icc, interval_alpha, ordinal_alpha


def named_statistic(
    statistic: str, ratings: Any, categories: Sequence[Hashable] | None = None
) -> tuple[Sufficient, str]:
    """The terms of `ratings` (units x coders) for `statistic` (one of STATISTIC_NAMES) and the
    key of its values among those the terms compute."""
    if statistic not in STATISTIC_NAMES:
        raise AgreementInputError(
            f"no bootstrap for {statistic!r}; choose one of {', '.join(STATISTIC_NAMES)}"
        )
    if statistic.startswith(("cohen", "scott")):
        coded = _two_columns(ratings, categories)
        return pair_statistics(coded.codes, len(coded.categories)), statistic
    if statistic.startswith("set_alpha"):
        coded = code_ratings(frozen_ratings(ratings), categories)
        return distance_alpha(coded.codes, set_distances(coded.categories, statistic[10:])), "alpha"
    coded = code_ratings(ratings, categories)
    k = len(coded.categories)
    if statistic == "percent_agreement_all":
        return percent_all(coded.codes, k), statistic
    if statistic == "icc_2_1":
        return icc(_numbers(coded, "ICC")), statistic
    if statistic == "krippendorff_alpha_ordinal":
        return ordinal_alpha(coded.codes, k), statistic
    if statistic == "krippendorff_alpha_interval":
        return interval_alpha(_numbers(coded, "interval alpha")), statistic
    if statistic == "krippendorff_alpha_ratio":
        points = coded.numeric_categories("ratio alpha")
        return distance_alpha(
            coded.codes, ratio_distance(points[:, None], points[None, :])
        ), "alpha"
    name = "krippendorff_alpha" if statistic.startswith("krippendorff") else statistic
    return nominal_statistics(coded.codes, k), name


def _numbers(coded: CodedRatings, purpose: str) -> np.ndarray:
    """The ratings as numbers, NaN where missing."""
    if coded.n_units == 0 or not (coded.codes != MISSING).any():
        return np.full(coded.codes.shape, np.nan)
    points = coded.numeric_categories(purpose)
    return np.where(coded.codes == MISSING, np.nan, points[np.maximum(coded.codes, 0)])


def _two_columns(ratings: Any, categories: Sequence[Hashable] | None) -> CodedRatings:
    array = ratings.to_numpy() if hasattr(ratings, "to_numpy") else ratings
    if isinstance(array, np.ndarray) and array.ndim == 2 and array.shape[1] == 2:
        return code_pair(array[:, 0], array[:, 1], categories)
    coded = code_ratings(ratings, categories)
    if coded.n_coders != 2 and coded.n_units > 0:
        raise AgreementInputError(f"two-coder statistics need two coders, got {coded.n_coders}")
    return coded
