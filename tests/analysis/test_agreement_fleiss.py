"""Fleiss' kappa (1971) and its per-category kappa_j against published examples and statsmodels."""

import numpy as np
import pytest
from statsmodels.stats.inter_rater import aggregate_raters
from statsmodels.stats.inter_rater import fleiss_kappa as statsmodels_fleiss

from ccrt_coder.analysis.reliability import AgreementInputError, fleiss_kappa, per_category_kappa

# Fleiss (1971, p. 379): 30 patients, 6 psychiatrists each, 5 diagnoses
# (1 depression, 2 personality disorder, 3 schizophrenia, 4 neurosis, 5 other);
# R irr's `diagnoses`, the rows of irrCAC's `distrib.6raters` (first 15).
DIAGNOSES = [
    [4, 4, 4, 4, 4, 4], [2, 2, 2, 5, 5, 5], [2, 3, 3, 3, 3, 5], [5, 5, 5, 5, 5, 5],
    [2, 2, 2, 4, 4, 4], [1, 1, 3, 3, 3, 3], [3, 3, 3, 3, 5, 5], [1, 1, 3, 3, 3, 4],
    [1, 1, 4, 4, 4, 4], [5, 5, 5, 5, 5, 5], [1, 4, 4, 4, 4, 4], [1, 2, 4, 4, 4, 4],
    [2, 2, 2, 3, 3, 3], [1, 4, 4, 4, 4, 4], [2, 2, 4, 4, 4, 5], [3, 3, 3, 3, 3, 5],
    [1, 1, 1, 4, 5, 5], [1, 1, 1, 1, 1, 2], [2, 2, 4, 4, 4, 4], [1, 3, 3, 5, 5, 5],
    [5, 5, 5, 5, 5, 5], [2, 4, 4, 4, 4, 4], [2, 2, 4, 5, 5, 5], [1, 1, 4, 4, 4, 4],
    [1, 4, 4, 4, 4, 5], [2, 2, 2, 2, 2, 4], [1, 1, 1, 1, 5, 5], [2, 2, 4, 4, 4, 4],
    [1, 3, 3, 3, 3, 3], [5, 5, 5, 5, 5, 5],
]  # fmt: skip

# Wikipedia "Fleiss' kappa" worked example: 10 subjects x 5 categories, 14 raters (counts).
WIKIPEDIA_COUNTS = [
    [0, 0, 0, 0, 14], [0, 2, 6, 4, 2], [0, 0, 3, 5, 6], [0, 3, 9, 2, 0], [2, 2, 8, 1, 1],
    [7, 7, 0, 0, 0], [3, 2, 6, 3, 0], [2, 5, 3, 2, 2], [6, 5, 2, 1, 0], [0, 2, 2, 3, 7],
]  # fmt: skip


def rows_from_counts(counts):
    """Units x raters table from units x categories counts (category = column index + 1)."""
    return [[j + 1 for j, n in enumerate(row) for _ in range(n)] for row in counts]


def test_wikipedia_worked_example():
    result = fleiss_kappa(rows_from_counts(WIKIPEDIA_COUNTS))
    assert result.value == pytest.approx(0.210, abs=5e-4)
    assert result.observed == pytest.approx(0.378, abs=5e-4)  # P-bar
    assert result.expected == pytest.approx(0.213, abs=5e-4)  # P-bar_e
    p = [result.extra["p"][j] for j in range(1, 6)]
    assert p == pytest.approx([0.143, 0.200, 0.279, 0.150, 0.229], abs=5e-4)
    assert result.n_units == 10 and result.extra["n_ratings_per_unit"] == 14


def test_fleiss_1971_example():
    # Fleiss (1971): kappa = .430, P-bar = .5556, p_j = .144 .144 .167 .306 .239;
    # R irr kappam.fleiss(diagnoses) = 0.4302445. (Fleiss prints P_e = .2201, computed from the
    # rounded p_j; unrounded it is .21994.)
    result = fleiss_kappa(DIAGNOSES)
    assert result.value == pytest.approx(0.4302445, abs=5e-8)
    assert result.observed == pytest.approx(0.5556, abs=5e-5)
    assert sum(round(p, 3) ** 2 for p in result.extra["p"].values()) == pytest.approx(
        0.2201, abs=5e-5
    )
    p = [result.extra["p"][j] for j in range(1, 6)]
    assert p == pytest.approx([0.144, 0.144, 0.167, 0.306, 0.239], abs=5e-4)


