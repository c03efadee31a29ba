"""`ccrt` and `compare` on the demo study: figures explained from the units themselves."""

import json
import shutil
from collections import Counter
from pathlib import Path

import pytest

from ccrt_coder.cli.entry import main
from ccrt_coder.core.domain import Layer
from ccrt_coder.usecases.demo import build_demo
from ccrt_coder.usecases.project import Project


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("ccrt") / "demo.ccrt"
    build_demo(path)
    return path


def run_json(capsys: pytest.CaptureFixture[str], *args: str) -> dict:
    assert main([*args, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def hand_count(path: Path, dyad: str, narrator: str, phase: int) -> tuple[dict, int]:
    """REs containing each category per component, counted one RE at a time from the units."""
    counts: dict[str, Counter] = {"W": Counter(), "RO": Counter(), "RS": Counter()}
    with Project.open(path) as project:
        (interview,) = [
            i
            for i in project.interviews()
            if (i.dyad, i.narrator.value, i.phase) == (dyad, narrator, phase)
        ]
        for re in project.episodes(interview.id):
            seen = {
                (u.draft.component.value, code)
                for u in project.units([re.id], layer=Layer.CONSENSUS)
                for code in u.draft.categories
            }
            for component, code in seen:
                counts[component][code] += 1
        return counts, interview.n_res


def test_consensus_ccrt_of_d01_matches_a_count_of_its_units(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = run_json(capsys, "ccrt", str(demo), "--consensus", "--dyad", "D01")
    scopes = {(s["dyad"], s["narrator"], s["phase"], s["scope"]): s for s in data["scopes"]}
    for narrator in ("patient", "therapist"):
        for phase in (5, 15, 28):
            counts, n_res = hand_count(demo, "D01", narrator, phase)
            scope = scopes[("D01", narrator, phase, "all")]
            assert scope["n_res_included"] == n_res  # consensus rates every D01 RE >= 2.5
            for component, counter in counts.items():
                top = max(counter.values())
                profile = scope["components"][component]["category"]
                assert sorted(profile["ccrt"]) == sorted(
                    code for code, n in counter.items() if n == top
                )
                stats = {s["code"]: s for s in profile["categories"]}
                for code, n in counter.items():
                    assert stats[code]["n_res_with"] == n
                    assert stats[code]["pervasiveness"] == pytest.approx(n / n_res)


def test_text_output_names_the_layer_and_the_top_categories(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["ccrt", str(demo), "--consensus", "--dyad", "D01"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("CCRT of the consensus layer, category level")
    assert "D01 patient phase 5: 4 REs (few REs)" in out
    assert "W   W6 To be loved and understood (75%, 3 REs)" in out


def test_coder_layer_excludes_res_rated_below_the_threshold(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = run_json(
        capsys,
        "ccrt",
        str(demo),
        "--coder",
        "Coder B (M. Costa)",
        "--dyad",
        "D01",
        "--level",
        "cluster",
    )
    scope = next(
        s
        for s in data["scopes"]
        if (s["narrator"], s["phase"], s["scope"]) == ("therapist", 28, "all")
        and s["dyad"] == "D01"
    )
    assert scope["n_res_excluded"] == 1  # coder B rated D01/therapist/28 RE 3 as 2
    assert [e["number"] for e in scope["excluded"]] == [3]


def test_compare_reports_similarity_per_phase(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = run_json(capsys, "compare", str(demo), "--consensus", "--dyad", "D01")
    pairs = [p for p in data["pairs"] if p["kind"] == "patient_vs_therapist"]
    assert {(p["dyad"], p["phase"]) for p in pairs} == {
        (d, ph) for d in ("D01", "ALL") for ph in (5, 15, 28)
    }
    first = next(p for p in pairs if (p["dyad"], p["phase"]) == ("D01", 5))
    ro = first["similarity"]["RO"]
    assert ro["left_top"] == ["RO5"] and ro["right_top"] == ["RO5"]
    assert ro["top_match"] is True
    assert -1 <= ro["spearman"] <= 1 and 0 <= ro["cosine"] <= 1


def test_compare_text_names_excluded_res_and_drops_the_flag_above_the_minimum(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    study = tmp_path / "study.ccrt"
    shutil.copy(demo, study)
    assert main(["settings", str(study), "--min-res", "3"]) == 0
    capsys.readouterr()
    assert main(["compare", str(study), "--coder", "Coder B (M. Costa)", "--dyad", "D01"]) == 0
    out = capsys.readouterr().out
    assert "fewer than 3 included REs" in out
    assert "D01 phase 28: patient 4 REs | therapist 3 REs, 1 excluded\n" in out


def test_compare_as_text(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["compare", str(demo), "--consensus", "--dyad", "D01"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Patient vs therapist, consensus layer, cluster level")
    assert "fewer than 10 included REs, the project's minimum for a CCRT" in out
    assert "D01 phase 5" in out and "ALL phase 28" in out
    assert (
        "RO  patient RO5 | therapist RO5 | top match yes, overlap yes | cosine 0.95 | "
        "jaccard 0.67 | spearman 0.82"
    ) in out
    # The counts behind each row and the few-REs flag (finding 8), the summary over dyads
    # and the first-to-last change also for the REs about the partner.
    assert "D01 phase 5: patient 4 REs (few REs) | therapist 3 REs (few REs)" in out
    assert "phase 28  RO  1 dyad: mean 0.85, SD undefined" in out
    assert "D01 patient about_partner: W yes, RO no (+0.00), RS no (+1.00)" in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ((), "choose a layer: --coder NAME"),
        (("--coder", "Nobody"), "no coder called 'Nobody'"),
        (("--consensus", "--dyad", "D99"), "no dyad 'D99'"),
    ],
)
def test_clear_errors(
    demo: Path, capsys: pytest.CaptureFixture[str], args: tuple, message: str
) -> None:
    assert main(["ccrt", str(demo), *args]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error:") and message in err
