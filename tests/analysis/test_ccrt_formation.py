"""CCRT formation on a study small enough to count on paper: every figure checked by hand."""

import json
import math

import numpy as np
import pandas as pd
import pytest

from ccrt_coder.analysis.ccrt.formation import compute_ccrts
from ccrt_coder.analysis.ccrt.scopes import AnalysisSettings

NAN = math.nan
# A toy category system: the cluster of a category is its code without the final letter.
CATEGORIES = {
    "W": ["W1a", "W1b", "W5a", "W6a"],
    "RO": ["RO2a", "RO6a", "RO7a", "RO7b"],
    "RS": ["RS2a", "RS5a", "RS6a"],
}
CLUSTERS = {
    "W": ["W1", "W5", "W6", "W8"],
    "RO": ["RO2", "RO6", "RO7", "RO8"],
    "RS": ["RS2", "RS5", "RS6", "RS7"],
}

# (re_id, dyad, narrator, phase, number, other_type, completeness, has_units)
RE_COLUMNS = [
    "re_id", "dyad", "narrator", "phase", "number", "other_type", "completeness", "has_units",
]  # fmt: skip
RES = [
    (1, "D1", "patient", 5, 1, "mother", 4.0, True),
    (2, "D1", "patient", 5, 2, "therapist", 2.5, True),  # about the partner; 2.5 is included
    (3, "D1", "patient", 5, 3, "father", NAN, True),  # not rated: included, counted unrated
    (4, "D1", "patient", 5, 4, "mother", 2.0, True),  # 2.0 < 2.5: excluded
    (5, "D1", "patient", 5, 5, "friend", NAN, False),  # no unit, no rating: not this layer's RE
    (6, "D1", "patient", 5, 6, "partner", 5.0, True),
    (7, "D2", "patient", 5, 1, "mother", 3.0, True),
    (8, "D2", "patient", 5, 2, "therapist", 1.5, True),  # excluded
]
# (unit_id, re_id, component, category, valence)
CODES = [
    (1, 1, "W", "W1a", None),
    (2, 1, "W", "W1a", None),  # same category again in RE 1: still one RE
    (3, 1, "RO", "RO2a", "-"),
    (4, 1, "RO", "RO2a", "-"),
    (5, 1, "RS", "RS6a", "-"),
    (6, 2, "W", "W1b", None),  # one unit, two categories
    (6, 2, "W", "W5a", None),
    (7, 2, "RO", "RO6a", "+"),
    (8, 2, "RS", "RS5a", "+"),
    (9, 3, "W", "W5a", None),
    (10, 3, "RO", "RO7a", "+"),  # one unit, two categories of the same cluster
    (10, 3, "RO", "RO7b", "+"),
    (11, 3, "RO", None, "-"),  # no category: counts for valence only
    (12, 3, "RS", "RS6a", "-"),  # one unit listed twice (two spans): one unit, one RE
    (12, 3, "RS", "RS6a", "-"),
    (13, 4, "W", "W6a", None),  # RE 4 is excluded: none of this counts
    (14, 4, "RO", "RO2a", "-"),
    (15, 6, "W", "W1a", None),
    (16, 6, "RO", "RO6a", None),  # no valence: outside the share's denominator
    (17, 7, "W", "W5a", None),
    (18, 7, "RO", "RO2a", "-"),
    (19, 8, "W", "W6a", None),  # RE 8 is excluded
]


def frames(res_rows, code_rows) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The storage layer's two frames from compact tuples; about_partner follows other_type."""
    res = pd.DataFrame(res_rows, columns=RE_COLUMNS)
    partner = res["narrator"].map({"patient": "therapist", "therapist": "patient"})
    res["about_partner"] = res["other_type"] == partner
    codes = pd.DataFrame(
        code_rows, columns=["unit_id", "re_id", "component", "category", "valence"]
    )
    codes["cluster"] = codes["category"].str[:-1]
    return res, codes


@pytest.fixture(scope="module")
def results():
    res, codes = frames(RES, CODES)
    return compute_ccrts(res, codes, AnalysisSettings(), CATEGORIES, CLUSTERS)


def figures(scope, component, level):
    """{code: (n_res_with, pervasiveness, rank)} of one profile."""
    stats = scope.profile(component, level).stats
    return {s.code: (s.n_res_with, s.pervasiveness, s.rank) for s in stats}


def test_included_excluded_and_unrated_res_are_counted(results) -> None:
    scope = results.scope("D1", "patient", 5)
    # Included: REs 1 (4.0), 2 (2.5 = threshold), 3 (not rated), 6 (5.0) -> 4.
    # Excluded: RE 4 (2.0). RE 5 is not coded by this layer, so it is in neither list.
    assert scope.n_res_included == 4
    assert scope.n_res_excluded == 1
    assert [(e.re_id, e.number, e.completeness) for e in scope.excluded] == [(4, 4, 2.0)]
    assert scope.n_res_unrated == 1  # RE 3
    assert scope.few_res is True  # 4 REs, default minimum 10


