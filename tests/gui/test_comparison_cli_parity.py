"""The Comparison view shows the CLI's figures: `ccrt --json` and `compare --json`, cell by cell."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QThreadPool

from ccrt_coder.cli.entry import main
from ccrt_coder.gui.comparison.choices import CONSENSUS, ViewChoice
from ccrt_coder.gui.comparison.table_model import FIGURES_ROLE
from ccrt_coder.gui.comparison.view import ComparisonView
from ccrt_coder.usecases.project import Project
from tests.gui.comparison_helpers import open_view, wait_shown

COMPONENTS = ("W", "RO", "RS")


@pytest.fixture
def view(qtbot, demo_path: Path) -> Iterator[ComparisonView]:
    with Project.open(demo_path) as project:
        yield open_view(qtbot, project)
        QThreadPool.globalInstance().waitForDone(10_000)


def cli_json(capsys: pytest.CaptureFixture[str], *args: str) -> dict:
    capsys.readouterr()
    assert main(list(args)) == 0
    return json.loads(capsys.readouterr().out)


def shown(view: ComparisonView, component: str, kind: str, column: int, role: int):  # type: ignore[no-untyped-def]
    model = view.model
    return model.data(model.index(model.row_of(component, kind), column), role)


@pytest.mark.parametrize(
    ("scope", "kind"), [("all", "patient_vs_therapist"), ("about_partner", "about_partner")]
)
def test_every_cell_of_d01_equals_the_cli_json(
    qtbot, view: ComparisonView, demo_path: Path, capsys, scope: str, kind: str
) -> None:
    view.set_choice(ViewChoice(dyad="D01", layer=CONSENSUS, level="cluster", scope=scope))
    wait_shown(qtbot, view)
    path = str(demo_path)
    ccrt = cli_json(
        capsys, "ccrt", path, "--consensus", "--dyad", "D01", "--level", "cluster", "--json"
    )
    compare = cli_json(capsys, "compare", path, "--consensus", "--dyad", "D01", "--json")
    scopes = {
        (s["narrator"], s["phase"]): s
        for s in ccrt["scopes"]
        if s["dyad"] == "D01" and s["scope"] == scope
    }
    pairs = {p["phase"]: p for p in compare["pairs"] if p["dyad"] == "D01" and p["kind"] == kind}
    assert ccrt["phases"] == [5, 15, 28] == list(view.figures().phases)
    checked = 0
    for column, phase in enumerate(ccrt["phases"]):
        for narrator, side in (("patient", "left"), ("therapist", "right")):
            scope_json, side_json = scopes[narrator, phase], pairs[phase][side]
            for component in COMPONENTS:
                cell = shown(view, component, narrator, column, FIGURES_ROLE)
                profile = scope_json["components"][component]["cluster"]
                assert cell["ccrt"] == profile["ccrt"] == side_json["ccrt"][component]
                assert cell["n_res_included"] == scope_json["n_res_included"]
                assert cell["n_res_excluded"] == scope_json["n_res_excluded"]
                assert cell["few_res"] == scope_json["few_res"] == side_json["few_res"]
                _check_top(view, cell, profile, side_json, component, narrator, column)
                checked += 1
        for component in COMPONENTS:
            cell = shown(view, component, "similarity", column, FIGURES_ROLE)
            expected = pairs[phase]["similarity"][component]
            figures = ("top_match", "top_overlap", "cosine", "jaccard", "spearman")
            for figure in (*figures, "left_top", "right_top"):
                assert cell[figure] == expected[figure], (phase, component, figure)
            assert cell["baseline"] == expected["baseline"]["cosine"]  # the view's headline
            _check_similarity_text(view, expected, component, column)
            checked += 1
    assert checked == 3 * (6 + 3)


def _check_top(view, cell, profile, side_json, component, narrator, column) -> None:  # type: ignore[no-untyped-def]
    """The top codes' pervasiveness and counts, as numbers and as the text shown."""
    tops = [c for c in profile["categories"] if c["code"] in profile["ccrt"]]
    if not tops:
        assert cell["pervasiveness"] is None
        return
    top = tops[0]
    assert cell["pervasiveness"] == top["pervasiveness"]
    assert cell["pervasiveness"] == side_json["pervasiveness"][component][top["code"]]
    assert cell["n_res_with"] == top["n_res_with"]
    text = shown(view, component, narrator, column, Qt.ItemDataRole.DisplayRole)
    n = cell["n_res_included"]
    res = "RE" if n == 1 else "REs"
    assert text.endswith(f"{top['pervasiveness']:.0%} ({top['n_res_with']}/{n} {res})")
    for code in profile["ccrt"]:
        assert code in text


def _check_similarity_text(view, expected, component, column) -> None:  # type: ignore[no-untyped-def]
    text = shown(view, component, "similarity", column, Qt.ItemDataRole.DisplayRole)
    for name, key in (("ρ", "spearman"), ("cos", "cosine"), ("J", "jaccard")):
        value = expected[key]
        assert (f"{name}\N{NO-BREAK SPACE}{value:.2f}" if value is not None else name) in text
    if expected["top_match"] is not None:
        sign = "✓" if expected["top_match"] else "∩" if expected["top_overlap"] else "✗"
        assert f"Top\N{NO-BREAK SPACE}{sign}" in text
