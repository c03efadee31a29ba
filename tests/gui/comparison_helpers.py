"""Shared by the Comparison view tests: a copy of the demo study, a view opened on it, waiting."""

from __future__ import annotations

from ccrt_coder.gui.comparison.view import ComparisonView
from ccrt_coder.usecases.project import Project
from tests.demo_counts import DEMO

CODER_A, CODER_B = DEMO.coder_a, DEMO.coder_b


def open_view(
    qtbot, project: Project, coder: str | None = None, blind: bool | None = False
) -> ComparisonView:
    """The view on ``project``, shown at 1400 x 800, once its first figures are shown."""
    view = ComparisonView()
    qtbot.addWidget(view)
    view.resize(1400, 800)
    view.set_context(project, coder, blind)
    view.show()
    wait_shown(qtbot, view)
    return view


def wait_shown(qtbot, view: ComparisonView) -> None:
    """Until the worker has reported and the figures of the current choice are shown."""
    qtbot.waitUntil(
        lambda: (
            not view.is_busy()
            and view.figures() is not None
            and view.figures().choice == view.choice()
        ),
        timeout=20_000,
    )


def combo_texts(combo) -> list[str]:  # type: ignore[no-untyped-def]
    return [combo.itemText(i) for i in range(combo.count())]
