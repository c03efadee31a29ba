"""Agreement at the CCRT-LU direction level as a full level (issue 12, item 5): top-direction
sets, the main direction, the disagreement list and the formulations, through the use case, the
`agreement` command (text and JSON) and the refusal for a project without directions.

The study is tests/lu_study.py. Own layers of the coders (W only, every unit W1):

  RE           P1   P2   P3   P4   P5   P6   T1   T2   (P: patient, T: therapist, phase 5)
  Ana          WOS  WSO  WSO  WOS  WOS  -    WOO  WOO
  Ben          WOS  WSO  WOS  WOS  WSO  -    WOO  WSS
  ("-": a unit without a direction; T1, T2 only with ``therapist_coded``)

Units without a direction do not count at the direction level (as in CCRT formation), so P6 has
no value from anybody and leaves the top-set figures (n = 5 REs, 7 with the therapist's),
though it is a shared RE (its W1 counts at the category level: n = 6).

Patient only (6 shared REs) — each coder has one unit per RE, so each top set is one direction:
  sets agree in P1, P2, P4, not in P3, P5: exact match 3/5 = .6.
  MASI distance of two different single directions is 1 (Jaccard 0), so MASI alpha is nominal
  alpha: n = 10 values (WOS 6, WSO 4), D_o = 2 units x 2 ordered pairs = 4,
  sum_{c != k} n_c n_k = 2 * 6 * 4 = 48, alpha = 1 - (n - 1) * 4 / 48 = 1 - 36/48 = .25.
  Main direction (Cohen): p_o = 3/5; Ana and Ben both WOS 3, WSO 2: p_e = (9 + 4)/25 = .52;
  kappa = (.6 - .52)/.48 = 1/6.
  Disagreements: P3 (Ana WSO, Ben WOS) and P5 (Ana WOS, Ben WSO).
  Formulation, scope D01 patient 5: Ana WOS in 3 REs, WSO in 2 -> {WOS}; Ben WOS 3 (P1, P3, P4),
  WSO 2 -> {WOS}: equal, 1 of 1 comparable; RO, RS: no units, not comparable.

With the therapist's REs (8 shared REs, 7 with a direction):
  exact match 4/7; values n = 14: WOS 6, WSO 4, WOO 3, WSS 1; D_o: P3, P5, T2 -> 3 x 2 = 6;
  sum_{c != k} n_c n_k = 14^2 - (36 + 16 + 9 + 1) = 134; alpha = 1 - 13 * 6/134 = 28/67.
  Main direction: p_o = 4/7; Ana WOS 3, WSO 2, WOO 2; Ben WOS 3, WSO 2, WOO 1, WSS 1:
  p_e = (9 + 4 + 2)/49 = 15/49; kappa = (28/49 - 15/49)/(34/49) = 13/34.
  Formulation: patient {WOS} = {WOS}; therapist Ana {WOO} (2 REs), Ben WOO 1, WSS 1 -> tie,
  {WOO, WSS}: not equal but overlapping. W: 2 comparable, 1 equal, 2 overlapping.
  Kappa over the 2 scopes on the whole set: Ana WOS, WOO; Ben WOS, WOO+WSS: p_o = 1/2,
  p_e = 1/4 (only WOS twice) -> Cohen's kappa = 1/3; Fleiss: P = 1/2, shares WOS 2/4,
  WOO 1/4, WOO+WSS 1/4 -> P_e = .375, kappa = .125/.625 = .2.
  MASI({WOO}, {WOO, WSS}) = 1 - J * M = 1 - 1/2 * 2/3 = 2/3 (a subset: M = 2/3); to {WOS}: 1.
  alpha = 1 - (n - 1) * D_o_sum / D_e_sum with n = 4: D_o_sum = 2 * 2/3 = 4/3;
  D_e_sum = 2 * (4 * 1 + 2/3) = 28/3 -> alpha = 1 - 3 * (4/3)/(28/3) = 4/7.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ccrt_coder.analysis.reliability import set_alpha
from ccrt_coder.cli.entry import main
from ccrt_coder.usecases.domain import BootstrapSettings, InputError
from ccrt_coder.usecases.project import Project
from tests.lu_study import build_lu_study

NO_BOOTSTRAP = BootstrapSettings(replicates=0)


@pytest.fixture(scope="module")
def studies(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("lu_agreement")
    return {
        "patient": build_lu_study(folder / "lu.ccrt"),
        "both": build_lu_study(folder / "both.ccrt", therapist_coded=True),
        "plain": build_lu_study(folder / "plain.ccrt", lu=False),
    }


def report(path: Path, level: str = "direction"):  # type: ignore[no-untyped-def]
    with Project.open(path) as project:
        return project.agreement_report(level=level, bootstrap=NO_BOOTSTRAP)


def value(block, statistic: str, pair: bool = False) -> float:  # type: ignore[no-untyped-def]
    result = block.pairs[0].stats[statistic] if pair else block.overall[statistic]
    return result.value


def test_the_library_gives_the_hand_counted_masi_alphas() -> None:
    """The sets of the docstring, fed to the library's set_alpha: .25, 28/67 and 4/7."""
    ana = ["WOS", "WSO", "WSO", "WOS", "WOS"]
    ben = ["WOS", "WSO", "WOS", "WOS", "WSO"]
    pairs = [[{a}, {b}] for a, b in zip(ana, ben, strict=True)]
    assert set_alpha(pairs).value == pytest.approx(0.25)
    both = [*pairs, [{"WOO"}, {"WOO"}], [{"WOO"}, {"WSS"}]]
    assert set_alpha(both).value == pytest.approx(28 / 67)
    scopes = [[{"WOS"}, {"WOS"}], [{"WOO"}, {"WOO", "WSS"}]]
    assert set_alpha(scopes).value == pytest.approx(4 / 7)


