"""AgreementView: its models, recomputing on demand, fewer than two coders, blind coding."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QThreadPool

from ccrt_coder.core.domain import StudySettings
from ccrt_coder.gui.agreement import view as view_module
from ccrt_coder.gui.agreement.cells import short
from ccrt_coder.gui.agreement.disagreement_model import RE_ID_ROLE, DisagreementModel
from ccrt_coder.gui.agreement.report_panel import SECTIONS
from ccrt_coder.gui.agreement.status import FEWER_THAN_TWO
from ccrt_coder.gui.agreement.table_model import BELOW_ROLE, INTERVAL_ROLE, ReportTableModel
from ccrt_coder.gui.agreement.view import AgreementView
from ccrt_coder.usecases.project import Project
from tests.demo_counts import DEMO
from tests.gui.agreement_helpers import (
    CODER_A,
    CODER_B,
    CODER_C,
    add_third_coder,
    open_view,
    wait_shown,
)
from tests.gui.conftest import fill_project, small_system


@pytest.fixture
def view(qtbot, demo_project: Project) -> Iterator[AgreementView]:
    yield open_view(qtbot, demo_project)
    QThreadPool.globalInstance().waitForDone(10_000)  # no worker outlives its test


def test_every_model_passes_qtmodeltester(qtmodeltester, view: AgreementView) -> None:
    for section in SECTIONS:
        model = view.report.models[section]
        assert model.rowCount() > 0 and model.columnCount() > 0, section
        qtmodeltester.check(model, force_py=True)
    qtmodeltester.check(view.disagreements.model, force_py=True)
    view.disagreements.set_component("RO")
    qtmodeltester.check(view.disagreements.model, force_py=True)
    qtmodeltester.check(ReportTableModel(), force_py=True)  # no report yet
    qtmodeltester.check(DisagreementModel(), force_py=True)


def test_it_opens_on_every_coder_at_the_category_level(view: AgreementView) -> None:
    report = view.run().report
    assert report.coders == (CODER_A, CODER_B) and report.level == "category"
    assert view.controls.checked_coders() == (CODER_A, CODER_B)
    assert f"{DEMO.res} of {DEMO.res} REs coded by both coders" in view.scope.text()
    assert "consensus layer never enters" in view.scope.text()
    assert view.side.tabText(1) == f"Disagreements ({len(report.disagreements)})"


def test_the_tables_show_counts_undefined_reasons_and_the_benchmark(view: AgreementView) -> None:
    w = view.report.models["W"]
    cohen = w.find(("W", "category", f"{CODER_A}|{CODER_B}", "cohen_kappa"))
    # issue 12: .521 on 45 REs is below .55, but its 95% interval reaches into the range: no ↓
    assert cohen.data() == "0.521" and cohen.data(BELOW_ROLE) is False
    span = view.run().report.components["W"].category.pairs[0].interval("cohen_kappa")
    low, high = span.low, span.high
    assert low < 0.55 < high < 0.75
    assert cohen.data(INTERVAL_ROLE) == f"[{short(low, 'k')}, {short(high, 'k')}] moderate"
    assert "across the published CCRT range .55–.70" in cohen.data(Qt.ItemDataRole.ToolTipRole)
    ac1 = w.find(("W", "category", "all", "gwet_ac1"))
    assert ac1.data(BELOW_ROLE) is False  # AC1 is not compared with the kappa benchmark
    assert ".55–.70" in view.report.benchmark.text()
    spans = view.report.models["spans"]
    alpha = spans.find(("spans", "unitizing_alpha", "W"))
    assert alpha.data() == "0.927" and "units" in alpha.data(Qt.ItemDataRole.ToolTipRole)
    assert view.report.warnings.text().count("<li>") == len(view.run().report.warnings)


def test_changing_the_level_recomputes(qtbot, view: AgreementView) -> None:
    view.controls.set_level("cluster")
    wait_shown(qtbot, view)
    assert view.run().report.level == "cluster"
    assert view.run().request.level == "cluster"
    assert "cluster level" in view.scope.text()


def test_changing_the_coders_recomputes(qtbot, demo_path: Path) -> None:
    add_third_coder(demo_path)
    with Project.open(demo_path) as project:
        view = open_view(qtbot, project)
        assert view.run().report.coders == (CODER_A, CODER_B, CODER_C)
        assert view.run().report.res.n_shared == 4  # only the REs coder C coded
        heat = view.heatmap.grid()
        assert heat is not None and len(heat.columns) == 4  # three pairs and all coders
        # Coder C rated no completeness: the weighted kappas with C are undefined, and say why.
        model = view.report.models["completeness"]
        index = model.find(("completeness", f"{CODER_A}|{CODER_C}", "cohen_kappa_linear"))
        assert index.data().startswith("undefined: no unit was rated by both coders")
        assert index.data(Qt.ItemDataRole.ToolTipRole).startswith("Weighted kappa, linear")
        view.controls.set_checked([CODER_A, CODER_B])
        wait_shown(qtbot, view)
        assert view.run().report.coders == (CODER_A, CODER_B)
        assert view.run().report.res.n_shared == DEMO.res
        QThreadPool.globalInstance().waitForDone(10_000)


def test_fewer_than_two_coders_show_a_message(qtbot, view: AgreementView) -> None:
    view.controls.set_checked([CODER_A])
    qtbot.waitUntil(lambda: view.pages.currentWidget() is view.message)
    assert view.message.text() == FEWER_THAN_TWO
    assert not view.is_busy()
    view.recompute()  # the button too: no computation, the same message
    assert view.message.isVisible() and not view.is_busy()
    view.controls.set_checked([CODER_A, CODER_B])
    wait_shown(qtbot, view)
    assert view.pages.currentWidget() is view.splitter


def test_a_project_with_one_coder_with_units_says_so(qtbot, tmp_path: Path) -> None:
    path = tmp_path / "one.ccrt"
    with Project.create(path, StudySettings(name="One coder"), small_system()) as project:
        fill_project(project)
        project.add_coder("Carl")  # no units at all
    with Project.open(path) as project:
        view = open_view(qtbot, project)
        assert view.run().report.coders == ("Anna", "Ben")
        carl = view.controls.coder_list.item(2)
        assert carl.text() == "Carl" and carl.checkState() == Qt.CheckState.Unchecked
        assert not carl.flags() & Qt.ItemFlag.ItemIsEnabled  # offered, but not to be chosen
        assert "no units" in carl.toolTip()
        ben = project.coder("Ben").id
        for unit in project.units(_all_res(project), coder_id=ben):
            project.remove_unit(unit.id)  # Ben's only unit: one coder with units is left
        view.controls.set_coders(["Anna", "Ben", "Carl"])  # as for a newly opened project
        view.recompute()
        qtbot.waitUntil(lambda: view.message.isVisible())
        assert "at least 2 coders with units" in view.message.text()
        QThreadPool.globalInstance().waitForDone(10_000)


def _all_res(project: Project) -> list[int]:
    return [re.id for interview in project.interviews() for re in project.episodes(interview.id)]


@pytest.fixture
def calls(view: AgreementView, monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """Every computation started once ``view`` has shown its first report, by request."""
    started: list[object] = []
    real = view_module.compute_agreement
    monkeypatch.setattr(
        view_module, "compute_agreement", lambda path, request: started.append(request) or real(
            path, request
        )
    )  # fmt: skip
    return started


def test_recompute_runs_on_demand_only(qtbot, view: AgreementView, calls: list[object]) -> None:
    view.invalidate()  # the coding changed: nothing is computed by itself
    view.hide()
    view.show()
    assert calls == []
    view.controls.recompute.click()
    wait_shown(qtbot, view)
    assert len(calls) == 1


def test_changes_in_quick_succession_compute_once(
    qtbot, view: AgreementView, calls: list[object]
) -> None:
    view.controls.set_level("cluster")
    view.controls.overlap.setValue(0.75)
    view.controls.set_level("category")
    wait_shown(qtbot, view)
    assert len(calls) == 1 and view.run().report.overlap == 0.75


def test_a_stale_report_says_so(qtbot, view: AgreementView, demo_project: Project) -> None:
    coder = demo_project.coder(CODER_B)
    demo_project.update_settings(name="Renamed")  # any saved change alters the project file
    assert coder is not None and view.is_stale()
    view.invalidate()
    assert "Recompute" in view.status.text()


def test_the_disagreement_list(view: AgreementView) -> None:
    model = view.disagreements.model
    report = view.run().report
    assert model.rowCount() == len(report.disagreements) == 48
    first = report.disagreements[0]
    assert [model.index(0, c).data() for c in range(7)] == [
        first.dyad, first.narrator, str(first.phase), str(first.re_number), first.component,
        first.given[CODER_A], first.given[CODER_B],
    ]  # fmt: skip
    assert model.index(0, 6).data(RE_ID_ROLE) == first.re_id
    view.disagreements.set_component("RS")
    assert model.rowCount() == sum(d.component == "RS" for d in report.disagreements)
    assert {model.index(r, 4).data() for r in range(model.rowCount())} == {"RS"}
    assert view.disagreements.component.currentText().startswith("RS")


def test_blind_coding_hides_what_each_coder_gave(qtbot, demo_project: Project) -> None:
    view = open_view(qtbot, demo_project, blind=True)
    assert not view.disagreements.revealed()  # the statistics stay, the codes do not
    assert view.report.models["W"].rowCount() > 0
    view.set_lead(True)
    assert view.disagreements.revealed()
    view.set_lead(False)
    view.set_context(demo_project, None, False)
    assert view.disagreements.revealed()


def test_coming_back_to_the_coders_shown_computes_nothing(qtbot, view, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    calls: list[object] = []
    monkeypatch.setattr(view_module, "compute_agreement", lambda *args: calls.append(args))
    view.controls.set_checked([CODER_A])
    qtbot.waitUntil(lambda: view.message.isVisible())
    view.controls.set_checked([CODER_A, CODER_B])
    qtbot.waitUntil(view.is_current)
    assert calls == [] and view.pages.currentWidget() is view.splitter
