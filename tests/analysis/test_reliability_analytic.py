"""Analytic SEs and CIs against statsmodels, irrCAC and Gwet's published values."""

import math

import numpy as np
import pytest
from scipy import stats
from statsmodels.stats.inter_rater import cohens_kappa as statsmodels_kappa
from statsmodels.stats.proportion import proportion_confint

from ccrt_coder.analysis.reliability import (
    cohen_kappa,
    fleiss_kappa,
    gwet_ac1,
    krippendorff_alpha,
    percent_agreement,
    scott_pi,
)
from ccrt_coder.analysis.reliability.distributions import f_quantile, t_quantile

RAW4RATERS = [
    [1, 1, None, 1], [2, 2, 3, 2], [3, 3, 3, 3], [3, 3, 3, 3], [2, 2, 2, 2], [1, 2, 3, 4],
    [4, 4, 4, 4], [1, 1, 2, 1], [2, 2, 2, 2], [None, 5, 5, 5], [None, None, 1, 1],
    [None, None, 3, None],
]  # fmt: skip
DISTRIB_6RATERS = [  # Fleiss (1971), first 15 units: counts of 6 ratings in 5 categories
    [0, 0, 0, 6, 0], [0, 3, 0, 0, 3], [0, 1, 4, 0, 1], [0, 0, 0, 0, 6], [0, 3, 0, 3, 0],
    [2, 0, 4, 0, 0], [0, 0, 4, 0, 2], [2, 0, 3, 1, 0], [2, 0, 0, 4, 0], [0, 0, 0, 0, 6],
    [1, 0, 0, 5, 0], [1, 1, 0, 4, 0], [0, 3, 3, 0, 0], [1, 0, 0, 5, 0], [0, 2, 0, 3, 1],
]  # fmt: skip


def pair_sample(seed, n=150, k=4):
    rng = np.random.default_rng(seed)
    a = rng.integers(0, k, n)
    b = np.where(rng.random(n) < 0.6, a, rng.integers(0, k, n))
    table = np.zeros((k, k), dtype=int)
    np.add.at(table, (a, b), 1)
    return a, b, table


@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize("weights", [None, "linear", "quadratic"])
def test_cohen_se_is_fleiss_cohen_everitt_as_statsmodels(seed, weights):
    a, b, table = pair_sample(seed)
    ours = cohen_kappa(a, b, weights=weights)
    theirs = statsmodels_kappa(table, wt=weights)
    assert ours.value == pytest.approx(theirs.kappa, abs=1e-12)
    assert ours.se == pytest.approx(theirs.std_kappa, abs=1e-12)
    assert ours.ci_low == pytest.approx(theirs.kappa_low, abs=1e-9)
    assert ours.ci_high == pytest.approx(theirs.kappa_upp, abs=1e-9)
    assert "Fleiss, Cohen & Everitt" in ours.extra["ci_method"]


def test_cohen_se_by_hand_for_a_2x2_table():
    # [[40, 9], [6, 45]], n = 100: p_o = .85, p_e = .49*.46 + .51*.54 = .5008, kappa = .6995.
    # FCE 1969: diagonal p_ii (1 - (p_i. + p_.i)(1 - k))^2 = .40 (1 - .95 (1 - k))^2 +
    # .45 (1 - 1.05 (1 - k))^2; off-diagonal (1 - k)^2 p_ij (p_.i + p_j.)^2 =
    # (1 - k)^2 (.09 (.46 + .51)^2 + .06 (.54 + .49)^2); minus (k - p_e (1 - k))^2.
    kappa = (0.85 - 0.5008) / (1 - 0.5008)
    first = 0.40 * (1 - 0.95 * (1 - kappa)) ** 2 + 0.45 * (1 - 1.05 * (1 - kappa)) ** 2
    second = (1 - kappa) ** 2 * (0.09 * 0.97**2 + 0.06 * 1.03**2)
    variance = (first + second - (kappa - 0.5008 * (1 - kappa)) ** 2) / (100 * (1 - 0.5008) ** 2)
    a = [1] * 40 + [1] * 9 + [0] * 6 + [0] * 45
    b = [1] * 40 + [0] * 9 + [1] * 6 + [0] * 45
    result = cohen_kappa(a, b)
    assert result.value == pytest.approx(kappa)
    assert result.se == pytest.approx(math.sqrt(variance))
    assert result.ci_low == pytest.approx(kappa - 1.959963984540054 * math.sqrt(variance))


def test_ac1_se_is_gwets_published_value():
    # Gwet (2014) / irrCAC: gwet.ac1.raw(cac.raw4raters): AC1 .77544, SE .14295, CI (.46081, 1)
    result = gwet_ac1(RAW4RATERS)
    assert result.se == pytest.approx(0.14295, abs=5e-6)
    assert result.ci_low == pytest.approx(0.46081, abs=5e-6)
    assert result.ci_high == 1.0
    assert "Gwet (2008)" in result.extra["ci_method"]


