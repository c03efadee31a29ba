"""Coders side by side: View ▸ Compare coders and View ▸ Consensus meeting, gated by blind mode.

Both modes lay every coder's lane over the transcript and list the current RE's units in a dock,
one column per coder; the consensus meeting adds the consensus column and its actions. Other
coders' units are loaded only when :class:`Access` allows the mode: never while coding is blind
(except the consensus meeting, for the project lead).

The dock, its columns and the lanes (and the modules drawing them) are made when a mode is first
entered: most sessions never compare, and the first frame does not wait for them.
"""

from __future__ import annotations

from enum import Enum
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMainWindow

from ccrt_coder.gui.coders.blind_mode import Access
from ccrt_coder.gui.coding.controller import CodingController
from ccrt_coder.gui.coding.workspace import CodingWorkspace
from ccrt_coder.gui.episodes.re_list_model import re_title
from ccrt_coder.gui.transcript.line_index import LineIndex
from ccrt_coder.gui.transcript.margin_items import MarginLane
from ccrt_coder.gui.widgets import dialogs
from ccrt_coder.gui.widgets.plain_text import html
from ccrt_coder.gui.widgets.tr_marks import QT_TRANSLATE_NOOP
from ccrt_coder.usecases.domain import (
    CategorySystem,
    CcrtError,
    CoderRecord,
    Component,
    InterviewRecord,
    Layer,
    ReRecord,
    UnitDraft,
    UnitRecord,
    compare_coders,
)
from ccrt_coder.usecases.project import Project

if TYPE_CHECKING:
    from ccrt_coder.gui.consensus.coder_lanes import CoderLanes, Lane
    from ccrt_coder.gui.consensus.compared_card import Verdicts
    from ccrt_coder.gui.consensus.meeting import ConsensusActions
    from ccrt_coder.gui.consensus.side_by_side_pane import SideBySidePane


class Mode(Enum):
    COMPARE = QT_TRANSLATE_NOOP("Mode", "Compare coders")
    CONSENSUS = QT_TRANSLATE_NOOP("Mode", "Consensus meeting")


def mode_name(mode: Mode) -> str:
    return QCoreApplication.translate("Mode", mode.value)


