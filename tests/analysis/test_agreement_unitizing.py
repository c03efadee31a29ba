"""Krippendorff's unitizing alpha (1995, 2004): published examples and a brute-force definition."""

import random

import numpy as np
import pytest

from ccrt_coder.analysis.reliability import (
    AgreementInputError,
    unitized_alpha,
    unitized_alpha_arrays,
    unitized_alpha_pooled,
)


def book_example():
    """Krippendorff (2004, Content Analysis 2nd ed., p. 254): continuum 150..450, two observers.

    Shifted to start at 0 (alpha only depends on differences and lengths).
    """
    spans = {
        "i": [(225, 295, "c"), (370, 400, "c"), (180, 240, "k"), (300, 350, "k")],
        "j": [(220, 300, "c"), (355, 375, "c"), (400, 420, "c"), (180, 240, "k"), (300, 350, "k")],
    }
    return {coder: [(b - 150, e - 150, c) for b, e, c in s] for coder, s in spans.items()}, 300


def test_krippendorff_2004_example_category_c():
    # Published: D_o = .0144, D_e = .0532, alpha_c = .7286 (values also in DKPro's tests).
    # D_o by hand: overlapping units (225,295)/(220,300): 5^2 + 5^2 = 50;
    # (370,400)/(355,375): 15^2 + 25^2 = 850; j's (400,420) inside i's gap: 20^2 = 400;
    # D_o = 2 * 1300 / (2 * 1 * 300^2) = .014444
    spans, length = book_example()
    result = unitized_alpha(spans, length, category="c")
    assert result.observed == pytest.approx(1300 / 90000)
    assert result.observed == pytest.approx(0.0144, abs=5e-5)
    assert result.expected == pytest.approx(0.0532, abs=5e-5)
    assert result.value == pytest.approx(0.7286, abs=5e-5)
    assert result.n_units == 5 and result.n_coders == 2


def test_krippendorff_2004_example_category_k_and_all_categories():
    spans, length = book_example()
    k = unitized_alpha(spans, length, category="k")
    assert k.observed == 0.0 and k.value == 1.0
    assert k.expected == pytest.approx(0.0490, abs=5e-5)
    overall = unitized_alpha(spans, length)
    assert set(overall.extra["per_category"]) == {"c", "k"}
    # 1 - (.0144 + 0) / (.0532 + .0490) = .8591 from the rounded figures (DKPro's test value);
    # unrounded it is .85867.
    assert overall.value == pytest.approx(0.8591, abs=5e-4)
    c = overall.extra["per_category"]["c"]
    assert overall.value == pytest.approx(1 - c.observed / (c.expected + k.expected))


def example_1995(stretch):
    """Krippendorff (1995, p. 57): four pairs of observers (A-D) on a continuum of 24."""
    units = [
        (2, 8, 0, "A"), (14, 6, 0, "A"), (4, 4, 1, "A"), (15, 2, 1, "A"),
        (0, 18, 0, "B"), (0, 2, 1, "B"), (2, 1, 1, "B"), (3, 1, 1, "B"), (4, 1, 1, "B"),
        (5, 1, 1, "B"), (6, 3, 1, "B"), (9, 1, 1, "B"),
        (2, 6, 0, "C"), (10, 2, 0, "C"), (14, 4, 0, "C"), (20, 2, 0, "C"), (0, 2, 1, "C"),
        (4, 4, 1, "C"), (10, 4, 1, "C"), (16, 2, 1, "C"), (20, 2, 1, "C"),
        (0, 2, 0, "D"), (2, 8, 0, "D"), (10, 4, 0, "D"), (14, 6, 0, "D"), (20, 4, 0, "D"),
        (0, 4, 1, "D"), (4, 4, 1, "D"), (8, 7, 1, "D"), (15, 2, 1, "D"), (17, 7, 1, "D"),
    ]  # fmt: skip
    spans = {0: [], 1: []}
    for begin, size, coder, category in units:
        spans[coder].append((begin * stretch, (begin + size) * stretch, category))
    return spans, 24 * stretch


@pytest.mark.parametrize(
    ("category", "d_o", "alpha"),
    [("A", 0.03125, 0.553), ("B", 2.26736, -0.926), ("C", 0.02777, 0.679), ("D", 0.38715, 0.066)],
)
def test_krippendorff_1995_example(category, d_o, alpha):
    # D_o as reported (and asserted by DKPro Statistics); it does not depend on the resolution.
    # The paper's alphas are for a fine-grained continuum and its D_e has a small slip (see
    # DKPro's Krippendorff1995Test), so they are met to +-.02 at a resolution of 50,000 per unit.
    for stretch in (1, 50_000):
        spans, length = example_1995(stretch)
        assert unitized_alpha(spans, length, category=category).observed == pytest.approx(
            d_o, abs=1e-5
        )
    spans, length = example_1995(50_000)
    assert unitized_alpha(spans, length, category=category).value == pytest.approx(alpha, abs=0.02)


# --- brute force: the definition with explicit gaps, all segment pairs, explicit placements ---


