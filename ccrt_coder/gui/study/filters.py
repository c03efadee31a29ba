"""The study tree's filters: the coder's unfinished work, interviews with REs about the partner."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Signal,
)
from PySide6.QtWidgets import QCheckBox, QLabel, QSizePolicy, QVBoxLayout, QWidget

from ccrt_coder.gui.study.tree_model import (
    PARTNER_RES_ROLE,
    PROGRESS_ROLE,
    ProgressSource,
    StudyTreeModel,
)
from ccrt_coder.gui.widgets.component_style import muted_text
from ccrt_coder.usecases.domain import InterviewRecord

_Index = QModelIndex | QPersistentModelIndex


class StudyFilterProxy(QSortFilterProxyModel):
    """Hides phase rows that fail the filters, and dyads or narrators left without any.

    It offers the source model's interview look-ups in its own indexes, so views and callers
    use it as they would the :class:`StudyTreeModel` itself. The open interview is pinned:
    it stays listed while the coder works in it, even once it no longer passes a filter.
    """

    def __init__(self, source: StudyTreeModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setRecursiveFilteringEnabled(True)
        self.setSourceModel(source)
        self._source = source
        self._unfinished = self._partner = False
        self._pinned: int | None = None

    # -- filters ------------------------------------------------------------------------------
    def set_filters(self, unfinished: bool, partner: bool) -> None:
        if (unfinished, partner) != (self._unfinished, self._partner):
            self._refilter(lambda: self._set(unfinished, partner))

    def filters(self) -> tuple[bool, bool]:
        return self._unfinished, self._partner

    def pin(self, interview_id: int | None) -> None:
        if interview_id == self._pinned:
            return
        if self._unfinished or self._partner:
            self._refilter(lambda: setattr(self, "_pinned", interview_id))
        else:
            self._pinned = interview_id

    def _set(self, unfinished: bool, partner: bool) -> None:
        self._unfinished, self._partner = unfinished, partner

    def _refilter(self, change: Callable[[], None]) -> None:
        """Change what the filter accepts, between Qt's begin and end (6.10+) or before an
        invalidate (older Qt)."""
        if hasattr(self, "beginFilterChange"):
            self.beginFilterChange()
            change()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:  # pragma: no cover - Qt before 6.10
            change()
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        index = self._source.index(source_row, 0, source_parent)
        record = self._source.interview_at(index)
        if record is None:  # dyad or narrator: shown when a phase below it is
            return not (self._unfinished or self._partner)
        if record.id == self._pinned:
            return True
        if self._partner and not index.data(PARTNER_RES_ROLE):
            return False
        progress = index.data(PROGRESS_ROLE)
        return not (self._unfinished and progress is not None and progress[0] >= progress[1])

    def shown_interviews(self) -> int:
        """How many phase rows pass the filters now."""
        return sum(1 for r in self._source.interviews() if self.index_of_interview(r.id).isValid())

    # -- the source model's API, in proxy indexes --------------------------------------------
    def source(self) -> StudyTreeModel:
        return self._source

    def set_interviews(self, records: Sequence[InterviewRecord]) -> None:
        self._pinned = None
        self._source.set_interviews(records)

    def interviews(self) -> list[InterviewRecord]:
        return self._source.interviews()

    def dyad_count(self) -> int:
        return self._source.dyad_count()

    def interview_at(self, index: _Index) -> InterviewRecord | None:
        return self._source.interview_at(self.mapToSource(index)) if index.isValid() else None

    def index_of_interview(self, interview_id: int) -> QModelIndex:
        return self.mapFromSource(self._source.index_of_interview(interview_id))

    def refresh_progress(self, interview_id: int, n_res: int | None = None) -> None:
        self._source.refresh_progress(interview_id, n_res)

    def set_progress_source(self, source: ProgressSource | None, coder: str = "") -> None:
        self._source.set_progress_source(source, coder)

    def set_partner_counts(self, counts: dict[int, int]) -> None:
        self._source.set_partner_counts(counts)


class StudyFilterBar(QWidget):
    """Two check boxes above the study tree, and how much they leave when one is on."""

    filters_changed = Signal(bool, bool)  # unfinished work only, partner REs only

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.unfinished = QCheckBox(self.tr("My unfinished work"))
        self.unfinished.setToolTip(self.tr("Only interviews with REs you have not coded yet"))
        self.partner = QCheckBox(self.tr("REs about the dyad partner"))
        self.partner.setToolTip(
            self.tr(
                "Only the patient's REs about the therapist and the therapist's about the patient"
            )
        )
        self.summary = QLabel()
        palette = self.summary.palette()
        palette.setColor(self.summary.foregroundRole(), muted_text(palette))
        self.summary.setPalette(palette)
        self.summary.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 4)
        layout.setSpacing(2)
        for widget in (self.unfinished, self.partner, self.summary):
            # A narrow tree pane clips the labels (their tooltips say it all) rather than
            # forcing the window wider.
            widget.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            layout.addWidget(widget)
        self.unfinished.toggled.connect(self._emit)
        self.partner.toggled.connect(self._emit)

    def set_coder_known(self, known: bool) -> None:
        """'My unfinished work' needs to know who 'my' is."""
        self.unfinished.setEnabled(known)
        if not known:
            self.unfinished.setChecked(False)

    def set_summary(self, shown: int, total: int) -> None:
        filtering = self.unfinished.isChecked() or self.partner.isChecked()
        self.summary.setText(
            self.tr("{shown} of {total} interviews shown").format(shown=shown, total=total)
        )
        self.summary.setVisible(filtering)

    def _emit(self) -> None:
        self.filters_changed.emit(self.unfinished.isChecked(), self.partner.isChecked())