def test_a_rated_re_without_units_is_the_layers_re() -> None:
    """A unit or a rating makes an RE coded (the agreement report's rule too): rated at or
    above the threshold it is included with no categories, below it is excluded and listed."""
    rows = [
        (1, "D1", "patient", 5, 1, "mother", 4.0, True),
        (2, "D1", "patient", 5, 2, "mother", 3.0, False),  # rated, nothing scored: included
        (3, "D1", "patient", 5, 3, "father", 1.5, False),  # rated too incomplete: excluded
        (4, "D1", "patient", 5, 4, "friend", NAN, False),  # neither: not the layer's RE
    ]
    res, codes = frames(rows, [(1, 1, "W", "W1a", None)])
    results = compute_ccrts(res, codes, AnalysisSettings(), CATEGORIES, CLUSTERS)
    scope = results.scope("D1", "patient", 5)
    assert (scope.n_res_included, scope.n_res_excluded, scope.n_res_unrated) == (2, 1, 0)
    assert [(e.re_id, e.number, e.completeness) for e in scope.excluded] == [(3, 3, 1.5)]
    assert figures(scope, "W", "category")["W1a"] == (1, 0.5, 1)
    father = results.scope("D1", "patient", 5, "other:father")
    assert [e.re_id for e in father.excluded] == [3]
    friend = results.scope("D1", "patient", 5, "other:friend")
    assert (friend.n_res_included, friend.n_res_excluded) == (0, 0)


def test_categories_are_counted_per_re_not_per_unit(results) -> None:
    # W1a: units 1 and 2 (both RE 1) and unit 15 (RE 6) -> 2 REs, not 3 units: 2/4 = .5.
    # W1b: RE 2 -> 1/4. W5a: RE 2 (unit 6) and RE 3 -> 2/4. W6a: only excluded RE 4 -> 0.
    # Competition ranks: W1a and W5a share rank 1, W1b is 3rd ('1224'), W6a absent: no rank.
    assert figures(results.scope("D1", "patient", 5), "W", "category") == {
        "W1a": (2, 0.5, 1),
        "W1b": (1, 0.25, 3),
        "W5a": (2, 0.5, 1),
        "W6a": (0, 0.0, None),
    }


def test_ties_are_kept_in_the_ccrt(results) -> None:
    scope = results.scope("D1", "patient", 5)
    # W: W1a and W5a tie at 2 REs. RO: RO6a in REs 2 and 6 (2) beats RO2a (RE 1 only, RE 4
    # excluded), RO7a and RO7b (RE 3). RS: RS6a in REs 1 and 3 (2) beats RS5a (RE 2).
    assert scope.ccrt("category") == {"W": ("W1a", "W5a"), "RO": ("RO6a",), "RS": ("RS6a",)}
    # Clusters: W1 = REs 1, 2, 6 (3) > W5 = REs 2, 3 (2).
    assert scope.ccrt("cluster") == {"W": ("W1",), "RO": ("RO6",), "RS": ("RS6",)}


def test_cluster_counts_a_multi_category_unit_once_per_re(results) -> None:
    scope = results.scope("D1", "patient", 5)
    # RO7: unit 10 has RO7a and RO7b, both cluster RO7, in RE 3 -> 1 RE. RO2: RE 1 -> 1.
    # RO6: REs 2 and 6 -> 2. Ranks: RO6 1, RO2 and RO7 2, RO8 none.
    assert figures(scope, "RO", "cluster") == {
        "RO2": (1, 0.25, 2),
        "RO6": (2, 0.5, 1),
        "RO7": (1, 0.25, 2),
        "RO8": (0, 0.0, None),
    }
    # W1: RE 1 (W1a), RE 2 (W1b), RE 6 (W1a) -> 3/4. W5: REs 2, 3 -> 2/4.
    assert figures(scope, "W", "cluster") == {
        "W1": (3, 0.75, 1),
        "W5": (2, 0.5, 2),
        "W6": (0, 0.0, None),
        "W8": (0, 0.0, None),
    }
    # RS6a of unit 12 is listed twice in RE 3: still RE 1 + RE 3 = 2.
    assert figures(scope, "RS", "cluster") == {
        "RS2": (0, 0.0, None),
        "RS5": (1, 0.25, 2),
        "RS6": (2, 0.5, 1),
        "RS7": (0, 0.0, None),
    }


