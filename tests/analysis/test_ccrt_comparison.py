"""Patient vs therapist: similarity and phase change, every figure computed by hand below."""

import json
import math

import numpy as np
import pandas as pd
import pytest
from scipy.stats import spearmanr

from ccrt_coder.analysis.ccrt.comparison import PAIR_KINDS, compare
from ccrt_coder.analysis.ccrt.formation import compute_ccrts
from ccrt_coder.analysis.ccrt.scopes import AnalysisSettings
from ccrt_coder.analysis.ccrt.similarity import cosine_rows, spearman_rows

NAN = math.nan
CATEGORIES = {
    "W": ["W1a", "W1b", "W5a", "W6a"],
    "RO": ["RO2a", "RO6a", "RO7a"],
    "RS": ["RS2a", "RS5a", "RS6a"],
}
# Cluster vectors below are in this order.
CLUSTERS = {
    "W": ["W1", "W5", "W6", "W8"],
    "RO": ["RO2", "RO6", "RO7", "RO8"],
    "RS": ["RS2", "RS5", "RS6", "RS7"],
}
RE_COLUMNS = ["re_id", "dyad", "narrator", "phase", "number", "other_type", "completeness"]
RES = [
    # D1, phase 5, patient: 4 included REs (RE 4 excluded).
    (1, "D1", "patient", 5, 1, "mother", 4.0),
    (2, "D1", "patient", 5, 2, "therapist", 3.0),
    (3, "D1", "patient", 5, 3, "father", NAN),
    (4, "D1", "patient", 5, 4, "mother", 2.0),
    (6, "D1", "patient", 5, 6, "partner", 5.0),
    # D1, phase 5, therapist: 4 included REs.
    (21, "D1", "therapist", 5, 1, "patient", 4.0),
    (22, "D1", "therapist", 5, 2, "colleague/boss", 3.0),
    (23, "D1", "therapist", 5, 3, "patient", NAN),
    (24, "D1", "therapist", 5, 4, "friend", 4.0),
    # D1, phase 15.
    (31, "D1", "patient", 15, 1, "mother", 3.0),
    (32, "D1", "patient", 15, 2, "therapist", 3.0),
    (41, "D1", "therapist", 15, 1, "patient", 3.0),
    # D1, phase 28: no REs at all. D2, phase 5: one RE each.
    (51, "D2", "patient", 5, 1, "mother", 3.0),
    (52, "D2", "therapist", 5, 1, "friend", 3.0),
]
CODES = [
    (1, 1, "W", "W1a", None), (2, 1, "W", "W1a", None), (3, 1, "RO", "RO2a", "-"),
    (4, 1, "RO", "RO2a", "-"), (5, 1, "RS", "RS6a", "-"),
    (6, 2, "W", "W1b", None), (6, 2, "W", "W5a", None), (7, 2, "RO", "RO6a", "+"),
    (8, 2, "RS", "RS5a", "+"),
    (9, 3, "W", "W5a", None), (10, 3, "RO", "RO7a", "+"), (11, 3, "RO", None, "-"),
    (12, 3, "RS", "RS6a", "-"),
    (13, 4, "W", "W6a", None),
    (15, 6, "W", "W1a", None), (16, 6, "RO", "RO6a", None),
    (21, 21, "W", "W5a", None), (22, 21, "RO", "RO2a", "-"), (23, 21, "RS", "RS2a", "-"),
    (24, 22, "W", "W1a", None), (25, 22, "W", "W6a", None), (26, 22, "RO", "RO6a", "+"),
    (27, 23, "W", "W5a", None), (28, 23, "RO", "RO7a", "+"),
    (29, 24, "W", "W6a", None),
    (31, 31, "W", "W1a", None), (32, 31, "RO", "RO6a", "+"), (33, 31, "RS", "RS5a", "+"),
    (34, 32, "W", "W1b", None), (35, 32, "RO", "RO6a", "+"), (36, 32, "RO", "RO2a", "-"),
    (41, 41, "W", "W6a", None), (42, 41, "RO", "RO7a", "+"),
    (51, 51, "W", "W6a", None),
    (52, 52, "W", "W6a", None),
]  # fmt: skip
# Cluster counts (REs containing the cluster), D1 phase 5:
#   patient   (n=4)  W [3,2,0,0]  RO [1,2,1,0]  RS [0,1,2,0]
#   therapist (n=4)  W [1,2,2,0]  RO [1,1,1,0]  RS [1,0,0,0]


