"""Verbal bands, CI vs benchmark, and Byrt, Bishop & Carlin's (1993) PI, BI and PABAK."""

import pytest

from ccrt_coder.analysis.reliability import (
    AgreementInputError,
    cohen_kappa,
    compare_with_benchmark,
    krippendorff_band,
    landis_koch_band,
    pabak,
    prevalence_bias,
    prevalence_bias_of,
)


@pytest.mark.parametrize(
    ("value", "word"),
    [(-0.01, "poor"), (0.0, "slight"), (0.2, "slight"), (0.21, "fair"), (0.4, "fair"),
     (0.41, "moderate"), (0.6, "moderate"), (0.61, "substantial"), (0.8, "substantial"),
     (0.81, "almost perfect"), (1.0, "almost perfect"), (None, None)],
)  # fmt: skip
def test_landis_koch_1977_bands(value, word):
    assert landis_koch_band(value) == word


@pytest.mark.parametrize(
    ("value", "word"),
    [(0.8, "reliable"), (0.95, "reliable"), (0.7999, "tentative"), (0.667, "tentative"),
     (0.6669, "unacceptable"), (-0.2, "unacceptable"), (None, None)],
)  # fmt: skip
def test_krippendorff_2004_bands(value, word):
    assert krippendorff_band(value) == word


def test_a_ci_is_read_against_a_cut_off_and_a_benchmark_interval():
    # The demo's W kappa .521 on 45 REs has a 95% CI of about .35-.70: not "below .55".
    assert compare_with_benchmark(0.35, 0.70, 0.55) == "overlapping"
    assert compare_with_benchmark(0.30, 0.54, 0.55) == "below"
    assert compare_with_benchmark(0.55, 0.70, 0.55) == "above"
    # Crits-Christoph et al. (1988): weighted kappa .61-.70 for the standard categories.
    assert compare_with_benchmark(0.40, 0.60, (0.61, 0.70)) == "below"
    assert compare_with_benchmark(0.50, 0.65, (0.61, 0.70)) == "overlapping"
    assert compare_with_benchmark(0.71, 0.80, (0.61, 0.70)) == "above"
    assert compare_with_benchmark(None, 0.8, 0.6) is None


# Feinstein & Cicchetti's (1990) paradox tables as analysed by Byrt, Bishop & Carlin (1993):
# (a, b, c, d) -> p_o, PI, BI, PABAK, kappa; kappa by hand from the marginals.
TABLES = [
    ((40, 9, 6, 45), 0.85, -0.05, 0.03, 0.70, 0.3492 / 0.4992),  # p_e = .5008
    ((80, 10, 5, 5), 0.85, 0.75, 0.05, 0.70, 0.07 / 0.22),  # p_e = .78: kappa .32
    ((45, 15, 25, 15), 0.60, 0.30, -0.10, 0.20, 0.06 / 0.46),  # p_e = .54: kappa .13
    ((25, 35, 5, 35), 0.60, -0.10, 0.30, 0.20, 0.14 / 0.54),  # p_e = .46: kappa .26
]


@pytest.mark.parametrize(("cells", "p_o", "pi", "bi", "pabak_value", "kappa"), TABLES)
def test_byrt_indices_of_the_paradox_tables(cells, p_o, pi, bi, pabak_value, kappa):
    a, b, c, d = cells
    result = prevalence_bias([[a, b], [c, d]])
    assert result.n == 100
    assert result.p_o == pytest.approx(p_o)
    assert result.prevalence_index == pytest.approx(pi)
    assert result.bias_index == pytest.approx(bi)
    assert result.pabak == pytest.approx(pabak_value)
    assert result.kappa == pytest.approx(kappa)
    # Byrt et al.'s identity kappa = (PABAK - PI^2 + BI^2) / (1 - PI^2 + BI^2) against Cohen's.
    first = ["yes"] * (a + b) + ["no"] * (c + d)
    second = ["yes"] * a + ["no"] * b + ["yes"] * c + ["no"] * d
    assert result.kappa == pytest.approx(cohen_kappa(first, second).value)


def test_indices_from_ratings_drop_missing_and_treat_other_values_as_absent():
    first = ["W3", "W3", "W1", None, "W2", "W3"]
    second = ["W3", "W1", "W1", "W3", "W3", "W2"]
    # Present = W3: a = 1 (unit 1), b = 2 (units 2, 6), c = 1 (unit 5), d = 1 (unit 3); n = 5.
    result = prevalence_bias_of(first, second, present="W3")
    assert (result.n, result.prevalence_index, result.bias_index) == (5, 0.0, pytest.approx(0.2))
    assert result.pabak == pytest.approx(2 * 2 / 5 - 1)


def test_pabak_for_k_categories():
    # p_o = 6/10 with k = 3: (3 * .6 - 1) / 2 = .4; with k = 2 it is 2 p_o - 1.
    assert pabak([[2, 1, 0], [0, 3, 1], [1, 1, 1]]) == pytest.approx(0.4)
    assert pabak([[40, 9], [6, 45]]) == pytest.approx(0.70)
    with pytest.raises(AgreementInputError):
        pabak([[1, 2, 3]])
    with pytest.raises(AgreementInputError):
        prevalence_bias([[0, 0], [0, 0]])
