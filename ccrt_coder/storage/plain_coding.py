"""The REs of an interview and their coding (units, ratings, marks, memos) in plain DB-API SQL.

The one implementation of these reads, shared by the first frame (no SQLAlchemy imported, see
:mod:`ccrt_coder.storage.plain_read`) and the ORM stores, which pass their session's connection.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import NamedTuple, Protocol

from ccrt_coder.core.coding_done import ReCoding
from ccrt_coder.core.completeness import is_below_threshold
from ccrt_coder.core.domain import Actuality, Component, Explicitness, Layer, Span, Valence
from ccrt_coder.core.memos import MemoRecord
from ccrt_coder.core.records import ReRecord, UnitDraft, UnitRecord
from ccrt_coder.storage.plain_read import in_list


def list_res(connection: sqlite3.Connection, interview_id: int) -> list[ReRecord]:
    rows = connection.execute(
        "SELECT re.id, re.number, re.other_type, re.other_name, re.time_frame, re.about_partner,"
        ' s.start, s."end" FROM relationship_episodes re JOIN re_spans s ON s.re_id = re.id'
        " WHERE re.interview_id = ? ORDER BY re.number, s.ordinal",
        (interview_id,),
    )
    spans: dict[int, list[Span]] = {}
    episodes: dict[int, tuple] = {}
    for re_id, number, other_type, other_name, time_frame, partner, start, end in rows:
        episodes[re_id] = (number, other_type, other_name, time_frame, partner)
        spans.setdefault(re_id, []).append(Span(start, end))
    return [
        ReRecord(
            id=re_id,
            interview_id=interview_id,
            number=number,
            other_type=other_type,
            other_name=other_name,
            time_frame=time_frame,
            spans=tuple(spans[re_id]),
            about_partner=bool(partner),
        )
        for re_id, (number, other_type, other_name, time_frame, partner) in episodes.items()
    ]


class _Unit(NamedTuple):
    """A ``coded_units`` row, its columns by name (as :func:`unit_record` reads them)."""

    id: int
    uid: str
    re_id: int
    coder_id: int
    layer: str
    component: str
    tailor_label: str
    valence: str | None
    actuality: str | None
    explicitness: str | None
    lu_direction: str | None
    memo: str
    created_at: datetime
    modified_at: datetime


def load_units(
    connection: sqlite3.Connection,
    re_ids: Sequence[int],
    coder_id: int | None = None,
    layer: Layer | None = None,
) -> list[UnitRecord]:
    """Units of some REs, optionally of one coder and layer, in text order."""
    query = f"SELECT {', '.join(_Unit._fields)} FROM coded_units WHERE re_id IN {in_list(re_ids)}"
    parameters: list[object] = list(re_ids)
    if coder_id is not None:
        query += " AND coder_id = ?"
        parameters.append(coder_id)
    if layer is not None:
        query += " AND layer = ?"
        parameters.append(layer.value)
    units = [_unit(row) for row in connection.execute(query, parameters)]
    ids = [u.id for u in units]
    spans: dict[int, list[Span]] = {}
    for unit_id, start, end in connection.execute(
        f'SELECT unit_id, start, "end" FROM unit_spans WHERE unit_id IN {in_list(ids)}'
        " ORDER BY unit_id, start",
        ids,
    ):
        spans.setdefault(unit_id, []).append(Span(start, end))
    codes: dict[int, list[str]] = {}
    for unit_id, code in connection.execute(
        "SELECT uc.unit_id, c.code FROM unit_categories uc JOIN categories c"
        f" ON uc.category_id = c.id WHERE uc.unit_id IN {in_list(ids)}"
        " ORDER BY uc.unit_id, uc.position",
        ids,
    ):
        codes.setdefault(unit_id, []).append(code)
    records = [
        unit_record(u, tuple(spans.get(u.id, ())), tuple(codes.get(u.id, ()))) for u in units
    ]
    return sorted(records, key=lambda r: (r.draft.spans[0].start if r.draft.spans else 0, r.id))


class UnitColumns(Protocol):
    """A coded unit's columns by name: an ORM row, a SQLAlchemy ``Row`` or a ``_Unit``."""

    @property
    def id(self) -> int: ...
    @property
    def uid(self) -> str: ...
    @property
    def re_id(self) -> int: ...
    @property
    def coder_id(self) -> int: ...
    @property
    def layer(self) -> str: ...
    @property
    def component(self) -> str: ...
    @property
    def tailor_label(self) -> str: ...
    @property
    def valence(self) -> str | None: ...
    @property
    def actuality(self) -> str | None: ...
    @property
    def explicitness(self) -> str | None: ...
    @property
    def lu_direction(self) -> str | None: ...
    @property
    def memo(self) -> str: ...
    @property
    def created_at(self) -> datetime: ...
    @property
    def modified_at(self) -> datetime: ...