def test_valence_counts_units_once_and_keeps_unvalenced_apart(results) -> None:
    scope = results.scope("D1", "patient", 5)
    ro = scope.valence_of("RO")
    # RO units of included REs: 3 (-), 4 (-), 7 (+), 10 (+, two rows, one unit), 11 (-, no
    # category), 16 (no valence). Positive 2, negative 3, unvalenced 1: share 2/5 = .4.
    assert (ro.n_units_positive, ro.n_units_negative, ro.n_units_unvalenced) == (2, 3, 1)
    assert ro.share_positive == pytest.approx(0.4)
    # REs with a negative RO unit: RE 1 (units 3, 4) and RE 3 (unit 11) -> 2/4.
    assert (ro.n_res_with_negative, ro.share_res_with_negative) == (2, 0.5)
    rs = scope.valence_of("RS")
    # RS units: 5 (-), 8 (+), 12 (-, two rows) -> 1 positive, 2 negative: 1/3.
    assert (rs.n_units_positive, rs.n_units_negative, rs.n_units_unvalenced) == (1, 2, 0)
    assert rs.share_positive == pytest.approx(1 / 3)
    assert (rs.n_res_with_negative, rs.share_res_with_negative) == (2, 0.5)  # REs 1 and 3


def test_about_partner_and_about_others_split_the_res(results) -> None:
    partner = results.scope("D1", "patient", 5, "about_partner")
    # Only RE 2 is about the therapist: 1 RE, W1b and W5a tie at 1/1.
    assert (partner.n_res_included, partner.n_res_excluded, partner.few_res) == (1, 0, True)
    assert partner.ccrt("category") == {"W": ("W1b", "W5a"), "RO": ("RO6a",), "RS": ("RS5a",)}
    assert partner.valence_of("RO").share_positive == 1.0  # unit 7
    others = results.scope("D1", "patient", 5, "about_others")
    # REs 1, 3, 6 included (3 unrated among them: 1), RE 4 (mother) excluded.
    assert (others.n_res_included, others.n_res_excluded, others.n_res_unrated) == (3, 1, 1)
    # W1a: REs 1, 6 -> 2/3; W5a: RE 3 -> 1/3.
    assert figures(others, "W", "category")["W1a"] == (2, pytest.approx(2 / 3), 1)
    assert others.ccrt("category")["W"] == ("W1a",)


def test_one_other_person_type(results) -> None:
    mother = results.scope("D1", "patient", 5, "other:mother")
    # RE 1 included, RE 4 excluded.
    assert (mother.n_res_included, mother.n_res_excluded) == (1, 1)
    assert mother.ccrt("cluster") == {"W": ("W1",), "RO": ("RO2",), "RS": ("RS6",)}


def test_a_scope_without_res_is_undefined_not_zero(results) -> None:
    for scope in (
        results.scope("D1", "therapist", 5),  # the therapist told no REs
        results.scope("D1", "patient", 15),  # no interview at phase 15
        results.scope("D1", "patient", 5, "other:friend"),  # RE 5 is not coded by this layer
    ):
        assert (scope.n_res_included, scope.n_res_excluded, scope.few_res) == (0, 0, True)
        for profile in scope.profiles:
            assert profile.ccrt == ()
            assert all(s.pervasiveness is None and s.rank is None for s in profile.stats)
        assert scope.valence_of("RO").share_positive is None
        assert scope.valence_of("RS").share_res_with_negative is None


def test_pooled_scope_pools_the_res_of_all_dyads(results) -> None:
    pooled = results.scope("ALL", "patient", 5)
    # REs 1, 2, 3, 6 (D1) and 7 (D2) included; 4 and 8 excluded.
    assert (pooled.n_res_included, pooled.n_res_excluded, pooled.n_res_unrated) == (5, 2, 1)
    assert [e.re_id for e in pooled.excluded] == [4, 8]
    # W5a: REs 2, 3, 7 -> 3/5 = .6, now alone on top; W1a: REs 1, 6 -> 2/5.
    assert figures(pooled, "W", "category")["W5a"] == (3, 0.6, 1)
    assert figures(pooled, "W", "category")["W1a"] == (2, 0.4, 2)
    # RO2a: REs 1, 7; RO6a: REs 2, 6 -> tie at 2/5.
    assert pooled.ccrt("category")["RO"] == ("RO2a", "RO6a")
    # RO units: D1's 2+ 3- 1 none, plus unit 18 (-) -> 2/6.
    assert pooled.valence_of("RO").share_positive == pytest.approx(2 / 6)
    assert pooled.valence_of("RO").n_res_with_negative == 3  # REs 1, 3, 7
    d2 = results.scope("D2", "patient", 5)
    assert (d2.n_res_included, d2.n_res_excluded) == (1, 1)


