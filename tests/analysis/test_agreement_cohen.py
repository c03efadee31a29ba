"""Cohen's kappa (1960) and weighted kappa (1968) against published examples and sklearn."""

import numpy as np
import pytest
from sklearn.metrics import cohen_kappa_score

from ccrt_coder.analysis.reliability import AgreementInputError, cohen_kappa

# R irr's `anxiety` data (20 subjects, 3 raters), as in statsmodels' irr comparison tests.
ANXIETY = np.array(
    [
        [3, 3, 2], [3, 6, 1], [3, 4, 4], [4, 6, 4], [5, 2, 3], [5, 4, 2], [2, 2, 1],
        [3, 4, 6], [5, 3, 1], [2, 3, 1], [2, 2, 1], [6, 3, 2], [1, 3, 3], [5, 3, 3],
        [2, 2, 1], [2, 2, 1], [1, 1, 3], [2, 3, 3], [4, 3, 2], [3, 4, 2],
    ]
)  # fmt: skip


def from_table(table, labels):
    """Expand a coder-1 x coder-2 count table into two rating sequences."""
    a, b = [], []
    for i, row in enumerate(table):
        for j, count in enumerate(row):
            a += [labels[i]] * count
            b += [labels[j]] * count
    return a, b


def test_wikipedia_fifty_applications():
    # Wikipedia "Cohen's kappa": 20 yes/yes, 15 no/no, A yes/B no 5, A no/B yes 10.
    # p_o = 35/50 = .7; p_yes = .5 * .6 = .3, p_no = .5 * .4 = .2, p_e = .5; kappa = .2/.5 = .4
    a, b = from_table([[20, 5], [10, 15]], ["yes", "no"])
    result = cohen_kappa(a, b)
    assert result.value == pytest.approx(0.4, abs=1e-12)
    assert result.observed == pytest.approx(0.7) and result.expected == pytest.approx(0.5)
    assert result.n_units == 50
    assert result.confusion == {"no": {"no": 15, "yes": 10}, "yes": {"no": 5, "yes": 20}}


@pytest.mark.parametrize(
    ("table", "kappa"), [([[45, 15], [25, 15]], 0.1304), ([[25, 35], [5, 35]], 0.2593)]
)
def test_wikipedia_same_agreement_different_kappa(table, kappa):
    # Both tables have p_o = .60; the marginals differ, so p_e (.54 vs .46) and kappa differ.
    a, b = from_table(table, ["yes", "no"])
    result = cohen_kappa(a, b)
    assert result.observed == pytest.approx(0.60)
    assert result.value == pytest.approx(kappa, abs=5e-5)


def test_irrcac_cont3x3abstractors():
    # irrCAC README: kappa2.table(cont3x3abstractors) -> 0.7964094
    a, b = from_table([[13, 0, 0], [0, 20, 7], [0, 4, 56]], ["Ectopic", "AIU", "NIU"])
    assert cohen_kappa(a, b).value == pytest.approx(0.7964094, abs=5e-8)


@pytest.mark.parametrize(
    ("weights", "expected"),
    [(None, -0.006289308), ("linear", 0.1459075), ("quadratic", 0.2520325)],
)
def test_r_irr_kappa2_anxiety(weights, expected):
    # R irr documentation: kappa2(anxiety[,2:3]) / (..., "equal") / (..., "squared").
    # irr weights by the positions of the levels used (1, 2, 3, 4, 6): our default categories.
    result = cohen_kappa(ANXIETY[:, 1], ANXIETY[:, 2], weights=weights)
    assert result.value == pytest.approx(expected, abs=5e-8)


def test_weighted_kappa_by_hand():
    # 3 ordered categories, table f = [[2,1,0],[0,2,1],[1,0,3]], n = 10.
    # rows r = (3,3,4), cols c = (3,3,4); linear weights |i-j|.
    # sum w f = 1*1 + 1*1 + 2*1 = 4;  sum w r c / n = (1*9+2*12+1*9+1*12+2*12+1*12)/10 = 9
    # kappa_w = 1 - 4/9 = 5/9
    a, b = from_table([[2, 1, 0], [0, 2, 1], [1, 0, 3]], [1, 2, 3])
    assert cohen_kappa(a, b, weights="linear").value == pytest.approx(5 / 9)


@pytest.mark.parametrize("seed", range(8))
@pytest.mark.parametrize("weights", [None, "linear", "quadratic"])
def test_matches_sklearn_with_an_unused_category(seed, weights):
    rng = np.random.default_rng(seed)
    labels = ["a", "b", "c", "d", "e"]  # "c" is never used
    used = ["a", "b", "d", "e"]
    a = list(rng.choice(used, size=60))
    b = [x if rng.random() < 0.6 else rng.choice(used) for x in a]
    ours = cohen_kappa(a, b, weights=weights, categories=labels)
    theirs = cohen_kappa_score(a, b, labels=labels, weights=weights)
    assert ours.value == pytest.approx(theirs, abs=1e-12)
    assert ours.confusion is not None and ours.confusion["c"] == dict.fromkeys(labels, 0)


def test_unused_category_changes_weighted_but_not_unweighted_kappa():
    a, b = [1, 2, 4, 4, 1], [1, 4, 4, 2, 2]
    plain = cohen_kappa(a, b).value
    assert cohen_kappa(a, b, categories=[1, 2, 3, 4]).value == pytest.approx(plain)
    linear = cohen_kappa(a, b, weights="linear").value
    assert cohen_kappa(a, b, weights="linear", categories=[1, 2, 3, 4]).value != linear


def test_units_with_a_missing_rating_are_dropped_and_counted():
    a = ["x", "y", None, "x", float("nan")]
    b = ["x", "y", "x", None, "y"]
    result = cohen_kappa(a, b)
    assert result.n_units == 2 and result.extra["n_units_dropped"] == 3
    assert result.value == pytest.approx(1.0)


def test_degenerate_inputs_are_undefined_not_zero():
    assert cohen_kappa([], []).undefined_reason == "no unit was rated by both coders"
    assert not cohen_kappa([None, "a"], ["a", None]).is_defined
    one_category = cohen_kappa(["a", "a"], ["a", "a"])
    assert not one_category.is_defined and "chance" in one_category.undefined_reason
    assert not cohen_kappa(["a"], ["a"], weights="linear", categories=["a"]).is_defined
    # Two coders each using a different single category: p_e = 0, kappa = (0 - 0)/(1 - 0) = 0.
    assert cohen_kappa(["a", "a"], ["b", "b"]).value == 0.0


def test_bad_arguments():
    with pytest.raises(AgreementInputError):
        cohen_kappa([1, 2], [1])
    with pytest.raises(AgreementInputError):
        cohen_kappa([1, 2], [1, 2], weights="cubic")  # type: ignore[arg-type]
    with pytest.raises(AgreementInputError):
        cohen_kappa(["a", 1], [1, "a"], weights="linear")  # no order without categories
    with pytest.raises(AgreementInputError):
        cohen_kappa("ab", "ab")