def test_fleiss_1971_category_kappas():
    # Fleiss (1971) kappa_j: depression .245, personality disorder .245, schizophrenia .520,
    # neurosis .471, other .566.
    kappas = per_category_kappa(DIAGNOSES)
    values = [kappas[j].value for j in range(1, 6)]
    assert values == pytest.approx([0.245, 0.245, 0.520, 0.471, 0.566], abs=5e-4)
    assert kappas[3].expected == pytest.approx(0.167, abs=5e-4)  # p_j


def test_irrcac_distrib_6raters():
    # irrCAC README: fleiss.kappa.dist(distrib.6raters) -> 0.4139265, pa 0.5511111, pe 0.2340741
    result = fleiss_kappa(DIAGNOSES[:15])
    assert result.value == pytest.approx(0.4139265, abs=5e-8)
    assert result.observed == pytest.approx(0.5511111, abs=5e-8)
    assert result.expected == pytest.approx(0.2340741, abs=5e-8)


@pytest.mark.parametrize("seed", range(8))
def test_matches_statsmodels(seed):
    rng = np.random.default_rng(seed)
    n_raters, n_categories = int(rng.integers(2, 8)), int(rng.integers(2, 6))
    ratings = rng.integers(0, n_categories, size=(50, n_raters))
    table, _ = aggregate_raters(ratings)
    assert fleiss_kappa(ratings).value == pytest.approx(statsmodels_fleiss(table), abs=1e-12)


def test_category_kappas_by_definition():
    # kappa_j = 1 - sum_i n_ij (n - n_ij) / (N n (n - 1) p_j q_j), straight from Fleiss (1971).
    rng = np.random.default_rng(3)
    ratings = rng.integers(0, 4, size=(25, 5))
    counts = np.stack([(ratings == j).sum(axis=1) for j in range(4)], axis=1)
    n_units, n = counts.shape[0], 5
    kappas = per_category_kappa(ratings)
    for j in range(4):
        p = counts[:, j].sum() / (n_units * n)
        expected = 1 - (counts[:, j] * (n - counts[:, j])).sum() / (
            n_units * n * (n - 1) * p * (1 - p)
        )
        assert kappas[j].value == pytest.approx(expected, abs=1e-12)


def test_incomplete_units_are_dropped_and_counted_or_refused():
    rows = [["a", "a", "b"], ["b", "b", "b"], ["a", None, "a"], [None, None, None]]
    result = fleiss_kappa(rows)
    assert result.n_units == 2 and result.extra["n_units_dropped"] == 2
    assert result.value == pytest.approx(fleiss_kappa(rows[:2]).value)
    with pytest.raises(AgreementInputError, match="same number of ratings"):
        fleiss_kappa(rows, incomplete="raise")


def test_degenerate_inputs_are_undefined():
    assert fleiss_kappa([]).undefined_reason == "no units with ratings"
    assert not fleiss_kappa([["a", None], [None, "b"]]).is_defined  # one rating per unit
    assert not fleiss_kappa([["a", "a"], ["a", "a"]]).is_defined  # P_e = 1
    kappas = per_category_kappa([["a", "a"], ["a", "a"]], categories=["a", "b"])
    assert kappas["a"].undefined_reason == "every rating is this category"
    assert kappas["b"].undefined_reason == "category never used"
    assert per_category_kappa([]) == {}


def test_bad_arguments():
    with pytest.raises(AgreementInputError):
        fleiss_kappa([[1, 2]], incomplete="keep")  # type: ignore[arg-type]
    with pytest.raises(AgreementInputError):
        per_category_kappa([[1, 2]], method="scott")  # type: ignore[arg-type]
