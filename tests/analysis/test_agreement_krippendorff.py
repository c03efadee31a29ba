"""Krippendorff's alpha (2011) vs the paper's example, the definition and the package."""

import itertools

import krippendorff
import numpy as np
import pytest

from ccrt_coder.analysis.reliability import AgreementInputError, krippendorff_alpha

nan = np.nan
# Krippendorff (2011), "Computing Krippendorff's alpha-reliability", sec. E: 4 coders x 12 units.
PAPER_CODERS_BY_UNITS = [
    [1, 2, 3, 3, 2, 1, 4, 1, 2, nan, nan, nan],
    [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, nan, 3],
    [nan, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, nan],
    [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, nan],
]
PAPER = np.array(PAPER_CODERS_BY_UNITS).T  # units x coders, as our API takes it
LEVELS = ["nominal", "ordinal", "interval", "ratio"]


@pytest.mark.parametrize(
    ("level", "published"),
    [("nominal", 0.743), ("ordinal", 0.815), ("interval", 0.849), ("ratio", 0.797)],
)
def test_krippendorff_2011_example(level, published):
    result = krippendorff_alpha(PAPER, level=level)
    assert result.value == pytest.approx(published, abs=5e-4)
    package = krippendorff.alpha(reliability_data=PAPER_CODERS_BY_UNITS, level_of_measurement=level)
    assert result.value == pytest.approx(package, abs=1e-12)
    assert result.n_units == 11 and result.extra["n_units_dropped"] == 1
    assert result.extra["n_values"] == 40


def test_krippendorff_2011_coincidence_matrix():
    # The paper's coincidence matrix: n_c = 9, 13, 10, 5, 3 (n = 40), e.g. o_11 = 7, o_12 = 4/3.
    result = krippendorff_alpha(PAPER)
    o = result.confusion
    assert o is not None
    assert [sum(o[c].values()) for c in (1, 2, 3, 4, 5)] == pytest.approx([9, 13, 10, 5, 3])
    assert [o[1][k] for k in (1, 2, 3, 4, 5)] == pytest.approx([7, 4 / 3, 1 / 3, 1 / 3, 0])
    assert [o[c][c] for c in (2, 3, 4, 5)] == pytest.approx([10, 8, 4, 3])
    # D_o = 1 - sum_c o_cc / n = 1 - 32/40; D_e = 1 - sum n_c (n_c - 1) / (n (n - 1))
    assert result.observed == pytest.approx(1 - 32 / 40)
    assert result.expected == pytest.approx(1 - (72 + 156 + 90 + 20 + 6) / (40 * 39))


def test_same_example_with_string_categories_needs_an_order_for_ordinal():
    names = {1: "very low", 2: "low", 3: "mid", 4: "high", 5: "very high"}
    rows = [[None if np.isnan(v) else names[int(v)] for v in row] for row in PAPER]
    order = ["very low", "low", "mid", "high", "very high"]
    assert krippendorff_alpha(rows).value == pytest.approx(0.743421052631579, abs=1e-12)
    ordinal = krippendorff_alpha(rows, level="ordinal", categories=order)
    assert ordinal.value == pytest.approx(0.8153875037548814, abs=1e-12)
    with pytest.raises(AgreementInputError):
        krippendorff_alpha([["x", 1], [1, 1]], level="ordinal")
    with pytest.raises(AgreementInputError, match="numeric"):
        krippendorff_alpha(rows, level="interval")


def test_irrcac_documented_values():
    # irrCAC README: krippen.alpha.dist(distrib.6raters) -> 0.4204384 (first 15 units of
    # Fleiss 1971); krippen2.table(cont3x3abstractors) -> 0.7972585.
    diagnoses15 = [
        [4, 4, 4, 4, 4, 4], [2, 2, 2, 5, 5, 5], [2, 3, 3, 3, 3, 5], [5, 5, 5, 5, 5, 5],
        [2, 2, 2, 4, 4, 4], [1, 1, 3, 3, 3, 3], [3, 3, 3, 3, 5, 5], [1, 1, 3, 3, 3, 4],
        [1, 1, 4, 4, 4, 4], [5, 5, 5, 5, 5, 5], [1, 4, 4, 4, 4, 4], [1, 2, 4, 4, 4, 4],
        [2, 2, 2, 3, 3, 3], [1, 4, 4, 4, 4, 4], [2, 2, 4, 4, 4, 5],
    ]  # fmt: skip
    assert krippendorff_alpha(diagnoses15).value == pytest.approx(0.4204384, abs=5e-8)
    table = [[13, 0, 0], [0, 20, 7], [0, 4, 56]]
    rows = [[i, j] for i, row in enumerate(table) for j, n in enumerate(row) for _ in range(n)]
    assert krippendorff_alpha(rows).value == pytest.approx(0.7972585, abs=5e-8)


