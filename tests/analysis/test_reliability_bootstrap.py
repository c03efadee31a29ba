"""The vectorised cluster bootstrap against a slow loop that resamples and recomputes."""

import numpy as np
import pytest

from ccrt_coder.analysis.reliability import (
    BOOTSTRAP_STATISTICS,
    AgreementInputError,
    ClusterResampler,
    bootstrap_ci,
    cohen_kappa,
    fleiss_kappa,
    gwet_ac1,
    icc_2_1,
    krippendorff_alpha,
    per_category_kappa,
    percent_agreement,
    scott_pi,
    set_alpha,
)

FUNCTIONS = {
    "cohen_kappa": lambda x: cohen_kappa(x[:, 0], x[:, 1]),
    "cohen_kappa_linear": lambda x: cohen_kappa(x[:, 0], x[:, 1], weights="linear"),
    "cohen_kappa_quadratic": lambda x: cohen_kappa(x[:, 0], x[:, 1], weights="quadratic"),
    "scott_pi": scott_pi,
    "percent_agreement": percent_agreement,
    "percent_agreement_all": lambda x: percent_agreement(x, method="all"),
    "gwet_ac1": gwet_ac1,
    "fleiss_kappa": fleiss_kappa,
    "krippendorff_alpha": krippendorff_alpha,
    "krippendorff_alpha_nominal": krippendorff_alpha,
    "krippendorff_alpha_ordinal": lambda x: krippendorff_alpha(x, level="ordinal"),
    "krippendorff_alpha_interval": lambda x: krippendorff_alpha(x, level="interval"),
    "krippendorff_alpha_ratio": lambda x: krippendorff_alpha(x, level="ratio"),
    "icc_2_1": icc_2_1,
}
TWO_CODERS = ("cohen_kappa", "cohen_kappa_linear", "cohen_kappa_quadratic", "scott_pi")


def study(n_clusters=25, seed=7, n_coders=3, missing=0.1):
    """Ratings 1..4 of units in clusters of 1-5 units, coders agreeing ~60%, some missing."""
    rng = np.random.default_rng(seed)
    sizes = rng.integers(1, 6, size=n_clusters)
    clusters = np.repeat([f"interview {i}" for i in range(n_clusters)], sizes)
    truth = rng.integers(1, 5, size=(len(clusters), 1))
    noise = rng.integers(1, 5, size=(len(clusters), n_coders))
    ratings = np.where(rng.random(noise.shape) < 0.6, truth, noise).astype(float)
    ratings[rng.random(ratings.shape) < missing] = np.nan
    return ratings, list(clusters)


def reference_interval(function, ratings, clusters, b, seed, level=0.95):
    """Resample interviews with the documented draws and recompute with the library function."""
    names = list(dict.fromkeys(clusters))
    rows = {name: [i for i, c in enumerate(clusters) if c == name] for name in names}
    draws = np.random.default_rng(seed).integers(0, len(names), size=(b, len(names)))
    values = []
    for replicate in draws:
        units = [i for g in replicate for i in rows[names[g]]]
        result = function(ratings[units])
        if result.value is not None:
            values.append(result.value)
    tail = (1 - level) / 2
    low, high = np.quantile(values, [tail, 1 - tail])
    return low, high, np.std(values, ddof=1), b - len(values)


@pytest.mark.parametrize("name", list(FUNCTIONS))
def test_vectorised_interval_equals_the_resample_and_recompute_loop(name):
    ratings, clusters = study()
    data = ratings[:, :2] if name in TWO_CODERS else ratings
    low, high, se, undefined = reference_interval(FUNCTIONS[name], data, clusters, 200, 11)
    interval = bootstrap_ci(name, data, clusters, b=200, seed=11)
    assert interval.low == pytest.approx(low, abs=1e-12)
    assert interval.high == pytest.approx(high, abs=1e-12)
    assert interval.se_boot == pytest.approx(se, abs=1e-12)
    assert interval.n_undefined == undefined
    assert (interval.b, interval.seed, interval.n_clusters) == (200, 11, 25)
    assert interval.resampled_by == "interview"


