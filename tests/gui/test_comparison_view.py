"""ComparisonView: choosing dyad, layer, level and REs; the model; blind mode; cache; overlay."""

from __future__ import annotations

import threading
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QThreadPool

from ccrt_coder.analysis.ccrt.scopes import POOLED
from ccrt_coder.core.domain import Layer
from ccrt_coder.core.records import LayerChoice
from ccrt_coder.gui.comparison import view as view_module
from ccrt_coder.gui.comparison.chart_panel import ChartPanel
from ccrt_coder.gui.comparison.charts import CHARTS
from ccrt_coder.gui.comparison.choices import CONSENSUS, ViewChoice
from ccrt_coder.gui.comparison.table_model import FIGURES_ROLE, ComparisonTableModel
from ccrt_coder.gui.comparison.view import ComparisonView
from ccrt_coder.usecases.project import Project
from tests.gui.comparison_helpers import (
    CODER_A,
    CODER_B,
    combo_texts,
    open_view,
    wait_shown,
)


@pytest.fixture
def view(qtbot, demo_project: Project) -> Iterator[ComparisonView]:
    """The view on the demo, blind coding off (every layer offered)."""
    yield open_view(qtbot, demo_project)
    QThreadPool.globalInstance().waitForDone(10_000)  # no worker outlives its test


def cell(view: ComparisonView, component: str, kind: str, column: int, role=None):  # type: ignore[no-untyped-def]
    """What the table shows in a cell (DisplayRole unless ``role``)."""
    model = view.model
    index = model.index(model.row_of(component, kind), column)
    return model.data(index, Qt.ItemDataRole.DisplayRole if role is None else role)


def test_the_model_passes_qtmodeltester(qtmodeltester, view: ComparisonView) -> None:
    assert view.model.rowCount() == 9 and view.model.columnCount() == 3
    qtmodeltester.check(view.model, force_py=True)
    qtmodeltester.check(ComparisonTableModel(), force_py=True)  # empty: no figures yet


def test_it_opens_on_the_first_dyad_consensus_cluster_level(view: ComparisonView) -> None:
    assert view.choice() == ViewChoice(dyad="D01", layer=CONSENSUS, level="cluster", scope="all")
    headers = [view.model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)]
    assert headers == ["Phase 5", "Phase 15", "Phase 28"]
    assert view.model.headerData(0, Qt.Orientation.Vertical) == "W · Patient"
    assert cell(view, "RO", "patient", 0) == "RO5 Rejecting and opposing\n75% (3/4 REs)"
    assert cell(view, "W", "therapist", 1) == "W1, W5, W6, W8 (tied)\n25% (1/4 REs)"


def test_few_res_cells_are_italic_with_a_tooltip(
    qtbot, view: ComparisonView, demo_project: Project
) -> None:
    # The demo's scopes rest on 3-4 REs: below the default minimum of 10 every cell is flagged.
    for side in ("patient", "therapist"):
        few = cell(view, "W", side, 0, Qt.ItemDataRole.FontRole)
        assert few is not None and few.italic()
    tip = cell(view, "W", "therapist", 0, Qt.ItemDataRole.ToolTipRole)
    assert "Few REs" in tip and "minimum for a CCRT: 10" in tip
    demo_project.update_settings(min_res_for_ccrt=4)  # the project's setting, not a constant
    lower = open_view(qtbot, demo_project)
    assert cell(lower, "W", "therapist", 0, Qt.ItemDataRole.FontRole).italic()  # 3 REs < 4
    assert cell(lower, "W", "patient", 0, Qt.ItemDataRole.FontRole) is None  # 4 REs


def test_switching_dyad_scope_and_level_updates_the_table(qtbot, view: ComparisonView) -> None:
    before = [cell(view, c, "patient", 0) for c in ("W", "RO", "RS")]
    with qtbot.waitSignal(view.figures_shown):
        view.controls.dyad.setCurrentIndex(view.controls.dyad.findData("D02"))
    assert view.figures().choice.dyad == "D02"
    assert [cell(view, c, "patient", 0) for c in ("W", "RO", "RS")] != before
    with qtbot.waitSignal(view.figures_shown):
        view.controls.scope.setCurrentIndex(view.controls.scope.findData("about_partner"))
    assert view.figures().side("patient", 5).key.scope == "about_partner"
    view.controls.level.setCurrentIndex(view.controls.level.findData("category"))
    wait_shown(qtbot, view)
    assert view.figures().choice.level == "category"
    assert view.figures().side("patient", 5).key == ("D02", "patient", 5, "about_partner")


