"""The Units view as ``render_screenshot`` shows it: every unit, the first one chosen."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from ccrt_coder.gui.shell.view_switcher import UNITS
from ccrt_coder.gui.workers import wait_for_workers

if TYPE_CHECKING:
    from ccrt_coder.gui.shell.main_window import MainWindow
    from ccrt_coder.gui.units_view.view import UnitsView


def show_units(window: MainWindow, timeout: float = 60.0) -> UnitsView:
    """Switch ``window`` to the Units view (blind coding lifted for the picture only, never
    stored), choose the first unit and wait until the matrix is counted."""
    window.blind.preview_unblinded()
    view = cast("UnitsView", window.views.show_view(UNITS))
    view.refresh()
    view.table.selectRow(0)
    wait_for_workers(lambda: not view.is_counting(), timeout, "the units matrix")
    return view
