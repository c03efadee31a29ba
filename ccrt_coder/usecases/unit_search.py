"""The text search of the Units view and ``ccrt-coder units --text``: found in memory.

Searching SQL for a word cut every unit's text out of its transcript on every query (about a
second on 200k units, and again for every page). Here each unit's searchable text (its
transcript spans, tailor label and memo, lower-cased) is read once per project file and kept
until the coding changes (``forget``); a search is then a substring test per unit, and the
matching ids go to SQL, which counts, sorts and pages them with the other filters.
"""

from __future__ import annotations

import threading
from pathlib import Path

from ccrt_coder.storage import export_store, unit_query
from ccrt_coder.storage.database import Database
from ccrt_coder.usecases.export_sheets import packed_pairs

_GAP = "\x00"  # between a unit's pieces: a word is found within one piece, as in SQL


class TextIndex:
    """Each unit's searchable text; the ids found for the latest terms are remembered."""

    def __init__(self, texts: list[tuple[int, str]]) -> None:
        self._texts = texts
        self._found: dict[str, list[int]] = {}

    def find(self, text: str) -> list[int]:
        """The ids (ascending) of the units holding ``text``, case ignored."""
        term = text.strip().lower()
        if term not in self._found:
            if len(self._found) > 16:
                self._found.clear()
            self._found[term] = [unit_id for unit_id, hay in self._texts if term in hay]
        return self._found[term]


def build(db: Database) -> TextIndex:
    """Read every unit's pieces of text once (one transcript in memory at a time)."""
    texts: list[tuple[int, str]] = []
    with db.reading() as session:
        interview, transcript = None, ""
        for unit_id, interview_id, label, memo, spans in unit_query.searchable_units(session):
            if interview_id != interview:
                interview = interview_id
                transcript = export_store.transcript_text(session, interview_id)
            pieces = [transcript[start:end] for start, end in packed_pairs(spans)]
            pieces += [piece for piece in (label, memo) if piece]
            texts.append((unit_id, _GAP.join(pieces).lower()))
    texts.sort()
    return TextIndex(texts)


_LOCK = threading.Lock()  # the GUI thread and workers share the indexes; one builds at a time
_INDEXES: dict[Path, TextIndex] = {}


def index_of(db: Database) -> TextIndex:
    """The index of ``db``'s file, built on first use (the Units view does so on a worker)."""
    key = Path(db.path).resolve()
    with _LOCK:
        if key not in _INDEXES:
            _INDEXES[key] = build(db)
        return _INDEXES[key]


def forget(db: Database) -> None:
    """The coding of ``db``'s file changed: the next search reads the texts again."""
    with _LOCK:
        _INDEXES.pop(Path(db.path).resolve(), None)
