"""The Comparison view as ``render_screenshot`` shows it: one dyad, the view's default layer
(consensus where it has coding), cluster level."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from ccrt_coder.gui.comparison.choices import ViewChoice
from ccrt_coder.gui.shell.view_switcher import COMPARISON
from ccrt_coder.gui.workers import wait_for_workers
from ccrt_coder.usecases.ccrt import POOLED

if TYPE_CHECKING:
    from ccrt_coder.gui.comparison.view import ComparisonView
    from ccrt_coder.gui.shell.main_window import MainWindow


def show_comparison(
    window: MainWindow, dyad: str = "D01", level: str = "cluster", timeout: float = 60.0
) -> ComparisonView:  # registered as the "comparison" view in gui/screenshot_views.py
    """Switch ``window`` to the Comparison view for ``dyad`` (the first dyad if it has none
    of that name) and wait until its figures are shown."""
    view = cast("ComparisonView", window.views.show_view(COMPARISON))
    combo = view.controls.dyad
    dyads = [combo.itemData(i) for i in range(combo.count()) if combo.itemData(i) != POOLED]
    if dyad not in dyads:
        dyad = dyads[0] if dyads else POOLED
    view.set_choice(ViewChoice(dyad=dyad, layer=view.choice().layer, level=level))
    view.refresh()
    wait_until_shown(view, timeout)
    view.charts.draw_now()
    return view


def wait_until_shown(view: ComparisonView, timeout: float = 60.0) -> None:
    """Let the worker finish and its result reach the view (for scripts, not for the GUI)."""
    wait_for_workers(
        lambda: not (view.is_busy() or view.figures() is None), timeout, "the comparison"
    )
