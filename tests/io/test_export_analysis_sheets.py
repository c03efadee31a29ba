"""The CCRT, Comparison and Agreement sheets agree with the exported units and the use cases."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest

from ccrt_coder.storage.database import Database
from ccrt_coder.storage.schema import open_project_file
from ccrt_coder.usecases.agreement import agreement_report
from ccrt_coder.usecases.demo import build_demo
from ccrt_coder.usecases.export import ExportOptions, export_project
from tests.demo_counts import DEMO

CODER_A, CODER_B = DEMO.coder_a, DEMO.coder_b
CONSENSUS_RATING = f"completeness: {CODER_A} (consensus)"


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.ccrt"
    build_demo(path)
    return path


@pytest.fixture
def demo(demo_path: Path) -> Iterator[Database]:
    db = open_project_file(demo_path)
    yield db
    db.close()


@pytest.fixture(scope="module")
def workbook(demo_path: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[dict]]:
    out = tmp_path_factory.mktemp("out") / "demo.xlsx"
    db = open_project_file(demo_path)
    try:
        export_project(db, out)
    finally:
        db.close()
    sheets = {}
    for ws in openpyxl.load_workbook(out, read_only=True).worksheets:
        header, *rows = ws.iter_rows(values_only=True)
        pad = (None,) * len(header)  # streamed sheets have no size: short rows in read-only mode
        sheets[ws.title] = [dict(zip(header, row + pad, strict=False)) for row in rows]
    return sheets


def test_consensus_ccrts_recounted_from_the_units_sheet(workbook: dict[str, list[dict]]) -> None:
    """Count per RE (not per unit) over the included REs; ties are all listed."""
    included = {
        (r["interview"], r["re"]) for r in workbook["REs"] if (r[CONSENSUS_RATING] or 0) >= 2.5
    }
    per_re: dict[tuple, set[str]] = defaultdict(set)
    for unit in workbook["Units"]:
        if unit["layer"] == "consensus" and (unit["interview"], unit["re"]) in included:
            key = (unit["interview"], unit["component"], unit["re"])
            per_re[key].update(unit["category_code"].split("; "))
    checked = 0
    for row in workbook["CCRT"]:
        if (row["layer"], row["scope"], row["level"]) != ("consensus", "all", "category"):
            continue
        if row["dyad"] == "ALL":
            continue
        interview = f"{row['dyad']}/{row['narrator']}/{row['phase']}"
        counts = Counter(
            code for (iv, component, _), codes in per_re.items()
            if iv == interview and component == row["component"] for code in codes
        )  # fmt: skip
        assert row["n_res_included"] == sum(1 for iv, _ in included if iv == interview)
        if not counts:
            assert row["ccrt"] is None
            continue
        best = max(counts.values())
        assert set(row["ccrt"].split("; ")) == {c for c, n in counts.items() if n == best}
        assert row["n_res_with"] == best
        assert row["pervasiveness"] == pytest.approx(best / row["n_res_included"])
        checked += 1
    assert checked >= 15  # the consensus layer covers part of the demo


def test_ccrt_and_comparison_rows_per_layer(workbook: dict[str, list[dict]]) -> None:
    for sheet in ("CCRT", "Comparison"):
        layers = Counter((r["layer"], r["coder"]) for r in workbook[sheet])
        assert set(layers) == {("coder", CODER_A), ("coder", CODER_B), ("consensus", None)}
        assert len(set(layers.values())) == 1  # the same grid for every layer
    scopes = {r["scope"] for r in workbook["CCRT"]}
    assert scopes == {"all", "about_partner", "about_others"}
    assert {r["kind"] for r in workbook["Comparison"]} >= {"patient_vs_therapist"}


def test_agreement_rows_match_the_report(demo: Database, workbook: dict[str, list[dict]]) -> None:
    report = agreement_report(demo).to_dict()
    pair = report["components"]["W"]["category"]["pairs"][0]["cohen_kappa"]
    row = next(
        r for r in workbook["Agreement"]
        if (r["component"], r["measure"], r["statistic"]) == ("W", "category", "cohen_kappa")
    )  # fmt: skip
    assert row["coders"] == f"{CODER_A} × {CODER_B}"
    assert row["value"] == pytest.approx(pair["value"])
    assert row["n_units"] == pair["n_units"] == 45
    assert (row["ci_low"], row["ci_high"]) == pytest.approx((pair["ci_low"], pair["ci_high"]))
    assert row["ci_low"] < row["value"] < row["ci_high"] and row["band"] == pair["band"]
    sections = {r["section"] for r in workbook["Agreement"]}
    assert sections == {
        "REs", "bootstrap", "presence", "top sets", "main value", "completeness", "spans",
        "formulation", "warning",
    }  # fmt: skip
    presence = next(
        r for r in workbook["Agreement"]
        if (r["section"], r["component"], r["statistic"]) == ("presence", "W", "fleiss_kappa")
    )  # fmt: skip
    assert presence["ci_low"] is not None and presence["measure"].startswith("category ")


def test_unitizing_alpha_rows_carry_their_interval(
    demo: Database, workbook: dict[str, list[dict]]
) -> None:
    spans = agreement_report(demo).to_dict()["spans"]["unitizing_alpha"]
    for component, alpha in spans.items():
        row = next(
            r for r in workbook["Agreement"]
            if (r["section"], r["component"], r["statistic"])
            == ("spans", component, "unitizing_alpha")
        )  # fmt: skip
        assert row["ci_low"] < row["value"] < row["ci_high"] and row["se"] > 0
        for name in ("value", "ci_low", "ci_high", "se"):
            assert row[name] == pytest.approx(alpha[name])
        assert row["band"] == alpha["band"] is not None


@pytest.mark.parametrize(
    ("options", "note"),
    [
        (ExportOptions(layer="consensus", sheets=("agreement",)), "were not exported"),
        (ExportOptions(coders=(CODER_B,), sheets=("agreement",)), "two"),
    ],
)
def test_agreement_that_cannot_be_computed_says_why(
    demo: Database, tmp_path: Path, options: ExportOptions, note: str
) -> None:
    export_project(demo, tmp_path / "a.xlsx", options)
    rows = list(openpyxl.load_workbook(tmp_path / "a.xlsx")["Agreement"].values)
    assert len(rows) == 2 and rows[1][0] == "note" and note in rows[1][-1]
