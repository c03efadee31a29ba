"""A project's coding work keyed by stable uids (set-based reads) and bulk writes of merged work.

Units and ratings go through the driver as stored (no per-value type processing): merges read
and write hundreds of thousands of them, and copy their timestamps exactly; core's rules check
them first, as they check every coded unit. A unit's spans and categories are read per layer,
only for the layers a merge adds or must compare in detail.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from functools import partial
from itertools import chain
from operator import itemgetter
from typing import Any, NamedTuple, cast

from sqlalchemy import CursorResult, delete, select
from sqlalchemy.orm import Session

from ccrt_coder.storage.bulk import insert_rows, next_ids
from ccrt_coder.storage.merge_checks import check_merged
from ccrt_coder.storage.models import (
    CategoryRow,
    CategorySystemRow,
    CodedUnit,
    Coder,
    Dyad,
    Interview,
    RelationshipEpisode,
    ReRating,
    Transcript,
)
from ccrt_coder.storage.rating_snap import RatingSnap
from ccrt_coder.storage.unit_table import (
    UNIT_COLUMNS,
    UNIT_JOINS,
    CategoryKey,
    Spans,
    UnitDetail,
    UnitRow,
    UnitTable,
    chosen,
    grouped,
)

LayerKey = tuple[str, str]  # (coder uid, layer)
DetailsLoader = Callable[[Iterable[LayerKey]], dict[str, UnitDetail]]


class TranscriptSnap(NamedTuple):
    uid: str
    sha256: str
    interview: str  # "D01 / patient / phase 5", for reports


class ReSnap(NamedTuple):
    uid: str
    transcript_uid: str
    number: int
    other_type: str
    other_name: str
    time_frame: str
    about_partner: bool
    spans: Spans
    created_at: str
    modified_at: str


class CoderSnap(NamedTuple):
    uid: str
    name: str
    created_at: datetime


@dataclass(frozen=True)
class WorkSnapshot:
    """Transcripts, REs, coders, unit rows and ratings of one project, all keyed by uid."""

    transcripts: dict[str, TranscriptSnap]
    res: dict[str, ReSnap]
    coders: dict[str, CoderSnap]
    units: list[UnitRow]
    ratings: list[RatingSnap]
    categories: set[CategoryKey]  # of every category system in the project
    used_categories: set[CategoryKey]  # those that units use


@dataclass
class MergeRows:
    """What a merge adds to the target; ``coder_uids`` maps source coder uids to target ones."""

    coders: list[CoderSnap] = field(default_factory=list)
    res: list[ReSnap] = field(default_factory=list)
    units: list[tuple[UnitRow, UnitDetail]] = field(default_factory=list)
    ratings: list[RatingSnap] = field(default_factory=list)
    coder_uids: dict[str, str] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return bool(self.coders or self.res or self.units or self.ratings)


_UNITS_SQL = f"SELECT {UNIT_COLUMNS} {UNIT_JOINS}"
_RATINGS_SQL = """
SELECT re.uid, c.uid, r.layer, r.completeness, r.modified_at, r.nothing_codable
FROM re_ratings r
JOIN relationship_episodes re ON re.id = r.re_id
JOIN coders c ON c.id = r.coder_id
"""
_RES_SQL = """
SELECT re.id, re.uid, t.uid, re.number, re.other_type, re.other_name, re.time_frame,
       re.about_partner, re.created_at, re.modified_at