def test_switching_the_layer_shows_that_layers_ccrts(
    qtbot, view: ComparisonView, demo_project: Project
) -> None:
    view.set_choice(ViewChoice(dyad="D01", layer=LayerChoice(Layer.CODER, CODER_B)))
    wait_shown(qtbot, view)
    expected = demo_project.ccrt_results(LayerChoice(Layer.CODER, CODER_B))
    scope = expected.scope("D01", "patient", 15)
    for component in ("W", "RO", "RS"):
        shown = cell(view, component, "patient", 1, FIGURES_ROLE)
        assert tuple(shown["ccrt"]) == scope.profile(component, "cluster").ccrt, component


def test_the_pooled_choice_shows_all_dyads_together(
    qtbot, view: ComparisonView, demo_project: Project
) -> None:
    assert combo_texts(view.controls.dyad) == ["All dyads (pooled)", "Dyad D01", "Dyad D02"]
    coder_a = LayerChoice(Layer.CODER, CODER_A)
    view.set_choice(ViewChoice(dyad=POOLED, layer=coder_a))
    wait_shown(qtbot, view)
    assert view.figures().side("therapist", 28).key.dyad == POOLED
    shown = cell(view, "RS", "therapist", 2, FIGURES_ROLE)
    assert shown["n_res_included"] == 7  # 4 REs of D01 and 3 of D02
    assert shown["ccrt"] == ["RS5"] and shown["n_res_with"] == 5
    assert shown["pervasiveness"] == pytest.approx(5 / 7)
    assert cell(view, "RS", "therapist", 2).endswith("71% (5/7 REs)")
    assert cell(view, "RS", "patient", 1).startswith("RS2 Unreceptive / RS7 Disappointed")


def test_blind_mode_offers_only_consensus_and_the_coders_own_layer(
    qtbot, demo_project: Project
) -> None:
    view = ComparisonView()
    qtbot.addWidget(view)
    view.set_context(demo_project, CODER_A, blind=True)
    assert combo_texts(view.controls.layer) == ["Consensus", f"{CODER_A} (own coding)"]
    view.set_context(demo_project, None, blind=True)  # nobody chose who is coding yet
    assert combo_texts(view.controls.layer) == ["Consensus"]
    view.set_context(demo_project, CODER_A, blind=False)
    assert combo_texts(view.controls.layer) == [
        "Consensus",
        f"{CODER_A} (own coding)",
        f"{CODER_B} (own coding)",
    ]


def test_without_a_blind_flag_the_projects_setting_decides(qtbot, demo_project) -> None:
    view = ComparisonView()
    qtbot.addWidget(view)
    assert demo_project.settings().blind_mode
    view.set_context(demo_project, CODER_B)
    assert combo_texts(view.controls.layer) == ["Consensus", f"{CODER_B} (own coding)"]
    demo_project.update_settings(blind_mode=False)
    view.refresh_options()
    assert len(combo_texts(view.controls.layer)) == 3


def test_turning_blind_mode_on_drops_a_chosen_other_layer(
    qtbot, view: ComparisonView, demo_project: Project
) -> None:
    view.set_choice(ViewChoice(dyad="D01", layer=LayerChoice(Layer.CODER, CODER_B)))
    wait_shown(qtbot, view)
    view.set_context(demo_project, CODER_A, blind=True)
    wait_shown(qtbot, view)
    assert view.choice().layer == CONSENSUS


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> list[tuple[LayerChoice, str]]:
    """Every computation the view starts, by (layer, level)."""
    calls: list[tuple[LayerChoice, str]] = []
    real = view_module.compute_comparison

    def counting(path: Path, layer: LayerChoice, level: str):  # type: ignore[no-untyped-def]
        calls.append((layer, level))
        return real(path, layer, level)

    monkeypatch.setattr(view_module, "compute_comparison", counting)
    return calls


def test_results_are_cached_per_layer_and_level(qtbot, demo_project, counted) -> None:
    view = ComparisonView()
    qtbot.addWidget(view)
    view.set_context(demo_project, None, blind=False)
    view.show()
    wait_shown(qtbot, view)
    assert counted == [(CONSENSUS, "cluster")]
    for dyad in ("D02", POOLED, "D01"):  # the dyad and the REs only pick figures out
        view.set_choice(ViewChoice(dyad=dyad, scope="about_others"))
        wait_shown(qtbot, view)
    view.set_choice(ViewChoice(level="category"))
    wait_shown(qtbot, view)
    view.set_choice(ViewChoice(level="cluster"))
    wait_shown(qtbot, view)
    assert counted == [(CONSENSUS, "cluster"), (CONSENSUS, "category")]
    view.invalidate()  # the coding changed
    wait_shown(qtbot, view)
    assert counted[-1] == (CONSENSUS, "cluster") and len(counted) == 3