def test_fleiss_and_ac1_se_match_irrcac_on_fleiss_1971():
    # irrCAC 0.4.4 CAC(...).fleiss() / .gwet() on these ratings (digits=10).
    rows = [[j for j, n in enumerate(row) for _ in range(n)] for row in DISTRIB_6RATERS]
    fleiss = fleiss_kappa(rows)
    assert fleiss.value == pytest.approx(0.413926499, abs=1e-9)
    assert fleiss.se == pytest.approx(0.0811929092, abs=1e-10)
    assert (fleiss.ci_low, fleiss.ci_high) == pytest.approx((0.2397850282, 0.5880679698), abs=1e-9)
    ac1 = gwet_ac1(rows)
    assert ac1.se == pytest.approx(0.0841875668, abs=1e-10)
    assert (ac1.ci_low, ac1.ci_high) == pytest.approx((0.2642363604, 0.6253651054), abs=1e-9)


@pytest.mark.parametrize("seed", [4, 5])
def test_fleiss_and_ac1_against_irrcac_when_installed(seed):
    pd = pytest.importorskip("pandas")
    raw = pytest.importorskip("irrCAC.raw")
    rng = np.random.default_rng(seed)
    x = rng.integers(1, 5, (80, 3)).astype(float)
    x[rng.random(x.shape) < 0.15] = np.nan
    x = x[~np.isnan(x).all(axis=1)]
    categories = [1.0, 2.0, 3.0, 4.0]
    theirs = raw.CAC(pd.DataFrame(x), categories=categories, digits=12).gwet()["est"]
    ours = gwet_ac1(x, categories=categories)
    assert ours.se == pytest.approx(theirs["se"], abs=1e-11)
    assert ours.ci_low == pytest.approx(theirs["confidence_interval"][0], abs=1e-11)
    complete = x[~np.isnan(x).any(axis=1)]
    theirs = raw.CAC(pd.DataFrame(complete), categories=categories, digits=12).fleiss()["est"]
    ours = fleiss_kappa(complete, categories=categories)
    assert ours.se == pytest.approx(theirs["se"], abs=1e-11)
    assert ours.ci_high == pytest.approx(min(1.0, theirs["confidence_interval"][1]), abs=1e-11)


def test_percent_agreement_of_two_coders_has_the_wilson_interval():
    a, b, _ = pair_sample(6, n=90)
    result = percent_agreement(np.column_stack([a, b]))
    agreeing = int((a == b).sum())
    low, high = proportion_confint(agreeing, 90, alpha=0.05, method="wilson")
    assert (result.ci_low, result.ci_high) == pytest.approx((low, high), abs=1e-12)
    assert result.se == pytest.approx(math.sqrt(result.value * (1 - result.value) / 90))
    assert "Wilson" in result.extra["ci_method"]


def test_pairwise_percent_of_three_coders_uses_the_per_unit_shares():
    rows = [[1, 1, 1], [1, 1, 2], [1, 2, 3], [2, 2, 2], [3, 3, 1]]
    shares = np.array([1, 1 / 3, 0, 1, 1 / 3])
    result = percent_agreement(rows)
    se = shares.std(ddof=1) / math.sqrt(5)
    assert result.se == pytest.approx(se)
    assert result.ci_low == pytest.approx(max(0.0, shares.mean() - stats.t.ppf(0.975, 4) * se))
    assert result.ci_high == pytest.approx(min(1.0, shares.mean() + stats.t.ppf(0.975, 4) * se))


def test_scott_pi_se_is_fleiss_kappa_se_with_two_ratings_as_irrcac():
    # irrCAC 0.4.4 CAC(...).fleiss() on these two raters: .497382199, SE .2135754486,
    # CI (.0273058061, .9674585918).
    rows = [[1, 1], [1, 2], [2, 2], [2, 2], [3, 3], [3, 1], [1, 1], [2, 3], [3, 3], [1, 1],
            [2, 2], [1, 3]]  # fmt: skip
    result = scott_pi([*rows, [None, 2]])
    assert result.value == pytest.approx(0.497382199, abs=1e-9)
    assert result.se == pytest.approx(0.2135754486, abs=1e-10)
    assert (result.ci_low, result.ci_high) == pytest.approx((0.0273058061, 0.9674585918), abs=1e-9)


def test_no_standard_se_means_none_and_values_stay_finite():
    rows = [[1, 1], [1, 2], [2, 2], [2, 2]]
    assert krippendorff_alpha(rows).se is None and krippendorff_alpha(rows).ci_low is None
    perfect = cohen_kappa([1, 2, 1, 2], [1, 2, 1, 2])
    assert perfect.se == 0.0 and (perfect.ci_low, perfect.ci_high) == (1.0, 1.0)
    assert cohen_kappa([1, 1], [1, 1]).se is None  # undefined: no SE either


@pytest.mark.parametrize(("p", "df1", "df2"), [(0.975, 5, 15), (0.025, 5, 15), (0.95, 1, 3),
                                               (0.999, 2, 200), (0.001, 40, 3.5)])  # fmt: skip
def test_f_and_t_quantiles_match_scipy(p, df1, df2):
    assert f_quantile(p, df1, df2) == pytest.approx(stats.f.ppf(p, df1, df2), rel=1e-10)
    assert t_quantile(p, df2) == pytest.approx(stats.t.ppf(p, df2), rel=1e-10)
