"""Percent agreement: pairwise (Fleiss' P_i) and all-coders variants, with published values."""

import pytest

from ccrt_coder.analysis.reliability import AgreementInputError, percent_agreement

# irrCAC's cac.raw4raters (= Krippendorff's 2011 example): 12 units x 4 raters.
RAW4RATERS = [
    [1, 1, None, 1], [2, 2, 3, 2], [3, 3, 3, 3], [3, 3, 3, 3], [2, 2, 2, 2], [1, 2, 3, 4],
    [4, 4, 4, 4], [1, 1, 2, 1], [2, 2, 2, 2], [None, 5, 5, 5], [None, None, 1, 1],
    [None, None, 3, None],
]  # fmt: skip


def test_irrcac_raw4raters():
    # irrCAC README: pa.coeff.raw(cac.raw4raters) -> 0.8181818 (unit 12 has one rating: dropped)
    result = percent_agreement(RAW4RATERS)
    assert result.value == pytest.approx(0.8181818, abs=5e-8)
    assert result.n_units == 11 and result.extra["n_units_dropped"] == 1


def test_irrcac_cont3x3abstractors():
    # irrCAC README: pa2.table(cont3x3abstractors) -> 0.89 (= (13 + 20 + 56) / 100)
    table = [[13, 0, 0], [0, 20, 7], [0, 4, 56]]
    rows = [[i, j] for i, row in enumerate(table) for j, n in enumerate(row) for _ in range(n)]
    result = percent_agreement(rows)
    assert result.value == pytest.approx(0.89)
    assert result.confusion == {
        0: {0: 13, 1: 0, 2: 0},
        1: {0: 0, 1: 20, 2: 7},
        2: {0: 0, 1: 4, 2: 56},
    }


def test_pairwise_and_all_by_hand():
    # Unit 1: a a a -> 3 of 3 pairs agree, all agree.
    # Unit 2: a a b -> 1 of 3 pairs agree, not all.
    # Unit 3: a b None -> 0 of 1 pair, not all.   Unit 4: b None None -> dropped.
    rows = [["a", "a", "a"], ["a", "a", "b"], ["a", "b", None], ["b", None, None]]
    pairwise = percent_agreement(rows)
    assert pairwise.value == pytest.approx((1 + 1 / 3 + 0) / 3)
    assert percent_agreement(rows, method="all").value == pytest.approx(1 / 3)
    assert pairwise.n_units == 3 and pairwise.extra["n_units_dropped"] == 1


def test_two_coders_both_methods_are_the_share_of_agreeing_units():
    rows = [["x", "x"], ["x", "y"], ["y", "y"], [None, "y"]]
    assert percent_agreement(rows).value == pytest.approx(2 / 3)
    assert percent_agreement(rows, method="all").value == pytest.approx(2 / 3)


def test_degenerate_inputs_are_undefined():
    assert not percent_agreement([]).is_defined
    assert not percent_agreement([["a", None], [None, "b"]]).is_defined
    assert percent_agreement([["a", "a"]]).value == 1.0  # defined: agreement needs no chance term


def test_unknown_method():
    with pytest.raises(AgreementInputError):
        percent_agreement([["a", "a"]], method="most")  # type: ignore[arg-type]
