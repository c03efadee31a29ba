"""Builds the Agreement view for the main window and links it to the coding workspace."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ccrt_coder.gui.agreement.view import AgreementView
from ccrt_coder.gui.shell.view_switcher import CODING, follow_window
from ccrt_coder.usecases.domain import CcrtError

if TYPE_CHECKING:
    from ccrt_coder.gui.shell.main_window import MainWindow

FALLBACK_MESSAGE = "The consensus meeting is not open to you here: showing the RE for coding."


def make_agreement_view(window: MainWindow) -> AgreementView:
    """The view, told the project, blind mode and whether the user leads (the disagreement
    list shows every coder's codes); an RE chosen in it opens in the consensus meeting."""
    view = AgreementView()
    follow_window(view, window)

    def tell_lead(*_args: object) -> None:
        identity = window.identity.identity()
        view.set_lead(bool(identity and identity.lead))

    tell_lead()
    window.identity.identity_changed.connect(tell_lead)
    view.consensus_requested.connect(lambda re_id: open_consensus(window, re_id))
    return view


def open_consensus(window: MainWindow, re_id: int) -> bool:
    """The coding workspace at ``re_id`` in the consensus meeting (``open_consensus_at``);
    where the window cannot (or may not) open the meeting, the RE is shown for coding."""
    window.views.show_view(CODING)
    opener = getattr(window, "open_consensus_at", None)
    if opener is not None and opener(re_id) is not False:
        return True
    project = window.project
    if project is None:
        return False
    try:
        interview_id = project.interview_of_re(re_id)
    except CcrtError:
        return False
    if window.workspace.show_interview(interview_id):
        window.workspace.select_re(re_id)
        window.statusBar().showMessage(FALLBACK_MESSAGE, 8000)
    return False
