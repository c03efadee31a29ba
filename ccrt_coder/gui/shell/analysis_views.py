"""The analysis views (Comparison, Agreement, Units) in the View menu, kept told of the window."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QStackedWidget, QWidget

from ccrt_coder.gui.shell.view_switcher import AGREEMENT, CODING, COMPARISON, UNITS, ViewSwitcher
from ccrt_coder.gui.shell.window_host import ShellWindow
from ccrt_coder.gui.widgets.tr_marks import QT_TRANSLATE_NOOP
from ccrt_coder.usecases.domain import CcrtError

FALLBACK_MESSAGE = QT_TRANSLATE_NOOP(
    "shell.analysis_views",
    "The consensus meeting is not open to you here: showing the RE for coding.",
)


def install_views(window: ShellWindow, stack: QStackedWidget) -> ViewSwitcher:
    """The window's views: coding, then the analyses (each built when first shown)."""
    switcher = ViewSwitcher(window, stack, window.workspace)
    comparison = QCoreApplication.translate("ViewSwitcher", "Co&mparison")
    agreement = QCoreApplication.translate("ViewSwitcher", "A&greement")
    switcher.add_view(COMPARISON, comparison, "Ctrl+2", lambda: _comparison_view(window))
    switcher.add_view(AGREEMENT, agreement, "Ctrl+3", lambda: _agreement_view(window))
    units = QCoreApplication.translate("ViewSwitcher", "&Units")
    switcher.add_view(UNITS, units, "Ctrl+4", lambda: _units_view(window))
    return switcher


def _comparison_view(window: ShellWindow) -> QWidget:
    from ccrt_coder.gui.comparison.view import ComparisonView

    view = ComparisonView()
    follow_window(view, window)
    return view


def _units_view(window: ShellWindow) -> QWidget:
    """The Units view; a unit opened in it is shown in the Coding view (open_unit)."""
    from ccrt_coder.gui.shell.unit_opener import open_memo, open_unit
    from ccrt_coder.gui.units_view.view import UnitsView

    view = UnitsView()
    follow_window(view, window)
    view.unit_opened.connect(lambda row: open_unit(window, row))
    view.memos.memo_opened.connect(lambda memo: open_memo(window, memo))
    return view


def follow_window(view: Any, window: ShellWindow) -> None:
    """Keep an analysis view told which project is open, who is coding and whether coding is
    blind (``view.set_context``), and that the coding changed (``view.invalidate``), here or
    on disk."""

    def tell() -> None:
        identity = window.identity.identity()
        coder = identity.name if identity else window.coder_chooser.current_name()
        view.set_context(window.project, coder, window.blind.is_blind())

    tell()
    window.project_opened.connect(lambda _path: tell())
    window.project_closed.connect(tell)
    window.identity.identity_changed.connect(lambda _identity: tell())
    window.blind.changed.connect(lambda _blind: tell())
    window.workspace.coding_changed.connect(lambda _interview: view.invalidate())
    window.project_reloaded.connect(view.invalidate)


def _agreement_view(window: ShellWindow) -> QWidget:
    """The view, told the project, blind mode and whether the user leads (the disagreement
    list shows every coder's codes); an RE chosen in it opens in the consensus meeting."""
    from ccrt_coder.gui.agreement.view import AgreementView

    view = AgreementView()
    follow_window(view, window)

    def tell_lead(*_args: object) -> None:
        identity = window.identity.identity()
        view.set_lead(bool(identity and identity.lead))

    tell_lead()
    window.identity.identity_changed.connect(tell_lead)
    view.consensus_requested.connect(lambda re_id: _open_consensus(window, re_id))
    return view


def _open_consensus(window: ShellWindow, re_id: int) -> bool:
    """The coding workspace at ``re_id`` in the consensus meeting (``open_consensus_at``);
    where the window cannot (or may not) open the meeting, the RE is shown for coding."""
    window.views.show_view(CODING)
    if window.side_by_side.open_consensus_at(re_id):
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
        window.statusBar().showMessage(
            QCoreApplication.translate("shell.analysis_views", FALLBACK_MESSAGE), 8000
        )
    return False