def alpha_by_definition(units, level):
    """Krippendorff (2011) literally: coincidences over value pairs and the level's delta^2."""
    pairable = [[v for v in row if not np.isnan(v)] for row in units]
    pairable = [values for values in pairable if len(values) >= 2]
    values = sorted({v for unit in pairable for v in unit})
    n_c = {c: sum(unit.count(c) for unit in pairable) for c in values}
    n = sum(n_c.values())

    def delta2(c, k):
        if level == "nominal":
            return float(c != k)
        if level == "ordinal":
            low, high = min(c, k), max(c, k)
            between = sum(n_c[g] for g in values if low <= g <= high)
            return (between - (n_c[c] + n_c[k]) / 2) ** 2
        if level == "interval":
            return (c - k) ** 2
        return ((c - k) / (c + k)) ** 2 if c + k else 0.0

    observed = sum(
        delta2(unit[i], unit[j]) / (len(unit) - 1)
        for unit in pairable
        for i, j in itertools.permutations(range(len(unit)), 2)
    )
    expected = sum(n_c[c] * n_c[k] * delta2(c, k) for c in values for k in values)
    return 1 - (n - 1) * observed / expected


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize("level", LEVELS)
def test_matches_the_definition_computed_by_brute_force(seed, level):
    rng = np.random.default_rng(seed)
    units = rng.integers(0, 6, size=(25, 4)).astype(float)
    units[rng.random(units.shape) < 0.25] = nan
    ours = krippendorff_alpha(units, level=level).value
    assert ours == pytest.approx(alpha_by_definition(units, level), abs=1e-12)


@pytest.mark.parametrize("seed", range(10))
@pytest.mark.parametrize("level", LEVELS)
def test_matches_krippendorff_package_with_missing_data(seed, level):
    rng = np.random.default_rng(100 + seed)
    n_units, n_coders = int(rng.integers(5, 300)), int(rng.integers(2, 7))
    n_values = int(rng.integers(2, 12))
    units = rng.integers(0, n_values, size=(n_units, n_coders)).astype(float)
    agree = rng.random(n_units) < 0.5
    units[agree] = units[agree, :1]
    units[rng.random(units.shape) < rng.uniform(0, 0.5)] = nan
    if (~np.isnan(units)).sum(axis=1).max() < 2 or len(np.unique(units[~np.isnan(units)])) < 2:
        pytest.skip("random table without pairable variation")
    ours = krippendorff_alpha(units, level=level).value
    theirs = krippendorff.alpha(reliability_data=units.T, level_of_measurement=level)
    assert ours == pytest.approx(theirs, abs=1e-9)


def test_interval_with_many_distinct_values_skips_the_coincidence_matrix():
    rng = np.random.default_rng(7)
    truth = rng.normal(size=100)  # 300 distinct values (the package needs units x V x V memory)
    units = truth[:, None] + rng.normal(scale=0.3, size=(100, 3))
    result = krippendorff_alpha(units, level="interval")
    theirs = krippendorff.alpha(reliability_data=units.T, level_of_measurement="interval")
    assert result.value == pytest.approx(theirs, abs=1e-9)
    assert result.confusion is None


def test_lists_with_none_give_the_same_alpha_as_arrays():
    rows = [[None if np.isnan(v) else int(v) for v in row] for row in PAPER]
    for level in LEVELS:
        assert krippendorff_alpha(rows, level=level).value == pytest.approx(
            krippendorff_alpha(PAPER, level=level).value, abs=1e-12
        )


def test_degenerate_inputs_are_undefined():
    assert not krippendorff_alpha([]).is_defined
    no_pairs = krippendorff_alpha([[1, None], [None, 2]])
    assert no_pairs.undefined_reason == "no unit was rated by at least two coders"
    for level in LEVELS:
        same = krippendorff_alpha([[3, 3], [3, None], [3, 3]], level=level)
        assert not same.is_defined and "expected disagreement is 0" in same.undefined_reason


def test_perfect_agreement_is_one():
    for level in LEVELS:
        assert krippendorff_alpha([[1, 1], [2, 2], [3, None]], level=level).value == 1.0


def test_bad_arguments():
    with pytest.raises(AgreementInputError):
        krippendorff_alpha([[1, 2]], level="cardinal")  # type: ignore[arg-type]
    with pytest.raises(AgreementInputError, match="non-negative"):
        krippendorff_alpha([[-1, 2], [2, 2]], level="ratio")
