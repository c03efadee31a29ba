"""The agreement report on the hand-built study of test_agreement_report_study, counted on paper."""

import json
from pathlib import Path

import krippendorff
import numpy as np
import pytest
from sklearn.metrics import cohen_kappa_score

from ccrt_coder.analysis.agreement.report import AgreementReport
from ccrt_coder.core.domain import Component, NarratorRole, Span
from ccrt_coder.core.errors import InputError
from ccrt_coder.core.records import UnitDraft
from ccrt_coder.usecases.project import Project
from tests.analysis.test_agreement_report_study import build_study
from tests.factories import TRANSCRIPT

SCALE = [1 + 0.5 * i for i in range(9)]


@pytest.fixture(scope="module")
def study(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_study(tmp_path_factory.mktemp("agreement") / "study.ccrt")


def report(path: Path, **options) -> AgreementReport:
    with Project.open(path) as project:
        return project.agreement_report(**options)


@pytest.fixture(scope="module")
def two(study: Path) -> AgreementReport:
    return report(study, coders=["Ana", "Ben"])


@pytest.fixture(scope="module")
def three(study: Path) -> AgreementReport:
    return report(study)


def value(block, name: str, pair: int | None = 0) -> float | None:
    result = block.overall[name] if pair is None else block.pairs[pair].stats[name]
    return result.value


def test_shared_res_and_default_coders(two: AgreementReport, three: AgreementReport) -> None:
    assert two.coders == ("Ana", "Ben")
    assert (two.res.n_shared, two.res.n_some) == (6, 0)
    # Default: every coder with units; Cleo did not code RE 6, so it is shared by only some.
    assert three.coders == ("Ana", "Ben", "Cleo")
    assert (three.res.n_res, three.res.n_shared, three.res.n_some) == (6, 5, 1)
    assert three.res.coded_by == {"Ana": 6, "Ben": 6, "Cleo": 5}


def test_main_category_tie_rules_show_in_the_confusion_matrix(two: AgreementReport) -> None:
    # Ana's mains: RE1 W6 (tie W6@10/W5@50 -> earliest), RE2 W5, RE3 W2 (W7 and W2 both start
    # at 10 -> listed first), RE4 W3 (two units beat W1's one), RE5 W1, RE6 W4.
    # Ben's: W6, W5, W7, W3, (none), W4.
    confusion = two.components["W"].category.pairs[0].confusion
    cell = dict(
        ((a, b), n)
        for a, row in zip(confusion.labels, confusion.counts, strict=True)
        for b, n in zip(confusion.labels, row, strict=True)
        if n
    )
    assert cell == {("W6", "W6"): 1, ("W5", "W5"): 1, ("W2", "W7"): 1, ("W3", "W3"): 1,
                    ("W4", "W4"): 1}  # fmt: skip
    assert confusion.labels == tuple(f"W{i}" for i in range(1, 9))  # unused ones included


def test_cohen_kappa_by_hand(two: AgreementReport) -> None:
    w = two.components["W"].category
    # RE 5 is dropped (Ben has no W there): n = 5, p_o = 4/5; marginals Ana W6 W5 W2 W3 W4,
    # Ben W6 W5 W7 W3 W4 (one each): p_e = 4/25; kappa = (20/25 - 4/25) / (21/25) = 16/21.
    kappa = w.pairs[0].stats["cohen_kappa"]
    assert kappa.value == pytest.approx(16 / 21)
    assert (kappa.n_units, kappa.extra["n_units_dropped"]) == (5, 1)
    assert w.missing == {"Ana": 0, "Ben": 1}
    # RO: Ana RO5 (tie RO5@30/RO8@42 -> earliest) RO2 RO6 RO3 RO5 RO1; Ben RO7 in RE 4.
    # p_o = 5/6, p_e = (2*2 + 1 + 1 + 1) / 36 = 7/36: kappa = (30 - 7) / (36 - 7) = 23/29.
    assert value(two.components["RO"].category, "cohen_kappa") == pytest.approx(23 / 29)


def test_fleiss_kappa_of_three_coders_by_hand(three: AgreementReport) -> None:
    # Shared REs 1-5; RE 5 lacks Ben's W, so Fleiss uses REs 1-4 (n = 3 ratings each):
    # RE1 W6 W6 W6 (P=1), RE2 W5 W5 W1 (P=1/3), RE3 W2 W7 W2 (1/3), RE4 W3 W3 W3 (1);
    # P = 2/3; p_j over 12 ratings: W6 3, W5 2, W1 1, W2 2, W7 1, W3 3 -> P_e = 28/144;
    # kappa = (2/3 - 7/36) / (1 - 7/36) = 17/29.
    fleiss = three.components["W"].category.overall["fleiss_kappa"]
    assert fleiss.value == pytest.approx(17 / 29)
    assert fleiss.n_units == 4


def test_krippendorff_alpha_matches_the_reference_package(three: AgreementReport) -> None:
    # Main W categories of REs 1-5 (rows: Ana, Ben, Cleo) as codes W1..W8 -> 1..8.
    data = np.array([[6, 5, 2, 3, 1], [6, 5, 7, 3, np.nan], [6, 1, 2, 3, 1]])
    expected = krippendorff.alpha(reliability_data=data, level_of_measurement="nominal")
    alpha = three.components["W"].category.overall["krippendorff_alpha"]
    assert alpha.value == pytest.approx(expected)
    assert alpha.n_units == 5


def test_valence_tie_goes_to_the_earliest_unit(two: AgreementReport) -> None:
    # RO valence: Ana RE1 has RO5- @30 and RO8+ @42 -> '-'; Ana - - + - - +, Ben - - + + - +.
    # p_o = 5/6, p_e = (4*3 + 2*3) / 36 = 1/2: kappa = 2/3 ('+' winning ties would give 1/3).
    valence = two.components["RO"].valence
    assert value(valence, "cohen_kappa") == pytest.approx(2 / 3)
    assert value(valence, "percent_agreement") == pytest.approx(5 / 6)
    assert two.components["W"].valence is None


def test_cluster_presence_kappa_by_hand(two: AgreementReport) -> None:
    # W5 used by Ana in REs 1, 2 and by Ben in RE 2: p_o = 5/6, p_e = (2*1 + 4*5)/36 = 22/36,
    # kappa = (30 - 22) / (36 - 22) = 4/7. W8 nobody used: undefined, with the reason.
    presence = two.components["W"].cluster_presence
    assert value(presence["W5"], "cohen_kappa") == pytest.approx(4 / 7)
    assert presence["W5"].counts == {0: 9, 1: 3}
    assert presence["W8"].pairs[0].stats["cohen_kappa"].undefined_reason


def test_completeness_weighted_kappa_by_hand(two: AgreementReport) -> None:
    # Positions on 1, 1.5, ..., 5: Ana 4 6 7 2 8 4, Ben 4 5 7 3 6 4 (n = 6).
    # Linear: sum |a-b| = 4; sum_ij |i-j| r_i c_j = 72 -> expected 72/6 = 12: 1 - 4/12 = 2/3.
    # Quadratic: sum (a-b)^2 = 6; sum_ij (i-j)^2 r_i c_j = 218: 1 - 6*6/218 = 91/109.
    block = two.completeness
    assert value(block, "cohen_kappa_linear") == pytest.approx(2 / 3)
    assert value(block, "cohen_kappa_quadratic") == pytest.approx(91 / 109)
    a, b = [3, 4, 4.5, 2, 5, 3], [3, 3.5, 4.5, 2.5, 4, 3]
    codes = {v: i for i, v in enumerate(SCALE)}
    reference = cohen_kappa_score(
        [codes[x] for x in a], [codes[x] for x in b], labels=range(9), weights="quadratic"
    )
    assert value(block, "cohen_kappa_quadratic") == pytest.approx(reference)
    assert two.completeness_scale == tuple(SCALE)
    alpha = krippendorff.alpha(reliability_data=[a, b], level_of_measurement="interval")
    assert value(block, "krippendorff_alpha_interval", None) == pytest.approx(alpha)


def test_span_matching_at_the_threshold_edge(study: Path, two: AgreementReport) -> None:
    # RS: RE1 5 of 10 shared (0.5: match), RE2 4 of 10 (no), RE3 5 of the shorter 10 (match),
    # RE4 Ana's 40-80 vs Ben's 40-60 and 60-80 (one-to-one: one match), RE5 equal (match),
    # RE6 only Ana. Ana 6 units, Ben 6, matched 4.
    rs = two.spans.pairs[0].components["RS"]
    assert (rs.n_units, rs.matched) == ((6, 6), 4)
    assert two.spans.pairs[0].to_dict()["RS"]["unmatched"] == {"Ana": 2, "Ben": 2}
    stricter = report(study, coders=["Ana", "Ben"], overlap=0.6)
    assert stricter.spans.pairs[0].components["RS"].matched == 2  # RE1 and RE3 drop out
    for component in ("W", "RO", "RS"):  # overlapping units of one coder are merged
        assert two.spans.unitizing_alpha[component].value is not None


def test_disagreement_list_rows(two: AgreementReport) -> None:
    rows = [(d.re_number, d.component, d.given["Ana"], d.given["Ben"]) for d in two.disagreements]
    assert rows == [(3, "W", "W2", "W7"), (4, "RO", "RO3", "RO7"), (5, "W", "W1", None),
                    (6, "RS", "RS7", None)]  # fmt: skip
    first = two.disagreements[0].to_dict()
    assert first["used"] == {"Ana": ["W2", "W7"], "Ben": ["W7"]}
    assert (first["dyad"], first["narrator"], first["phase"], first["level"]) == (
        "D01",
        "patient",
        5,
        "category",
    )


def test_formulation_level_by_hand(two: AgreementReport) -> None:
    # W counted once per RE: Ana W5 (REs 1, 2) and W1 (REs 4, 5) twice -> {W1, W5}; Ben every
    # category once -> {W3, W4, W5, W6, W7}: not equal, but they share W5. RO5 and RS2 agree.
    (scope,) = two.formulation.scopes
    assert scope.tops["W"] == {"Ana": ("W1", "W5"), "Ben": ("W3", "W4", "W5", "W6", "W7")}
    assert (scope.equal("W"), scope.intersect("W")) == (False, True)
    assert (scope.equal("RO"), scope.equal("RS")) == (True, True)
    summary = two.formulation.summary("all")
    assert (summary.n_comparable, summary.n_equal, summary.n_intersect) == (1, 0, 1)


def test_the_consensus_layer_never_enters(two: AgreementReport) -> None:
    # Ben's consensus layer has W1 in RE 5 and completeness 1 on RE 1: neither is used.
    assert two.components["W"].category.missing["Ben"] == 1
    assert two.completeness.pairs[0].stats["percent_agreement"].value == pytest.approx(3 / 6)


def test_cluster_level_and_warnings(study: Path, two: AgreementReport) -> None:
    clusters = report(study, coders=["Ana", "Ben"], level="cluster")
    assert clusters.level == "cluster" and clusters.disagreements[0].level == "cluster"
    kinds = {(w.section, w.component, w.kind) for w in two.warnings}
    assert ("category", "W", "few_res") in kinds
    assert ("category_presence", "W", "prevalence") in kinds


def test_other_person_is_not_faked(two: AgreementReport) -> None:
    other = two.to_dict()["other_person"]
    assert other["coded_independently"] is False
    assert other["note"] == "not coded independently in this project (one value per RE)"
    assert sum(other["counts"].values()) == 6


def test_json_is_strict_and_stable(two: AgreementReport) -> None:
    data = json.loads(json.dumps(two.to_dict(), allow_nan=False))
    assert list(data) == [
        "schema", "coders", "level", "overlap_threshold", "rules", "bootstrap", "res",
        "components", "completeness", "other_person", "spans", "formulation", "lu_formulation",
        "warnings", "benchmark", "n_disagreements", "disagreements",
    ]  # fmt: skip
    w = data["components"]["W"]["category"]
    assert w["pairs"][0]["cohen_kappa"]["value"] == pytest.approx(16 / 21)
    assert w["all"]["fleiss_kappa"]["n_units"] == 5
    presence = data["components"]["W"]["presence"]["cluster"]["W8"]["pairs"][0]["cohen_kappa"]
    assert presence["value"] is None and presence["undefined_reason"]
    assert data["benchmark"] == {
        "cohen_kappa": [0.55, 0.7], "weighted_kappa": [0.61, 0.7],
        "source": two.benchmark.source,
    }  # fmt: skip
    assert data["n_disagreements"] == 4


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"coders": ["Ana", "Nobody"]}, "no coder called 'Nobody'"),
        ({"coders": ["Ana"]}, "at least 2 coders"),
        ({"coders": ["Ana", "Ana"]}, "only once"),
        ({"level": "item"}, "level must be"),
        ({"overlap": 0}, "overlap threshold"),
    ],
)
def test_bad_choices_are_input_errors(study: Path, options: dict, message: str) -> None:
    with pytest.raises(InputError, match=message):
        report(study, **options)


