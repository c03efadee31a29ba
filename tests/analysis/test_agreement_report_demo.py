"""The demo study's agreement report: dyad D01, patient, phase 5 against a hand count; sklearn."""

import shutil
import sqlite3
from collections import Counter
from pathlib import Path

import pytest
from sklearn.metrics import cohen_kappa_score

from ccrt_coder.analysis.agreement.build import build_agreement_report
from ccrt_coder.analysis.agreement.data import AgreementData, select_coders
from ccrt_coder.analysis.agreement.report import AgreementReport
from ccrt_coder.core.domain import Layer
from ccrt_coder.core.errors import InputError
from ccrt_coder.storage import agreement_store
from ccrt_coder.storage.schema import open_project_file
from ccrt_coder.usecases.demo import build_demo
from ccrt_coder.usecases.project import Project

A, B = "Coder A (L. Berger)", "Coder B (M. Costa)"


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.ccrt"
    build_demo(path)
    return path


@pytest.fixture(scope="module")
def full(demo: Path) -> AgreementReport:
    with Project.open(demo) as project:
        return project.agreement_report()


def scoped_report(path: Path, dyad: str, narrator: str, phase: int) -> AgreementReport:
    """The report over one interview's REs: the storage frames filtered, then the builder."""
    db = open_project_file(path)  # the storage layer's own reading, below the use cases
    with db.reading() as session:
        coders = agreement_store.coder_frame(session)
        chosen = select_coders(coders, None)
        frames = agreement_store.coder_layer_frames(session, [i for i, _ in chosen])
        res = agreement_store.re_frame(session)
        lengths = agreement_store.text_length_frame(session)
        categories = agreement_store.category_frame(session)
    db.close()
    res = res[(res["dyad"] == dyad) & (res["narrator"] == narrator) & (res["phase"] == phase)]
    units = frames["units"][frames["units"]["re_id"].isin(res["re_id"])]
    ratings = frames["ratings"][frames["ratings"]["re_id"].isin(res["re_id"])]
    data = AgreementData(
        coders, res, units, frames["spans"], frames["codes"], ratings, lengths, categories
    )
    return build_agreement_report(data, chosen)


@pytest.fixture(scope="module")
def d01(demo: Path) -> AgreementReport:
    return scoped_report(demo, "D01", "patient", 5)


# Hand count of D01 / patient / phase 5 from resources/demo/codes.json and the transcript.
# Main category per RE (ties: the category whose first unit comes first in the text):
#   RE  W (A, B)   RO (A, B)                    RS (A, B)
#   1   W6  W5     RO5 RO5                      RS2 (2 of 3)  RS2 (RS2 "I just sat" before RS7)
#   2   W5  W5     RO5 RO5 (B: RO5 twice, RO2)  RS8 (3-way tie, first)  RS8 (first)
#   3   W6  W8     RO2 RO2                      RS6 (2 of 3)  RS6 ("I said yes" before RS8)
#   4   W6  W6     RO8 (2 of 3)  RO6 (tie, "She waited" first)  RS2 (first)  RS2 (first)
# W:  p_o = 2/4; A W5 1, W6 3; B W5 2, W6 1, W8 1 -> p_e = (1*2 + 3*1)/16 = 5/16;
#     kappa = (8/16 - 5/16) / (11/16) = 3/11. Scott: pooled W5 3, W6 4, W8 1 of 8 ->
#     p_e = 26/64, pi = (32 - 26) / (64 - 26) = 3/19.
# RO: p_o = 3/4; A RO5 2, RO2 1, RO8 1; B RO5 2, RO2 1, RO6 1 -> p_e = (2*2 + 1*1)/16 = 5/16;
#     kappa = (12/16 - 5/16) / (11/16) = 7/11.
# RS: all four agree -> kappa 1.
# Valence of RO: RE4 A has RO8+ RO3- RO8+ -> '+'; B RO6+ RO5- -> tie, '+' is first; all other
#     RO and every RS unit negative: percent agreement 1.
# Spans (units matched at >= 50% of the shorter unit): W 4/4 of 4; RO A 9, B 9 (B's "he didn't
#     seem to notice" and A's "She let me" unmatched), matched 8; RS A 11, B 9, matched 9.
# Formulation (counted once per RE): W A {W6} (3 REs) vs B {W5} (2 REs); RO A RO5 in REs 1-2,
#     B RO5 in REs 1, 2, 4 -> both {RO5}; RS A RS8 in all 4 -> {RS8}, B RS2 and RS8 in 3
#     each -> {RS2, RS8}: overlap, not equal.
# Completeness: A 4, 4.5, 4, 4.5; B 4, 4, 4, 4 (constant) -> weighted kappa 0 (linear).
def test_d01_patient_phase_5_matches_the_hand_count(d01: AgreementReport) -> None:
    assert d01.res.n_shared == 4
    w, ro, rs = (d01.components[c].category for c in ("W", "RO", "RS"))
    assert w.pairs[0].stats["cohen_kappa"].value == pytest.approx(3 / 11)
    assert w.pairs[0].stats["scott_pi"].value == pytest.approx(3 / 19)
    assert w.overall["fleiss_kappa"].value == pytest.approx(3 / 19)  # two coders: Scott's pi
    assert w.pairs[0].stats["percent_agreement"].value == pytest.approx(0.5)
    assert ro.pairs[0].stats["cohen_kappa"].value == pytest.approx(7 / 11)
    assert rs.pairs[0].stats["cohen_kappa"].value == pytest.approx(1.0)
    assert w.counts == {"W1": 0, "W2": 0, "W3": 0, "W4": 0, "W5": 3, "W6": 4, "W7": 0, "W8": 1}
    ro_valence = d01.components["RO"].valence.pairs[0].stats["percent_agreement"]
    assert ro_valence.value == pytest.approx(1.0)
    assert d01.completeness.pairs[0].stats["cohen_kappa_linear"].value == pytest.approx(0.0)