@pytest.fixture(scope="module")
def comparison():
    res = pd.DataFrame(RES, columns=RE_COLUMNS).assign(has_units=True)
    partner = res["narrator"].map({"patient": "therapist", "therapist": "patient"})
    res["about_partner"] = res["other_type"] == partner
    codes = pd.DataFrame(CODES, columns=["unit_id", "re_id", "component", "category", "valence"])
    codes["cluster"] = codes["category"].str[:-1]
    results = compute_ccrts(res, codes, AnalysisSettings(), CATEGORIES, CLUSTERS)
    return compare(results)


def test_patient_vs_therapist_w(comparison) -> None:
    w = comparison.pair("patient_vs_therapist", "D1", 5).similarity("W")
    # Tops: patient {W1} (3), therapist {W5, W6} (2 each): no common cluster.
    assert (w.left_top, w.right_top, w.top_match) == (("W1",), ("W5", "W6"), False)
    # Spearman on [3,2,0,0] vs [1,2,2,0]. Average ranks: [4,3,1.5,1.5] and [2,3.5,3.5,1];
    # deviations from 2.5: [1.5,.5,-1,-1] and [-.5,1,1,-1.5]; sum of products
    # -.75+.5-1+1.5 = .25; sums of squares 4.5 and 4.5 -> rho = .25/4.5 = 1/18.
    assert w.spearman == pytest.approx(1 / 18)
    assert w.spearman == pytest.approx(spearmanr([3, 2, 0, 0], [1, 2, 2, 0]).statistic)
    # Cosine on pervasiveness [.75,.5,0,0] vs [.25,.5,.5,0]: .4375 / (sqrt(.8125) * .75)
    # = 7 / (3 * sqrt(13)) on the counts = 0.647150.
    assert w.cosine == pytest.approx(7 / (3 * math.sqrt(13)))
    assert (w.top_match_reason, w.spearman_reason, w.cosine_reason) == (None, None, None)


def test_tied_top_sets_that_only_overlap_are_no_top_match(comparison) -> None:
    """Finding 7: "top match" was true whenever tied top sets shared any code."""
    ro = comparison.pair("patient_vs_therapist", "D1", 5).similarity("RO")
    # Tops: patient {RO6}, therapist {RO2, RO6, RO7} (three-way tie): they share RO6 only.
    assert (ro.left_top, ro.right_top) == (("RO6",), ("RO2", "RO6", "RO7"))
    assert (ro.top_match, ro.top_overlap) == (False, True)
    # Jaccard: present {RO2, RO6, RO7} on both sides -> 3/3.
    assert ro.jaccard == pytest.approx(1.0)
    # [1,2,1,0] vs [1,1,1,0]: ranks [2.5,4,2.5,1] and [3,3,3,1]; deviations [0,1.5,0,-1.5]
    # and [.5,.5,.5,-1.5]; products 0+.75+0+2.25 = 3; squares 4.5 and 3 -> 3/sqrt(13.5)
    # = sqrt(2/3) = .816497.
    assert ro.spearman == pytest.approx(math.sqrt(2 / 3))
    assert ro.spearman == pytest.approx(spearmanr([1, 2, 1, 0], [1, 1, 1, 0]).statistic)
    # Cosine: 4 / (sqrt(6) * sqrt(3)) = .942809.
    assert ro.cosine == pytest.approx(4 / math.sqrt(18))


def test_patient_vs_therapist_rs_orthogonal_profiles(comparison) -> None:
    rs = comparison.pair("patient_vs_therapist", "D1", 5).similarity("RS")
    assert (rs.left_top, rs.right_top, rs.top_match) == (("RS6",), ("RS2",), False)
    # [0,1,2,0] vs [1,0,0,0]: ranks [1.5,3,4,1.5] and [4,2,2,2]; deviations [-1,.5,1.5,-1]
    # and [1.5,-.5,-.5,-.5]; products -1.5-.25-.75+.5 = -2; squares 4.5 and 3
    # -> -2/sqrt(13.5) = -.544331.
    assert rs.spearman == pytest.approx(-2 / math.sqrt(13.5))
    assert rs.spearman == pytest.approx(spearmanr([0, 1, 2, 0], [1, 0, 0, 0]).statistic)
    # No cluster in common: the dot product is 0. Cosine 0 is a value, not "undefined".
    assert (rs.cosine, rs.cosine_reason) == (0.0, None)


