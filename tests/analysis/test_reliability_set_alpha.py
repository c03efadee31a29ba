"""Set-valued Krippendorff's alpha (MASI, Jaccard; Passonneau 2006) and the exact-match rate."""

import itertools
from collections import Counter
from fractions import Fraction

import numpy as np
import pytest

from ccrt_coder.analysis.reliability import (
    AgreementInputError,
    exact_match_rate,
    jaccard_distance,
    krippendorff_alpha,
    masi_distance,
    set_alpha,
)
from ccrt_coder.analysis.reliability.set_distance import set_distances

A, B, C = "W1", "W2", "W3"
E = frozenset()


def fs(*labels):
    return frozenset(labels)


@pytest.mark.parametrize(
    ("first", "second", "masi", "jaccard"),
    [
        (fs(A, B), fs(A, B), 0, 0),  # equal: J = 1, M = 1
        (fs(A), fs(A, B), Fraction(2, 3), Fraction(1, 2)),  # subset: J = 1/2, M = 2/3
        (fs(A, B), fs(A, C), Fraction(8, 9), Fraction(2, 3)),  # overlap: J = 1/3, M = 1/3
        (fs(A), fs(B), 1, 1),  # disjoint: M = 0
        (E, E, 0, 0),  # "none" and "none" agree
        (E, fs(A), 1, 1),  # "none" against a category
    ],
)
def test_masi_and_jaccard_distances_passonneau_2006(first, second, masi, jaccard):
    assert masi_distance(first, second) == pytest.approx(float(masi))
    assert masi_distance(second, first) == pytest.approx(float(masi))
    assert jaccard_distance(first, second) == pytest.approx(float(jaccard))
    matrix = set_distances([first, second], "masi")
    assert matrix[0, 1] == pytest.approx(float(masi)) and matrix[0, 0] == 0


HAND = [[fs(A), fs(A, B)], [fs(A, B), fs(A, B)], [fs(B), fs(A)], [fs(C), fs(C)]]


def test_hand_computed_masi_alpha():
    # n = 8 values, m_u = 2: D_o = (2/8)(2/3 + 0 + 1 + 0) = 5/12. Counts {A}: 2, {A,B}: 3,
    # {B}: 1, {C}: 2; D_e = 2 [2*3*2/3 + 2*1*1 + 3*1*2/3 + 2*2 + 3*2 + 1*2] / (8*7) = 40/56.
    # alpha = 1 - (5/12) / (5/7) = 5/12.
    result = set_alpha(HAND, distance="masi")
    assert result.observed == pytest.approx(5 / 12)
    assert result.expected == pytest.approx(40 / 56)
    assert result.value == pytest.approx(5 / 12)
    assert (result.n_units, result.n_coders, result.statistic) == (4, 2, "set_alpha_masi")


def test_hand_computed_jaccard_alpha():
    # D_o = (1/4)(1/2 + 0 + 1 + 0) = 3/8; D_e = 2 [3 + 2 + 1.5 + 4 + 6 + 2] / 56 = 37/56;
    # alpha = 1 - (3/8) / (37/56) = 16/37.
    assert set_alpha(HAND, distance="jaccard").value == pytest.approx(16 / 37)


def nltk_style_alpha(rows, distance):
    """NLTK's AnnotationTask.alpha, reproduced as a slow loop (exact 2/3 and 1/3 for MASI)."""

    def disagreement(freqs):
        total = sum(freqs.values())
        pairs = sum(nj * nk * distance(k, j) for j, nj in freqs.items() for k, nk in freqs.items())
        return pairs / (total * (total - 1))

    all_valid, total_do = Counter(), 0.0
    for row in rows:
        freqs = Counter(v for v in row if v is not None)
        count = sum(freqs.values())
        if count < 2:
            continue
        all_valid += freqs
        total_do += disagreement(freqs) * count
    return 1.0 - (total_do / sum(all_valid.values())) / disagreement(all_valid)


def exact_masi(a, b):
    if a == b:
        return 0.0
    common = len(a & b)
    m = 0 if common == 0 else (2 / 3 if common == min(len(a), len(b)) else 1 / 3)
    return 1.0 - common / len(a | b) * m


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_against_nltk_logic_with_missing_ratings(seed):
    rng = np.random.default_rng(seed)
    labels = [A, B, C, "W4"]
    rows = []
    for _ in range(60):
        top = frozenset(x for x in labels if rng.random() < 0.35)
        row = [
            None
            if rng.random() < 0.15
            else (top if rng.random() < 0.6 else frozenset(x for x in labels if rng.random() < 0.3))
            for _ in range(3)
        ]
        rows.append(row)
    for name, function in (("masi", exact_masi), ("jaccard", jaccard_distance)):
        expected = nltk_style_alpha(rows, function)
        assert set_alpha(rows, distance=name).value == pytest.approx(expected, abs=1e-12)


def test_singleton_sets_give_nominal_alpha():
    rng = np.random.default_rng(8)
    labels = rng.integers(0, 4, size=(50, 3))
    sets = [[frozenset([int(x)]) for x in row] for row in labels]
    nominal = krippendorff_alpha(labels).value
    assert set_alpha(sets, distance="masi").value == pytest.approx(nominal, abs=1e-12)
    assert set_alpha(sets, distance="jaccard").value == pytest.approx(nominal, abs=1e-12)


def test_plain_sets_and_missing_values_are_accepted():
    rows = [[{A}, {A, B}], [{A, B}, {A, B}], [{B}, {A}], [{C}, {C}], [None, {A}]]
    result = set_alpha(rows)
    assert result.value == pytest.approx(5 / 12)
    assert result.extra["n_units_dropped"] == 1


def test_undefined_and_refused_input():
    same = set_alpha([[fs(A), fs(A)], [fs(A), fs(A)]])
    assert same.value is None and "same set" in same.undefined_reason
    assert set_alpha([[fs(A), None]]).value is None
    with pytest.raises(AgreementInputError, match="set"):
        set_alpha([["W1", "W2"], ["W1", "W1"]])
    with pytest.raises(AgreementInputError, match="distance"):
        set_alpha(HAND, distance="dice")


def test_exact_match_rate():
    rows = [[fs(A), fs(A), fs(A)], [fs(A), fs(A, B), fs(A)], [E, E, fs(C)], [fs(B), None, None]]
    # Pairs of identical sets: unit 1: 3 of 3, unit 2: 1 of 3, unit 3: 1 of 3; unit 4 dropped.
    pairwise = exact_match_rate(rows)
    assert pairwise.value == pytest.approx((1 + 1 / 3 + 1 / 3) / 3)
    assert pairwise.statistic == "exact_match_rate" and pairwise.n_units == 3
    assert exact_match_rate(rows, method="all").value == pytest.approx(1 / 3)
    assert pairwise.ci_low is not None


def test_distance_matrix_equals_the_pairwise_functions():
    values = [E, fs(A), fs(B), fs(A, B), fs(A, C), fs(A, B, C), fs(C)]
    for name, function in (("masi", masi_distance), ("jaccard", jaccard_distance)):
        matrix = set_distances(values, name)
        for (i, a), (j, b) in itertools.product(enumerate(values), repeat=2):
            assert matrix[i, j] == pytest.approx(function(a, b), abs=1e-15)
