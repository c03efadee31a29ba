"""The "nothing codable" mark: a coder read an RE and found no W, RO or RS to code in it.

It counts the RE as done in the study tree's progress (:mod:`ccrt_coder.core.coding_done`, where
its rules live: it needs the coder's completeness rating and excludes units of the coder and
layer). Marking is one transaction and hands back the previous state, so the GUI can undo it.
:class:`~ccrt_coder.usecases.project.Project` inherits these methods.
"""

from __future__ import annotations

from collections.abc import Sequence

from ccrt_coder.core.domain import Layer
from ccrt_coder.core.records import NothingCodableMark
from ccrt_coder.storage import plain_coding
from ccrt_coder.storage.database import Database


class NothingCodableServices:
    """The coders' "nothing codable" marks in an open project file (``_db``)."""

    _db: Database

    def set_nothing_codable(
        self, re_id: int, coder_id: int, marked: bool, layer: Layer = Layer.CODER
    ) -> bool:
        """Mark (or unmark) an RE for a coder and layer; returns whether it was marked."""
        from ccrt_coder.storage import coding_store, narrative_store

        with self._db.transaction() as session:
            narrative_store.re_spans(session, re_id)  # the RE exists
            return coding_store.set_nothing_codable(session, re_id, coder_id, layer, marked)

    def nothing_codable_res(
        self, coder_id: int, re_ids: Sequence[int], layer: Layer = Layer.CODER
    ) -> set[int]:
        """Those of ``re_ids`` the coder marked "nothing codable" in the layer."""
        with self._db.plain_reading() as connection:
            return plain_coding.marked_res(connection, coder_id, layer, re_ids)

    def nothing_codable_marks(self) -> list[NothingCodableMark]:
        """Every mark of the study (for listings; blind coding is the GUI's business)."""
        from ccrt_coder.storage import codable_store

        with self._db.reading() as session:
            return codable_store.list_marks(session)
