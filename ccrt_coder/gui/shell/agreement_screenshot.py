"""The Agreement view as ``render_screenshot`` shows it: every coder, category level."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from ccrt_coder.gui.shell.view_switcher import AGREEMENT
from ccrt_coder.gui.workers import wait_for_workers

if TYPE_CHECKING:
    from ccrt_coder.gui.agreement.view import AgreementView
    from ccrt_coder.gui.shell.main_window import MainWindow


def show_agreement(
    window: MainWindow, level: str = "category", timeout: float = 120.0
) -> AgreementView:  # registered as the "agreement" view in gui/screenshot_views.py
    """Switch ``window`` to the Agreement view (blind coding lifted for the picture only, never
    stored) and wait until its report is shown."""
    window.blind.preview_unblinded()
    view = cast("AgreementView", window.views.show_view(AGREEMENT))
    view.controls.set_level(level)
    view.recompute()
    wait_until_shown(view, timeout)
    return view


def wait_until_shown(view: AgreementView, timeout: float = 120.0) -> None:
    """Let the worker finish and its result reach the view (for scripts, not for the GUI)."""
    wait_for_workers(
        lambda: not (view.is_busy() or view.run() is None), timeout, "the agreement report"
    )
