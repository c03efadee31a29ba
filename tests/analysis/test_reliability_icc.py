"""ICC(2,1) against Shrout & Fleiss's (1979) Table 2 example and an ANOVA computed here."""

import numpy as np
import pytest
from scipy import stats

from ccrt_coder.analysis.reliability import AgreementInputError, icc_2_1

# Shrout & Fleiss (1979), Table 2: 6 targets rated by 4 judges.
SHROUT_FLEISS = [
    [9, 2, 5, 8], [6, 1, 3, 2], [8, 4, 6, 8], [7, 1, 2, 6], [10, 5, 6, 9], [6, 2, 4, 7],
]  # fmt: skip


def reference(x):
    """Two-way ANOVA by the textbook sums of squares; McGraw & Wong's CI with scipy's F."""
    x = np.asarray(x, dtype=float)
    n, k = x.shape
    rows, cols, grand = x.mean(axis=1), x.mean(axis=0), x.mean()
    bms = k * ((rows - grand) ** 2).sum() / (n - 1)
    jms = n * ((cols - grand) ** 2).sum() / (k - 1)
    residual = x - rows[:, None] - cols[None, :] + grand
    ems = (residual**2).sum() / ((n - 1) * (k - 1))
    icc = (bms - ems) / (bms + (k - 1) * ems + k * (jms - ems) / n)
    a = k * icc / (n * (1 - icc))
    b = 1 + k * icc * (n - 1) / (n * (1 - icc))
    v = (a * jms + b * ems) ** 2 / ((a * jms) ** 2 / (k - 1) + (b * ems) ** 2 / ((n - 1) * (k - 1)))
    f1, f2 = stats.f.ppf(0.975, n - 1, v), stats.f.ppf(0.975, v, n - 1)
    low = n * (bms - f1 * ems) / (f1 * (k * jms + (k * n - k - n) * ems) + n * bms)
    high = n * (f2 * bms - ems) / (k * jms + (k * n - k - n) * ems + n * f2 * bms)
    return icc, low, high, bms, jms, ems


def test_shrout_fleiss_1979_table_2():
    result = icc_2_1(SHROUT_FLEISS)
    # Published: ICC(2,1) = .29; Table 3's mean squares BMS 11.24, JMS 32.49, EMS 1.02.
    assert round(result.value, 2) == 0.29
    assert (round(result.extra["bms"], 2), round(result.extra["jms"], 2)) == (11.24, 32.49)
    assert round(result.extra["ems"], 2) == 1.02
    # 95% CI .02-.76 (R psych::ICC on the same data: lower .019, upper .76).
    assert (round(result.ci_low, 3), round(result.ci_high, 2)) == (0.019, 0.76)
    assert (result.n_units, result.n_coders, result.se) == (6, 4, None)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_against_the_reference_anova(seed):
    rng = np.random.default_rng(seed)
    x = rng.normal(size=(30, 1)) + rng.normal(size=(1, 3)) * 0.5 + rng.normal(size=(30, 3))
    icc, low, high, bms, jms, ems = reference(x)
    result = icc_2_1(x)
    assert result.value == pytest.approx(icc, abs=1e-12)
    assert (result.ci_low, result.ci_high) == pytest.approx((low, high), abs=1e-9)
    assert (result.extra["bms"], result.extra["jms"]) == pytest.approx((bms, jms))
    assert result.extra["ems"] == pytest.approx(ems)


def test_targets_missing_a_rating_are_dropped():
    rows = [*SHROUT_FLEISS, [None, 3, 4, 5]]
    result = icc_2_1(rows)
    assert result.extra["n_units_dropped"] == 1
    assert result.value == pytest.approx(icc_2_1(SHROUT_FLEISS).value)


def test_undefined_and_refused():
    assert icc_2_1([[1, 2, 3]]).value is None
    assert icc_2_1([[2, 2], [2, 2], [2, 2]]).value is None
    perfect = icc_2_1([[1, 1], [2, 2], [3, 3]])
    assert perfect.value == 1.0 and perfect.ci_low is None
    with pytest.raises(AgreementInputError, match="numeric"):
        icc_2_1([["a", "b"], ["b", "b"]])