FROM relationship_episodes re
JOIN transcripts t ON t.interview_id = re.interview_id
"""
_IN_LAYERS = (  # by the coders' ids: comparing integers per row, not joining coders (twice as fast)
    "(u.coder_id, u.layer) {0} "
    "(SELECT c.id, l.column2 FROM (VALUES {1}) l JOIN coders c ON c.uid = l.column1)"
)


def _in_layers(layers: list[LayerKey], among: str = "IN") -> tuple[str, tuple]:
    """A condition on a unit ``u`` being ``among`` ("IN", "NOT IN") ``layers``, its parameters."""
    values = ", ".join(["(?, ?)"] * len(layers))
    return _IN_LAYERS.format(among, values), tuple(value for layer in layers for value in layer)


@contextmanager
def large_cache(session: Session) -> Iterator[None]:
    """A page cache of 64 MiB for the merge's transaction (SQLite's default is 2 MiB): adding
    a layer updates the unit uids' index all over, which then stays in memory."""
    driver: Any = session.connection().connection.driver_connection  # sqlite3 or SQLCipher
    (before,) = driver.execute("PRAGMA cache_size").fetchone()
    driver.execute(f"PRAGMA cache_size = {-_MERGE_CACHE_KIB}")
    try:
        yield
    finally:
        driver.execute(f"PRAGMA cache_size = {int(before)}")


_MERGE_CACHE_KIB = 64 * 1024


def load_snapshot(session: Session, units: UnitTable | None = None) -> WorkSnapshot:
    """The coding work of a project (without unit details) in set-based queries; ``units``
    are the project's units when the gate read them already. Without them (the target of a
    merge) no unit is read: :func:`load_layers` reads those of the layers a merge compares."""
    make_unit, make_rating = tuple.__new__, tuple.__new__  # rows as named tuples, no copying
    categories = _category_keys(session)
    if units is None:
        unit_rows: list[UnitRow] = []
        used = {c for (c,) in _fetch(session, "SELECT DISTINCT category_id FROM unit_categories")}
    else:  # at C speed: the gate's rows without their ids, as unit rows
        unit_rows = list(map(partial(make_unit, UnitRow), map(_WITHOUT_IDS, units.rows)))
        used = set(chain.from_iterable(units.categories.values()))
    return WorkSnapshot(
        transcripts=_transcripts(session),
        res=_res(session),
        coders={
            uid: CoderSnap(uid, name, created)
            for uid, name, created in session.connection().execute(
                select(Coder.uid, Coder.name, Coder.created_at)
            )
        },
        units=unit_rows,
        ratings=[make_rating(RatingSnap, row) for row in _fetch(session, _RATINGS_SQL)],
        categories=set(categories.values()),
        used_categories={categories[category_id] for category_id in used},
    )


def load_details(session: Session, layers: Iterable[LayerKey]) -> dict[str, UnitDetail]:
    """Spans and categories of every unit in ``layers``, by unit uid."""
    layers = list(layers)
    if not layers:
        return {}
    condition, params = _in_layers(layers)
    spans: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for uid, start, end in _fetch(
        session,
        'SELECT u.uid, s.start, s."end" FROM unit_spans s JOIN coded_units u ON u.id = s.unit_id '
        f'WHERE {condition} ORDER BY s.unit_id, s.start, s."end"',
        params,
    ):
        spans[uid].append((start, end))
    keys = _category_keys(session)
    codes: dict[str, list[CategoryKey]] = defaultdict(list)
    for uid, category_id in _fetch(
        session,
        "SELECT u.uid, k.category_id FROM unit_categories k JOIN coded_units u "
        f"ON u.id = k.unit_id WHERE {condition} ORDER BY k.unit_id, k.position",
        params,
    ):
        codes[uid].append(keys[category_id])
    return {uid: (tuple(s), tuple(codes.get(uid, ()))) for uid, s in spans.items()}


def load_layers(session: Session, layers: Iterable[LayerKey]) -> list[UnitRow]:
    """The units of ``layers`` (coder uid, layer), in one read."""
    layers = list(layers)
    if not layers:
        return []
    condition, params = _in_layers(layers)
    rows = _fetch(session, f"{_UNITS_SQL} WHERE {condition}", params)
    return list(map(partial(tuple.__new__, UnitRow), rows))


def uids_besides(session: Session, layers: Iterable[LayerKey]) -> set[str]:
    """The uids of the project's units that are not of ``layers``."""
    layers = list(layers)
    condition, params = _in_layers(layers, "NOT IN") if layers else ("1", ())
    rows = _fetch(session, f"SELECT u.uid FROM coded_units u WHERE {condition}", params)
    return {uid for (uid,) in rows}