def segments(units, length):
    """(begin, end, is_unit) for one coder in one text: units and the gaps between them."""
    result, position = [], 0
    for begin, end in sorted(units):
        if begin > position:
            result.append((position, begin, False))
        result.append((begin, end, True))
        position = end
    if position < length:
        result.append((position, length, False))
    return result


def delta2(g, h):
    (bg, eg, unit_g), (bh, eh, unit_h) = g, h
    if unit_g and unit_h and bg < eh and bh < eg:
        return (bg - bh) ** 2 + (eg - eh) ** 2
    if unit_g and not unit_h and bh <= bg and eg <= eh:
        return (eg - bg) ** 2
    if unit_h and not unit_g and bg <= bh and eh <= eg:
        return (eh - bh) ** 2
    return 0


def brute_force(texts, category):
    coders = list(texts[0][0])
    m, big_l = len(coders), sum(length for _, length in texts)
    observed, units, gaps = 0, [], []
    for spans, length in texts:
        segs = {
            c: segments([(b, e) for b, e, cat in spans[c] if cat == category], length)
            for c in coders
        }
        for i in coders:
            for j in coders:
                if i != j:
                    observed += sum(delta2(g, h) for g in segs[i] for h in segs[j])
        for c in coders:
            units += [e - b for b, e, is_unit in segs[c] if is_unit]
            gaps += [e - b for b, e, is_unit in segs[c] if not is_unit]
    expected = 0
    for size in units:
        for _other in range(len(units) - 1):  # the unit against each other unit, shifted by d
            expected += sum(d * d + d * d for d in range(1, size))
        for gap in gaps:  # the unit at every position inside every gap it fits into
            expected += sum(size * size for _position in range(gap - size + 1))
    d_o = observed / (m * (m - 1) * big_l**2)
    d_e = (2 / big_l) * expected / (m * big_l * (m * big_l - 1) - sum(s * (s - 1) for s in units))
    return d_o, d_e


def random_spans(rng, coders, length, categories):
    spans = {}
    for coder in coders:
        spans[coder] = []
        for category in categories:
            cuts = sorted(rng.sample(range(length + 1), 2 * rng.randint(0, 4)))
            spans[coder] += [(b, e, category) for b, e in zip(cuts[::2], cuts[1::2], strict=True)]
    return spans


@pytest.mark.parametrize("seed", range(12))
def test_matches_brute_force_definition(seed):
    rng = random.Random(seed)
    coders = ["ann", "bob", "cy"][: rng.randint(2, 3)]
    texts = [(random_spans(rng, coders, n, "xy"), n) for n in rng.sample(range(10, 60), 3)]
    for category in "xy":
        d_o, d_e = brute_force(texts, category)
        pooled = unitized_alpha_pooled(texts, category=category)
        if not pooled.is_defined:
            assert d_e == 0
            continue
        assert pooled.observed == pytest.approx(d_o, rel=1e-12, abs=1e-15)
        assert pooled.expected == pytest.approx(d_e, rel=1e-12)
        assert pooled.value == pytest.approx(1 - d_o / d_e, rel=1e-9, abs=1e-12)
        single = unitized_alpha(*texts[0], category=category)
        if single.is_defined:
            d_o, d_e = brute_force(texts[:1], category)
            assert single.value == pytest.approx(1 - d_o / d_e, rel=1e-9, abs=1e-12)


def test_pooling_equals_concatenation_when_no_gap_crosses_a_boundary():
    first = {"a": [(0, 4, "x"), (6, 10, "x")], "b": [(1, 10, "x")]}  # both end text 1 in a unit
    second = {"a": [(2, 5, "x")], "b": [(0, 3, "x"), (5, 7, "x")]}
    joined = {c: first[c] + [(b + 10, e + 10, x) for b, e, x in second[c]] for c in first}
    pooled = unitized_alpha_pooled([(first, 10), (second, 8)], category="x")
    assert pooled.value == pytest.approx(unitized_alpha(joined, 18, category="x").value)
    # With a gap at the boundary, pooling cuts it; plain concatenation would not.
    second_late = {"a": [(3, 5, "x")], "b": [(2, 4, "x")]}
    first_early = {"a": [(0, 4, "x")], "b": [(1, 5, "x")]}
    joined = {
        c: first_early[c] + [(b + 10, e + 10, x) for b, e, x in second_late[c]] for c in first_early
    }
    pooled = unitized_alpha_pooled([(first_early, 10), (second_late, 8)], category="x")
    assert pooled.value != pytest.approx(unitized_alpha(joined, 18, category="x").value)


def test_identical_coders_agree_perfectly_and_coder_order_does_not_matter():
    spans = {"a": [(0, 3, "x"), (5, 9, "y")], "b": [(0, 3, "x"), (5, 9, "y")]}
    assert unitized_alpha(spans, 12).value == 1.0
    rng = random.Random(5)
    spans = random_spans(rng, ["a", "b", "c"], 40, "xy")
    reordered = {c: spans[c] for c in ("c", "a", "b")}
    assert unitized_alpha(spans, 40).value == pytest.approx(unitized_alpha(reordered, 40).value)


