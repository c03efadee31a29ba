"""Shared by the Agreement view tests: the demo study (two coders, or a third added), a view."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from ccrt_coder.core.domain import Layer
from ccrt_coder.gui.agreement.view import AgreementView
from ccrt_coder.usecases.project import Project
from tests.demo_file import demo_copy
from tests.gui.comparison_helpers import CODER_A, CODER_B

__all__ = ["CODER_A", "CODER_B", "CODER_C", "add_third_coder", "demo_copy", "open_view"]

CODER_C = "Coder C (test)"


def add_third_coder(path: Path, n_res: int = 6) -> list[int]:
    """Coder C codes the first ``n_res`` REs of the first interview as Coder A did, except
    that every W unit gets W1; returns those REs' ids."""
    with Project.open(path) as project:
        interview = project.interviews()[0]
        res = sorted(project.episodes(interview.id), key=lambda r: r.number)[:n_res]
        c = project.add_coder(CODER_C)
        a = project.coder(CODER_A)
        units = project.units([re.id for re in res], coder_id=a.id, layer=Layer.CODER)
        drafts = [
            replace(u.draft, coder_id=c.id, categories=("W1",) if u.draft.component == "W"
                    else u.draft.categories)
            for u in units
        ]  # fmt: skip
        project.add_units(drafts)
        return [re.id for re in res]


def open_view(qtbot, project: Project, blind: bool = False) -> AgreementView:
    """The view on ``project`` (blind coding off unless asked), shown at 1400 x 800, once its
    first report is shown."""
    view = AgreementView()
    qtbot.addWidget(view)
    view.resize(1400, 800)
    view.set_context(project, None, blind)
    view.show()
    wait_shown(qtbot, view)
    return view


def wait_shown(qtbot, view: AgreementView, timeout: int = 30_000) -> None:
    """Until no computation runs or waits and the report of the current controls is shown."""
    qtbot.waitUntil(view.is_current, timeout=timeout)
