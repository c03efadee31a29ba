"""CodingWorkspace: study tree | transcript | RE panel, kept in step with each other."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import QByteArray, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QSplitter, QTreeView, QVBoxLayout, QWidget

from ccrt_coder.gui.episodes.re_panel import RePanel
from ccrt_coder.gui.study.filters import StudyFilterBar, StudyFilterProxy
from ccrt_coder.gui.study.progress_delegate import ProgressDelegate
from ccrt_coder.gui.study.tree_model import StudyTreeModel
from ccrt_coder.gui.transcript.coding_margin import CodingMargin
from ccrt_coder.gui.transcript.find_bar import FindBar
from ccrt_coder.gui.transcript.line_index import LineIndex
from ccrt_coder.gui.transcript.narrative_view import NarrativeView
from ccrt_coder.gui.widgets import dialogs
from ccrt_coder.gui.widgets.component_legend import ComponentLegend
from ccrt_coder.gui.widgets.pane_header import PaneHeader
from ccrt_coder.gui.widgets.terms import narrator_word
from ccrt_coder.usecases.domain import (
    CategorySystem,
    CcrtError,
    InterviewRecord,
    Layer,
    NarratorRole,
    ReRecord,
    UnitRecord,
)
from ccrt_coder.usecases.project import Project

EXPAND_ALL_UP_TO = 30  # dyads; bigger studies open collapsed
TREE_WIDTH = 230


class CodingWorkspace(QWidget):
    """Shows one project: choose an interview in the tree, read it, see its REs and units."""

    interview_shown = Signal(object)  # the InterviewRecord now shown, or None
    coding_changed = Signal(int)  # an edit (or its undo) changed this interview's REs or units
    current_re_changed = Signal(object)  # the id of the RE now current, or None
    study_reloaded = Signal()  # interviews added, replaced, moved or deleted; dyads renamed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._project: Project | None = None
        self._system: CategorySystem | None = None  # the active one: the picker offers it
        self._labels: CategorySystem | None = None  # names every coded unit's categories
        self._coder: tuple[int, str] | None = None
        self._interview: InterviewRecord | None = None
        self._res: list[ReRecord] = []
        self._tree_model = StudyFilterProxy(StudyTreeModel(self), self)
        self.tree = self._make_tree()
        self.tree_header = PaneHeader(self.tr("Study"))
        self.filter_bar = StudyFilterBar()
        self.text_header = PaneHeader(self.tr("No interview open"))
        self.view = NarrativeView()
        self.margin = CodingMargin(self.view)
        self.find_bar = FindBar(self.view)
        self.panel = RePanel()
        self.splitter = self._make_splitter()
        self._default_sizes_pending = True
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self.tree.selectionModel().currentChanged.connect(self._on_tree_current)
        self.panel.re_selected.connect(self.select_re)
        self.panel.unit_activated.connect(lambda unit: self.view.reveal(min(unit.draft.spans)))
        self.view.re_clicked.connect(lambda re_id: self.select_re(re_id, scroll=False))
        self.margin.unit_chosen.connect(self.choose_unit)
        self.filter_bar.filters_changed.connect(self._on_filters_changed)

    def _make_tree(self) -> QTreeView:
        tree = QTreeView()
        tree.setModel(self._tree_model)
        tree.setHeaderHidden(True)
        tree.setUniformRowHeights(True)
        tree.setAnimated(True)
        tree.setItemDelegate(ProgressDelegate(6, tree))
        return tree

    def _make_splitter(self) -> QSplitter:
        tree_pane = _pane([self.tree_header, self.filter_bar, self.tree], stretching=self.tree)
        text_pane = _pane(
            [self.text_header, self.view, self.find_bar, ComponentLegend()], stretching=self.view
        )
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("workspaceSplitter")
        for index, pane in enumerate((tree_pane, text_pane, self.panel)):
            splitter.addWidget(pane)
            splitter.setCollapsible(index, index != 1)
        splitter.setStretchFactor(1, 1)
        return splitter

    def restore_layout(self, state: QByteArray | None) -> None:
        """Splitter sizes as the user left them, else defaults once the width is known."""
        self._default_sizes_pending = state is None or not self.splitter.restoreState(state)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._default_sizes_pending and self.width() > 0:
            self._default_sizes_pending = False
            width = self.splitter.width()
            panel = int(min(max(width * 0.3, 340), 440))
            self.splitter.setSizes([TREE_WIDTH, width - TREE_WIDTH - panel, panel])

    # -- project and coder --------------------------------------------------------------------
    def set_project(self, project: Project | None) -> None:
        """Show a project (None: show nothing). Loads the plain interview records only."""
        self._project, self._interview, self._res = project, None, []
        self._load_category_systems()
        records = project.interviews() if project else []
        self._tree_model.set_partner_counts(project.partner_re_counts() if project else {})
        self._tree_model.set_interviews(records)
        if self._tree_model.dyad_count() <= EXPAND_ALL_UP_TO:
            self.tree.expandAll()
        self.tree_header.set_detail(project.settings().name if project else "")
        self._show_nothing()

    def _load_category_systems(self) -> None:
        """The active system, and for naming coded units also the categories of other systems
        that units still carry (units coded before a switch keep theirs)."""
        project = self._project
        self._system = project.category_system() if project else None
        self._labels = project.categories_in_use() if project else None
        self.view.set_category_system(self._labels)

    def reload_study(self) -> None:
        """The study changed (an import added or replaced interviews; the design moved, renamed
        or deleted them): the tree anew, and the open interview read again (its transcript or its
        place may be new) at the same RE and scroll position, if it is still there."""
        if self._project is None:
            return
        shown, current_re = self._interview, self.panel.current_re()
        scroll = self.view.verticalScrollBar().value()
        self._tree_model.set_partner_counts(self._project.partner_re_counts())
        self._tree_model.set_interviews(self._project.interviews())
        if self._tree_model.dyad_count() <= EXPAND_ALL_UP_TO:
            self.tree.expandAll()
        self._update_filter_summary()
        self.study_reloaded.emit()
        self._interview = None  # so that showing it reads it again (and names its new place)
        if shown is None or not self.show_interview(shown.id):
            self._show_nothing()
            return
        if current_re is not None and any(re.id == current_re.id for re in self._res):
            self.select_re(current_re.id, scroll=False)
        self.view.verticalScrollBar().setValue(scroll)

    def set_coder(self, coder_id: int | None, name: str = "") -> None:
        """Whose coder layer to show; reloads the units of the open interview."""
        self._coder = (coder_id, name) if coder_id is not None else None
        self._track_progress()
        units = self._load_units() if self._interview is not None else []
        self.view.set_units(units)
        self.panel.set_units(_by_re(units), name)
        self._show_ratings()

    def interviews(self) -> list[InterviewRecord]:
        return self._tree_model.interviews()

    def tree_model(self) -> StudyFilterProxy:
        return self._tree_model

    def current_interview(self) -> InterviewRecord | None:
        return self._interview

    # -- navigation ---------------------------------------------------------------------------
    def show_interview(self, interview_id: int) -> bool:
        """Select an interview in the tree, which opens it; False if there is no such one."""
        index = self._tree_model.index_of_interview(interview_id)
        if not index.isValid():
            return False
        self.tree.setCurrentIndex(index)
        self.tree.scrollTo(index)
        return True

    def select_re(self, re_id: int, scroll: bool = True) -> None:
        self.panel.select_re(re_id)
        self.view.set_current_re(re_id, scroll=scroll)
        self.current_re_changed.emit(re_id)

    def choose_unit(self, unit: UnitRecord) -> None:
        """A unit chosen in the coding margin: its RE current, its row and its text selected."""
        current = self.panel.current_re()
        if current is None or current.id != unit.draft.re_id:
            self.select_re(unit.draft.re_id, scroll=False)
        self.panel.select_unit(unit.id)
        self.view.reveal(min(unit.draft.spans))

    def _on_tree_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        record = self._tree_model.interview_at(current)
        if record is not None and record != self._interview:
            self._open_interview(record)

    def _open_interview(self, record: InterviewRecord) -> None:
        assert self._project is not None
        try:
            transcript = self._project.transcript(record.id)
            self._interview, self._res = record, self._project.episodes(record.id)
            self._tree_model.pin(record.id)
            units = self._load_units()
        except CcrtError as exc:
            dialogs.show_error(self, self.tr("Cannot show this interview"), str(exc))
            return
        lines = LineIndex(transcript.text)
        self.view.show_transcript(transcript.text, self._res, units)
        name = self._coder[1] if self._coder else ""
        self.panel.set_res(self._res, _by_re(units), self._labels, lines, name)
        self._show_ratings()
        self.text_header.set_title(_interview_title(record))
        source = f"{transcript.source} · " if transcript.source else ""
        self.text_header.set_detail(
            self.tr("{source}{line_count} lines").format(source=source, line_count=lines.line_count)
        )
        if self._res:
            self.select_re(min(self._res, key=lambda r: r.number).id, scroll=False)
        self.interview_shown.emit(record)

    def _load_units(self) -> list[UnitRecord]:
        if self._project is None or self._coder is None or not self._res:
            return []
        ids = [re.id for re in self._res]
        return self._project.units(ids, coder_id=self._coder[0], layer=Layer.CODER)

    def _show_ratings(self) -> None:
        """The current coder's completeness ratings of the open interview's REs."""
        if self._project is None or self._coder is None or not self._res:
            self.panel.set_ratings({}, None)
            return
        ratings = self._project.completeness_ratings([re.id for re in self._res], self._coder[0])
        mine = {re_id: v for (re_id, _c, layer), v in ratings.items() if layer is Layer.CODER}
        self.panel.set_ratings(mine, self._project.settings().completeness_threshold)

    # -- after an edit, its undo or redo ----------------------------------------------------------
    def coder_id(self) -> int | None:
        return self._coder[0] if self._coder else None

    def episodes(self) -> list[ReRecord]:
        return list(self._res)

    def category_system(self) -> CategorySystem | None:
        return self._system

    def refresh_category_system(self) -> None:
        """The project's active system changed: the picker offers it from now on."""
        self._load_category_systems()
        if self._interview is not None:
            self._open_interview(self._interview)

    def show_change(
        self,
        interview_id: int,
        re_id: int | None = None,
        unit_id: int | None = None,
        res_changed: bool = False,
        ratings_changed: bool = False,
    ) -> None:
        """Show what an edit changed, fresh from the file: its interview, RE and unit."""
        if self._project is None:
            return
        if self._interview is None or self._interview.id != interview_id:
            self._tree_model.pin(interview_id)  # listed even if a filter would hide it
            if not self.show_interview(interview_id):
                return
            units = self.view.units()  # just read from the file by show_interview
        else:
            if res_changed:
                self._res = self._project.episodes(interview_id)
                self._interview = replace(self._interview, n_res=len(self._res))
                self.view.set_res(self._res)
                self.panel.update_res(self._res)
                self._tree_model.set_partner_counts(self._project.partner_re_counts())
            units = self._load_units()
            self.view.set_units(units)
            self.panel.set_units(_by_re(units), self._coder[1] if self._coder else "")
        if res_changed or ratings_changed:
            self._show_ratings()
        self._tree_model.refresh_progress(interview_id, len(self._res))
        self._show_re_and_unit(re_id, unit_id, units)
        self.coding_changed.emit(interview_id)

    def _show_re_and_unit(
        self, re_id: int | None, unit_id: int | None, units: Sequence[UnitRecord]
    ) -> None:
        current = self.panel.current_re()
        if re_id is not None and any(re.id == re_id for re in self._res):
            if current is None or current.id != re_id:  # (the current one is shown already)
                self.select_re(re_id, scroll=unit_id is None)
        elif current is None and self._res:
            self.select_re(min(self._res, key=lambda r: r.number).id, scroll=False)
        unit = next((u for u in units if u.id == unit_id), None)
        if unit is not None:
            self.panel.select_unit(unit.id)
            self.view.scroll_to(min(unit.draft.spans))

    # -- progress and filters -----------------------------------------------------------------
    def _track_progress(self) -> None:
        """Progress marks for the current coder (none without one)."""
        project, coder = self._project, self._coder
        if project is None or coder is None:
            self._tree_model.set_progress_source(None)
        else:
            self._tree_model.set_progress_source(
                lambda ids: project.coding_progress(coder[0], ids), coder[1]
            )
        self.filter_bar.set_coder_known(coder is not None)
        self._update_filter_summary()

    def _on_filters_changed(self, unfinished: bool, partner: bool) -> None:
        self._tree_model.set_filters(unfinished, partner)
        self.panel.set_re_filter(self._is_about_partner if partner else None)
        if self._tree_model.dyad_count() <= EXPAND_ALL_UP_TO:
            self.tree.expandAll()
        self._update_filter_summary()

    def _is_about_partner(self, re: ReRecord) -> bool:
        return self._interview is not None and self._interview.is_about_partner(re)

    def _update_filter_summary(self) -> None:
        total = len(self._tree_model.interviews())
        self.filter_bar.set_summary(self._tree_model.shown_interviews(), total)

    def _show_nothing(self) -> None:
        self.view.clear_transcript()
        self.panel.clear()
        self.current_re_changed.emit(None)
        self.text_header.set_title(self.tr("No interview open"))
        self.text_header.set_detail(self.tr("Choose dyad → narrator → phase in the study tree."))
        self.interview_shown.emit(None)


def _interview_title(record: InterviewRecord) -> str:
    code = record.patient if record.narrator is NarratorRole.PATIENT else record.therapist
    return QCoreApplication.translate(
        "coding.workspace", "{dyad} · {value} {code} · phase {phase}"
    ).format(dyad=record.dyad, value=narrator_word(record.narrator), code=code, phase=record.phase)


def _by_re(units: Sequence[UnitRecord]) -> dict[int, list[UnitRecord]]:
    grouped: dict[int, list[UnitRecord]] = defaultdict(list)
    for unit in units:
        grouped[unit.draft.re_id].append(unit)
    return grouped


def _pane(widgets: Sequence[QWidget], stretching: QWidget) -> QWidget:
    """``widgets`` stacked top to bottom; ``stretching`` takes the height the others leave."""
    pane = QWidget()
    layout = QVBoxLayout(pane)
    layout.setContentsMargins(6, 0, 6, 6)
    layout.setSpacing(4)
    for widget in widgets:
        layout.addWidget(widget, 1 if widget is stretching else 0)
    return pane
