"""Issue 12 in the agreement report: every vectorised figure against an independent computation,
the bootstrap intervals against a brute-force reference for a fixed seed, and findings 1-4."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from ccrt_coder.analysis.agreement.modal_category import RatingTable, main_values
from ccrt_coder.analysis.agreement.presence import presence_blocks
from ccrt_coder.analysis.agreement.resampling import Resampler
from ccrt_coder.analysis.agreement.statistics import stat_block
from ccrt_coder.analysis.agreement.top_sets import set_agreement, top_sets
from ccrt_coder.analysis.reliability import (
    ClusterResampler,
    bootstrap_ci,
    cohen_kappa,
    exact_match_rate,
    fleiss_kappa,
    gwet_ac1,
    icc_2_1,
    krippendorff_alpha,
    per_category_kappa,
    percent_agreement,
    prevalence_bias_of,
    scott_pi,
    set_alpha,
)
from ccrt_coder.analysis.reliability.sufficient import (
    category_kappas,
    nominal_statistics,
    pair_statistics,
)
from ccrt_coder.analysis.reliability.sufficient_scales import interval_alpha, ordinal_alpha
from ccrt_coder.core.bootstrap import BootstrapSettings

K = 5
CATEGORIES = list(range(K))


@pytest.fixture(scope="module")
def data() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """400 units x 3 coders, 10% missing, in 80 interviews of 5 units."""
    rng = np.random.default_rng(3)
    truth = rng.integers(0, K, 400)
    codes = np.where(rng.random((400, 3)) < 0.6, truth[:, None], rng.integers(0, K, (400, 3)))
    codes[rng.random((400, 3)) < 0.1] = -1
    values = np.where(codes < 0, np.nan, codes).astype(float)
    return codes, values, np.repeat(np.arange(80), 5)


def sample(n: int) -> Resampler:
    """No replicates: row 0 (the sample) only."""
    return Resampler(np.arange(n), BootstrapSettings(replicates=0))


def test_row_zero_of_every_replicate_function_is_the_library_value(data) -> None:  # type: ignore[no-untyped-def]
    codes, values, _ = data
    every = sample(len(codes)).values(nominal_statistics(codes, K))
    for name, library in (
        ("fleiss_kappa", fleiss_kappa), ("krippendorff_alpha", krippendorff_alpha),
        ("percent_agreement", percent_agreement), ("gwet_ac1", gwet_ac1),
    ):  # fmt: skip
        assert every[name][0] == pytest.approx(library(values, categories=CATEGORIES).value)
    both = codes[(codes[:, :2] >= 0).all(axis=1)][:, :2]
    pair = sample(len(both)).values(pair_statistics(both, K, weighted=True))
    assert pair["cohen_kappa"][0] == pytest.approx(
        cohen_kappa(*both.T, categories=CATEGORIES).value
    )
    assert pair["scott_pi"][0] == pytest.approx(scott_pi(both, categories=CATEGORIES).value)
    for weights in ("linear", "quadratic"):
        expected = cohen_kappa(*both.T, weights=weights, categories=CATEGORIES).value
        assert pair[f"cohen_kappa_{weights}"][0] == pytest.approx(expected)
    kappa_j = sample(len(codes)).values(category_kappas(codes, K))["kappa_j"][0]
    library = per_category_kappa(values, categories=CATEGORIES)
    assert kappa_j == pytest.approx([library[c].value for c in CATEGORIES])
    for level, terms in (
        ("interval", interval_alpha(values)), ("ordinal", ordinal_alpha(codes, K)),
    ):  # fmt: skip
        expected = krippendorff_alpha(
            values, level=level, categories=[float(c) for c in CATEGORIES]
        )
        got = sample(len(codes)).values(terms)[f"krippendorff_alpha_{level}"]
        assert got[0] == pytest.approx(expected.value)


def test_intervals_equal_the_librarys_cluster_bootstrap_for_the_same_seed(data) -> None:  # type: ignore[no-untyped-def]
    codes, values, clusters = data
    rs = Resampler(clusters, BootstrapSettings(400, 9))
    every = rs.values(nominal_statistics(codes, K))
    for name in ("fleiss_kappa", "krippendorff_alpha", "gwet_ac1"):
        ours = rs.interval(every[name])
        theirs = bootstrap_ci(name, values, clusters.tolist(), categories=CATEGORIES, b=400, seed=9)
        assert (ours.low, ours.high) == pytest.approx((theirs.low, theirs.high), abs=1e-6)


def brute_force(statistic, table: np.ndarray, clusters: np.ndarray, b: int, seed: int):  # type: ignore[no-untyped-def]
    """The percentile interval by expanding each replicate's rows and calling ``statistic``."""
    engine = ClusterResampler(clusters.tolist(), b=b, seed=seed)
    found = []
    for weights in engine.weights.astype(int):
        rows = np.repeat(np.arange(len(table)), weights[engine.unit_cluster])
        value = statistic(table[rows])
        if value is not None:
            found.append(value)
    return np.quantile(found, [0.025, 0.975])


