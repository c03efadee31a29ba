"""The Agreement view's level choice offers "Direction (CCRT-LU)" only for a category system
with directions, computes the report at that level, and falls back to the cluster level for a
project without; File ▸ Report… offers directions likewise. Figures: tests/lu_study.py,
counted in tests/test_lu_direction_agreement.py (patient REs only: MASI alpha .25, exact
match .6, Cohen's kappa on the main direction 1/6, two disagreements)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QThreadPool

from ccrt_coder.gui.exchange.report_dialog import ReportDialog
from ccrt_coder.usecases.project import Project
from tests.gui.agreement_helpers import open_view, wait_shown
from tests.lu_study import build_lu_study

PAIR = "Ana|Ben"


def levels(combo) -> list[str]:  # type: ignore[no-untyped-def]
    return [combo.itemText(i) for i in range(combo.count())]


def test_the_direction_level_is_offered_and_computed_for_lu(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with Project.open(build_lu_study(tmp_path / "lu.ccrt")) as project:
        view = open_view(qtbot, project)
        combo = view.controls.level
        assert levels(combo) == ["Category", "Cluster", "Direction (CCRT-LU)"]
        combo.setCurrentIndex(combo.findData("direction"))  # as a user picks it
        wait_shown(qtbot, view)
        report = view.run().report
        assert report.level == "direction"
        w = view.report.models["W"]
        assert w.find(("W", "top_primary", PAIR, "masi_alpha")).data() == "0.250"
        assert w.find(("W", "top_primary", PAIR, "exact_match")).data() == "0.600"
        kappa = w.find(("W", "direction", PAIR, "cohen_kappa"))
        assert kappa.data() == "0.167"
        tip = kappa.data(Qt.ItemDataRole.ToolTipRole)  # no range was published for directions
        assert "95% CI" in tip and "published CCRT range" not in tip
        assert "Main direction per RE" in view.report.details["W"].text()
        presence = view.report.models["presence"]
        rows = [presence.headerData(r, 2) for r in range(presence.rowCount())]
        assert "W · WOS" in rows and rows.count("W · WOS") == 1  # not listed twice
        assert view.side.tabText(1) == "Disagreements (2)"
        assert view.disagreements.model.rowCount() == 2
        assert "direction level" in view.scope.text()
        QThreadPool.globalInstance().waitForDone(10_000)


def test_no_direction_level_without_lu_and_a_fallback_to_cluster(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with (
        Project.open(build_lu_study(tmp_path / "lu.ccrt")) as lu,
        Project.open(build_lu_study(tmp_path / "plain.ccrt", lu=False)) as plain,
    ):
        view = open_view(qtbot, lu)
        view.controls.set_level("direction")
        wait_shown(qtbot, view)
        view.set_context(plain, None, False)
        wait_shown(qtbot, view)
        assert levels(view.controls.level) == ["Category", "Cluster"]
        assert view.controls.level.findData("direction") == -1
        assert view.controls.level.currentData() == "cluster"
        assert view.run().report.level == "cluster"
        QThreadPool.globalInstance().waitForDone(10_000)


def test_the_report_dialog_offers_directions_only_for_lu(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with (
        Project.open(build_lu_study(tmp_path / "lu.ccrt")) as lu,
        Project.open(build_lu_study(tmp_path / "plain.ccrt", lu=False)) as plain,
    ):
        with_lu, without = ReportDialog(lu), ReportDialog(plain)
        qtbot.addWidget(with_lu)
        qtbot.addWidget(without)
        assert with_lu.level_combo.findData("direction") >= 0
        assert without.level_combo.findData("direction") == -1
        with_lu.level_combo.setCurrentIndex(with_lu.level_combo.findData("direction"))
        assert with_lu.options().level == "direction"