def test_top_direction_sets_main_direction_and_disagreements(studies) -> None:  # type: ignore[no-untyped-def]
    found = report(studies["patient"])
    assert found.level == "direction"
    w = found.components["W"]
    sets = w.top_sets["direction"].primary
    assert sets.n_res == 5  # P6: units without a direction do not count
    assert value(sets, "masi_alpha") == pytest.approx(0.25)
    assert value(sets, "exact_match") == pytest.approx(3 / 5)
    assert value(sets, "masi_alpha", pair=True) == pytest.approx(0.25)
    assert w.top_sets["category"].primary.n_res == 6  # the category level counts P6
    assert w.direction is not None and w.level("direction") is w.direction
    assert value(w.direction, "cohen_kappa", pair=True) == pytest.approx(1 / 6)
    assert w.direction.n_rated == 5
    assert w.presence("direction") is w.lu_direction
    given = [(d.re_number, d.component, d.level, d.given) for d in found.disagreements]
    assert given == [
        (3, "W", "direction", {"Ana": "WSO", "Ben": "WOS"}),
        (5, "W", "direction", {"Ana": "WOS", "Ben": "WSO"}),
    ]
    formulation = found.formulation
    assert formulation.level == "direction"
    (scope,) = formulation.scopes
    assert scope.tops["W"] == {"Ana": ("WOS",), "Ben": ("WOS",)}
    assert formulation.summary("W").n_equal == formulation.summary("W").n_comparable == 1
    assert formulation.summary("RO").n_comparable == 0
    assert found.lu_formulation is None  # the report's own level is the direction level


def test_formulation_agreement_over_two_scopes(studies) -> None:  # type: ignore[no-untyped-def]
    found = report(studies["both"])
    sets = found.components["W"].top_sets["direction"].primary
    assert sets.n_res == 7
    assert value(sets, "masi_alpha") == pytest.approx(28 / 67)
    assert value(sets, "exact_match") == pytest.approx(4 / 7)
    assert value(found.components["W"].direction, "cohen_kappa", pair=True) == pytest.approx(
        13 / 34
    )
    assert [d.re_number for d in found.disagreements] == [3, 5, 2]  # patient, then therapist
    therapist = next(s for s in found.formulation.scopes if s.narrator == "therapist")
    assert therapist.tops["W"] == {"Ana": ("WOO",), "Ben": ("WOO", "WSS")}
    assert therapist.equal("W") is False and therapist.intersect("W") is True
    summary = found.formulation.summary("W")
    assert (summary.n_comparable, summary.n_equal, summary.n_intersect) == (2, 1, 2)
    stats = found.formulation_statistics["W"]
    assert value(stats, "cohen_kappa", pair=True) == pytest.approx(1 / 3)
    assert value(stats, "fleiss_kappa") == pytest.approx(0.2)
    assert value(stats, "masi_alpha") == pytest.approx(4 / 7)
    assert value(stats, "exact_match") == pytest.approx(1 / 2)


