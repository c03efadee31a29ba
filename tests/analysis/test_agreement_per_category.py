"""Per-category kappa with the one-vs-rest Cohen method, checked against sklearn."""

import numpy as np
import pytest
from sklearn.metrics import cohen_kappa_score

from ccrt_coder.analysis.reliability import AgreementInputError, per_category_kappa


@pytest.mark.parametrize("seed", range(5))
def test_one_vs_rest_cohen_matches_sklearn_on_binarised_ratings(seed):
    rng = np.random.default_rng(seed)
    a = rng.choice(["W", "RO", "RS"], size=40)
    b = np.where(rng.random(40) < 0.6, a, rng.choice(["W", "RO", "RS"], size=40))
    kappas = per_category_kappa(np.column_stack([a, b]), method="cohen")
    assert list(kappas) == ["RO", "RS", "W"]
    for category, result in kappas.items():
        expected = cohen_kappa_score(a == category, b == category)
        assert result.value == pytest.approx(expected, abs=1e-12)
        assert result.extra["category"] == category
        assert result.statistic == "cohen_kappa_one_vs_rest"


def test_one_vs_rest_drops_missing_and_flags_unused_categories():
    rows = [["x", "x"], ["y", "x"], [None, "y"], ["y", "y"]]
    kappas = per_category_kappa(rows, method="cohen", categories=["x", "y", "z"])
    assert kappas["x"].n_units == 3 and kappas["x"].extra["n_units_dropped"] == 1
    assert not kappas["z"].is_defined


def test_one_vs_rest_needs_two_coders():
    with pytest.raises(AgreementInputError):
        per_category_kappa([[1, 2, 3]], method="cohen")
