"""The text search of the Units view and ``ccrt-coder units --text``: found in memory.

Searching SQL for a word cut every unit's text out of its transcript on every query (about a
second on 200k units, and again for every page). Here each unit's searchable text (its
transcript spans, tailor label and memo, lower-cased) and its filter values are read once per
project file into a :class:`UnitIndex`, kept until anyone commits to the file (or ``forget``);
a search is then a substring test per unit, and a filter is counted, sorted and paged in memory
(unit_index.py), SQL reading just the page's rows; the matrix hands the found ids to SQL. A filter
without text uses the index only once one is built (the Units view builds it on a worker).
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from ccrt_coder.storage import export_store, unit_query
from ccrt_coder.storage.database import Database
from ccrt_coder.storage.file_version import FileVersion
from ccrt_coder.usecases.export_sheets import packed_pairs
from ccrt_coder.usecases.unit_index import Column, UnitIndex, member_positions

if TYPE_CHECKING:
    from ccrt_coder.storage.database import Session  # what db.transaction() yields

_GAP = "\x00"  # between a unit's pieces: a word is found within one piece, as in SQL
_KEPT = 2  # project files whose index is kept (the memory stays bounded)


def build(db: Database) -> UnitIndex:
    """Read every unit's filter values and pieces of text once, in one read."""
    with db.reading() as session:
        keys = list(unit_query.unit_keys(session))
        texts = _texts(session)
        categories = list(unit_query.unit_categories(session))
    ids = [row[0] for row in keys]
    names = unit_query.KEY_FIELDS
    values = list(zip(*keys, strict=True)) or [()] * len(names)
    columns = {name: Column(values[n]) for n, name in enumerate(names) if n}
    place = {unit_id: position for position, unit_id in enumerate(ids)}
    members = {
        kind: member_positions((place[row[0]], row[n]) for row in categories if row[0] in place)
        for n, kind in ((1, "category"), (2, "cluster"))
    }
    ordered = [texts.get(unit_id, "") for unit_id in ids]
    return UnitIndex(np.array(ids, dtype=np.int64), ordered, columns, members)


def _texts(session: Session) -> dict[int, str]:
    """Each unit's searchable text (one transcript in memory at a time)."""
    texts: dict[int, str] = {}
    interview, transcript = None, ""
    for unit_id, interview_id, label, memo, spans in unit_query.searchable_units(session):
        if interview_id != interview:
            interview = interview_id
            transcript = export_store.transcript_text(session, interview_id)
        pieces = [transcript[start:end] for start, end in packed_pairs(spans)]
        pieces += [piece for piece in (label, memo) if piece]
        texts[unit_id] = _GAP.join(pieces).lower()
    return texts


_LOCK = threading.Lock()  # the GUI thread and workers share the indexes; one builds at a time
_INDEXES: OrderedDict[Path, tuple[FileVersion, UnitIndex]] = OrderedDict()


def index_of(db: Database) -> UnitIndex:
    """The index of ``db``'s file, built on first use and after any commit to the file (the
    Units view searches on a worker, so the building happens there)."""
    key = Path(db.path).resolve()
    with _LOCK:
        kept = _INDEXES.get(key)
        if kept is None or not kept[0].unchanged():
            _drop(key)
            version = FileVersion(key)  # before reading: a commit meanwhile makes it stale
            try:
                kept = (version, build(db))
            except BaseException:
                version.close()
                raise
            _INDEXES[key] = kept
            while len(_INDEXES) > _KEPT:
                _drop(next(iter(_INDEXES)))
        _INDEXES.move_to_end(key)
        return kept[1]


def built(db: Database) -> UnitIndex | None:
    """The index of ``db``'s file if one is built and the file unchanged since; never waits
    for one being built (the GUI thread asks: SQL answers meanwhile)."""
    if not _LOCK.acquire(blocking=False):
        return None
    try:
        kept = _INDEXES.get(Path(db.path).resolve())
        return kept[1] if kept is not None and kept[0].unchanged() else None
    finally:
        _LOCK.release()


def forget(db: Database, wait: bool = False) -> None:
    """The coding of ``db``'s file changed: the next search reads the units again. Does not
    wait for an index being built (a commit makes that one stale anyway) unless ``wait``: the
    file is closed, and nothing may keep it open (the index's version probe would)."""
    if _LOCK.acquire(blocking=wait):
        try:
            _drop(Path(db.path).resolve())
        finally:
            _LOCK.release()


def _drop(key: Path) -> None:
    kept = _INDEXES.pop(key, None)
    if kept is not None:
        kept[0].close()