def test_set_alpha_interval_equals_the_loop():
    rng = np.random.default_rng(3)
    labels = ["W1", "W2", "W3"]
    sets = [frozenset(x for x in labels if rng.random() < 0.4) for _ in range(120)]
    ratings = np.empty((40, 3), dtype=object)
    for i in range(40):
        for j in range(3):
            ratings[i, j] = sets[i * 3 + j] if rng.random() < 0.5 else sets[i * 3]
    clusters = [i // 3 for i in range(40)]
    for distance in ("masi", "jaccard"):
        function = lambda x, d=distance: set_alpha(x, distance=d)  # noqa: E731
        low, high, se, _ = reference_interval(function, ratings, clusters, 150, 5)
        interval = bootstrap_ci(f"set_alpha_{distance}", ratings, clusters, b=150, seed=5)
        assert (interval.low, interval.high) == pytest.approx((low, high), abs=1e-12)
        assert interval.se_boot == pytest.approx(se, abs=1e-12)


@pytest.mark.parametrize("name", [name for name in BOOTSTRAP_STATISTICS if name in FUNCTIONS])
def test_all_units_once_reproduce_the_point_estimate(name):
    ratings, clusters = study(n_clusters=40, seed=2)
    data = ratings[:, :2] if name in TWO_CODERS else ratings
    resampler = ClusterResampler(clusters, b=1, seed=0)
    resampler.weights[:] = 1.0  # every interview exactly once: the original sample
    ((value,),) = resampler.replicates([(name, data, None)])
    assert value == pytest.approx(FUNCTIONS[name](data).value, abs=1e-12)


def test_undefined_replicates_are_dropped_and_counted():
    # Interview "b" alone has one category only: replicates drawing only "b" are undefined.
    ratings = np.array([[1, 2], [2, 2], [1, 1], [1, 1]], dtype=float)
    clusters = ["a", "a", "b", "b"]
    interval = bootstrap_ci("cohen_kappa", ratings, clusters, b=400, seed=1)
    draws = np.random.default_rng(1).integers(0, 2, size=(400, 2))
    assert interval.n_undefined == int((draws == 1).all(axis=1).sum()) > 0
    nothing = bootstrap_ci("cohen_kappa", np.ones((3, 2)), ["a", "b", "c"], b=50)
    assert (nothing.low, nothing.high, nothing.se_boot) == (None, None, None)
    assert nothing.n_undefined == 50


def test_settings_are_reported_and_the_same_seed_gives_the_same_interval():
    ratings, clusters = study()
    first = bootstrap_ci("fleiss_kappa", ratings, clusters, b=300, seed=9, level=0.9)
    again = bootstrap_ci("fleiss_kappa", ratings, clusters, b=300, seed=9, level=0.9)
    other = bootstrap_ci("fleiss_kappa", ratings, clusters, b=300, seed=10, level=0.9)
    assert first == again and first != other
    assert first.low < fleiss_kappa(ratings).value < first.high
    assert first.to_dict() == {
        "ci_low": first.low,
        "ci_high": first.high,
        "se": first.se_boot,
        "method": "percentile cluster bootstrap",
        "b": 300,
        "seed": 9,
        "level": 0.9,
        "resampled_by": "interview",
        "n_clusters": 25,
        "n_undefined": 0,
    }


def test_fleiss_kappa_j_is_fleiss_kappa_of_the_recoded_table():
    # Fleiss (1971): kappa_j equals kappa of the table dichotomised into j / not j, so the
    # per-category kappas are bootstrapped as fleiss_kappa of the recoded ratings.
    ratings, clusters = study(missing=0.0)
    kappa_j = per_category_kappa(ratings)[2.0].value
    recoded = (ratings == 2.0).astype(float)
    assert fleiss_kappa(recoded).value == pytest.approx(kappa_j, abs=1e-12)
    assert bootstrap_ci("fleiss_kappa", recoded, clusters, b=50).low < kappa_j


def test_many_statistics_in_one_product_equal_one_at_a_time():
    ratings, clusters = study()
    resampler = ClusterResampler(clusters, b=300, seed=4)
    requests = [
        ("cohen_kappa", ratings[:, :2], [1.0, 2.0, 3.0, 4.0]),
        ("gwet_ac1", ratings, None),
        ("krippendorff_alpha_ordinal", ratings, None),
    ]
    together = resampler.intervals(requests)
    alone = [resampler.interval(n, r, categories=c) for n, r, c in requests]
    assert together == alone


def test_interleaved_clusters_give_the_same_interval_as_grouped_ones():
    ratings, clusters = study(n_clusters=12)
    names = list(dict.fromkeys(clusters))
    rank = [clusters[:i].count(c) for i, c in enumerate(clusters)]  # position in its interview
    # First units of every interview, then second units, ...: interviews still first appear
    # in the same order, but their units are no longer next to each other.
    order = sorted(range(len(clusters)), key=lambda i: (rank[i], names.index(clusters[i])))
    interleaved = [clusters[i] for i in order]
    assert list(dict.fromkeys(interleaved)) == names and interleaved != clusters
    for name in ("gwet_ac1", "krippendorff_alpha", "icc_2_1"):
        grouped = bootstrap_ci(name, ratings, clusters, b=100, seed=3)
        mixed = bootstrap_ci(name, ratings[order], interleaved, b=100, seed=3)
        assert (mixed.low, mixed.high) == pytest.approx((grouped.low, grouped.high), abs=1e-12)


def test_bad_requests_are_refused():
    ratings, clusters = study()
    with pytest.raises(AgreementInputError, match="no bootstrap"):
        bootstrap_ci("median", ratings, clusters)
    with pytest.raises(AgreementInputError, match="cluster labels"):
        bootstrap_ci("fleiss_kappa", ratings, clusters[:-1])
    with pytest.raises(AgreementInputError, match="two coders"):
        bootstrap_ci("cohen_kappa", ratings, clusters)
    with pytest.raises(AgreementInputError, match=">= 1"):
        bootstrap_ci("fleiss_kappa", ratings, clusters, b=0)
    with pytest.raises(AgreementInputError, match="level"):
        bootstrap_ci("fleiss_kappa", ratings, clusters, level=95)
