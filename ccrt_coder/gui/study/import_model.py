"""The import dialog's table: one row per file, its dyad, narrator, phase, REs, encoding, status.

Rows hold what the worker read; every edit re-plans the whole import (no file is read again),
so a clash between two files or with the project shows at once on the row that causes it.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QApplication, QStyle

from ccrt_coder.gui.widgets.component_style import is_dark, muted_text
from ccrt_coder.gui.widgets.plain_text import as_text
from ccrt_coder.gui.widgets.terms import count, narrator_word
from ccrt_coder.gui.widgets.tr_marks import QT_TRANSLATE_NOOP
from ccrt_coder.usecases.domain import NarratorRole
from ccrt_coder.usecases.transcript_import import (
    ImportState,
    InterviewDraft,
    Meta,
    NamePattern,
    PlannedFile,
    ReadFile,
    guess_meta,
    plan_import,
    re_labels,
)

FILE, DYAD, NARRATOR, PHASE, RES, ENCODING, STATUS = range(7)
HEADERS = (
    QT_TRANSLATE_NOOP("study.import_model", "File"),
    QT_TRANSLATE_NOOP("study.import_model", "Dyad"),
    QT_TRANSLATE_NOOP("study.import_model", "Narrator"),
    QT_TRANSLATE_NOOP("study.import_model", "Phase"),
    QT_TRANSLATE_NOOP("study.import_model", "REs"),
    QT_TRANSLATE_NOOP("study.import_model", "Encoding"),
    QT_TRANSLATE_NOOP("study.import_model", "Status"),
)
_FIELD = {DYAD: "dyad", NARRATOR: "narrator", PHASE: "phase"}
_Index = QModelIndex | QPersistentModelIndex


@dataclass
class _Row:
    read: ReadFile
    meta: Meta
    edited: set[str] = field(default_factory=set)
    replace: bool = False
    plan: PlannedFile = field(default_factory=PlannedFile)

    @property
    def is_transcript(self) -> bool:
        return self.read.contents is not None and not self.read.contents.is_table

    def blocker(self) -> str:
        """Why this file stops the import ('' if it does not)."""
        if self.plan.problem:
            return _without_name(self.plan.problem, self.read.path.name)
        if self.plan.missing:
            words = {
                "dyad": QCoreApplication.translate("study.import_model", "the dyad"),
                "narrator": QCoreApplication.translate("study.import_model", "the narrator"),
                "phase": QCoreApplication.translate("study.import_model", "the phase"),
            }
            return QCoreApplication.translate(
                "study.import_model", "tell {what} (the name does not fit the pattern)"
            ).format(
                what=QCoreApplication.translate("study.import_model", ", ").join(
                    words[w] for w in self.plan.missing
                )
            )
        if self.plan.existing and not self.replace:
            return QCoreApplication.translate(
                "study.import_model",
                "already in the project: tick to replace its transcript (nobody coded it)",
            )
        return ""


class ImportTableModel(QAbstractTableModel):
    """Files to import; edits to dyad, narrator and phase and the Replace ticks re-plan all."""

    planned = Signal()  # the plan changed: summary and Import button follow

    def __init__(self, state: ImportState, pattern: NamePattern, parent: QObject | None = None):
        super().__init__(parent)
        self._state = state
        self._pattern = pattern
        self._rows: list[_Row] = []
        self._italic = QFont()
        self._italic.setItalic(True)

    # -- rows -----------------------------------------------------------------------------------
    def add_files(self, files: list[ReadFile]) -> int:
        """Append files not listed yet; how many were added."""
        known = {row.read.path for row in self._rows}
        fresh = [f for f in files if f.path not in known]
        if fresh:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
            self._rows += [_Row(f, self._guess(f)) for f in fresh]
            self.endInsertRows()
            self.replan()
        return len(fresh)

    def remove_rows(self, rows: list[int]) -> None:
        for row in sorted(set(rows), reverse=True):
            if 0 <= row < len(self._rows):
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._rows[row]
                self.endRemoveRows()
        self.replan()

    def set_pattern(self, pattern: NamePattern) -> None:
        """Read the names again with ``pattern``; what the user typed in a cell stays."""
        self._pattern = pattern
        for row in self._rows:
            guess = self._guess(row.read)
            row.meta = Meta(
                row.meta.dyad if "dyad" in row.edited else guess.dyad,
                row.meta.narrator if "narrator" in row.edited else guess.narrator,
                row.meta.phase if "phase" in row.edited else guess.phase,
            )
        self.replan()

    def replan(self) -> None:
        plans = plan_import([r.read for r in self._rows], [r.meta for r in self._rows], self._state)
        for row, plan in zip(self._rows, plans, strict=True):
            row.plan = plan
            row.replace = row.replace and bool(plan.existing)
        if self._rows:
            last = self.index(len(self._rows) - 1, STATUS)
            self.dataChanged.emit(self.index(0, 0), last)
        self.planned.emit()

    def _guess(self, read: ReadFile) -> Meta:
        return guess_meta(read.path, self._pattern, self._state.settings)

    # -- what the dialog asks -------------------------------------------------------------------
    def file_count(self) -> int:
        return len(self._rows)

    def blockers(self) -> list[tuple[str, str]]:
        """(file name, why) of every file that stops the import."""
        return [(r.read.path.name, why) for r in self._rows if (why := r.blocker())]

    def problems_of(self, row: int) -> list[str]:
        """Everything to say about a row's problem (every line of a file's problems)."""
        item = self._rows[row]
        if item.read.problems and item.read.contents is None:
            return [f"{item.read.path.name}: {line}" for line in item.read.problems]
        why = item.blocker()
        return [f"{item.read.path.name}: {why}"] if why else []

    def drafts(self) -> list[InterviewDraft]:
        return [d for r in self._rows for d in r.plan.drafts]

    def replaces(self) -> bool:
        return any(r.replace for r in self._rows)

    def totals(self) -> tuple[int, int, list[str]]:
        """Interviews, REs and new dyads the import would add."""
        dyads = [d for r in self._rows for d in r.plan.new_dyads]
        return len(self.drafts()), sum(r.plan.res for r in self._rows), list(dict.fromkeys(dyads))

    def table_rows(self) -> list[int]:
        """Rows of tables: their dyad, narrator and phase come from columns."""
        return [n for n, r in enumerate(self._rows) if r.read.contents and r.read.contents.is_table]

    # -- Qt model -------------------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("study.import_model", HEADERS[section])
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        row = self._rows[index.row()]
        if index.column() in _FIELD and row.is_transcript:
            flags |= Qt.ItemFlag.ItemIsEditable
        if index.column() == STATUS and row.plan.existing and not row.plan.problem:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.EditRole:
            return _edit_value(row.meta, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = self._tooltip(index.row(), column)
            return as_text(tip) if tip else tip
        if role == Qt.ItemDataRole.CheckStateRole and column == STATUS and row.plan.existing:
            return Qt.CheckState.Checked if row.replace else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._colour(row, column)
        if role == Qt.ItemDataRole.FontRole and column in _FIELD and not row.is_transcript:
            return self._italic
        if role == Qt.ItemDataRole.DecorationRole and column == STATUS and row.blocker():
            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.CheckStateRole and column == STATUS:
            row.replace = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role == Qt.ItemDataRole.EditRole and column in _FIELD and row.is_transcript:
            row.meta = _with_value(row.meta, column, value)
            row.edited.add(_FIELD[column])
        else:
            return False
        self.replan()
        return True

    # -- cells ----------------------------------------------------------------------------------
    def _text(self, row: _Row, column: int) -> str:
        contents = row.read.contents
        if column == FILE:
            return row.read.path.name
        if column in _FIELD:
            return self._field_text(row, column)
        if column == RES and contents is not None:
            if contents.is_table:
                res = sum(len(d.res) for d in contents.drafts)
                return QCoreApplication.translate(
                    "study.import_model", "{res} in {interviews}"
                ).format(res=res, interviews=count(len(contents.drafts), "interview"))
            return f"{len(contents.res)} ({re_labels(contents.res)})" if contents.res else "0"
        if column == ENCODING:
            kind = _file_kind(row.read.path.suffix) if contents is not None else ""
            return row.read.encoding or kind
        if column == STATUS:
            return row.blocker() or self._status(row)
        return ""

    def _field_text(self, row: _Row, column: int) -> str:
        if row.read.contents is None and row.read.path.suffix.lower() not in (".txt", ".docx"):
            return ""
        if row.read.contents is not None and not row.is_transcript:
            return QCoreApplication.translate("study.import_model", "from columns")
        meta = row.meta
        if column == DYAD:
            if not meta.dyad:
                return ""
            return (
                QCoreApplication.translate("study.import_model", "{dyad} (new)").format(
                    dyad=meta.dyad
                )
                if self._new(row)
                else meta.dyad
            )
        if column == NARRATOR:
            return narrator_word(meta.narrator) if meta.narrator else ""
        return str(meta.phase) if meta.phase is not None else ""

    def _new(self, row: _Row) -> bool:
        return row.meta.dyad not in self._state.dyads

    def _status(self, row: _Row) -> str:
        if row.replace:
            return QCoreApplication.translate(
                "study.import_model", "replaces the transcript in the project (nobody coded it)"
            )
        n = len(row.plan.drafts)
        new = count(n, "interview") if row.read.contents and row.read.contents.is_table else ""
        text = (
            QCoreApplication.translate("study.import_model", "new: {interviews}").format(
                interviews=new
            )
            if new
            else QCoreApplication.translate("study.import_model", "new")
        )
        if row.plan.new_dyads:
            text += QCoreApplication.translate("study.import_model", "; new dyad {dyads}").format(
                dyads=", ".join(row.plan.new_dyads)
            )
        return text

    def _tooltip(self, number: int, column: int) -> str | None:
        row = self._rows[number]
        if column == FILE:
            return str(row.read.path)
        if column == STATUS:
            return "\n".join(self.problems_of(number)) or self._text(row, column)
        if column in _FIELD and row.is_transcript:
            return QCoreApplication.translate("study.import_model", "Double-click to change")
        return self._text(row, column) or None

    def _colour(self, row: _Row, column: int) -> QColor | None:
        palette = QApplication.palette()
        if column == STATUS and row.blocker():
            return QColor("#ff8a80") if is_dark(palette) else QColor("#b3261e")
        if column in (ENCODING, RES) or (column in _FIELD and not row.is_transcript):
            return muted_text(palette)
        return None


def _without_name(message: str, name: str) -> str:
    return message.removeprefix(f"{name}: ")


def _file_kind(suffix: str) -> str:
    return (
        QCoreApplication.translate("study.import_model", "Word document")
        if suffix.lower() == ".docx"
        else QCoreApplication.translate("study.import_model", "Excel workbook")
    )


def _edit_value(meta: Meta, column: int) -> object:
    if column == DYAD:
        return meta.dyad
    if column == NARRATOR:
        return meta.narrator.value if meta.narrator else ""
    if column == PHASE:
        return meta.phase
    return None


def _with_value(meta: Meta, column: int, value: object) -> Meta:
    if column == DYAD:
        return replace(meta, dyad=str(value or "").strip())
    if column == NARRATOR:
        return replace(meta, narrator=NarratorRole(str(value)) if value else None)
    return replace(meta, phase=int(str(value)) if value not in (None, "") else None)
