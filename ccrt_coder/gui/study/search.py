"""Find in study: a text searched in all transcripts and the coder's memos, hits listed;
activating one opens it."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QPainter, QPalette, QTextCharFormat, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ccrt_coder.gui.transcript.find_bar import hit_formats
from ccrt_coder.gui.widgets.component_style import muted_text
from ccrt_coder.gui.widgets.plain_text import as_text, plain
from ccrt_coder.gui.widgets.terms import count, narrator_word
from ccrt_coder.gui.widgets.tr_marks import QT_TRANSLATE_NOOP
from ccrt_coder.usecases.domain import InterviewRecord, NarratorRole, TextHit

MAX_HITS = 500
_Index = QModelIndex | QPersistentModelIndex
_HEADERS = (
    QT_TRANSLATE_NOOP("study.search", "Interview"),
    QT_TRANSLATE_NOOP("study.search", "Line"),
    QT_TRANSLATE_NOOP("study.search", "Text"),
)
MARKED_ROLE = Qt.ItemDataRole.UserRole + 1  # (start, end) of the hit in the Text column


def interview_label(record: InterviewRecord | None) -> str:
    if record is None:
        return "?"
    code = record.patient if record.narrator is NarratorRole.PATIENT else record.therapist
    return QCoreApplication.translate(
        "study.search", "{dyad} · {value} {code} · phase {phase}"
    ).format(dyad=record.dyad, value=narrator_word(record.narrator), code=code, phase=record.phase)


class SearchHitsModel(QAbstractTableModel):
    """One row per hit: where (interview, line) and the line's text around it."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hits: list[TextHit] = []
        self._labels: dict[int, str] = {}

    def set_hits(self, hits: Sequence[TextHit], interviews: Mapping[int, InterviewRecord]) -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self._labels = {
            h.interview_id: interview_label(interviews.get(h.interview_id)) for h in hits
        }
        self.endResetModel()

    def hit_at(self, row: int) -> TextHit | None:
        return self._hits[row] if 0 <= row < len(self._hits) else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._hits)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_HEADERS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        hit = self.hit_at(index.row()) if index.isValid() else None
        if hit is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (self._labels[hit.interview_id], self._where(hit), hit.context)[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            if hit.memo:
                return as_text(
                    self.tr("{labels}, {where}\n{context}").format(
                        labels=self._labels[hit.interview_id],
                        where=self._where(hit),
                        context=hit.context,
                    )
                )
            return as_text(
                self.tr("{labels}, line {line}\n{context}").format(
                    labels=self._labels[hit.interview_id], line=hit.line, context=hit.context
                )
            )
        if role == MARKED_ROLE and column == 2:
            return hit.marked
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 1:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    def _where(self, hit: TextHit) -> str:
        """The line in the transcript, or whose memo the hit is in."""
        if not hit.memo:
            return str(hit.line)
        if hit.memo_re is None:
            return self.tr("interview memo")
        return self.tr("memo of RE {number}").format(number=hit.memo_re)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if 0 <= section < len(_HEADERS):
                return QCoreApplication.translate("study.search", _HEADERS[section])
            return None
        return None


class MarkedTextDelegate(QStyledItemDelegate):
    """Draws the Text column with the hit tinted as in the transcript's find bar."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        marked = index.data(MARKED_ROLE)
        if not marked:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text, opt.text = opt.text, ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, opt.widget)
        document = QTextDocument()
        document.setDefaultFont(opt.font)
        document.setDocumentMargin(0)
        document.setPlainText(text)
        cursor = document.find(text[marked[0] : marked[1]], marked[0])
        if not cursor.isNull():
            fmt = QTextCharFormat(hit_formats(opt.palette)[0])
            if opt.state & QStyle.StateFlag.State_Selected:
                fmt.setForeground(opt.palette.color(QPalette.ColorRole.Text))
            cursor.mergeCharFormat(fmt)
        painter.save()
        top = rect.top() + (rect.height() - document.size().height()) / 2
        painter.translate(rect.left() + 2, top)
        painter.setClipRect(0, 0, rect.width(), rect.height())
        document.drawContents(painter)
        painter.restore()


class StudySearchDialog(QDialog):
    """A window beside the main one: type, Enter, then pick a hit (Enter or double-click)."""

    hit_activated = Signal(object)  # a TextHit

    def __init__(
        self,
        search: Callable[[str, int], list[TextHit]],
        interviews: Callable[[], Sequence[InterviewRecord]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Find in study"))
        self._search, self._interviews = search, interviews
        self.model = SearchHitsModel(self)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(self.tr("Text to find in every transcript and your memos"))
        self.edit.setClearButtonEnabled(True)
        self.find_button = QPushButton(self.tr("Find"))
        self.find_button.setDefault(True)
        self.summary = plain(QLabel())
        self.summary.setText(
            self.tr("Searches all transcripts of the study and your memos, ignoring case.")
        )
        _mute(self.summary)
        self.results = self._make_results()
        self._layout()
        self.edit.returnPressed.connect(self.run)
        self.find_button.clicked.connect(self.run)
        self.results.activated.connect(self._on_activated)
        self.resize(720, 440)

    def _make_results(self) -> QTreeView:
        view = QTreeView()
        view.setModel(self.model)
        view.setRootIsDecorated(False)
        view.setUniformRowHeights(True)
        view.setAlternatingRowColors(True)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setItemDelegateForColumn(2, MarkedTextDelegate(view))
        header = view.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        return view

    def _layout(self) -> None:
        row = QHBoxLayout()
        row.addWidget(self.edit, 1)
        row.addWidget(self.find_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 14, 14, 12)
        layout.setSpacing(8)
        layout.addLayout(row)
        layout.addWidget(self.summary)
        layout.addWidget(self.results, 1)

    def open_with(self, text: str = "") -> None:
        if text:
            self.edit.setText(text)
        self.show()
        self.raise_()
        self.activateWindow()
        self.edit.setFocus()
        self.edit.selectAll()

    def run(self) -> None:
        query = self.edit.text()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            hits = self._search(query, MAX_HITS + 1) if query.strip() else []
        finally:
            QApplication.restoreOverrideCursor()
        records = list(self._interviews())  # in the study tree's order
        order = {r.id: n for n, r in enumerate(records)}
        hits = sorted(hits, key=lambda h: (order.get(h.interview_id, len(order)), h.span.start))
        self.model.set_hits(hits[:MAX_HITS], {r.id: r for r in records})
        self.summary.setText(_summary(hits, query))
        if hits:
            self.results.setCurrentIndex(self.model.index(0, 0))

    def _on_activated(self, index: QModelIndex) -> None:
        hit = self.model.hit_at(index.row())
        if hit is not None:
            self.hit_activated.emit(hit)


def _summary(hits: Sequence[TextHit], query: str) -> str:
    if not query.strip():
        return QCoreApplication.translate("study.search", "Type a text to find.")
    if not hits:
        return QCoreApplication.translate("study.search", "“{query}” is in no transcript.").format(
            query=query
        )
    if len(hits) > MAX_HITS:
        return QCoreApplication.translate(
            "study.search", "More than {MAX_HITS} hits: the first {MAX_HITS} are listed."
        ).format(MAX_HITS=MAX_HITS)
    places = len({h.interview_id for h in hits})
    return QCoreApplication.translate("study.search", "{hits} in {interviews}.").format(
        hits=count(len(hits), "hit"), interviews=count(places, "interview")
    )


def _mute(label: QLabel) -> None:
    palette = label.palette()
    palette.setColor(label.foregroundRole(), muted_text(palette))
    label.setPalette(palette)