def test_icc_and_presence_intervals_against_a_brute_force_bootstrap(data) -> None:  # type: ignore[no-untyped-def]
    codes, values, clusters = data
    rs = Resampler(clusters, BootstrapSettings(200, 4))
    scores = np.where(np.isnan(values), np.nan, values + np.arange(3))  # coder bias: ICC < 1
    block = stat_block(
        RatingTable(scores, (0.0, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0)), ["a", "b", "c"],
        ("percent_agreement",), ("icc_2_1",), resampler=rs,
    )  # fmt: skip
    assert block.overall["icc_2_1"].value == pytest.approx(icc_2_1(scores).value)
    ours = block.interval("icc_2_1")
    reference = brute_force(lambda t: icc_2_1(t).value, scores, clusters, 200, 4)
    assert (ours.low, ours.high) == pytest.approx(tuple(reference), abs=1e-6)
    present = np.stack([codes == c for c in range(K)], axis=2).astype(int)
    blocks = presence_blocks(present, [str(c) for c in CATEGORIES], ["a", "b", "c"], rs)
    span = blocks["2"].interval("fleiss_kappa")
    reference = brute_force(lambda t: fleiss_kappa(t).value, present[:, :, 2], clusters, 200, 4)
    assert (span.low, span.high) == pytest.approx(tuple(reference), abs=1e-6)


def test_presence_pairs_match_byrt_bishop_and_carlin(data) -> None:  # type: ignore[no-untyped-def]
    codes, _, _ = data
    present = np.stack([codes == c for c in range(K)], axis=2).astype(int)
    blocks = presence_blocks(present, [str(c) for c in CATEGORIES], ["a", "b", "c"], sample(400))
    for c in CATEGORIES:
        pair = blocks[str(c)].pairs[0]
        byrt = prevalence_bias_of(present[:, 0, c], present[:, 1, c], present=1)
        assert pair.stats["pabak"].value == pytest.approx(byrt.pabak)
        assert abs(pair.stats["prevalence_index"].value) == pytest.approx(
            abs(byrt.prevalence_index)
        )
        assert abs(pair.stats["bias_index"].value) == pytest.approx(abs(byrt.bias_index))
        assert pair.stats["cohen_kappa"].value == pytest.approx(
            cohen_kappa(present[:, 0, c], present[:, 1, c]).value
        )
        alpha = krippendorff_alpha(present[:, :, c]).value
        assert blocks[str(c)].overall["krippendorff_alpha"].value == pytest.approx(alpha)


def units(*rows: tuple[int, int, int, int]) -> pd.DataFrame:
    """(row, coder, unit_id, value): one coded category of a unit."""
    frame = pd.DataFrame(rows, columns=["row", "coder", "unit_id", "value"])
    return frame.assign(first_start=frame["unit_id"] * 10)


def test_finding_1_equal_tied_sets_agree_and_a_missing_component_is_a_disagreement() -> None:
    labels = ("W1", "W2", "W3", "W4")
    coded = units(
        # RE 0: both coders have W3 and W4 once each, in opposite order in the text
        (0, 0, 1, 2), (0, 0, 2, 3), (0, 1, 3, 3), (0, 1, 4, 2),
        # RE 1: only coder 0 scored the component
        (1, 0, 5, 0),
        # RE 2: both W2
        (2, 0, 6, 1), (2, 1, 7, 1),
    )  # fmt: skip
    old = main_values(coded, "value", 3, 2)
    assert old[0, 0] != old[0, 1]  # the positional tie-break made them disagree
    sets = set_agreement(top_sets(coded, 3, 2), labels, ["a", "b"], sample(3))
    primary = sets.primary.pairs[0].stats["exact_match"]
    assert (primary.value, primary.n_units) == (pytest.approx(2 / 3), 3)  # RE 1: W1 vs none
    complete = sets.complete_cases.pairs[0].stats["exact_match"]
    assert (complete.value, complete.n_units) == (1.0, 2)
    ratings = [[frozenset({"W3", "W4"})] * 2, [frozenset({"W1"}), frozenset()], [{"W2"}, {"W2"}]]
    masi = sets.primary.pairs[0].stats["masi_alpha"].value
    assert masi == pytest.approx(set_alpha(ratings, distance="masi").value)
    assert exact_match_rate(ratings).value == pytest.approx(2 / 3)


