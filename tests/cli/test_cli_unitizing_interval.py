"""Unitizing alpha's 95% interval as the user reads it: `agreement --json` and its text, the
manuscript report's unit-boundaries table (the demo study: 12 interviews)."""

from __future__ import annotations

import json
from pathlib import Path

import lxml.html
import pytest

from ccrt_coder.analysis.reliability import krippendorff_band
from ccrt_coder.cli.entry import main
from ccrt_coder.io.report_model import interval, stat

B = 40


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("unitizing") / "demo.ccrt"
    assert main(["demo", str(path)]) == 0
    return path


def agreement_json(demo: Path, capsys: pytest.CaptureFixture[str], *args: str) -> dict:
    capsys.readouterr()
    assert main(["agreement", str(demo), "--json", *args]) == 0
    return json.loads(capsys.readouterr().out)


def alpha_of(report: dict, component: str) -> dict:
    result: dict = report["spans"]["unitizing_alpha"][component]
    return result


def test_json_carries_the_interval_se_and_bootstrap_settings(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    report = agreement_json(demo, capsys, "--bootstrap", str(B), "--seed", "7")
    for component in ("W", "RO", "RS"):
        alpha = report["spans"]["unitizing_alpha"][component]
        assert alpha["ci_low"] < alpha["value"] < alpha["ci_high"] <= 1
        assert alpha["ci_method"] == "percentile cluster bootstrap"
        assert alpha["se"] > 0 and alpha["se_method"] == "bootstrap"
        assert alpha["band"] == krippendorff_band(alpha["value"])
        boot = alpha["bootstrap"]
        assert (boot["b"], boot["seed"], boot["level"]) == (B, 7, 0.95)
        assert (boot["resampled_by"], boot["n_clusters"]) == ("interview", 12)
        assert (boot["ci_low"], boot["ci_high"], boot["se"]) == (
            alpha["ci_low"], alpha["ci_high"], alpha["se"],
        )  # fmt: skip
    # the same seed gives the same interval; another seed another one
    again = agreement_json(demo, capsys, "--bootstrap", str(B), "--seed", "7")
    assert again["spans"] == report["spans"]
    other = agreement_json(demo, capsys, "--bootstrap", str(B), "--seed", "8")
    assert other["spans"]["unitizing_alpha"]["W"]["ci_low"] != alpha_of(report, "W")["ci_low"]


def test_no_bootstrap_no_interval(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    alpha = alpha_of(agreement_json(demo, capsys, "--bootstrap", "0"), "W")
    assert alpha["value"] is not None
    assert (alpha["ci_low"], alpha["ci_high"], alpha["se"], alpha["bootstrap"]) == (None,) * 4


def test_the_text_report_prints_the_interval(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    alpha = alpha_of(agreement_json(demo, capsys, "--bootstrap", str(B)), "RO")
    assert main(["agreement", str(demo), "--bootstrap", str(B)]) == 0
    line = next(s for s in capsys.readouterr().out.splitlines() if "unitizing alpha" in s)
    assert line.startswith("  unitizing alpha [95% CI] (n = units): W ")
    shown = f"RO {alpha['value']:.2f} [{alpha['ci_low']:.2f}, {alpha['ci_high']:.2f}]"
    assert shown in line


def test_the_manuscript_report_shows_the_interval(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    report = agreement_json(demo, capsys)  # the report's own settings: B = 1000, seed 12
    assert main(["report", str(demo), str(tmp_path / "r.html")]) == 0
    page = lxml.html.parse(str(tmp_path / "r.html")).getroot()
    table = next(t for t in page.iter("table") if "Unitizing" in t.text_content())
    rows = [[c.text_content().replace("\u00a0", " ") for c in tr] for tr in table.iter("tr")]
    assert rows[0][-2:] == ["Unitizing α [95% CI]", "Band (α)"]
    for component in ("W", "RO", "RS"):
        alpha = alpha_of(report, component)
        cell, band = next(row[-2:] for row in rows if row[1] == component)
        assert cell == f"{stat(alpha['value'])} {interval(alpha['ci_low'], alpha['ci_high'])}"
        assert band == alpha["band"] and band in ("reliable", "tentative", "unacceptable")
