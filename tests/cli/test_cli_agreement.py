"""`ccrt-coder agreement`: the text report, --json, --disagreements and one-line errors."""

import json
from pathlib import Path

import pytest

from ccrt_coder.cli import entry as cli
from tests.analysis.test_agreement_report_study import build_study


@pytest.fixture(scope="module")
def study(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_study(tmp_path_factory.mktemp("cli") / "study.ccrt")


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = cli.main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_text_report(study: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "agreement", str(study), "--coders", "Ana", "Ben")
    assert (code, err) == (0, "")
    assert "Agreement of [1] Ana, [2] Ben" in out
    assert "W — Wish: main category per RE" in out
    assert "Cohen's kappa                    1×2       0.762" in out
    assert "Weighted kappa, quadratic" in out and "Krippendorff's alpha (interval)" in out
    assert "Other person: not coded independently in this project (one value per RE)" in out
    assert "Span level" in out and "unitizing alpha" in out
    assert "Formulation (category level; 1 scope of" in out
    assert "Benchmark: Cohen's kappa .55–.70, weighted kappa (category agreement) .61–.70" in out
    assert "Disagreements: 4 RE × component" in out
    assert "RE 3 (id" not in out  # the list only with --disagreements


def test_disagreement_list(study: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "agreement", str(study), "--coders", "Ana", "Ben",
                       "--disagreements")  # fmt: skip
    assert code == 0
    assert "  D01 patient 5 RE 3 (id 3) W: [1] W2  [2] W7" in out
    assert "  D01 patient 5 RE 5 (id 5) W: [1] W1  [2] (none)" in out


def test_json_report(study: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "agreement", str(study), "--json", "--level", "cluster",
                       "--overlap", "0.6")  # fmt: skip
    data = json.loads(out)
    assert code == 0
    assert data["schema"] == "ccrt-coder/agreement-report/2"
    assert (data["coders"], data["level"], data["overlap_threshold"]) == (
        ["Ana", "Ben", "Cleo"], "cluster", 0.6,
    )  # fmt: skip
    assert data["res"]["n_shared"] == 5
    fleiss = data["components"]["W"]["cluster"]["all"]["fleiss_kappa"]
    assert fleiss["value"] == pytest.approx(17 / 29)
    assert len(data["components"]["W"]["cluster"]["pairs"]) == 3
    assert data["disagreements"][0]["level"] == "cluster"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--coders", "Ana", "Nobody"], "error: no coder called 'Nobody' in the project"),
        (["--coders", "Ana"], "error: agreement needs at least 2 coders"),
        (["--overlap", "1.5"], "error: the overlap threshold must be above 0 and at most 1"),
    ],
)
def test_errors_are_one_line(
    study: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    code, out, err = run(capsys, "agreement", str(study), *args)
    assert code == 1 and out == ""
    assert err.startswith(message) and err.count("\n") == 1
