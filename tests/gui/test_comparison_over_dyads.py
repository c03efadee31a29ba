"""The Comparison view's "Over the dyads" table: the dyads' own similarity, the pooled
profiles named apart, and the pseudo-dyad baseline, as `compare --json` gives them."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QThreadPool

from ccrt_coder.cli.entry import main
from ccrt_coder.gui.comparison.choices import ViewChoice
from ccrt_coder.gui.comparison.over_dyads import COLUMNS
from ccrt_coder.usecases.domain import Layer, LayerChoice
from ccrt_coder.usecases.generate import generate_study
from ccrt_coder.usecases.project import Project
from tests.gui.comparison_helpers import open_view, wait_shown


@pytest.fixture(scope="module")
def study(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("dyads") / "six.ccrt"
    generate_study(path, 6, 1, 2)
    return path


def test_the_table_shows_every_phase_and_component_of_the_cli(
    qtbot, study: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with Project.open(study) as project:
        coder = project.coders()[0].name
        view = open_view(qtbot, project, coder)
        layer = LayerChoice(Layer.CODER, coder)
        view.set_choice(
            ViewChoice(dyad=sorted({i.dyad for i in project.interviews()})[0], layer=layer)
        )
        wait_shown(qtbot, view)
        panel, model = view.over_dyads, view.over_dyads.model
        assert panel.isVisible() and model.rowCount() == 9
        assert "not the pooled profiles'" in panel.caption.text()
        capsys.readouterr()
        assert main(["compare", str(study), "--coder", coder, "--json"]) == 0
        data = json.loads(capsys.readouterr().out)
        expected = [
            s for s in data["across_dyads"]
            if s["kind"] == "patient_vs_therapist" and s["measure"] == "cosine"
        ]  # fmt: skip
        headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(len(COLUMNS))]
        assert headers == ["Dyads", "Mean (SD)", "Range", "Pooled", "Pseudo", "p"]
        for row, figures in enumerate(expected):
            cells = [model.data(model.index(row, c)) for c in range(len(COLUMNS))]
            name = model.headerData(row, Qt.Orientation.Vertical)
            assert name == f"Phase {figures['phase']} · {figures['component']}"
            assert cells[0] == str(figures["n_dyads"]) == "6"
            assert cells[1] == f"{figures['mean']:.2f} ({figures['sd']:.2f})"
            assert cells[2] == f"{figures['minimum']:.2f}–{figures['maximum']:.2f}"
            assert cells[3] == f"{figures['pooled']:.2f}"
            assert cells[4] == f"{figures['pseudo_mean']:.2f}"
            assert cells[5] == f"{figures['permutation_p']:.3f}"
        # "About others" has no pair kind of its own: no summary, the panel hides.
        view.set_choice(replace(view.choice(), scope="about_others"))
        wait_shown(qtbot, view)
        assert not panel.isVisible() and model.rowCount() == 0
        QThreadPool.globalInstance().waitForDone(10_000)


def test_the_last_phase_tells_the_change_since_the_first_and_the_share_per_re(
    qtbot, study: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with Project.open(study) as project:
        coder = project.coders()[0].name
        view = open_view(qtbot, project, coder)
        dyad = sorted({i.dyad for i in project.interviews()})[1]
        view.set_choice(
            ViewChoice(dyad=dyad, layer=LayerChoice(Layer.CODER, coder), scope="about_partner")
        )
        wait_shown(qtbot, view)
        model = view.model
        capsys.readouterr()
        assert main(["compare", str(study), "--coder", coder, "--dyad", dyad, "--json"]) == 0
        data = json.loads(capsys.readouterr().out)
        (change,) = [
            c for c in data["changes"]
            if (c["dyad"], c["narrator"], c["scope"], c["from_phase"], c["to_phase"])
            == (dyad, "therapist", "about_partner", 5, 28)
        ]  # fmt: skip
        ro = change["components"]["RO"]
        row = model.row_of("RO", "therapist")
        last = model.data(model.index(row, 2), Qt.ItemDataRole.ToolTipRole)
        first = model.data(model.index(row, 0), Qt.ItemDataRole.ToolTipRole)
        stable = {True: "same top", False: "top changed", None: "top undefined"}
        assert f"Since the first phase: {stable[ro['top_stable']]}" in last
        assert "Since the first phase" not in first
        if ro["share_res_positive_change"] is not None:
            assert f"REs with a positive RO {ro['share_res_positive_change']:+.0%}" in last
        scope = view.figures().side("therapist", 28)
        if scope is not None and scope.n_res_included:
            share = scope.valence_of("RO").share_res_positive
            assert "REs with a positive RO: " in last and (share is None or f"{share:.0%}" in last)
        QThreadPool.globalInstance().waitForDone(10_000)