def unit_record(unit: UnitColumns, spans: tuple[Span, ...], codes: tuple[str, ...]) -> UnitRecord:
    draft = UnitDraft(
        re_id=unit.re_id,
        coder_id=unit.coder_id,
        layer=Layer(unit.layer),
        component=Component(unit.component),
        spans=spans,
        categories=codes,
        tailor_label=unit.tailor_label,
        valence=Valence(unit.valence) if unit.valence else None,
        actuality=Actuality(unit.actuality) if unit.actuality else None,
        explicitness=Explicitness(unit.explicitness) if unit.explicitness else None,
        lu_direction=unit.lu_direction,
        memo=unit.memo,
    )
    return UnitRecord(unit.id, unit.uid, draft, unit.created_at, unit.modified_at)


def _unit(row: tuple) -> _Unit:
    created, modified = (datetime.fromisoformat(value) for value in row[-2:])
    return _Unit._make((*row[:-2], created, modified))


def marked_res(
    connection: sqlite3.Connection, coder_id: int, layer: Layer, re_ids: Sequence[int]
) -> set[int]:
    """Those of ``re_ids`` the coder marked "nothing codable" in the layer."""
    rows = connection.execute(
        "SELECT re_id FROM re_ratings WHERE nothing_codable AND coder_id = ? AND layer = ?"
        f" AND re_id IN {in_list(re_ids)}",
        (coder_id, layer.value, *re_ids),
    )
    return {re_id for (re_id,) in rows}


def completeness_ratings(
    connection: sqlite3.Connection, re_ids: Sequence[int], coder_id: int | None = None
) -> dict[tuple[int, int, Layer], float]:
    """Ratings of some REs keyed (re_id, coder_id, layer); optionally of one coder only."""
    query = "SELECT re_id, coder_id, layer, completeness FROM re_ratings"
    query += f" WHERE re_id IN {in_list(re_ids)}"
    parameters: list[object] = list(re_ids)
    if coder_id is not None:
        query += " AND coder_id = ?"
        parameters.append(coder_id)
    rows = connection.execute(query, parameters)
    return {(r, c, Layer(layer)): value for r, c, layer, value in rows}


def partner_re_counts(connection: sqlite3.Connection) -> dict[int, int]:
    """Per interview, how many REs are about the dyad partner (the REs' stored flag)."""
    rows = connection.execute(
        "SELECT interview_id, count(id) FROM relationship_episodes WHERE about_partner"
        " GROUP BY interview_id"
    )
    return dict(rows.fetchall())


def coding_states(
    connection: sqlite3.Connection,
    coder_id: int,
    threshold: float,
    interview_ids: Sequence[int] | None = None,
) -> dict[int, list[ReCoding]]:
    """Per interview, what one coder has done in each of its REs (own layer), in one query."""
    query = (
        "SELECT re.interview_id, r.completeness, r.nothing_codable,"
        " EXISTS (SELECT 1 FROM coded_units u"
        " WHERE u.re_id = re.id AND u.coder_id = :coder AND u.layer = :layer)"
        " FROM relationship_episodes re LEFT JOIN re_ratings r"
        " ON r.re_id = re.id AND r.coder_id = :coder AND r.layer = :layer"
    )
    parameters: dict[str, object] = {"coder": coder_id, "layer": Layer.CODER.value}
    if interview_ids is not None:
        names = [f"i{n}" for n in range(len(interview_ids))]
        query += f" WHERE re.interview_id IN ({', '.join(':' + name for name in names)})"
        parameters.update(zip(names, interview_ids, strict=True))
    states: dict[int, list[ReCoding]] = {}
    for interview_id, rating, marked, with_unit in connection.execute(
        query + " ORDER BY re.interview_id", parameters
    ):
        rated = rating is not None
        out = rated and bool(is_below_threshold(rating, threshold))
        states.setdefault(interview_id, []).append(
            ReCoding(rated, out, bool(with_unit), bool(marked))
        )
    return states


_MEMOS = (
    "SELECT m.coder_id, c.name, m.interview_id, d.code, iv.narrator, iv.phase, m.re_id,"
    " re.number, m.text, m.modified_at FROM memos m JOIN coders c ON c.id = m.coder_id"
    " JOIN interviews iv ON iv.id = m.interview_id JOIN dyads d ON d.id = iv.dyad_id"
    " LEFT JOIN relationship_episodes re ON re.id = m.re_id"
)


def memos(
    connection: sqlite3.Connection, where: Mapping[str, object], re_ids: Sequence[int] | None = None
) -> list[MemoRecord]:
    """Memos whose columns equal ``where``'s values (``"m.coder_id"``, ``"d.code"``...) and, if
    given, on one of ``re_ids``; by interview, its own memo first, then by RE and coder."""
    conditions = [f"{column} = ?" for column in where]
    parameters = list(where.values())
    if re_ids is not None:
        conditions.append(f"m.re_id IN {in_list(re_ids)}")
        parameters.extend(re_ids)
    query = _MEMOS + (" WHERE " + " AND ".join(conditions) if conditions else "")
    query += " ORDER BY d.code, iv.narrator, iv.phase, re.number, c.name"
    return [
        MemoRecord(
            cid, name, iid, f"{dyad} / {narrator} / phase {phase}", rid, num, text,
            datetime.fromisoformat(modified),
        )
        for cid, name, iid, dyad, narrator, phase, rid, num, text, modified in connection.execute(
            query, parameters
        )
    ]  # fmt: skip
