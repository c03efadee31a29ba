"""The Agreement view shows the numbers of the JSON report (``ccrt-coder agreement --json``)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QThreadPool

from ccrt_coder.gui.agreement.cells import short
from ccrt_coder.gui.agreement.table_model import (
    COUNT_ROLE,
    INTERVAL_ROLE,
    VALUE_ROLE,
    ReportTableModel,
)
from ccrt_coder.gui.agreement.view import AgreementView
from ccrt_coder.usecases.project import Project
from tests.gui.agreement_helpers import open_view, wait_shown

COMPONENTS = ("W", "RO", "RS")


@pytest.fixture
def view(qtbot, demo_project: Project) -> Iterator[AgreementView]:
    yield open_view(qtbot, demo_project)
    QThreadPool.globalInstance().waitForDone(10_000)


def shown(value: float, statistic: str) -> str:
    """How a figure must read: three decimals, percent agreement as a percentage."""
    return f"{value:.1%}" if statistic == "percent_agreement" else f"{value:.3f}"


def check(model: ReportTableModel, key: tuple[str, ...], result: dict[str, Any]) -> int:
    """The cell with ``key`` shows ``result`` (a statistic of the JSON): value and REs."""
    index = model.find(key)
    assert index.isValid(), key
    if result["value"] is None:
        assert index.data() == f"undefined: {result['undefined_reason']} ({result['n_units']} REs)"
        return 1
    assert index.data(VALUE_ROLE) == result["value"], key
    assert index.data().split(" ")[0] == shown(result["value"], key[-1]), key
    assert index.data(COUNT_ROLE).split(" ")[0] == str(result["n_units"]), key
    if result["ci_low"] is not None:  # the interval of the JSON, and the band, under the figure
        low, high = (short(result[k], key[-1]) for k in ("ci_low", "ci_high"))
        assert index.data(INTERVAL_ROLE).startswith(f"[{low}, {high}]"), key
    if result["band"] is not None:
        assert index.data(INTERVAL_ROLE).endswith(result["band"]), key
    return 1


def check_block(model: ReportTableModel, prefix: tuple[str, ...], block: dict[str, Any]) -> int:
    checked = 0
    for pair in block["pairs"]:
        who = "|".join(pair["coders"])
        for statistic, result in pair.items():
            if statistic not in ("coders", "confusion"):
                checked += check(model, (*prefix, who, statistic), result)
    for statistic, result in block["all"].items():
        checked += check(model, (*prefix, "all", statistic), result)
    return checked


@pytest.mark.parametrize("level", ["category", "cluster"])
def test_every_statistic_matches_the_json(qtbot, view: AgreementView, demo_project, level) -> None:  # type: ignore[no-untyped-def]
    view.controls.set_level(level)
    wait_shown(qtbot, view)
    expected = demo_project.agreement_report(level=level).to_dict()
    models = view.report.models
    checked = 0
    for c in COMPONENTS:
        component = expected["components"][c]
        checked += check_block(models[c], (c, level), component[level])
        other = "cluster" if level == "category" else "category"
        pairs = component[other]["pairs"]
        checked += sum(
            check(models[c], (c, other, "|".join(p["coders"]), "cohen_kappa"), p["cohen_kappa"])
            for p in pairs
        )
        checked += check(models[c], (c, other, "all", "fleiss_kappa"), component[other]["all"]
                         ["fleiss_kappa"])  # fmt: skip
        if component["valence"] is not None:
            checked += check_block(models[c], (c, "valence"), component["valence"])
        sets = component["top_sets"][level]
        checked += check_block(models[c], (c, "top_primary"), sets["primary"])
        checked += sum(
            check(models[c], (c, "top_complete", "|".join(p["coders"]), "masi_alpha"),
                  p["masi_alpha"])
            for p in sets["complete_cases"]["pairs"]
        )  # fmt: skip
        for label, block in component["presence"][level].items():
            for statistic, result in block["all"].items():
                checked += check(models["presence"], ("presence", c, label, statistic), result)
    # per component: 8 + 2 (other level), 4 + 1 top sets, 5 for valence, 3 per label
    n_labels = sum(len(expected["components"][c]["presence"][level]) for c in COMPONENTS)
    assert checked == 3 * (10 + 5) + 2 * 5 + 3 * n_labels
    assert check_block(models["completeness"], ("completeness",), expected["completeness"]) == 6


def test_spans_formulation_heat_map_and_disagreements_match_the_json(
    view: AgreementView, demo_project: Project
) -> None:
    expected = demo_project.agreement_report().to_dict()
    spans = view.report.models["spans"]
    for c, result in expected["spans"]["unitizing_alpha"].items():
        index = spans.find(("spans", "unitizing_alpha", c))
        assert index.data(VALUE_ROLE) == result["value"]
        assert index.data(COUNT_ROLE) == f"{result['n_units']} units"
    for pair in expected["spans"]["pairs"]:
        who = "|".join(pair["coders"])
        for part in (*COMPONENTS, "all"):
            index = spans.find(("spans", who, part, "matched"))
            assert index.data(VALUE_ROLE) == pair[part]["matched"]
            units = spans.find(("spans", who, part, "units")).data()
            assert units == " / ".join(str(n) for n in pair[part]["n_units"].values())
    formulation = view.report.models["formulation"]
    for part, summary in expected["formulation"]["summary"].items():
        for measure in ("share_equal", "share_intersect"):
            index = formulation.find(("formulation", part, measure))
            assert index.data(VALUE_ROLE) == summary[measure]
    for part, block in expected["formulation"]["statistics"].items():
        for statistic in ("fleiss_kappa", "masi_alpha"):
            index = formulation.find(("formulation", part, statistic))
            assert index.data(VALUE_ROLE) == block["all"][statistic]["value"]
    grid = view.heatmap.grid()
    for c in COMPONENTS:
        for cluster, block in expected["components"][c]["presence"]["cluster"].items():
            assert grid.value(cluster, 0) == block["pairs"][0]["cohen_kappa"]["value"]
            assert grid.value(cluster, 1) == block["all"]["fleiss_kappa"]["value"]
    model = view.disagreements.model
    assert model.total() == model.rowCount() == expected["n_disagreements"]
    coders = expected["coders"]
    for row, item in enumerate(expected["disagreements"]):
        assert model.disagreement(row).re_id == item["re_id"]
        for k, coder in enumerate(coders):
            text = model.index(row, 5 + k).data()
            given = item["given"][coder]
            assert text.split(" ")[0] == (given if given is not None else "—")
    assert view.side.tabText(1) == f"Disagreements ({expected['n_disagreements']})"