def test_about_partner_pair(comparison) -> None:
    w = comparison.pair("about_partner", "D1", 5).similarity("W")
    # Patient about therapist: RE 2 -> W [1,1,0,0]; therapist about patient: REs 21, 23 ->
    # W [0,2,0,0]. Tops {W1, W5} and {W5}: they overlap but are not the same set.
    assert (w.left_top, w.right_top, w.top_match, w.top_overlap) == (
        ("W1", "W5"), ("W5",), False, True,
    )  # fmt: skip
    assert w.jaccard == pytest.approx(1 / 2)  # {W5} of {W1, W5}
    # Ranks [3.5,3.5,1.5,1.5] and [2,4,2,2]; deviations [1,1,-1,-1], [-.5,1.5,-.5,-.5];
    # products -.5+1.5+.5+.5 = 2; squares 4 and 3 -> 2/sqrt(12) = .57735.
    assert w.spearman == pytest.approx(2 / math.sqrt(12))
    # Cosine: 2 / (sqrt(2) * 2) = .707107.
    assert w.cosine == pytest.approx(1 / math.sqrt(2))


def test_about_others_vs_about_partner_per_narrator(comparison) -> None:
    pair = comparison.pair("therapist_others_vs_partner", "D1", 5)
    assert (pair.left.narrator, pair.left.scope) == ("therapist", "about_others")
    assert (pair.right.narrator, pair.right.scope) == ("therapist", "about_partner")
    w = pair.similarity("W")
    # Others: REs 22, 24 -> W [1,0,2,0] (W1: 22; W6: 22, 24). Partner: [0,2,0,0].
    assert (w.left_top, w.right_top, w.top_match) == (("W6",), ("W5",), False)
    assert w.cosine == 0.0
    # Ranks [3,1.5,4,1.5] and [2,4,2,2]: deviations [.5,-1,1.5,-1], [-.5,1.5,-.5,-.5];
    # products -.25-1.5-.75+.5 = -2; squares 4.5 and 3 -> -2/sqrt(13.5).
    assert w.spearman == pytest.approx(-2 / math.sqrt(13.5))


def test_an_empty_component_makes_similarity_undefined(comparison) -> None:
    rs = comparison.pair("patient_vs_therapist", "D1", 15).similarity("RS")
    # Therapist at phase 15 (RE 41) has no RS unit: vector [0,0,0,0].
    assert (rs.left_top, rs.right_top) == (("RS5",), ())
    assert rs.top_match is None and rs.spearman is None and rs.cosine is None
    assert rs.top_match_reason == "therapist/all has no RS codes"
    assert rs.spearman_reason == "therapist/all has a constant RS profile"
    assert rs.cosine_reason == "therapist/all has no RS codes"


def test_a_side_without_res_makes_everything_undefined(comparison) -> None:
    for component in ("W", "RO", "RS"):
        sim = comparison.pair("patient_vs_therapist", "D1", 28).similarity(component)
        assert (sim.top_match, sim.spearman, sim.cosine) == (None, None, None)
        assert sim.spearman_reason == "patient/all has no included REs"
    # D2 patient has no REs about the therapist.
    sim = comparison.pair("about_partner", "D2", 5).similarity("W")
    assert sim.cosine is None and sim.cosine_reason == "patient/about_partner has no included REs"


def test_pooled_pair_uses_the_pooled_profiles(comparison) -> None:
    w = comparison.pair("patient_vs_therapist", "ALL", 5).similarity("W")
    # Pooled with D2 (RE 51 and 52 both W6): patient [3,2,1,0], therapist [1,2,3,0].
    # Ranks [4,3,2,1] and [2,3,4,1]; deviations [1.5,.5,-.5,-1.5], [-.5,.5,1.5,-1.5];
    # products -.75+.25-.75+2.25 = 1; squares 5 and 5 -> .2. Cosine 10/14.
    assert (w.left_top, w.right_top, w.top_match) == (("W1",), ("W6",), False)
    assert w.spearman == pytest.approx(0.2)
    assert w.cosine == pytest.approx(10 / 14)