def test_fewer_than_two_coders_with_units(project: Project) -> None:
    solo = project.add_coder("Solo")
    project.add_coder("Idle")
    start = TRANSCRIPT.index("She turned away.")
    re_id = project.find_re("D01", NarratorRole.PATIENT, 5, 1)
    span = Span(start, start + len("She turned away."))
    project.add_unit(UnitDraft(re_id, solo.id, Component.RO, (span,), ("RO5",)))
    with pytest.raises(InputError, match=r"at least 2 coders with units.*found Solo"):
        project.agreement_report()
    with pytest.raises(InputError, match="'Idle' has no units"):
        project.agreement_report(coders=["Solo", "Idle"])


def test_per_category_kappa_and_prevalence(three: AgreementReport) -> None:
    # Fleiss' kappa_j over REs 1-4 (n = 3): W5 is given 2 times in RE 2 only:
    # 1 - sum n_ij (n - n_ij) / (N n (n-1) p_j q_j) = 1 - 2 / (24 * 2/12 * 10/12) = 0.4;
    # W6 (3 of 3 in RE 1, never elsewhere) = 1.
    block = three.components["W"].category
    assert block.per_category["W5"].value == pytest.approx(0.4)
    assert block.per_category["W6"].value == pytest.approx(1.0)
    assert block.per_category["W8"].value is None  # never used: undefined, with the reason
    # Counts and prevalence are those of the REs with two or more values (as the statistics').
    assert block.counts["W1"] == 3 and sum(block.counts.values()) == 14
    shares = block.overall["percent_agreement"].extra["prevalence"]
    labels = [f"W{i}" for i in range(1, 9)]
    assert {labels[int(k)]: v for k, v in shares.items()} == pytest.approx(block.prevalence)
