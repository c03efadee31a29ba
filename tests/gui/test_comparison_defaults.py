"""The Comparison view opens on coding there is (an empty consensus layer is not the default),
offers the pooled dyads first, and while it computes another layer it neither passes the old
figures off as current nor shifts its layout."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QThreadPool

from ccrt_coder.core.domain import Layer
from ccrt_coder.core.records import LayerChoice
from ccrt_coder.gui.comparison import view as view_module
from ccrt_coder.gui.comparison.choices import CONSENSUS, ViewChoice
from ccrt_coder.usecases.project import Project
from tests.gui.comparison_helpers import CODER_A, combo_texts, open_view, wait_shown


@pytest.fixture(autouse=True)
def _no_stray_workers() -> Iterator[None]:
    yield
    QThreadPool.globalInstance().waitForDone(10_000)


def test_an_empty_consensus_layer_is_not_the_default(qtbot, project: Project) -> None:
    # Anna and Ben coded, nobody met for consensus yet.
    view = open_view(qtbot, project)
    assert view.choice().layer == LayerChoice(Layer.CODER, "Anna")  # the first with units
    assert "no coded REs" not in view.note.text()


def test_a_consensus_layer_with_units_stays_the_default(qtbot, demo_project: Project) -> None:
    assert open_view(qtbot, demo_project).choice().layer == CONSENSUS


def test_blind_coding_opens_on_the_coders_own_layer(qtbot, project: Project) -> None:
    view = open_view(qtbot, project, coder="Ben", blind=True)
    assert combo_texts(view.controls.layer) == ["Consensus", "Ben (own coding)"]
    assert view.choice().layer == LayerChoice(Layer.CODER, "Ben")


def test_the_pooled_dyads_come_first_and_the_first_dyad_is_shown(
    qtbot, demo_project: Project
) -> None:
    view = open_view(qtbot, demo_project)
    assert combo_texts(view.controls.dyad) == ["All dyads (pooled)", "Dyad D01", "Dyad D02"]
    assert view.choice().dyad == "D01"


def test_computing_another_layer_veils_the_old_figures_at_once_and_keeps_the_layout(
    qtbot, demo_project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = open_view(qtbot, demo_project)
    view.resize(1024, 640)  # the table fills the height: a changing note would move it
    qtbot.wait(50)
    release = threading.Event()
    real = view_module.compute_comparison

    def slow(path, layer, level):  # type: ignore[no-untyped-def]
        release.wait(20)
        return real(path, layer, level)

    monkeypatch.setattr(view_module, "compute_comparison", slow)
    before = [w.geometry() for w in (view.table, view.note, view.charts, view.controls.level)]
    view.set_choice(ViewChoice(dyad="D01", layer=LayerChoice(Layer.CODER, CODER_A)))
    qtbot.wait(20)  # less than the overlay's usual delay
    try:
        assert view.overlay.isVisible()  # the consensus figures are not shown as Coder A's
        during = [w.geometry() for w in (view.table, view.note, view.charts, view.controls.level)]
        assert during == before
    finally:
        release.set()
    wait_shown(qtbot, view)
    assert not view.overlay.isVisible()


def test_choosing_the_coder_later_still_opens_on_coding(qtbot, project: Project) -> None:
    view = open_view(qtbot, project, coder=None, blind=True)  # nobody chosen: consensus only
    assert view.choice().layer == CONSENSUS
    view.set_context(project, "Anna", blind=True)  # Anna says who she is
    wait_shown(qtbot, view)
    assert view.choice().layer == LayerChoice(Layer.CODER, "Anna")


def test_a_layer_the_user_chose_is_kept(qtbot, project: Project) -> None:
    view = open_view(qtbot, project, coder="Anna", blind=False)
    combo = view.controls.layer
    combo.setCurrentIndex(combo.findText("Consensus"))
    combo.activated.emit(combo.currentIndex())  # as a click on the entry does
    wait_shown(qtbot, view)
    view.set_context(project, "Anna", blind=False)
    assert view.choice().layer == CONSENSUS
