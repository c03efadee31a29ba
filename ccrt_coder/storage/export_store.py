"""Set-based reads for exports and coded-set imports: units, REs, ratings and categories as rows."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import NamedTuple

from sqlalchemy.orm import Session

UNIT_FIELDS = (
    "dyad", "patient", "therapist", "narrator", "phase", "interview_id", "re", "other_type",
    "other_name", "time_frame", "coder", "layer", "component", "category_ids", "valence",
    "actuality", "explicitness", "lu_direction", "tailor_label", "spans", "memo", "created_at",
    "modified_at", "unit_uid",
)  # fmt: skip
"""Fields of the rows :func:`iter_units` yields, in order.

``category_ids`` is ``"position:id,..."`` and ``spans`` ``"start:end,..."`` (both unordered);
timestamps are the stored ISO texts (naive UTC).
"""

RE_FIELDS = (
    "re_id", "dyad", "patient", "therapist", "narrator", "phase", "interview_id", "re",
    "other_type", "other_name", "time_frame", "about_partner", "spans", "re_uid",
)  # fmt: skip
"""Fields of the rows :func:`iter_res` yields; ``spans`` is ``"start:end,..."`` in RE order."""

_INTERVIEW_JOINS = """
JOIN interviews i ON i.id = re.interview_id
JOIN dyads d ON d.id = i.dyad_id
JOIN people pp ON pp.id = d.patient_id
JOIN people tp ON tp.id = d.therapist_id
"""

_UNITS_SQL = f"""
SELECT d.code, pp.code, tp.code, i.narrator, i.phase, i.id, re.number, re.other_type,
       re.other_name, re.time_frame, c.name, u.layer, u.component,
       (SELECT group_concat(uc.position || ':' || uc.category_id)
          FROM unit_categories uc WHERE uc.unit_id = u.id),
       u.valence, u.actuality, u.explicitness, u.lu_direction, u.tailor_label,
       (SELECT group_concat(s.start || ':' || s."end") FROM unit_spans s WHERE s.unit_id = u.id),
       u.memo, u.created_at, u.modified_at, u.uid
FROM coded_units u
JOIN coders c ON c.id = u.coder_id
JOIN relationship_episodes re ON re.id = u.re_id
{_INTERVIEW_JOINS}
WHERE {{where}}
ORDER BY d.code, i.narrator, i.phase, re.number, u.layer, c.name,
         (SELECT MIN(s.start) FROM unit_spans s WHERE s.unit_id = u.id), u.id
"""

_RES_SQL = f"""
SELECT re.id, d.code, pp.code, tp.code, i.narrator, i.phase, i.id, re.number, re.other_type,
       re.other_name, re.time_frame, re.about_partner,
       (SELECT group_concat(x.start || ':' || x."end") FROM
          (SELECT s.start, s."end" FROM re_spans s WHERE s.re_id = re.id ORDER BY s.ordinal) x),
       re.uid
FROM relationship_episodes re
{_INTERVIEW_JOINS}
ORDER BY d.code, i.narrator, i.phase, re.number
"""


class CategoryFacts(NamedTuple):
    """A stored category (of any system) as a unit row refers to it."""

    code: str
    label: str
    cluster: str


class Rating(NamedTuple):
    re_id: int
    coder: str
    layer: str
    completeness: float
    nothing_codable: int  # the coder's "nothing codable" mark (0 or 1)


def raw_rows(
    session: Session, sql: str, params: Mapping[str, object] | None = None
) -> Iterator[tuple]:
    """Rows straight from the sqlite3 cursor, in the session's transaction.

    Skips SQLAlchemy's row objects: twice as fast for the ~200,000 units of a large study. The
    callers return the cursor itself, never a generator around it: a generator left unfinished
    (an export stopped by a full disk) would close its cursor when collected, after the
    session, and print an ignored "closed database" error after the user's one error line.
    """
    driver = session.connection().connection.driver_connection
    return iter(driver.execute(sql, params or {}))  # type: ignore[union-attr]  # None only once invalidated


def _filter(
    alias: str, coder_ids: Sequence[int] | None, layers: Sequence[str]
) -> tuple[str, dict[str, object]]:
    """A WHERE clause on ``alias``'s layer and coder (None: every coder), with its parameters."""
    params: dict[str, object] = {f"l{n}": layer for n, layer in enumerate(layers)}
    where = f"{alias}.layer IN ({', '.join(':' + key for key in params) or 'NULL'})"
    if coder_ids is not None:
        coders = {f"c{n}": coder_id for n, coder_id in enumerate(coder_ids)}
        where += f" AND {alias}.coder_id IN ({', '.join(':' + key for key in coders) or 'NULL'})"
        params.update(coders)
    return where, params


def count_units(session: Session, coder_ids: Sequence[int] | None, layers: Sequence[str]) -> int:
    where, params = _filter("u", coder_ids, layers)
    sql = f"SELECT COUNT(*) FROM coded_units u WHERE {where}"
    return int(session.connection().exec_driver_sql(sql, params).scalar_one())


def iter_units(
    session: Session, coder_ids: Sequence[int] | None, layers: Sequence[str]
) -> Iterator[tuple]:
    """Stream the units of some coders (None: all) and layers, in RE, layer, coder, text order."""
    where, params = _filter("u", coder_ids, layers)
    return raw_rows(session, _UNITS_SQL.format(where=where), params)


def count_dyads(session: Session) -> int:
    return int(session.connection().exec_driver_sql("SELECT COUNT(*) FROM dyads").scalar_one())


def count_res(session: Session) -> int:
    sql = "SELECT COUNT(*) FROM relationship_episodes"
    return int(session.connection().exec_driver_sql(sql).scalar_one())


def iter_res(session: Session) -> Iterator[tuple]:
    """Stream every RE with its interview, people and spans (see RE_FIELDS)."""
    return raw_rows(session, _RES_SQL)


def transcript_text(session: Session, interview_id: int) -> str:
    sql = "SELECT text FROM transcripts WHERE interview_id = :id"
    text = session.connection().exec_driver_sql(sql, {"id": interview_id}).scalar_one_or_none()
    return text or ""


def ratings(
    session: Session, coder_ids: Sequence[int] | None, layers: Sequence[str]
) -> list[Rating]:
    """Completeness ratings of some coders (None: all) and layers."""
    where, params = _filter("r", coder_ids, layers)
    sql = (
        "SELECT r.re_id, c.name, r.layer, r.completeness, r.nothing_codable FROM re_ratings r "
        f"JOIN coders c ON c.id = r.coder_id WHERE {where}"
    )
    return [Rating(*row) for row in session.connection().exec_driver_sql(sql, params)]


def category_facts(session: Session) -> dict[int, CategoryFacts]:
    """Every stored category by id (units may refer to a system that is no longer active)."""
    sql = "SELECT id, code, label, cluster FROM categories"
    rows = session.connection().exec_driver_sql(sql)
    return {row[0]: CategoryFacts(row[1], row[2], row[3]) for row in rows}


def re_keys(session: Session) -> dict[tuple[str, str, int, int], tuple[int, int, str]]:
    """(dyad, narrator, phase, number) -> (re_id, interview_id, spans) for every RE."""
    return {
        (row[1], row[4], row[5], row[7]): (row[0], row[6], row[12] or "")
        for row in iter_res(session)
    }
