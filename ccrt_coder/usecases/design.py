"""The study design as the project lead edits it: dyads and their people, interviews' places.

Each method is one user action in one transaction; the rules (``core.design``) are checked by
the storage writes, so the GUI's Study design dialog and the CLI cannot bypass them.
:class:`~ccrt_coder.usecases.project.Project` inherits these methods.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ccrt_coder.core.design import DyadRecord, InterviewContents, InterviewKey
from ccrt_coder.storage import schema
from ccrt_coder.storage.database import Database


@dataclass(frozen=True)
class DeletedInterview:
    """What a deletion removed, and where the copy of the project made before it is."""

    contents: InterviewContents
    backup: Path


class DesignServices:
    """Dyads, interviews' slots and deleting interviews, on an open project file (``_db``)."""

    _db: Database

    def dyads(self) -> list[DyadRecord]:
        from ccrt_coder.storage import design_store

        with self._db.reading() as session:
            return design_store.list_dyads(session)

    def add_dyad(self, code: str, patient: str = "", therapist: str = "") -> None:
        """A new dyad; its people default to ``CODE-P`` and ``CODE-T`` as in imports."""
        from ccrt_coder.storage import design_store

        with self._db.transaction() as session:
            design_store.add_dyad(session, code, patient or f"{code}-P", therapist or f"{code}-T")

    def update_dyad(
        self,
        code: str,
        new_code: str | None = None,
        patient: str | None = None,
        therapist: str | None = None,
    ) -> None:
        """Rename a dyad and/or change its patient's or therapist's code (None: unchanged)."""
        from ccrt_coder.storage import design_store

        with self._db.transaction() as session:
            design_store.update_dyad(session, code, new_code, patient, therapist)

    def set_person_notes(self, notes: dict[str, str]) -> None:
        """Notes on people by their code (a dyad's patient and therapist), stored together."""
        from ccrt_coder.storage import narrative_store

        with self._db.transaction() as session:
            for code, note in notes.items():
                narrative_store.set_person_note(session, code, note)

    def move_interview(self, source: InterviewKey, target: InterviewKey) -> None:
        """Give an interview another dyad, narrator or phase; refused where that slot is taken."""
        from ccrt_coder.storage import design_store

        with self._db.transaction() as session:
            design_store.move_interview(session, source, target)

    def interview_contents(self, key: InterviewKey) -> InterviewContents:
        """What deleting the interview would remove (to ask before doing it)."""
        from ccrt_coder.storage import design_store

        with self._db.reading() as session:
            return design_store.interview_contents(session, key)

    def delete_interview(self, key: InterviewKey) -> DeletedInterview:
        """Back the project up, then delete the interview with everything coded in it."""
        from ccrt_coder.storage import design_store

        with self._db.transaction() as session:  # holds the write lock: the backup is the state
            contents = design_store.interview_contents(session, key)
            backup = schema.backup_before(self._db.path, "predelete")
            design_store.delete_interview(session, key)
        return DeletedInterview(contents, backup)