@dataclass(frozen=True)
class TargetReads:
    """What a merge reads of its target's units, when (and as far as) it needs them."""

    details: DetailsLoader
    layers: Callable[[Iterable[LayerKey]], list[UnitRow]]
    uids_besides: Callable[[Iterable[LayerKey]], set[str]]


def target_reads(session: Session) -> TargetReads:
    """The merge target's reads, within ``session`` (the merge's transaction)."""
    return TargetReads(
        partial(load_details, session),
        partial(load_layers, session),
        partial(uids_besides, session),
    )


def details_from(session: Session, units: UnitTable) -> DetailsLoader:
    """:func:`load_details` for a checked file, answered from the units, spans and categories
    the gate read (``units``) instead of reading them again."""
    keys = _category_keys(session)

    def load(layers: Iterable[LayerKey]) -> dict[str, UnitDetail]:
        rows = chosen(units.rows, set(layers), _LAYER_OF_ROW)
        uid_of = dict(zip(map(_ID, rows), map(_UID, rows), strict=True))
        spans = grouped(sorted(chosen(units.spans, uid_of.keys(), _ID)), _ID, _START_END)
        return {
            uid_of[unit]: (pieces, tuple(map(keys.__getitem__, units.categories.get(unit, ()))))
            for unit, pieces in spans.items()
        }

    return load


_ID, _UID, _LAYER_OF_ROW = itemgetter(0), itemgetter(2), itemgetter(3, 4)  # of a gate's row
_WITHOUT_IDS = itemgetter(slice(2, None))  # a gate's row as a UnitRow
_START_END = itemgetter(1, 2)  # of a gate's span


def _fetch(session: Session, sql: str, params: tuple = ()) -> list[tuple]:
    """Plain driver rows (no result processing) within the session's transaction."""
    cursor = session.connection().connection.cursor()
    try:
        return cursor.execute(sql, params).fetchall()
    finally:
        cursor.close()


def _category_keys(session: Session) -> dict[int, CategoryKey]:
    rows = session.connection().execute(
        select(
            CategoryRow.id, CategorySystemRow.name, CategorySystemRow.version, CategoryRow.code
        ).join(CategorySystemRow, CategoryRow.system_id == CategorySystemRow.id)
    )
    return {id_: (name, version, code) for id_, name, version, code in rows}


def _transcripts(session: Session) -> dict[str, TranscriptSnap]:
    rows = session.connection().execute(
        select(Transcript.uid, Transcript.sha256, Dyad.code, Interview.narrator, Interview.phase)
        .join(Interview, Transcript.interview_id == Interview.id)
        .join(Dyad, Interview.dyad_id == Dyad.id)
    )
    return {
        uid: TranscriptSnap(uid, sha, f"{dyad} / {narrator} / phase {phase}")
        for uid, sha, dyad, narrator, phase in rows
    }


def _res(session: Session) -> dict[str, ReSnap]:
    spans: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for re_id, start, end in _fetch(
        session, 'SELECT re_id, start, "end" FROM re_spans ORDER BY re_id, ordinal'
    ):
        spans[re_id].append((start, end))
    return {
        uid: ReSnap(
            uid, t_uid, number, other, name, frame, bool(partner), tuple(spans[re_id]), created, mod
        )
        for re_id, uid, t_uid, number, other, name, frame, partner, created, mod in _fetch(
            session, _RES_SQL
        )
    }