def test_an_empty_component_has_an_empty_ccrt() -> None:
    res, codes = frames(RES[:1], [c for c in CODES if c[1] == 1 and c[2] == "W"])
    scope = compute_ccrts(res, codes, AnalysisSettings(), CATEGORIES, CLUSTERS).scope(
        "D1", "patient", 5
    )
    assert scope.ccrt("cluster") == {"W": ("W1",), "RO": (), "RS": ()}
    assert [s.pervasiveness for s in scope.profile("RS", "cluster").stats] == [0.0] * 4
    assert scope.valence_of("RS").share_positive is None  # no valenced units
    assert scope.valence_of("RS").share_res_with_negative == 0.0  # 0 of 1 RE


def test_settings_change_threshold_and_minimum() -> None:
    res, codes = frames(RES, CODES)
    settings = AnalysisSettings(completeness_threshold=3.0, min_res=2)
    scope = compute_ccrts(res, codes, settings, CATEGORIES, CLUSTERS).scope("D1", "patient", 5)
    # Now RE 2 (2.5) is excluded too: REs 1, 3, 6 remain.
    assert (scope.n_res_included, scope.n_res_excluded, scope.few_res) == (3, 2, False)


def test_codes_outside_the_system_are_kept_not_dropped() -> None:
    res, codes = frames(RES[:1], [(1, 1, "W", "W9z", None)])
    results = compute_ccrts(res, codes, AnalysisSettings(), CATEGORIES, CLUSTERS)
    assert results.scope("D1", "patient", 5).ccrt() == {"W": ("W9z",), "RO": (), "RS": ()}


def test_labels_come_from_the_settings(results) -> None:
    res, codes = frames(RES, CODES)
    settings = AnalysisSettings(cluster_labels={"W1": "To assert self"})
    labelled = compute_ccrts(res, codes, settings, CATEGORIES, CLUSTERS)
    stats = labelled.scope("D1", "patient", 5).profile("W", "cluster").stats
    assert [s.label for s in stats] == ["To assert self", "W5", "W6", "W8"]


def test_to_dict_is_plain_json(results) -> None:
    data = results.to_dict(dyads=["D1"], scopes=["all"])
    text = json.dumps(data, allow_nan=False)  # NaN would fail: undefined must be null
    scope = next(
        s for s in json.loads(text)["scopes"] if (s["narrator"], s["phase"]) == ("patient", 5)
    )
    assert scope["n_res_included"] == 4
    assert scope["components"]["W"]["category"]["ccrt"] == ["W1a", "W5a"]
    assert scope["components"]["W"]["cluster"]["categories"][0] == {
        "code": "W1", "label": "W1", "n_res_with": 3, "pervasiveness": 0.75, "rank": 1,
    }  # fmt: skip
    assert scope["valence"]["RO"]["share_positive"] == pytest.approx(0.4)
    assert len(data["scopes"]) == 2 * 3  # D1 only, filter 'all': 2 narrators × 3 phases
    empty = next(s for s in data["scopes"] if s["narrator"] == "therapist")
    assert empty["components"]["RO"]["cluster"]["categories"][0]["pervasiveness"] is None


def test_the_grid_covers_every_dyad_narrator_phase_and_filter(results) -> None:
    # Dyads D1, D2 and the pool; 2 narrators; phases 5, 15, 28; filters all, about_partner,
    # about_others and 10 other-person types.
    assert results.grid.dyads == ("D1", "D2", "ALL")
    assert len(results.grid) == 3 * 2 * 3 * 13
    assert results.counts.shape == (234, 8 + 8 + 7)
    assert np.issubdtype(results.counts.dtype, np.integer)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda res, codes: (res.assign(narrator="client"), codes), "narrator"),
        (lambda res, codes: (res.assign(dyad="ALL"), codes), "ALL"),
        (lambda res, codes: (res.drop(columns="has_units"), codes), "has_units"),
        (lambda res, codes: (res, codes.assign(component="X")), "components"),
        (lambda res, codes: (pd.concat([res, res]), codes), "duplicate"),
    ],
)
def test_bad_input_is_refused_with_a_clear_message(change, message) -> None:
    res, codes = change(*frames(RES, CODES))
    with pytest.raises(ValueError, match=message):
        compute_ccrts(res, codes, AnalysisSettings(), CATEGORIES, CLUSTERS)


def test_no_data_at_all() -> None:
    res, codes = frames([], [])
    results = compute_ccrts(res, codes, AnalysisSettings(), CATEGORIES, CLUSTERS)
    assert results.grid.dyads == ("ALL",)
    assert results.scope("ALL", "patient", 5).n_res_included == 0
