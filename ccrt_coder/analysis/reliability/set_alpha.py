"""Krippendorff's alpha for set-valued codes (MASI or Jaccard distance) and the exact-match rate."""

from collections.abc import Hashable, Sequence
from dataclasses import replace
from typing import Any, Literal

import numpy as np

from .percent import percent_agreement
from .ratings import code_ratings
from .result import AgreementResult, undefined
from .set_distance import SetDistance, frozen_ratings, set_distances
from .sufficient import totals
from .sufficient_scales import distance_alpha
from .tables import shares


def set_alpha(
    ratings: Any,
    *,
    distance: SetDistance = "masi",
    categories: Sequence[Hashable] | None = None,
) -> AgreementResult:
    """Krippendorff's alpha over set values with the MASI or Jaccard distance (Passonneau 2006).

    `ratings` is units x coders; each rating is a set of labels (set or frozenset; the empty set
    is a value, "none"), missing ratings None/NaN. alpha = 1 - D_o / D_e as in
    `krippendorff_alpha` (Krippendorff 2011) with delta the set distance (not squared, as in
    Passonneau 2006 and NLTK's AnnotationTask.alpha): over the n ratings of units rated at least
    twice, D_o = (1/n) sum_u sum_{i != j in u} delta(v_ui, v_uj) / (m_u - 1) and
    D_e = sum_{A,B} n_A n_B delta(A, B) / (n (n - 1)) over the distinct sets A, B.
    `observed`/`expected` are D_o and D_e; undefined without pairable units or when every
    pairable rating is the same set.
    """
    coded = code_ratings(frozen_ratings(ratings), categories)
    name = f"set_alpha_{distance}"
    found = totals(distance_alpha(coded.codes, set_distances(coded.categories, distance)))
    counts = coded.counts()
    pairable = counts.sum(axis=1) >= 2
    n_units = int(pairable.sum())
    details: dict[str, Any] = {
        "distance": distance,
        "n_units_dropped": coded.n_units - n_units,
        "n_values": int(counts[pairable].sum()),
        "prevalence": shares(counts[pairable].sum(axis=0), coded.categories),
    }
    if n_units == 0:
        reason = "no unit was rated by at least two coders"
        return undefined(name, reason, n_coders=coded.n_coders, **details)
    observed, expected = float(found["observed"][0]), float(found["expected"][0])
    if np.isnan(found["alpha"][0]):
        reason = "all pairable ratings are the same set, so expected disagreement is 0"
        return undefined(name, reason, n_units=n_units, n_coders=coded.n_coders, **details)
    return AgreementResult(
        float(found["alpha"][0]),
        n_units=n_units,
        n_coders=coded.n_coders,
        observed=observed,
        expected=expected,
        extra=details,
        statistic=name,
    )


def exact_match_rate(
    ratings: Any, *, method: Literal["pairwise", "all"] = "pairwise"
) -> AgreementResult:
    """The share of coder pairs (or with "all", of units) giving identical sets, with its CI.

    Percent agreement on the sets as values (see `percent_agreement`), over units rated at least
    twice; the companion of `set_alpha` (an exact match is a MASI/Jaccard distance of 0).
    """
    result = percent_agreement(frozen_ratings(ratings), method=method)
    return replace(result, statistic="exact_match_rate")