def test_d01_patient_phase_5_disagreements_spans_and_formulation(d01: AgreementReport) -> None:
    rows = [(d.re_number, d.component, d.given[A], d.given[B]) for d in d01.disagreements]
    assert rows == [(1, "W", "W6", "W5"), (3, "W", "W6", "W8"), (4, "RO", "RO8", "RO6")]
    pair = d01.spans.pairs[0].components
    assert [(pair[c].n_units, pair[c].matched) for c in ("W", "RO", "RS")] == [
        ((4, 4), 4), ((9, 9), 8), ((11, 9), 9),
    ]  # fmt: skip
    (scope,) = d01.formulation.scopes
    assert scope.tops["W"] == {A: ("W6",), B: ("W5",)}
    assert scope.tops["RO"] == {A: ("RO5",), B: ("RO5",)}
    assert scope.tops["RS"] == {A: ("RS8",), B: ("RS2", "RS8")}
    assert (scope.equal("RS"), scope.intersect("RS")) == (False, True)


def test_the_full_report_holds_the_same_rows_for_that_interview(
    full: AgreementReport, d01: AgreementReport
) -> None:
    mine = [d for d in full.disagreements if (d.dyad, d.narrator, d.phase) == ("D01", "patient", 5)]
    assert mine == list(d01.disagreements)
    scope = next(s for s in full.formulation.scopes if (s.dyad, s.narrator, s.phase) == (
        "D01", "patient", 5))  # fmt: skip
    assert scope == d01.formulation.scopes[0]
    assert full.res.n_shared == 45 and full.coders == (A, B)


def _main_categories(project: Project, component: str) -> tuple[list, list]:
    """Each coder's main category per RE, computed independently from the unit records."""
    system = project.category_system()
    position = {c.code: i for i, c in enumerate(system.categories)}
    re_ids = [re.id for interview in project.interviews() for re in project.episodes(interview.id)]
    vectors = []
    for name in (A, B):
        coder = project.coder(name)
        by_re: dict[int, list] = {}
        for unit in project.units(re_ids, coder_id=coder.id, layer=Layer.CODER):
            if unit.draft.component.value == component:
                by_re.setdefault(unit.draft.re_id, []).append(unit.draft)
        vectors.append([_main(by_re.get(re_id, []), position) for re_id in re_ids])
    return vectors[0], vectors[1]


def _main(drafts: list, position: dict[str, int]) -> str | None:
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for draft in drafts:
        start = min(span.start for span in draft.spans)
        for code in set(draft.categories):
            counts[code] += 1
            first[code] = min(first.get(code, start), start)
    if not counts:
        return None
    return min(counts, key=lambda c: (-counts[c], first[c], position[c]))


@pytest.mark.parametrize("component", ["W", "RO", "RS"])
def test_pairwise_cohen_matches_sklearn(demo: Path, full: AgreementReport, component: str) -> None:
    with Project.open(demo) as project:
        a, b = _main_categories(project, component)
    both = [(x, y) for x, y in zip(a, b, strict=True) if x is not None and y is not None]
    expected = cohen_kappa_score([x for x, _ in both], [y for _, y in both])
    result = full.components[component].category.pairs[0].stats["cohen_kappa"]
    assert result.value == pytest.approx(expected)
    assert result.n_units == len(both)


def test_a_damaged_unit_span_gives_a_one_line_error(demo: Path, tmp_path: Path) -> None:
    damaged = tmp_path / "damaged.ccrt"
    shutil.copy(demo, damaged)
    Project.open(damaged).close()  # checked on this first open; damaged by another tool after
    db = sqlite3.connect(damaged)  # a span beyond its transcript: only a damaged file
    with db:
        db.execute('UPDATE unit_spans SET "end" = 10000000 WHERE rowid = 1')
    db.close()
    with Project.open(damaged) as project, pytest.raises(InputError) as raised:
        project.agreement_report()
    message = str(raised.value)
    assert message.startswith("the agreement cannot be computed: text ")
    assert "10000000" in message and "\n" not in message
