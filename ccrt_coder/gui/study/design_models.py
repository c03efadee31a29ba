"""The Study design dialog's tables: dyads with their people, interviews with their places.

Both are short lists of plain records read whole (a study has hundreds of rows at most); an
edited cell is one stored change through the project (see ``RecordTableModel``).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QObject

from ccrt_coder.gui.widgets.record_table import RecordTableModel
from ccrt_coder.gui.widgets.terms import narrator_word
from ccrt_coder.gui.widgets.tr_marks import QT_TRANSLATE_NOOP
from ccrt_coder.usecases.domain import DyadRecord, InterviewKey, InterviewRecord, NarratorRole
from ccrt_coder.usecases.project import Project

_CONTEXT = "study.design_models"
_DYAD_COLUMNS = (
    QT_TRANSLATE_NOOP("study.design_models", "Dyad"),
    QT_TRANSLATE_NOOP("study.design_models", "Patient"),
    QT_TRANSLATE_NOOP("study.design_models", "Therapist"),
    QT_TRANSLATE_NOOP("study.design_models", "Interviews"),
    QT_TRANSLATE_NOOP("study.design_models", "Notes"),
)
DYAD, PATIENT, THERAPIST, INTERVIEWS, NOTES = range(len(_DYAD_COLUMNS))
_INTERVIEW_COLUMNS = (
    QT_TRANSLATE_NOOP("study.design_models", "Dyad"),
    QT_TRANSLATE_NOOP("study.design_models", "Narrator"),
    QT_TRANSLATE_NOOP("study.design_models", "Phase"),
    QT_TRANSLATE_NOOP("study.design_models", "REs"),
)
IV_DYAD, IV_NARRATOR, IV_PHASE, IV_RES = range(len(_INTERVIEW_COLUMNS))


def interview_key(record: InterviewRecord) -> InterviewKey:
    return InterviewKey(record.dyad, record.narrator, record.phase)


class DyadsModel(RecordTableModel):
    """Dyad, patient and therapist codes are edited in place; a stored edit selects the dyad."""

    def __init__(self, project: Project, parent: QObject | None = None) -> None:
        super().__init__(_CONTEXT, _DYAD_COLUMNS, frozenset({DYAD, PATIENT, THERAPIST}), parent)
        self._project = project

    def row_of(self, code: str) -> int:
        return next((r for r, d in enumerate(self.records()) if d.code == code), -1)

    def cell(self, record: DyadRecord, column: int) -> object:
        if column == NOTES:
            noted = [n for n in (record.patient_note, record.therapist_note) if n]
            return " · ".join(n.splitlines()[0] for n in noted)
        return (record.code, record.patient, record.therapist, record.interviews)[column]

    def tooltip(self, record: DyadRecord, column: int) -> str | None:
        if column != NOTES:
            return None
        return "\n\n".join(
            f"{code}: {note}"
            for code, note in (
                (record.patient, record.patient_note),
                (record.therapist, record.therapist_note),
            )
            if note
        )

    def store(self, record: DyadRecord, column: int, value: object) -> object:
        text = str(value)
        if column == DYAD:
            self._project.update_dyad(record.code, new_code=text)
            return text
        if column == PATIENT:
            self._project.update_dyad(record.code, patient=text)
        else:
            self._project.update_dyad(record.code, therapist=text)
        return record.code


class InterviewsModel(RecordTableModel):
    """Dyad, narrator and phase are chosen from the study's (a combo box): the interview moves
    there, unless that place is taken. A stored move selects the interview."""

    def __init__(self, project: Project, parent: QObject | None = None) -> None:
        super().__init__(
            _CONTEXT, _INTERVIEW_COLUMNS, frozenset({IV_DYAD, IV_NARRATOR, IV_PHASE}), parent
        )
        self._project = project
        self._dyads: tuple[str, ...] = ()
        self._phases: tuple[int, ...] = ()

    def set_design(self, dyads: Sequence[str], phases: Sequence[int]) -> None:
        """The dyads and phases an interview may be moved to."""
        self._dyads, self._phases = tuple(dyads), tuple(phases)

    def row_of(self, interview_id: int) -> int:
        return next((r for r, i in enumerate(self.records()) if i.id == interview_id), -1)

    def cell(self, record: InterviewRecord, column: int) -> object:
        if column == IV_NARRATOR:
            return narrator_word(record.narrator)
        return (record.dyad, None, record.phase, record.n_res)[column]

    def edit_value(self, record: InterviewRecord, column: int) -> object:
        return record.narrator if column == IV_NARRATOR else self.cell(record, column)

    def tooltip(self, record: InterviewRecord, column: int) -> str | None:
        if column in (IV_DYAD, IV_NARRATOR, IV_PHASE) and self.editable:
            return QCoreApplication.translate(
                "study.design_models",
                "Double-click to move the interview (its REs and coding go with it)",
            )
        return None

    def choices(self, record: InterviewRecord, column: int) -> list[tuple[str, object]] | None:
        if column == IV_DYAD:
            return [(code, code) for code in self._dyads]
        if column == IV_NARRATOR:
            return [(narrator_word(role), role) for role in NarratorRole]
        if column == IV_PHASE:
            return [(str(phase), phase) for phase in self._phases]
        return None

    def store(self, record: InterviewRecord, column: int, value: object) -> object:
        key = interview_key(record)
        if column == IV_DYAD:
            target = InterviewKey(str(value), key.narrator, key.phase)
        elif column == IV_NARRATOR:
            target = InterviewKey(key.dyad, NarratorRole(str(value)), key.phase)
        else:
            target = InterviewKey(key.dyad, key.narrator, int(str(value)))
        self._project.move_interview(key, target)
        return record.id