def write_merge(session: Session, rows: MergeRows) -> None:
    """Insert merged coders, REs, units and ratings in bulk, resolving uids to the target's ids."""
    insert_rows(
        session,
        Coder,
        [{"uid": c.uid, "name": c.name, "created_at": c.created_at} for c in rows.coders],
    )
    _insert_res(session, rows.res)
    connection = session.connection()
    coder_ids = dict(connection.execute(select(Coder.uid, Coder.id)).all())
    coder_id = {src: coder_ids[dst] for src, dst in rows.coder_uids.items()}
    re_ids = dict(connection.execute(select(RelationshipEpisode.uid, RelationshipEpisode.id)).all())
    category_ids = {key: id_ for id_, key in _category_keys(session).items()}
    placed = [re_ids[u.re_uid] for u, _ in rows.units]  # each unit's RE id
    check_merged(session, rows.ratings, rows.units, coder_id, placed)
    _insert_units(session, rows.units, coder_id, placed, category_ids)
    _executemany(
        session,
        "INSERT INTO re_ratings (re_id, coder_id, layer, completeness, modified_at, "
        "nothing_codable) VALUES (?, ?, ?, ?, ?, ?)",
        [(re_ids[r.re_uid], coder_id[r.coder_uid], r.layer, *r[3:]) for r in rows.ratings],
    )


def _insert_res(session: Session, res: list[ReSnap]) -> None:
    if not res:
        return
    interview_ids = dict(
        session.connection().execute(select(Transcript.uid, Transcript.interview_id)).all()
    )
    ids = next_ids(session, RelationshipEpisode, len(res))
    _executemany(
        session,
        _INSERT_RE,
        [
            (i, r.uid, interview_ids[r.transcript_uid], *r[2:7], r.created_at, r.modified_at)
            for i, r in zip(ids, res, strict=True)
        ],
    )
    _executemany(
        session,
        'INSERT INTO re_spans (re_id, ordinal, start, "end") VALUES (?, ?, ?, ?)',
        [
            (i, n, start, end)
            for i, r in zip(ids, res, strict=True)
            for n, (start, end) in enumerate(r.spans)
        ],
    )


_INSERT_RE = """
INSERT INTO relationship_episodes (id, uid, interview_id, number, other_type, other_name,
    time_frame, about_partner, created_at, modified_at)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
"""


_INSERT_UNIT = """
INSERT INTO coded_units (id, uid, re_id, coder_id, layer, component, tailor_label, valence,
    actuality, explicitness, lu_direction, memo, created_at, modified_at)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
"""


def _insert_units(
    session: Session,
    units: list[tuple[UnitRow, UnitDetail]],
    coder_id: dict[str, int],
    placed: list[int],
    category_ids: dict[CategoryKey, int],
) -> None:
    """Ids are given, not returned: one plain driver executemany per table (the fastest path);
    ``placed`` are the units' RE ids."""
    ids = next_ids(session, CodedUnit, len(units))
    _executemany(
        session,
        _INSERT_UNIT,
        [
            (i, u.uid, re_id, coder_id[u.coder_uid], u.layer, *u[4:])
            for i, re_id, (u, _) in zip(ids, placed, units, strict=True)
        ],
    )
    _executemany(
        session,
        'INSERT INTO unit_spans (unit_id, start, "end") VALUES (?, ?, ?)',
        [
            (i, start, end)
            for i, (_, (spans, _)) in zip(ids, units, strict=True)
            for start, end in spans
        ],
    )
    _executemany(
        session,
        "INSERT INTO unit_categories (unit_id, category_id, position) VALUES (?, ?, ?)",
        [
            (i, category_ids[key], n)
            for i, (_, (_, keys)) in zip(ids, units, strict=True)
            for n, key in enumerate(keys)
        ],
    )


def _executemany(session: Session, sql: str, rows: list[tuple]) -> None:
    if rows:
        session.connection().exec_driver_sql(sql, rows)


def delete_coder_work(session: Session, coder_name: str, layers: Iterable[str] = ()) -> int:
    """Remove a coder's units (of some layers, or all) and ratings; the number of units removed."""
    coder = session.scalar(select(Coder.id).where(Coder.name == coder_name))
    if coder is None:
        return 0
    layers = tuple(layers) or ("coder", "consensus")
    removed = cast(
        CursorResult[Any],  # what a DELETE returns; Session.execute is typed for any statement
        session.execute(
            delete(CodedUnit).where(CodedUnit.coder_id == coder, CodedUnit.layer.in_(layers))
        ),
    ).rowcount
    session.execute(delete(ReRating).where(ReRating.coder_id == coder, ReRating.layer.in_(layers)))
    return removed or 0