def test_a_saved_change_to_the_project_clears_the_cache(qtbot, demo_path, counted) -> None:
    with Project.open(demo_path) as project:
        view = ComparisonView()
        qtbot.addWidget(view)
        view.set_context(project, None, blind=False)
        view.show()
        wait_shown(qtbot, view)
        with Project.open(demo_path) as elsewhere:  # e.g. the CLI, or a consensus meeting
            elsewhere.set_person_note("P01", "changed while the view was open")
        view.set_choice(ViewChoice(dyad="D02"))
        wait_shown(qtbot, view)
        assert len(counted) == 2


def test_a_slow_computation_shows_the_busy_overlay(qtbot, demo_project, monkeypatch) -> None:
    release = threading.Event()
    real = view_module.compute_comparison

    def slow(path, layer, level):  # type: ignore[no-untyped-def]
        release.wait(20)  # on the worker thread: the GUI thread keeps running
        return real(path, layer, level)

    monkeypatch.setattr(view_module, "compute_comparison", slow)
    view = ComparisonView()
    qtbot.addWidget(view)
    view.set_context(demo_project, None, blind=False)
    view.show()
    qtbot.waitUntil(view.overlay.isVisible, timeout=5000)  # after ~150 ms, events flowing
    assert view.is_busy() and view.figures() is None
    assert view.controls.isEnabled()
    release.set()
    wait_shown(qtbot, view)
    assert not view.overlay.isVisible()


def test_a_quick_computation_shows_no_overlay(qtbot, view: ComparisonView) -> None:
    view.set_choice(ViewChoice(dyad="D02"))  # cached: shown at once
    assert view.figures().choice.dyad == "D02"
    assert not view.overlay.isVisible()


def test_a_failed_computation_is_said_in_the_view_and_reported(
    qtbot, demo_project, monkeypatch
) -> None:
    def broken(path, layer, level):  # type: ignore[no-untyped-def]
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(view_module, "compute_comparison", broken)
    view = ComparisonView()
    qtbot.addWidget(view)
    view.set_context(demo_project, None, blind=False)
    with qtbot.capture_exceptions() as bugs, qtbot.waitSignal(view.computation_failed) as failed:
        view.show()
    assert failed.args == ["disk on fire"]
    assert [str(error) for _kind, error, _trace in bugs] == ["disk on fire"]
    assert "disk on fire" in view.note.text()
    assert not view.overlay.isVisible() and not view.is_busy()


@pytest.mark.parametrize("index", range(len(CHARTS)))
def test_each_chart_exports_as_png_and_svg(view: ComparisonView, tmp_path, index) -> None:
    view.charts.tabs.setCurrentIndex(index)
    png = view.export_chart(tmp_path / "chart.png")
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    svg = view.export_chart(tmp_path / "chart.svg")
    root = ET.parse(svg).getroot()
    assert root.tag.endswith("svg")
    texts = [element.text or "" for element in root.iter() if element.tag.endswith("text")]
    assert any("Dyad D01" in text for text in texts)  # text stays text: editable


def test_export_refuses_other_formats(view: ComparisonView, tmp_path) -> None:
    with pytest.raises(ValueError, match=r"\.png or \.svg"):
        view.export_chart(tmp_path / "chart.jpg")


def test_the_export_button_asks_for_a_file(view, tmp_path, monkeypatch) -> None:
    target = tmp_path / "pervasiveness"
    monkeypatch.setattr(
        "ccrt_coder.gui.widgets.file_dialogs.QFileDialog.getSaveFileName",
        lambda *args: (str(target), "SVG drawing (*.svg)"),
    )
    assert view.charts.export_button.isEnabled()
    view.charts.export_button.click()
    assert ET.parse(target.with_suffix(".svg")).getroot().tag.endswith("svg")


def test_an_empty_chart_panel_has_nothing_to_export(qtbot) -> None:
    panel = ChartPanel()
    qtbot.addWidget(panel)
    assert not panel.export_button.isEnabled()