def test_degenerate_inputs_are_undefined():
    assert "two coders" in unitized_alpha({"a": [(0, 2, "x")]}, 5).undefined_reason
    assert "two coders" in unitized_alpha_pooled([]).undefined_reason
    assert unitized_alpha({"a": [], "b": []}, 0).undefined_reason == "the continuum is empty"
    assert unitized_alpha({"a": [], "b": []}, 10).undefined_reason == "no coder marked any span"
    missing = unitized_alpha({"a": [(0, 2, "x")], "b": []}, 10, category="y")
    assert missing.undefined_reason == "no coder marked this category"
    # Every position marked by one-code-point units by both coders: no gaps, D_e = 0.
    full = {c: [(p, p + 1, "x") for p in range(3)] for c in "ab"}
    assert not unitized_alpha(full, 3, category="x").is_defined


@pytest.mark.parametrize(
    "spans",
    [
        {"a": [(0, 5, "x"), (4, 6, "x")], "b": []},  # one coder's spans of a category overlap
        {"a": [(0, 11, "x")], "b": []},  # beyond the text
        {"a": [(3, 3, "x")], "b": []},  # empty span
        {"a": [(0.5, 2, "x")], "b": []},  # not code point offsets
        {"a": [(0, 2)], "b": []},  # no category
    ],
)
def test_malformed_spans_are_refused(spans):
    with pytest.raises(AgreementInputError):
        unitized_alpha(spans, 10)


def test_overlapping_spans_of_different_categories_are_fine_and_coders_must_match():
    spans = {"a": [(0, 5, "x"), (2, 6, "y")], "b": [(0, 5, "x"), (2, 6, "y")]}
    assert unitized_alpha(spans, 10).value == 1.0
    with pytest.raises(AgreementInputError, match="coders"):
        unitized_alpha_pooled([(spans, 10), ({"a": [], "c": []}, 10)])
    with pytest.raises(AgreementInputError):
        unitized_alpha(spans, -1)


def as_arrays(texts, coders, category):
    """The mappings' spans of ``category`` as unitized_alpha_arrays takes them."""
    rows = [
        (t, coders.index(c), b, e)
        for t, (spans, _) in enumerate(texts)
        for c in coders
        for b, e, cat in spans[c]
        if cat == category
    ]
    columns = np.array(rows, dtype=np.int64).reshape(-1, 4).T
    return np.array([n for _, n in texts]), tuple(columns)


@pytest.mark.parametrize("seed", range(6))
def test_the_array_form_gives_the_same_figures_as_the_mappings(seed):
    rng = random.Random(seed)
    coders = ["ann", "bob", "cy"][: rng.randint(2, 3)]
    texts = [(random_spans(rng, coders, n, "xy"), n) for n in rng.sample(range(10, 60), 4)]
    for category in "xy":
        lengths, units = as_arrays(texts, coders, category)
        got = unitized_alpha_arrays(lengths, units, tuple(coders), category)
        expected = unitized_alpha_pooled(texts, category=category)
        assert (got.value, got.observed, got.expected) == (
            expected.value,
            expected.observed,
            expected.expected,
        )
        assert got.extra == expected.extra and got.n_units == expected.n_units


def test_the_array_form_refuses_what_the_mappings_refuse():
    lengths = np.array([10])
    fine = (np.array([0]), np.array([0]), np.array([2]), np.array([5]))
    assert unitized_alpha_arrays(lengths, fine, ("a", "b"), "x").is_defined
    with pytest.raises(AgreementInputError, match="outside"):
        unitized_alpha_arrays(lengths, (*fine[:3], np.array([11])), ("a", "b"), "x")
    with pytest.raises(AgreementInputError, match="overlapping"):
        two = (np.array([0, 0]), np.array([1, 1]), np.array([0, 4]), np.array([5, 6]))
        unitized_alpha_arrays(lengths, two, ("a", "b"), "x")
    with pytest.raises(AgreementInputError, match="integers"):
        unitized_alpha_arrays(lengths, (*fine[:2], np.array([0.5]), fine[3]), ("a", "b"), "x")
    with pytest.raises(AgreementInputError, match="not given"):
        unitized_alpha_arrays(lengths, (np.array([1]), *fine[1:]), ("a", "b"), "x")


def test_huge_texts_keep_exact_sums():
    # 3e9 code points: squares and cubes beyond int64 take Python integers, and agree with them
    size = 3_000_000_000
    spans = {"a": [(0, size // 2, "x")], "b": [(size // 4, size, "x")]}
    pooled = unitized_alpha_pooled([(spans, size)], category="x")
    # the two units overlap: (b - b')^2 + (e - e')^2, no unit lies inside a gap
    observed = (size // 4) ** 2 + (size - size // 2) ** 2
    assert pooled.observed == 2 * observed / (2 * size * size)
    assert pooled.is_defined
