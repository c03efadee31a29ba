"""A library statistic by name, as the per-unit terms of sufficient.py (for its bootstrap).

Statistics of one family share their terms (e.g. Fleiss' kappa, nominal alpha, percent
agreement and AC1 are computed from the same sums), so requests of one family on the same
ratings need them once (`ClusterResampler.replicates`).
"""

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

_KEYS = {  # the key of a statistic among its family's values, where not its own name
    "krippendorff_alpha_nominal": "krippendorff_alpha",
    "krippendorff_alpha_ratio": "alpha",
    "set_alpha_masi": "alpha",
    "set_alpha_jaccard": "alpha",
}


def family(statistic: str) -> tuple[str, str]:
    """The family of terms `statistic` (one of STATISTIC_NAMES) is computed from, and its key
    among the family's values."""
    if statistic not in STATISTIC_NAMES:
        raise AgreementInputError(
            f"no bootstrap for {statistic!r}; choose one of {', '.join(STATISTIC_NAMES)}"
        )
    key = _KEYS.get(statistic, statistic)
    if statistic.startswith("cohen_kappa_"):
        return "weighted pair", key
    if statistic.startswith(("cohen", "scott")):
        return "pair", key
    if (
        statistic in ("percent_agreement", "gwet_ac1", "fleiss_kappa")
        or key == "krippendorff_alpha"
    ):
        return "nominal", key
    return statistic, key


def family_terms(
    name: str, ratings: Any, categories: Sequence[Hashable] | None = None
) -> Sufficient:
    """The per-unit terms of the family ``name`` (see `family`) of `ratings` (units x coders)."""
    if name.endswith("pair"):
        coded = _two_columns(ratings, categories)
        return pair_statistics(coded.codes, len(coded.categories), name == "weighted pair")
    if name.startswith("set_alpha"):
        coded = code_ratings(frozen_ratings(ratings), categories)
        return distance_alpha(coded.codes, set_distances(coded.categories, name[10:]))
    coded = code_ratings(ratings, categories)
    k = len(coded.categories)
    if name == "percent_agreement_all":
        return percent_all(coded.codes, k)
    if name == "icc_2_1":
        return icc(_numbers(coded, "ICC"))
    if name == "krippendorff_alpha_ordinal":
        return ordinal_alpha(coded.codes, k)
    if name == "krippendorff_alpha_interval":
        return interval_alpha(_numbers(coded, "interval alpha"))
    if name == "krippendorff_alpha_ratio":
        points = coded.numeric_categories("ratio alpha")
        return distance_alpha(coded.codes, ratio_distance(points[:, None], points[None, :]))
    return nominal_statistics(coded.codes, k)


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