def test_change_from_phase_5_to_15(comparison) -> None:
    change = comparison.change("D1", "patient", 15)
    assert (change.before.phase, change.after.phase) == (5, 15)
    w, ro, rs = (change.component(c) for c in ("W", "RO", "RS"))
    # Phase 15 (n=2): W1 in REs 31, 32 -> [1,0,0,0]; phase 5 [.75,.5,0,0].
    assert w.pervasiveness_change == pytest.approx({"W1": 0.25, "W5": -0.5, "W6": 0, "W8": 0})
    assert (w.top_before, w.top_after, w.top_stable) == (("W1",), ("W1",), True)
    assert w.share_positive_change is None  # wishes have no valence
    # RO phase 15: RO2 (RE 32) .5, RO6 (REs 31, 32) 1; phase 5 [.25,.5,.25,0].
    assert ro.pervasiveness_change == pytest.approx(
        {"RO2": 0.25, "RO6": 0.5, "RO7": -0.25, "RO8": 0}
    )
    assert ro.top_stable is True
    # Share positive RO: phase 5 2/5 (units 7, 10 + / 3, 4, 11 -), phase 15 2/3 (units 32,
    # 35 + / 36 -): change 2/3 - 2/5 = 4/15.
    assert ro.share_positive_change == pytest.approx(4 / 15)
    # RS: phase 15 RS5 (RE 31) .5; phase 5 RS5 .25, RS6 .5. Top RS6 -> RS5: not stable.
    assert rs.pervasiveness_change == pytest.approx({"RS2": 0, "RS5": 0.25, "RS6": -0.5, "RS7": 0})
    assert (rs.top_before, rs.top_after, rs.top_stable) == (("RS6",), ("RS5",), False)
    # RS share positive: 1/3 (unit 8 of 5, 8, 12) -> 1/1 (unit 33): +2/3.
    assert rs.share_positive_change == pytest.approx(2 / 3)


def test_change_into_a_phase_without_res_is_undefined(comparison) -> None:
    change = comparison.change("D1", "patient", 28)
    for component in change.components:
        assert set(component.pervasiveness_change.values()) == {None}
        assert component.share_positive_change is None
        assert component.top_stable is None
    assert comparison.change("D1", "therapist", 15).component("RS").top_stable is None


def test_every_dyad_and_the_pool_is_compared_at_every_phase(comparison) -> None:
    # (D1, D2, ALL) × 3 phases × 4 kinds.
    assert len(comparison.pairs) == 3 * 3 * len(PAIR_KINDS)
    # Changes: 3 dyads × 2 narrators × (all, about partner) × (5→15, 15→28, 5→28).
    assert len(comparison.changes) == 3 * 2 * 2 * 3


def test_to_dict_is_plain_json(comparison) -> None:
    data = json.loads(json.dumps(comparison.to_dict(dyads=["D1"]), allow_nan=False))
    pair = next(p for p in data["pairs"] if (p["kind"], p["phase"]) == ("patient_vs_therapist", 5))
    assert pair["left"]["ccrt"] == {"W": ["W1"], "RO": ["RO6"], "RS": ["RS6"]}
    assert pair["right"]["pervasiveness"]["W"] == {"W1": 0.25, "W5": 0.5, "W6": 0.5, "W8": 0.0}
    assert pair["left"]["share_positive"]["RO"] == pytest.approx(0.4)
    assert pair["similarity"]["W"]["spearman"] == pytest.approx(1 / 18)
    empty = next(p for p in data["pairs"] if p["phase"] == 28)
    assert empty["similarity"]["W"]["cosine"] is None
    step = data["changes"][0]
    assert (step["dyad"], step["narrator"], step["from_phase"], step["to_phase"]) == (
        "D1", "patient", 5, 15,
    )  # fmt: skip


def test_row_functions_against_scipy_on_random_profiles() -> None:
    rng = np.random.default_rng(7)
    left, right = rng.integers(0, 4, (50, 8)), rng.integers(0, 4, (50, 8))
    left[0], right[1] = 2, 0  # a constant row and a zero row: undefined, NaN
    rho = spearman_rows(left.astype(float), right.astype(float))
    cosine = cosine_rows(left.astype(float), right.astype(float))
    assert np.isnan(rho[0]) and np.isnan(rho[1]) and np.isnan(cosine[1])
    expected = [spearmanr(a, b).statistic for a, b in zip(left[2:], right[2:], strict=True)]
    assert rho[2:] == pytest.approx(expected, nan_ok=True)
    a, b = left[2:], right[2:]
    dots = (a * b).sum(axis=1) / np.linalg.norm(a, axis=1) / np.linalg.norm(b, axis=1)
    assert cosine[2:] == pytest.approx(dots)