class CodersSideBySide(QObject):
    """Owns the two view actions, the dock and the transcript lanes; follows the current RE."""

    mode_changed = Signal(object)  # a Mode, or None

    def __init__(
        self, window: QMainWindow, workspace: CodingWorkspace, coding: CodingController
    ) -> None:
        super().__init__(window)
        self._window, self._workspace, self._coding = window, workspace, coding
        self._project: Project | None = None
        self._system: CategorySystem | None = None  # the active one: new consensus coding
        self._labels: CategorySystem | None = None  # names every coded unit's categories
        self._me: int | None = None
        self._access = Access()
        self._mode: Mode | None = None
        self._lanes: CoderLanes | None = None  # these three: when a mode is first entered
        self._pane: SideBySidePane | None = None
        self._dock: QDockWidget | None = None
        self.compare_action = self._make_action(
            self.tr("Compare co&ders"), "Ctrl+Alt+C", Mode.COMPARE
        )
        self.consensus_action = self._make_action(
            self.tr("Co&nsensus meeting"), "Ctrl+Alt+M", Mode.CONSENSUS
        )
        group = QActionGroup(self)
        group.setExclusionPolicy(QActionGroup.ExclusionPolicy.ExclusiveOptional)
        group.addAction(self.compare_action)
        group.addAction(self.consensus_action)
        workspace.current_re_changed.connect(lambda _re: self.refresh())
        workspace.interview_shown.connect(lambda _record: self.refresh())
        workspace.coding_changed.connect(lambda _interview: self.refresh())
        workspace.view.installEventFilter(self)  # light/dark switched: colours anew
        workspace.installEventFilter(self)  # another view shows: the dock goes with coding
        self._update_actions()

    @property
    def lanes(self) -> CoderLanes:
        """Every coder's lane over the transcript."""
        if self._lanes is None:
            from ccrt_coder.gui.consensus.coder_lanes import CoderLanes

            self._lanes = CoderLanes(self._workspace.view)
        return self._lanes

    @property
    def pane(self) -> SideBySidePane:
        """The dock's content: a caption, the consensus bar and one column per coder."""
        if self._pane is None:
            from ccrt_coder.gui.consensus.side_by_side_pane import SideBySidePane

            self._pane = SideBySidePane()
            self._pane.bar.rating_changed.connect(self._on_rating)
            self._pane.bar.add_requested.connect(self._on_add)
        return self._pane

    @property
    def dock(self) -> QDockWidget:
        if self._dock is None:
            self._dock = self._make_dock(self._window)
        return self._dock

    def _make_dock(self, window: QMainWindow) -> QDockWidget:
        dock = QDockWidget(self.tr("Coders side by side"), window)
        dock.setObjectName("codersSideBySide")
        dock.setWidget(self.pane)
        dock.setAllowedAreas(Qt.DockWidgetArea.BottomDockWidgetArea)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetClosable)
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
        window.restoreDockWidget(dock)  # its size as the window's saved state has it
        dock.hide()
        dock.visibilityChanged.connect(self._on_dock_visibility)
        return dock

    def _make_action(self, text: str, key: str, mode: Mode) -> QAction:
        action = QAction(text, self._window)
        action.setCheckable(True)
        action.setShortcut(QKeySequence(key))
        action.toggled.connect(lambda on: self.set_mode(mode if on else None, _from_action=True))
        return action

    # -- context ------------------------------------------------------------------------------
    def set_context(self, project: Project | None, coder_id: int | None, access: Access) -> None:
        """A project, identity or blind mode changed: leave a mode that is no longer allowed."""
        changed = project is not self._project
        self._project, self._me, self._access = project, coder_id, access
        if changed:
            self._load_category_systems()
        self._update_actions()
        if changed or not self._allowed(self._mode):
            self.set_mode(None)  # another project starts without the previous one's RE
        else:
            self.refresh()

    def refresh_category_system(self) -> None:
        """The project's active system changed: consensus coding uses it from now on."""
        self._load_category_systems()
        self.refresh()

    def _load_category_systems(self) -> None:
        project = self._project
        self._system = project.category_system() if project else None
        self._labels = project.categories_in_use() if project else None

    def mode(self) -> Mode | None:
        return self._mode

    def _allowed(self, mode: Mode | None) -> bool:
        if mode is None:
            return True
        if self._project is None:
            return False
        return self._access.may_compare if mode is Mode.COMPARE else self._access.may_meet

    def _update_actions(self) -> None:
        for action, mode, why in (
            (
                self.compare_action,
                Mode.COMPARE,
                self.tr("Only outside blind coding (Project ▸ Blind coding)"),
            ),
            (
                self.consensus_action,
                Mode.CONSENSUS,
                self.tr("Outside blind coding, or for the project lead"),
            ),
        ):
            allowed = self._allowed(mode)
            action.setEnabled(allowed)
            name = mode_name(mode)
            action.setStatusTip(name if allowed else f"{name}: {why}")
            action.setToolTip(name if allowed else why)

    def set_mode(self, mode: Mode | None, _from_action: bool = False) -> bool:
        """Enter a mode (None: leave); refused, and False, when blind mode does not allow it."""
        if _from_action and mode is None and self._mode is not None:
            other = self.consensus_action if self._mode is Mode.COMPARE else self.compare_action
            if other.isChecked():  # the group switched modes: the other action's toggle follows
                return True
        if not self._allowed(mode):
            mode = None
        self._mode = mode
        for action, own in (
            (self.compare_action, Mode.COMPARE),
            (self.consensus_action, Mode.CONSENSUS),
        ):
            action.blockSignals(True)
            action.setChecked(mode is own)
            action.blockSignals(False)
        self._place_dock()
        if mode is not None:
            self.dock.setWindowTitle(mode_name(mode))
        self.refresh()
        self.mode_changed.emit(mode)
        return mode is not None

    def _place_dock(self) -> None:
        """The dock belongs to the Coding view: shown in a mode while the workspace shows."""
        wanted = self._mode is not None and not self._workspace.isHidden()
        if (wanted or self._dock is not None) and self.dock.isHidden() == wanted:
            self.dock.setVisible(wanted)

    def _on_dock_visibility(self, visible: bool) -> None:
        """The user closed the dock (not another view hiding it): leave the mode."""
        hidden_by_view = self._window.isHidden() or self._workspace.isHidden()
        if not visible and self._mode is not None and not hidden_by_view:
            self.set_mode(None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self._workspace and kind in (QEvent.Type.Show, QEvent.Type.Hide):
            self._place_dock()
        elif kind == QEvent.Type.PaletteChange and self._mode is not None:
            self.refresh()
        return super().eventFilter(watched, event)

    # -- showing ------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Load what the mode shows for the open interview and its current RE."""
        interview = self._workspace.current_interview()
        if self._mode is None or self._project is None or interview is None:
            if self._lanes is None or self._pane is None:  # nothing shown yet
                return
            if self.lanes.lanes() or self.pane.columns.cards() or self.pane.caption.text():
                self.lanes.clear()
                self._workspace.margin.show_lanes([])
                self.pane.clear(self.tr("Open an interview to compare its coding."))
            return
        try:
            self._show(self._project, interview)
        except CcrtError as exc:
            dialogs.show_error(
                self._window,
                self.tr("Cannot show: {mode}").format(mode=mode_name(self._mode)),
                str(exc),
            )

    def _show(self, project: Project, interview: InterviewRecord) -> None:
        assert self._mode is not None and self._allowed(self._mode)
        res = project.episodes(interview.id)
        coder_units = project.units([re.id for re in res], layer=Layer.CODER) if res else []
        consensus = (
            project.units([re.id for re in res], layer=Layer.CONSENSUS)
            if res and self._mode is Mode.CONSENSUS
            else []
        )
        from ccrt_coder.gui.consensus.coder_lanes import CONSENSUS_KEY
        from ccrt_coder.gui.consensus.compared_card import Verdicts

        everyone = project.coders()
        coders = [c for c in everyone if any(u.draft.coder_id == c.id for u in coder_units)]
        verdicts = Verdicts(compare_coders(coder_units), {c.id: c.name for c in everyone})
        self.lanes.show(self._lane_list(everyone, coders, coder_units, consensus), verdicts)
        self._workspace.margin.show_lanes(
            [
                MarginLane(lane.name, lane.colour, lane.units, lane.key != CONSENSUS_KEY)
                for lane in self.lanes.lanes()
            ]
        )
        re = self._workspace.panel.current_re()
        self._show_re(project, re, everyone, coders, consensus, verdicts)

    def _lane_list(
        self,
        everyone: list[CoderRecord],
        coders: list[CoderRecord],
        units: list[UnitRecord],
        consensus: list[UnitRecord],
    ) -> list[Lane]:
        from ccrt_coder.gui.consensus.coder_lanes import CONSENSUS_KEY, Lane
        from ccrt_coder.gui.consensus.coder_palette import coder_colours, consensus_colour

        palette = self._workspace.view.palette()
        colours = coder_colours(everyone, palette)
        lanes = [
            Lane(c.id, c.name, colours[c.id], tuple(u for u in units if u.draft.coder_id == c.id))
            for c in coders
        ]
        if self._mode is Mode.CONSENSUS:
            lanes.append(
                Lane(
                    CONSENSUS_KEY, self.tr("Consensus"), consensus_colour(palette), tuple(consensus)
                )
            )
        return lanes

    def _show_re(
        self,
        project: Project,
        re: ReRecord | None,
        everyone: list[CoderRecord],
        coders: list[CoderRecord],
        consensus: list[UnitRecord],
        verdicts: Verdicts,
    ) -> None:
        from ccrt_coder.gui.consensus.coder_columns import Column
        from ccrt_coder.gui.consensus.coder_lanes import CONSENSUS_KEY

        meeting = self._mode is Mode.CONSENSUS
        self.pane.bar.setVisible(meeting and re is not None)
        if re is None:
            self.pane.caption.setText(f"<b>{html(mode_name(self._mode)) if self._mode else ''}</b>")
            self.pane.detail.setText(self.tr("Choose an RE to see the coders' units side by side."))
            self.pane.columns.clear("")
            return
        self.pane.caption.setText(f"<b>{html(re_title(re))}</b>")
        self.pane.show_detail(meeting, len(coders))
        text = self._workspace.view.toPlainText()
        lanes = {lane.key: lane for lane in self.lanes.lanes()}
        columns = [
            Column(
                key,
                lane.name,
                lane.colour,
                tuple(u for u in lane.units if u.draft.re_id == re.id),
                key == CONSENSUS_KEY,
            )
            for key, lane in lanes.items()
        ]
        decorate = None
        if meeting:
            actions = self._actions(re)
            decorate = actions.decorate([u for u in consensus if u.draft.re_id == re.id])
            self.pane.bar.show_ratings(re, project.completeness_ratings([re.id]), everyone)
            self.pane.bar.add_button.setEnabled(self._me is not None)
        self.pane.columns.show_columns(
            columns, text, self._labels, LineIndex(text), decorate, verdicts
        )

    def _actions(self, re: ReRecord) -> ConsensusActions:
        from ccrt_coder.gui.consensus.meeting import ConsensusActions

        assert self._system is not None
        return ConsensusActions(self._coding, re, self._me, self._system, self._window)

    # -- consensus bar ------------------------------------------------------------------------
    def _on_rating(self, value: float | None) -> None:
        re = self._workspace.panel.current_re()
        if re is not None and self._project is not None and self._mode is Mode.CONSENSUS:
            self._actions(re).rate(value)

    def _on_add(self) -> None:
        re = self._workspace.panel.current_re()
        span = self._workspace.view.selection_span()
        if re is None or self._project is None or self._me is None:
            return
        if span is None:
            dialogs.show_error(
                self._window, self.tr("Nothing selected"), self.tr("Select the unit's text first.")
            )
            return
        draft = UnitDraft(re.id, self._me, Component.W, (span,), layer=Layer.CONSENSUS)
        self._actions(re).add(draft)

    # -- entry from elsewhere -----------------------------------------------------------------
    def open_consensus_at(self, re_id: int) -> bool:
        """Show an RE in the consensus meeting (the agreement report's disagreement list)."""
        if self._project is None or not self._access.may_meet:
            return False
        try:
            interview_id = self._project.interview_of_re(re_id)
        except CcrtError as exc:
            dialogs.show_error(self._window, self.tr("Cannot open the consensus meeting"), str(exc))
            return False
        if not self._workspace.show_interview(interview_id):
            self._workspace.filter_bar.unfinished.setChecked(False)
            self._workspace.filter_bar.partner.setChecked(False)
            if not self._workspace.show_interview(interview_id):
                return False
        self.set_mode(Mode.CONSENSUS)
        self._workspace.select_re(re_id)
        return True
