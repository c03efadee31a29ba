"""Gwet's AC1 (2008) against irrCAC's documented values and hand computations."""

import pytest

from ccrt_coder.analysis.reliability import cohen_kappa, gwet_ac1

RAW4RATERS = [
    [1, 1, None, 1], [2, 2, 3, 2], [3, 3, 3, 3], [3, 3, 3, 3], [2, 2, 2, 2], [1, 2, 3, 4],
    [4, 4, 4, 4], [1, 1, 2, 1], [2, 2, 2, 2], [None, 5, 5, 5], [None, None, 1, 1],
    [None, None, 3, None],
]  # fmt: skip

DISTRIB_6RATERS = [  # irrCAC distrib.6raters: counts per category (Fleiss 1971, first 15 units)
    [0, 0, 0, 6, 0], [0, 3, 0, 0, 3], [0, 1, 4, 0, 1], [0, 0, 0, 0, 6], [0, 3, 0, 3, 0],
    [2, 0, 4, 0, 0], [0, 0, 4, 0, 2], [2, 0, 3, 1, 0], [2, 0, 0, 4, 0], [0, 0, 0, 0, 6],
    [1, 0, 0, 5, 0], [1, 1, 0, 4, 0], [0, 3, 3, 0, 0], [1, 0, 0, 5, 0], [0, 2, 0, 3, 1],
]  # fmt: skip


def rows_from_table(table):
    return [
        [i, j] for i, row in enumerate(table) for j, count in enumerate(row) for _ in range(count)
    ]


def test_irrcac_raw4raters_with_missing_ratings():
    # irrCAC README: gwet.ac1.raw(cac.raw4raters) -> pa 0.8181818, pe 0.1903212, AC1 0.77544
    result = gwet_ac1(RAW4RATERS)
    assert result.observed == pytest.approx(0.8181818, abs=5e-8)
    assert result.expected == pytest.approx(0.1903212, abs=5e-8)
    assert result.value == pytest.approx(0.77544, abs=5e-6)


def test_irrcac_distrib_6raters():
    # irrCAC README: gwet.ac1.dist(distrib.6raters) -> 0.4448007, pa 0.5511111, pe 0.1914815
    rows = [[j for j, n in enumerate(row) for _ in range(n)] for row in DISTRIB_6RATERS]
    result = gwet_ac1(rows)
    assert result.value == pytest.approx(0.4448007, abs=5e-8)
    assert result.observed == pytest.approx(0.5511111, abs=5e-8)
    assert result.expected == pytest.approx(0.1914815, abs=5e-8)


def test_irrcac_cont3x3abstractors():
    # irrCAC README: gwet.ac1.table(cont3x3abstractors) -> 0.8493305
    result = gwet_ac1(rows_from_table([[13, 0, 0], [0, 20, 7], [0, 4, 56]]))
    assert result.value == pytest.approx(0.8493305, abs=5e-8)


def test_high_agreement_paradox_table_by_hand():
    # 2 raters, table [[118, 5], [2, 0]], n = 125 (the kappa paradox).
    # p_a = 118/125 = .944. Marginals: rater 1 (123, 2), rater 2 (120, 5).
    # Cohen: p_e = (123*120 + 2*5)/125^2 = 14770/15625 = .94528 -> kappa = -.00128/.05472 = -.0234
    # AC1: pi_1 = (123+120)/250 = .972, pi_2 = 7/250 = .028, p_e = 2 * .972 * .028 = .054432
    #      AC1 = (.944 - .054432) / (1 - .054432) = .889568 / .945568 = .94078
    # (values sometimes quoted for this table, kappa -.0235 and AC1 .9423, do not follow from it.)
    rows = rows_from_table([[118, 5], [2, 0]])
    result = gwet_ac1(rows)
    assert result.observed == pytest.approx(0.944)
    assert result.expected == pytest.approx(0.054432)
    assert result.value == pytest.approx(0.889568 / 0.945568)
    kappa = cohen_kappa([a for a, _ in rows], [b for _, b in rows])
    assert kappa.value == pytest.approx(-0.00128 / 0.05472)


def test_unused_categories_count_in_q_when_given():
    # 8 y/y, 1 n/n, 1 y/n: p_a = .9; pi_y = 17/20 = .85, pi_n = .15.
    # q = 2: p_e = 2 * .85 * .15 / 1 = .255, AC1 = .645/.745 = .8658 (DKPro's hand example)
    # q = 3 (an unused "m"): p_e = .255 / 2 = .1275, AC1 = .7725 / .8725
    rows = [["y", "y"]] * 8 + [["n", "n"], ["y", "n"]]
    assert gwet_ac1(rows).value == pytest.approx(0.645 / 0.745)
    assert gwet_ac1(rows, categories=["y", "m", "n"]).value == pytest.approx(0.7725 / 0.8725)


def test_missing_ratings_follow_gwet():
    # Unit with one rating: no p_a term, but it counts in pi_k (mean over units rated at all).
    rows = [["a", "a"], ["a", "b"], ["b", None]]
    # p_a = (1 + 0) / 2 = .5; pi_a = (1 + .5 + 0) / 3 = .5, pi_b = .5; p_e = .5; AC1 = 0
    result = gwet_ac1(rows)
    assert result.observed == pytest.approx(0.5) and result.expected == pytest.approx(0.5)
    assert result.value == pytest.approx(0.0)
    assert result.n_units == 2 and result.extra["n_units_dropped"] == 1


def test_degenerate_inputs_are_undefined():
    assert not gwet_ac1([]).is_defined
    assert "two categories" in gwet_ac1([["a", "a"]]).undefined_reason
    assert not gwet_ac1([["a", None], [None, "b"]]).is_defined
    # With the category set given, one category used is defined (p_e = 0): AC1 = p_a = 1.
    assert gwet_ac1([["a", "a"]], categories=["a", "b"]).value == 1.0
