"""The project's coders as the project lead manages them: add, rename, retire, merge.

A retired coder's work stays in every analysis and export; they are only no longer offered in
"Who is coding?". Each method is one transaction; the rules are ``core.coders``'.
:class:`~ccrt_coder.usecases.project.Project` inherits these methods.
"""

from __future__ import annotations

from ccrt_coder.core.coders import CoderSummary
from ccrt_coder.storage.database import Database


class CoderServices:
    """Managing the coders of an open project file (``_db``)."""

    _db: Database

    def coder_summaries(self) -> list[CoderSummary]:
        """Every coder, retired ones too, with their units and ratings (both layers)."""
        from ccrt_coder.storage import coder_store

        with self._db.reading() as session:
            return coder_store.coder_summaries(session)

    def rename_coder(self, name: str, new_name: str) -> None:
        from ccrt_coder.storage import coder_store

        with self._db.transaction() as session:
            coder_store.rename_coder(session, name, new_name)

    def retire_coder(self, name: str, retired: bool = True) -> None:
        """Retire a coder (False: offer them again)."""
        from ccrt_coder.storage import coder_store

        with self._db.transaction() as session:
            coder_store.set_retired(session, name, retired)

    def merge_coders(self, source: str, target: str) -> None:
        """``source`` and ``target`` are one person: all of ``source``'s units and ratings
        become ``target``'s and ``source`` is removed; refused where both coded one RE in one
        layer."""
        from ccrt_coder.storage import coder_store

        with self._db.transaction() as session:
            coder_store.merge_coders(session, source, target)
