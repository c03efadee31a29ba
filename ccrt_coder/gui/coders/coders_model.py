"""CodersModel: the project's coders with their work, a name editable to rename the coder."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject

from ccrt_coder.gui.widgets.record_table import RecordTableModel
from ccrt_coder.gui.widgets.tr_marks import QT_TRANSLATE_NOOP
from ccrt_coder.usecases.domain import CoderSummary

_CONTEXT = "coders.coders_model"
_COLUMNS = (
    QT_TRANSLATE_NOOP("coders.coders_model", "Coder"),
    QT_TRANSLATE_NOOP("coders.coders_model", "Units"),
    QT_TRANSLATE_NOOP("coders.coders_model", "Ratings"),
    QT_TRANSLATE_NOOP("coders.coders_model", "Status"),
)
NAME, UNITS, RATINGS, STATUS = range(len(_COLUMNS))


class CodersModel(RecordTableModel):
    """One row per coder (a handful: the list is read whole); a stored rename selects the new
    name."""

    def __init__(self, rename: Callable[[str, str], None], parent: QObject | None = None) -> None:
        super().__init__(_CONTEXT, _COLUMNS, frozenset({NAME}), parent)
        self._rename = rename

    def coder_at(self, row: int) -> CoderSummary | None:
        return self.record_at(row)

    def row_of(self, name: str) -> int:
        return next((r for r, c in enumerate(self.records()) if c.name == name), -1)

    def cell(self, record: CoderSummary, column: int) -> object:
        status = (
            QCoreApplication.translate("coders.coders_model", "retired")
            if record.retired
            else QCoreApplication.translate("coders.coders_model", "active")
        )
        return (record.name, record.units, record.ratings, status)[column]

    def tooltip(self, record: CoderSummary, column: int) -> str | None:
        if record.retired:
            return QCoreApplication.translate(
                "coders.coders_model",
                "Kept in analyses and exports; not offered in “Who is coding?”",
            )
        return None

    def store(self, record: CoderSummary, column: int, value: object) -> object:
        self._rename(record.name, str(value))
        return str(value)
