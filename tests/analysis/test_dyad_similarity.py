"""Issue 12, findings 7 and 8: the dyads' similarity apart from the pooled profiles, a
pseudo-dyad baseline, a measure independent of the system's size, first-to-last change, and
share positive per RE — each figure recomputed here with numpy/scipy from the raw rows."""

import math

import numpy as np
import pandas as pd
import pytest
from scipy.spatial import distance
from scipy.stats import spearmanr

from ccrt_coder.analysis.ccrt.comparison import compare
from ccrt_coder.analysis.ccrt.formation import compute_ccrts
from ccrt_coder.analysis.ccrt.scopes import AnalysisSettings

PHASES = (5, 15, 28)
CODES = {c: [f"{c}{k}" for k in range(1, 9)] for c in ("W", "RO", "RS")}
RE_COLUMNS = ["re_id", "dyad", "narrator", "phase", "number", "other_type", "completeness"]


def random_study(n_dyads: int = 12, seed: int = 5) -> tuple[pd.DataFrame, pd.DataFrame]:
    """REs with 1-3 units per component, categories and valences at random; about a third of
    the REs about the partner."""
    rng = np.random.default_rng(seed)
    res, codes = [], []
    unit = 0
    for d in range(n_dyads):
        for narrator, partner in (("patient", "therapist"), ("therapist", "patient")):
            for phase in PHASES:
                for number in range(1, int(rng.integers(5, 9))):
                    re_id = len(res) + 1
                    other = partner if rng.random() < 0.35 else "mother"
                    res.append((re_id, f"D{d:02}", narrator, phase, number, other, 4.0))
                    for component, categories in CODES.items():
                        for _ in range(int(rng.integers(0, 3))):
                            unit += 1
                            category = categories[int(rng.integers(0, 8) ** 2 // 8)]
                            valence = None if component == "W" else rng.choice(["+", "-", None])
                            codes.append((unit, re_id, component, category, valence))
    frame = pd.DataFrame(res, columns=RE_COLUMNS).assign(has_units=True)
    partner_type = frame["narrator"].map({"patient": "therapist", "therapist": "patient"})
    frame["about_partner"] = frame["other_type"] == partner_type
    units = pd.DataFrame(codes, columns=["unit_id", "re_id", "component", "category", "valence"])
    units["cluster"] = units["category"]
    return frame, units


def analyse(res: pd.DataFrame, codes: pd.DataFrame, categories=CODES, **options):  # type: ignore[no-untyped-def]
    settings = AnalysisSettings(phases=PHASES)
    results = compute_ccrts(res, codes, settings, categories, categories)
    return compare(results, level="category", **options)


@pytest.fixture(scope="module")
def study() -> tuple[pd.DataFrame, pd.DataFrame]:
    return random_study()


@pytest.fixture(scope="module")
def comparison(study):  # type: ignore[no-untyped-def]
    return analyse(*study)


def profiles(study, narrator: str, phase: int, component: str) -> pd.DataFrame:  # type: ignore[no-untyped-def]
    """Dyads × categories: REs with the category, counted here from the raw rows."""
    res, codes = study
    rows = codes.merge(res, on="re_id")
    rows = rows.loc[
        (rows["narrator"] == narrator) & (rows["phase"] == phase) & (rows["component"] == component)
    ]
    present = rows.drop_duplicates(["re_id", "category"])
    table = pd.crosstab(present["dyad"], present["category"])
    return table.reindex(index=sorted(res["dyad"].unique()), columns=CODES[component], fill_value=0)


def cosine(a: np.ndarray, b: np.ndarray) -> float:
    return math.nan if not a.any() or not b.any() else 1 - distance.cosine(a, b)


@pytest.mark.parametrize(("phase", "component"), [(5, "W"), (15, "RO"), (28, "RS")])
def test_the_dyads_similarity_is_summarised_apart_from_the_pooled_profiles(
    study, comparison, phase: int, component: str
) -> None:  # type: ignore[no-untyped-def]
    patients = profiles(study, "patient", phase, component).to_numpy()
    therapists = profiles(study, "therapist", phase, component).to_numpy()
    own = np.array([cosine(p, t) for p, t in zip(patients, therapists, strict=True)])
    own = own[~np.isnan(own)]
    summary = comparison.across_dyads("patient_vs_therapist", phase, component)
    assert summary.n_dyads == len(own)
    assert summary.mean == pytest.approx(own.mean())
    assert summary.sd == pytest.approx(np.std(own, ddof=1))
    assert (summary.minimum, summary.maximum) == pytest.approx((own.min(), own.max()))
    pooled = cosine(patients.sum(axis=0), therapists.sum(axis=0))
    assert summary.pooled == pytest.approx(pooled)
    pair = comparison.pair("patient_vs_therapist", "ALL", phase)
    assert summary.pooled == pytest.approx(pair.similarity(component).cosine)
    # Finding 7: the pooled figure is not the dyads' similarity (here far above their mean).
    assert summary.pooled - summary.mean > 0.15


def test_each_dyad_gets_its_place_among_its_pseudo_dyads(study, comparison) -> None:  # type: ignore[no-untyped-def]
    patients = profiles(study, "patient", 15, "W").to_numpy()
    therapists = profiles(study, "therapist", 15, "W").to_numpy()
    dyads = sorted(study[0]["dyad"].unique())
    checked = 0
    for i, dyad in enumerate(dyads):
        observed = cosine(patients[i], therapists[i])
        pseudo = np.array([cosine(patients[i], t) for j, t in enumerate(therapists) if j != i])
        pseudo = pseudo[~np.isnan(pseudo)]
        found = comparison.baseline("patient_vs_therapist", dyad, 15, "W")
        assert found.n_pseudo == len(pseudo)
        if math.isnan(observed):
            assert found.p_value is None
            continue
        at_least = (pseudo >= observed - 1e-9).sum()
        below = (pseudo < observed - 1e-9).sum()
        ties = len(pseudo) - at_least - below + (np.abs(pseudo - observed) <= 1e-9).sum()
        assert found.p_value == pytest.approx((1 + at_least) / (1 + len(pseudo)))
        assert found.percentile == pytest.approx(100 * (below + 0.5 * ties) / len(pseudo))
        checked += 1
    assert checked >= 10
    assert comparison.baseline("patient_vs_therapist", "ALL", 15, "W") is None  # no pool's


def test_the_permutation_p_of_the_mean_is_seeded_and_recomputed(study) -> None:  # type: ignore[no-untyped-def]
    seed, b = 4, 300
    comparison = analyse(*study, permutations=b, seed=seed)
    patients = profiles(study, "patient", 28, "RO").to_numpy()
    therapists = profiles(study, "therapist", 28, "RO").to_numpy()
    n = len(patients)
    matrix = np.array([[cosine(p, t) for t in therapists] for p in patients])
    observed = np.nanmean(np.diag(matrix))
    rng = np.random.default_rng(seed)
    shuffles = rng.permuted(np.tile(np.arange(n), (b, 1)), axis=1)
    means = np.array([np.nanmean(matrix[np.arange(n), s]) for s in shuffles])
    expected = (1 + (means >= observed - 1e-12).sum()) / (1 + b)
    summary = comparison.across_dyads("patient_vs_therapist", 28, "RO")
    assert summary.permutation_p == pytest.approx(expected)
    assert (summary.n_permutations, summary.seed) == (b, seed)
    off = matrix[~np.eye(n, dtype=bool)]
    assert summary.pseudo_mean == pytest.approx(np.nanmean(off))
    again = analyse(*study, permutations=b, seed=seed).across_dyads(
        "patient_vs_therapist", 28, "RO"
    )
    assert again.permutation_p == summary.permutation_p


def test_cosine_and_jaccard_do_not_depend_on_the_size_of_the_category_system() -> None:
    """Finding 7: the same two W profiles gave Spearman -.216 / -.046 / -.015 with 8, 32 or 96
    codes in the system; cosine and Jaccard give one value whatever the system's size."""
    patient, therapist = [3, 1, 0, 0, 2, 0, 0, 0], [0, 2, 1, 0, 1, 0, 0, 0]
    res, codes = [], []
    for narrator, counts in (("patient", patient), ("therapist", therapist)):
        for number in range(1, 4):
            re_id = len(res) + 1
            res.append((re_id, "D1", narrator, 5, number, "mother", 4.0))
            for k, count in enumerate(counts):
                if number <= count:
                    codes.append((len(codes) + 1, re_id, "W", f"W{k + 1}", None))
    frame = pd.DataFrame(res, columns=RE_COLUMNS).assign(has_units=True, about_partner=False)
    units = pd.DataFrame(codes, columns=["unit_id", "re_id", "component", "category", "valence"])
    units["cluster"] = units["category"]
    found = {}
    for size in (8, 32, 96):
        system = {**CODES, "W": [f"W{k}" for k in range(1, size + 1)]}
        sim = analyse(frame, units, system).pair("patient_vs_therapist", "D1", 5).similarity("W")
        padded = [np.pad(p, (0, size - 8)) for p in (patient, therapist)]
        assert sim.spearman == pytest.approx(spearmanr(*padded).statistic)
        found[size] = sim
    cosines = {size: sim.cosine for size, sim in found.items()}
    assert cosines[8] == pytest.approx(1 - distance.cosine(patient, therapist))
    assert cosines[8] == cosines[32] == cosines[96]
    jaccard = 1 - distance.jaccard(np.array(patient) > 0, np.array(therapist) > 0)
    assert found[8].jaccard == found[32].jaccard == found[96].jaccard == pytest.approx(jaccard)
    rhos = [found[size].spearman for size in (8, 32, 96)]
    assert len({round(r, 6) for r in rhos}) == 3  # Spearman moves with the system's size


def test_change_from_the_first_to_the_last_phase_also_about_the_partner(study, comparison) -> None:  # type: ignore[no-untyped-def]
    """Finding 8: change was only between consecutive phases and only for all REs."""
    res, codes = study
    for scope, rows in (("all", res), ("about_partner", res.loc[res["about_partner"]])):
        change = comparison.change("D03", "therapist", 28, before_phase=5, scope=scope)
        assert (change.before.phase, change.after.phase, change.after.scope) == (5, 28, scope)
        part = (rows, codes.loc[codes["re_id"].isin(rows["re_id"])])
        perv = {}
        for phase in (5, 28):
            counts = profiles(part, "therapist", phase, "RS").loc["D03"]
            n = (rows["dyad"] == "D03") & (rows["narrator"] == "therapist")
            perv[phase] = counts / (n & (rows["phase"] == phase)).sum()
        expected = (perv[28] - perv[5]).to_dict()
        assert change.component("RS").pervasiveness_change == pytest.approx(expected)


def test_share_positive_per_re_and_its_change(study, comparison) -> None:  # type: ignore[no-untyped-def]
    """Finding 8: share positive per RE (REs with a positive RO among REs with a valenced
    RO), beside the per-unit share; an RE with many units weighs as much as one with one."""
    res, codes = study
    rows = codes.merge(res, on="re_id")
    mine = rows.loc[(rows["dyad"] == "D05") & (rows["narrator"] == "patient")]

    def share(phase: int) -> float:
        ro = mine.loc[(mine["phase"] == phase) & (mine["component"] == "RO")]
        valenced = ro.loc[ro["valence"].isin(["+", "-"])]
        return (
            valenced.loc[valenced["valence"] == "+", "re_id"].nunique()
            / valenced["re_id"].nunique()
        )

    scope = comparison.results.scope("D05", "patient", 5)
    assert scope.valence_of("RO").share_res_positive == pytest.approx(share(5))
    change = comparison.change("D05", "patient", 28, before_phase=5).component("RO")
    assert change.share_res_positive_change == pytest.approx(share(28) - share(5))
