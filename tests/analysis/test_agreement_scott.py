"""Scott's pi (1955): a hand-computed example, irrCAC's value and exact relations."""

import numpy as np
import pytest

from ccrt_coder.analysis.reliability import (
    AgreementInputError,
    fleiss_kappa,
    krippendorff_alpha,
    scott_pi,
)


def rows_from_table(table):
    return [
        [i, j] for i, row in enumerate(table) for j, count in enumerate(row) for _ in range(count)
    ]


def test_hand_computed_example():
    # 10 units, categories a/b. Coder 1: a a a a a a b b b b; coder 2: a a a a b b b b b a.
    # Agreement on units 1-4 (a) and 7-9 (b): p_o = 7/10.
    # Pooled 20 ratings: a = 6 + 5 = 11, b = 4 + 5 = 9 -> p_e = (11/20)^2 + (9/20)^2 = .505
    # pi = (.7 - .505) / (1 - .505) = .195 / .495 = 0.393939...
    one = list("aaaaaabbbb")
    two = list("aaaabbbbba")
    result = scott_pi(list(zip(one, two, strict=True)))
    assert result.observed == pytest.approx(0.7)
    assert result.expected == pytest.approx(0.505)
    assert result.value == pytest.approx(0.195 / 0.495)


def test_irrcac_cont3x3abstractors():
    # irrCAC README: scott2.table(cont3x3abstractors) -> 0.7962397
    result = scott_pi(rows_from_table([[13, 0, 0], [0, 20, 7], [0, 4, 56]]))
    assert result.value == pytest.approx(0.7962397, abs=5e-8)


@pytest.mark.parametrize("seed", range(6))
def test_equals_fleiss_kappa_for_two_ratings_per_unit(seed):
    rng = np.random.default_rng(seed)
    ratings = rng.integers(0, 4, size=(40, 2))
    assert scott_pi(ratings).value == pytest.approx(fleiss_kappa(ratings).value, abs=1e-12)


@pytest.mark.parametrize("seed", range(6))
def test_relation_to_nominal_alpha_without_missing_data(seed):
    # Two coders, N units, no missing: D_e(alpha) = 2N/(2N-1) * (1 - p_e(pi)) and D_o is equal,
    # so alpha = 1 - (2N - 1)/(2N) * (1 - pi) exactly.
    rng = np.random.default_rng(seed)
    ratings = rng.integers(0, 5, size=(30, 2))
    ratings[:, 1] = np.where(rng.random(30) < 0.5, ratings[:, 0], ratings[:, 1])
    n = len(ratings)
    pi = scott_pi(ratings).value
    alpha = krippendorff_alpha(ratings).value
    assert alpha == pytest.approx(1 - (2 * n - 1) / (2 * n) * (1 - pi), abs=1e-12)


def test_missing_ratings_dropped_and_counted():
    result = scott_pi([["a", "a"], ["b", None], [None, None], ["b", "b"], ["a", "b"]])
    assert result.n_units == 3 and result.extra["n_units_dropped"] == 2


def test_degenerate_inputs_are_undefined():
    assert not scott_pi([]).is_defined
    assert not scott_pi([[None, "a"], ["b", None]]).is_defined
    only_one = scott_pi([["a", "a"], ["a", "a"]])
    assert not only_one.is_defined and "one category" in only_one.undefined_reason


def test_needs_exactly_two_coders():
    with pytest.raises(AgreementInputError):
        scott_pi([[1, 2, 3]])