def test_finding_3_pairwise_ac1_uses_the_complete_cases_only() -> None:
    # lopsided missingness: coder b skipped most REs coder a put in category 0
    a = np.array([0] * 30 + [1] * 10 + [0] * 10 + [1] * 10, dtype=float)
    b = np.array([np.nan] * 30 + [1] * 10 + [0] * 10 + [0] * 10)
    block = stat_block(RatingTable(np.column_stack([a, b]), ("x", "y")), ["a", "b"])
    ac1 = block.pairs[0].stats["gwet_ac1"]
    both = ~np.isnan(b)
    assert ac1.value == pytest.approx(gwet_ac1(np.column_stack([a, b])[both]).value)
    assert ac1.value != pytest.approx(gwet_ac1(np.column_stack([a, b])).value)
    assert ac1.n_units == 30 and ac1.extra["n_units_dropped"] == 30
    assert block.pairs[0].stats["cohen_kappa"].n_units == 30


def test_the_same_seed_gives_the_same_intervals_and_another_seed_others(data) -> None:  # type: ignore[no-untyped-def]
    _, values, clusters = data
    table = RatingTable(values, tuple("abcde"))

    def fleiss(seed: int) -> tuple[float, float]:
        block = stat_block(
            table, ["a", "b", "c"], resampler=Resampler(clusters, BootstrapSettings(100, seed))
        )
        span = block.interval("fleiss_kappa")
        return span.low, span.high

    assert fleiss(1) == fleiss(1) != fleiss(2)


def test_no_intervals_below_five_interviews_or_without_replicates(data) -> None:  # type: ignore[no-untyped-def]
    _, values, clusters = data
    table = RatingTable(values, tuple("abcde"))
    few = Resampler(clusters % 4, BootstrapSettings(100, 1))
    off = Resampler(clusters, BootstrapSettings(0, 1))
    for rs in (few, off):
        block = stat_block(table, ["a", "b", "c"], resampler=rs)
        assert block.interval("fleiss_kappa") is None
        assert block.overall["fleiss_kappa"].se is not None  # the analytic SE stays


def test_lu_directions_get_presence_agreement_when_the_system_has_them(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import sqlite3

    from ccrt_coder.usecases.project import Project
    from tests.analysis.test_agreement_report_study import build_study

    path = build_study(tmp_path / "lu.ccrt")
    with Project.open(path) as project:
        assert project.agreement_report(coders=["Ana", "Ben"]).components["W"].lu_direction is None
    with sqlite3.connect(path) as db:
        db.execute("UPDATE category_systems SET uses_lu_direction = 1")
        db.execute("UPDATE coded_units SET lu_direction = CASE WHEN id % 3 = 0 THEN 'WSO' "
                   "ELSE 'WOS' END WHERE component = 'W'")  # fmt: skip
        names = dict(db.execute("SELECT id, name FROM coders"))
        res = [r for (r,) in db.execute("SELECT id FROM relationship_episodes ORDER BY id")]
        given = db.execute(
            "SELECT re_id, coder_id, lu_direction FROM coded_units "
            "WHERE component = 'W' AND layer = 'coder'"
        ).fetchall()
    with Project.open(path) as project:
        report = project.agreement_report(coders=["Ana", "Ben"])
    blocks = report.components["W"].lu_direction
    assert blocks is not None and list(blocks)[:4] == ["WOO", "WOS", "WSS", "WSO"]
    for direction in ("WOS", "WSO"):
        used = {(re_id, names[c]) for re_id, c, d in given if d == direction}
        a = [int((r, "Ana") in used) for r in res]
        b = [int((r, "Ben") in used) for r in res]
        expected = cohen_kappa(a, b)
        got = blocks[direction].pairs[0].stats["cohen_kappa"]
        assert (
            got.value == pytest.approx(expected.value)
            if expected.value is not None
            else (got.value is None)
        )
    assert "lu_direction" in report.to_dict()["components"]["W"]


def test_top_sets_of_large_systems_are_the_same_without_bit_masks() -> None:
    rng = np.random.default_rng(5)
    frame = pd.DataFrame(
        {
            "row": rng.integers(0, 30, 300),
            "coder": rng.integers(0, 2, 300),
            "unit_id": np.arange(300),
            "value": rng.integers(0, 6, 300),
        }
    )
    small_codes, small_sets = top_sets(frame, 30, 2)
    wide = frame.assign(value=frame["value"] * 13)  # labels up to 65: beyond 62 bits
    wide_codes, wide_sets = top_sets(wide, 30, 2)
    as_sets = lambda codes, sets: [[sets[c] if c >= 0 else None for c in row] for row in codes]  # noqa: E731
    scaled = [
        [None if s is None else frozenset(v * 13 for v in s) for s in row]
        for row in as_sets(small_codes, small_sets)
    ]
    assert as_sets(wide_codes, wide_sets) == scaled