def test_other_levels_carry_the_direction_formulations_beside(studies) -> None:  # type: ignore[no-untyped-def]
    found = report(studies["both"], level="cluster")
    assert found.formulation.level == "cluster" and found.lu_formulation is not None
    directions = found.lu_formulation
    assert directions.agreement.level == "direction"
    assert directions.agreement.summary("W").n_equal == 1
    assert value(directions.statistics["W"], "masi_alpha") == pytest.approx(4 / 7)
    assert found.to_dict()["lu_formulation"]["summary"]["W"]["n_intersect"] == 2
    # the cluster level is untouched: every coder used W1 (cluster WA) in every shared RE
    assert found.formulation.summary("W").n_equal == 2
    assert not found.disagreements


def test_without_lu_the_direction_level_is_refused_and_absent(studies, capsys) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(InputError, match="CCRT-LU directions"):
        report(studies["plain"])
    plain = report(studies["plain"], level="category")
    assert plain.lu_formulation is None
    assert plain.components["W"].direction is None
    assert set(plain.components["W"].top_sets) == {"category", "cluster"}
    data = plain.to_dict()
    assert data["lu_formulation"] is None and data["components"]["W"]["direction"] is None
    assert set(data["components"]["W"]["presence"]) == {"category", "cluster"}
    assert main(["agreement", str(studies["plain"]), "--level", "direction"]) == 1
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and err.startswith("error: the direction level needs")


def test_the_command_at_the_direction_level(studies, capsys) -> None:  # type: ignore[no-untyped-def]
    path = str(studies["both"])
    assert main(["agreement", path, "--level", "direction", "--bootstrap", "0", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["level"] == "direction" and data["formulation"]["level"] == "direction"
    w = data["components"]["W"]
    masi = w["top_sets"]["direction"]["primary"]["all"]["masi_alpha"]
    assert masi["value"] == pytest.approx(28 / 67) and masi["n_units"] == 7
    assert w["direction"]["pairs"][0]["cohen_kappa"]["value"] == pytest.approx(13 / 34)
    assert set(w["presence"]["direction"]) == {"WOO", "WOS", "WSS", "WSO"}
    assert data["n_disagreements"] == 3
    assert data["formulation"]["statistics"]["W"]["all"]["masi_alpha"]["value"] == pytest.approx(
        4 / 7
    )
    assert main(["agreement", path, "--level", "direction", "--bootstrap", "0",
                 "--disagreements"]) == 0  # fmt: skip
    text = capsys.readouterr().out
    assert "W: top direction set per RE" in text
    assert "main direction per RE" in text
    assert "Formulation (direction level; 2 scopes" in text
    assert "presence of each CCRT-LU direction" not in text  # the level's own table shows them
    assert "D01 therapist 5 RE 2 (id 8) W: [1] WOO  [2] WSS" in text
    assert main(["agreement", path, "--bootstrap", "0"]) == 0  # category level: both
    text = capsys.readouterr().out
    assert "Formulation (category level; 2 scopes" in text
    directions = text[text.index("Formulation (direction level; 2 scopes") :]
    assert "top directions agree?" in directions
    assert "W: equal in 1 of 2 comparable scopes (50%), overlapping in 2 (100%)" in directions


def test_the_report_at_the_direction_level(studies, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "lu.html"
    assert main(["report", str(studies["both"]), str(out), "--level", "direction"]) == 0
    page = out.read_text(encoding="utf-8")
    assert "Level: direction." in page  # the formulation table
    assert "at the direction level" in page  # the methods
    assert "WOS, WSO (.40)" in page  # the CCRT per narrator and phase, direction level
    cluster = tmp_path / "cluster.html"
    assert main(["report", str(studies["both"]), str(cluster)]) == 0
    assert "W (directions)" in cluster.read_text(encoding="utf-8")
    assert main(["report", str(studies["plain"]), str(tmp_path / "p.html"), "--level",
                 "direction"]) == 1  # fmt: skip
    assert "CCRT-LU directions" in capsys.readouterr().err
