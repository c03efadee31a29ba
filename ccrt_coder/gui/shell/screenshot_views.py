"""What ``ccrt-coder screenshot --view NAME`` shows: a registry of functions preparing the window.

A view plugs in with ``register("name", prepare)``; ``prepare(window, project)`` puts the freshly
opened main window in the state to render. Nothing here writes to the project.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from ccrt_coder.usecases.domain import InputError, Layer, ReRecord, UnitRecord
from ccrt_coder.usecases.project import Project

if TYPE_CHECKING:
    from ccrt_coder.gui.shell.main_window import MainWindow

Prepare = Callable[["MainWindow", Project], None]
_VIEWS: dict[str, Prepare] = {}


def register(name: str, prepare: Prepare) -> None:
    _VIEWS[name] = prepare


def names() -> tuple[str, ...]:
    return tuple(_VIEWS)


def prepare(name: str) -> Prepare:
    if name not in _VIEWS:
        raise InputError(f"unknown view {name!r}; choose one of {', '.join(_VIEWS)}")
    return _VIEWS[name]


# -- the coding workspace's views --------------------------------------------------------------
def _coded_re(
    window: MainWindow, project: Project, min_coders: int = 1
) -> tuple[int, ReRecord, list[UnitRecord]] | None:
    """The first interview's first RE coded by at least ``min_coders`` coders, in tree order."""
    for interview in window.workspace.interviews():
        res = sorted(project.episodes(interview.id), key=lambda r: r.number)
        units = project.units([re.id for re in res], layer=Layer.CODER) if res else []
        for re in res:
            mine = [u for u in units if u.draft.re_id == re.id]
            if len({u.draft.coder_id for u in mine}) >= min_coders:
                return interview.id, re, mine
    return None


def show_coding(window: MainWindow, project: Project) -> None:
    """A coded RE through the eyes of a coder who coded it."""
    found = _coded_re(window, project)
    workspace = window.workspace
    if found is None:
        if workspace.interviews():
            workspace.show_interview(workspace.interviews()[0].id)
        return
    interview_id, re, units = found
    coders = [u.draft.coder_id for u in units]
    current = window.coder_chooser.current_coder()
    window.identity.adopt(current if current in coders else coders[0])
    workspace.show_interview(interview_id)
    workspace.select_re(re.id)


def show_welcome(window: MainWindow, _project: Project) -> None:
    window.close_project()


def show_compare_coders(window: MainWindow, project: Project) -> None:
    """Every coder's units side by side on an RE two coders coded (blind mode lifted for the
    picture only, never stored)."""
    from ccrt_coder.gui.consensus.coders_side_by_side import Mode

    found = _coded_re(window, project, min_coders=2) or _coded_re(window, project)
    show_coding(window, project)
    window.blind.preview_unblinded()
    window.side_by_side.set_mode(Mode.COMPARE)
    if found is not None:
        window.workspace.select_re(found[1].id)
    _dock_height(window, 0.42)


def show_consensus(window: MainWindow, project: Project) -> None:
    """The consensus meeting on an RE two coders coded, led by its first coder."""
    from ccrt_coder.gui.consensus.coders_side_by_side import Mode

    found = _coded_re(window, project, min_coders=2) or _coded_re(window, project)
    show_coding(window, project)
    if found is not None:
        window.identity.adopt(found[2][0].draft.coder_id, lead=True)
    window.side_by_side.set_mode(Mode.CONSENSUS)
    if found is not None:
        window.workspace.select_re(found[1].id)
    _dock_height(window, 0.46)


def _dock_height(window: MainWindow, share: float) -> None:
    dock = window.side_by_side.dock
    window.resizeDocks([dock], [int(window.height() * share)], Qt.Orientation.Vertical)


def show_comparison(window: MainWindow, _project: Project) -> None:
    """The Comparison view: dyad D01 (else the first dyad), consensus layer, cluster level."""
    from ccrt_coder.gui.shell.comparison_screenshot import show_comparison as show

    show(window)


def show_agreement(window: MainWindow, _project: Project) -> None:
    """The Agreement view: every coder, category level."""
    from ccrt_coder.gui.shell.agreement_screenshot import show_agreement as show

    show(window)


register("coding", show_coding)
register("compare-coders", show_compare_coders)
register("consensus", show_consensus)
register("welcome", show_welcome)
register("comparison", show_comparison)
register("agreement", show_agreement)


def show_units(window: MainWindow, _project: Project) -> None:
    """The Units view: every coder's units (blind mode lifted for the picture only), the first
    one read in its RE, the category matrix counted."""
    from ccrt_coder.gui.shell.units_screenshot import show_units as show

    show(window)


register("units", show_units)
