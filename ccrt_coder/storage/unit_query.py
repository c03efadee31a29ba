"""The Units view's queries: every coded unit under a filter, counted, paged, sorted, tallied.

A filter is a WHERE clause with bound parameters (never text pasted into SQL); a page is
``LIMIT/OFFSET`` over the sorted unit ids, then the details of just those rows, so a filter
change costs a count and one small page however many units the study holds.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Sequence

from sqlalchemy.orm import Session

from ccrt_coder.core.unit_filter import MATRIX_LEVELS, SORT_KEYS, UnitFilter
from ccrt_coder.storage.export_store import raw_rows

DETAIL_FIELDS = (
    "unit_id", "unit_uid", "re_id", "interview_id", "dyad", "narrator", "phase", "re",
    "other_type", "other_name", "time_frame", "coder", "layer", "component", "category_ids",
    "valence", "actuality", "tailor_label", "spans", "memo",
)  # fmt: skip
"""Fields of the detail rows (``category_ids``, ``spans``: packed as in export_store)."""

_JOINS = """
FROM coded_units u
JOIN coders c ON c.id = u.coder_id
JOIN relationship_episodes re ON re.id = u.re_id
JOIN interviews i ON i.id = re.interview_id
JOIN dyads d ON d.id = i.dyad_id
"""

_DETAILS = f"""
SELECT u.id, u.uid, re.id, i.id, d.code, i.narrator, i.phase, re.number, re.other_type,
       re.other_name, re.time_frame, c.name, u.layer, u.component,
       (SELECT group_concat(uc.position || ':' || uc.category_id)
          FROM unit_categories uc WHERE uc.unit_id = u.id),
       u.valence, u.actuality, u.tailor_label,
       (SELECT group_concat(s.start || ':' || s."end") FROM unit_spans s WHERE s.unit_id = u.id),
       u.memo
{_JOINS}
"""

_FIRST_START = "(SELECT MIN(s.start) FROM unit_spans s WHERE s.unit_id = u.id)"
_FIRST_CATEGORY_JOIN = """
LEFT JOIN unit_categories uc0 ON uc0.unit_id = u.id AND uc0.position = 0
LEFT JOIN categories cat0 ON cat0.id = uc0.category_id
"""  # a unit's first category, joined only to sort by it
POSITION_ORDER = (
    "d.code", "i.narrator", "i.phase", "re.number", "u.layer", "c.name", _FIRST_START, "u.id",
)  # fmt: skip
"""The export's order of units (RE, layer, coder, place in the text): every sort's tie-break."""

_SORT_COLUMNS = {
    "component": "u.component",
    "category": "cat0.code",
    "cluster": "cat0.cluster",
    "valence": "u.valence",
    "actuality": "u.actuality",
    "coder": "u.layer, c.name",
    "dyad": "d.code",
    "narrator": "i.narrator",
    "phase": "i.phase",
    "re": "re.number",
    "other_type": "re.other_type",
    "time_frame": "re.time_frame",
    "text": _FIRST_START,
    "memo": "u.memo",
}
assert set(_SORT_COLUMNS) == set(SORT_KEYS)
_GROUP_KEYS = {  # the sort value where it can differ between units of one coder in one RE
    name: _SORT_COLUMNS[name]
    for name in ("component", "category", "cluster", "valence", "actuality", "memo", "text")
}

_HAS_CATEGORY = (  # IN, not a correlated EXISTS: one pass over unit_categories
    "u.id IN (SELECT uc.unit_id FROM unit_categories uc JOIN categories cat "
    "ON cat.id = uc.category_id WHERE cat.{column} = :{name})"
)
_TEXT_FOUND = """(instr(lower(u.tailor_label), :text) OR instr(lower(u.memo), :text)
  OR (i.id IN (SELECT interview_id FROM transcripts WHERE instr(lower(text), :text))
      AND EXISTS (SELECT 1 FROM unit_spans s JOIN transcripts t ON t.interview_id = i.id
                  WHERE s.unit_id = u.id
                    AND instr(lower(substr(t.text, s.start + 1, s."end" - s.start)), :text))))"""
# The IN list (transcripts holding the text at all, found once) spares the per-unit test in
# every other interview: a rare word is found fast.
_TEXT_IDS = "u.id IN (SELECT value FROM json_each(:text_ids))"
# The units a search found in memory (usecases/unit_search.py), handed over as one JSON list.
_EQUALS = {
    "component": "u.component",
    "valence": "u.valence",
    "actuality": "u.actuality",
    "dyad": "d.code",
    "narrator": "i.narrator",
    "phase": "i.phase",
    "re_number": "re.number",
    "other_type": "re.other_type",
    "time_frame": "re.time_frame",
}


def where(
    unit_filter: UnitFilter, text_ids: Sequence[int] | None = None
) -> tuple[str, dict[str, object]]:
    """The WHERE clause (over the aliases of ``_JOINS``) of a filter, with its parameters;
    ``text_ids``: the units holding the filter's text, when already found (else SQL looks)."""
    terms: list[str] = []
    params: dict[str, object] = {}
    for name, column in _EQUALS.items():
        value = getattr(unit_filter, name)
        if value is not None:
            terms.append(f"{column} = :{name}")
            params[name] = value
    if unit_filter.consensus:
        terms.append("u.layer = 'consensus'")
    elif unit_filter.coder is not None:
        terms.append("u.layer = 'coder' AND c.name = :coder")
        params["coder"] = unit_filter.coder
    for name in ("category", "cluster"):
        value = getattr(unit_filter, name)
        if value is not None:
            column = "code" if name == "category" else "cluster"
            terms.append(_HAS_CATEGORY.format(column=column, name=name))
            params[name] = value
    if unit_filter.text.strip() and text_ids is not None:
        terms.append(_TEXT_IDS)
        params["text_ids"] = json.dumps(list(text_ids))
    elif unit_filter.text.strip():
        terms.append(_TEXT_FOUND)  # last: the costly test only on rows the others kept
        params["text"] = unit_filter.text.strip().lower()
    return " AND ".join(terms) or "1", params


def order_by(sort: str | None, descending: bool = False) -> str:
    """ORDER BY of a sort key (None: the export's order); ties keep the export's order."""
    if sort is None:
        return ", ".join(POSITION_ORDER)
    direction = " DESC" if descending else ""
    first = ", ".join(f"{column}{direction}" for column in _SORT_COLUMNS[sort].split(", "))
    return f"{first}, {', '.join(POSITION_ORDER)}"


def _joins_for(clause: str) -> str:
    """Only the joins ``clause`` refers to (every unit has its coder, RE, interview and dyad,
    so the others cannot change a count): counting all units needs no join at all."""
    used = set(re.findall(r"\b(c|re|i|d)\.", clause))
    chain = ["d", "i", "re"]  # each needs the next one to reach the unit
    for n, alias in enumerate(chain):
        if alias in used:
            used.update(chain[n:])
    lines = _JOINS.strip().splitlines()
    wanted = [lines[0]] + [line for line in lines[1:] if line.split()[2] in used]
    return "\n".join(wanted)


def count_units(
    session: Session, unit_filter: UnitFilter, text_ids: Sequence[int] | None = None
) -> int:
    clause, params = where(unit_filter, text_ids)
    sql = f"SELECT COUNT(*) {_joins_for(clause)} WHERE {clause}"
    return int(session.connection().exec_driver_sql(sql, params).scalar_one())


def page_ids(
    session: Session,
    unit_filter: UnitFilter,
    sort: str | None,
    descending: bool,
    offset: int,
    limit: int,
    text_ids: Sequence[int] | None = None,
) -> list[int]:
    """The ids of about ``limit`` units from ``offset`` on, in the chosen order.

    Ordering every unit by its place in the text would cost a span lookup per unit, so SQL
    orders by unit id where only the place differs (units of one coder and layer in one RE
    with the same sort value: a "group") and the page is put in text order here. A page ends
    at the end of a group (it may hold a few more than ``limit`` rows), so pages are exact
    when ``offset`` is the number of rows the earlier pages returned.
    """
    clause, params = where(unit_filter, text_ids)
    key = _GROUP_KEYS.get(sort or "", "NULL")
    joins = _JOINS + (_FIRST_CATEGORY_JOIN if sort in ("category", "cluster") else "")
    cheap = order_by(sort, descending).replace(f", {_FIRST_START}, u.id", ", u.id")
    sql = (
        f"SELECT u.id, u.re_id, u.layer, u.coder_id, {key} {joins} WHERE {clause} "
        f"ORDER BY {cheap} LIMIT :limit OFFSET :offset"
    )
    rows = list(raw_rows(session, sql, {**params, "limit": limit, "offset": offset}))
    if len(rows) == limit:  # the rest of the last group
        last = rows[-1]
        rest = (
            f"SELECT u.id, u.re_id, u.layer, u.coder_id, {key} {joins} WHERE {clause} "
            f"AND u.re_id = :g_re AND u.layer = :g_layer AND u.coder_id = :g_coder "
            f"AND {key} IS :g_key AND u.id > :g_id ORDER BY u.id"
        )
        group = {"g_id": last[0], "g_re": last[1], "g_layer": last[2], "g_coder": last[3]}
        rows += raw_rows(session, rest, {**params, **group, "g_key": last[4]})
    starts = _first_starts(session, [row[0] for row in rows])
    runs = _runs(rows)
    ordered = sorted(range(len(rows)), key=lambda n: (runs[n], starts.get(rows[n][0], 0), n))
    return [rows[n][0] for n in ordered]


def _runs(rows: list[tuple]) -> list[int]:
    """For each row the number of its group (a run of rows with equal group columns)."""
    runs: list[int] = []
    for n, row in enumerate(rows):
        runs.append(0 if n == 0 else runs[-1] + (row[1:] != rows[n - 1][1:]))
    return runs


def _first_starts(session: Session, unit_ids: Sequence[int]) -> dict[int, int]:
    found: dict[int, int] = {}
    for start in range(0, len(unit_ids), 900):  # SQLite's limit on bound parameters
        chunk = unit_ids[start : start + 900]
        params = {f"u{n}": unit_id for n, unit_id in enumerate(chunk)}
        sql = (
            "SELECT unit_id, MIN(start) FROM unit_spans "
            f"WHERE unit_id IN ({', '.join(':' + k for k in params)}) GROUP BY unit_id"
        )
        found.update(raw_rows(session, sql, params))
    return found


def unit_details(session: Session, unit_ids: Sequence[int]) -> list[tuple]:
    """Detail rows (see DETAIL_FIELDS) of ``unit_ids``, in that order."""
    found: dict[int, tuple] = {}
    for start in range(0, len(unit_ids), 900):  # SQLite's limit on bound parameters
        chunk = unit_ids[start : start + 900]
        params = {f"u{n}": unit_id for n, unit_id in enumerate(chunk)}
        sql = f"{_DETAILS} WHERE u.id IN ({', '.join(':' + key for key in params)})"
        found.update((row[0], row) for row in raw_rows(session, sql, params))
    return [found[unit_id] for unit_id in unit_ids if unit_id in found]


def span_texts(session: Session, unit_ids: Sequence[int]) -> dict[tuple[int, int, int], str]:
    """(unit id, start, end) -> the text of that span, for the spans of ``unit_ids`` (a page
    sorted by other than place holds units of hundreds of transcripts: only the spans are read)."""
    found: dict[tuple[int, int, int], str] = {}
    for first in range(0, len(unit_ids), 900):  # SQLite's limit on bound parameters
        chunk = unit_ids[first : first + 900]
        params = {f"u{n}": unit_id for n, unit_id in enumerate(chunk)}
        sql = (
            'SELECT s.unit_id, s.start, s."end", substr(t.text, s.start + 1, s."end" - s.start) '
            "FROM unit_spans s JOIN coded_units u ON u.id = s.unit_id "
            "JOIN relationship_episodes re ON re.id = u.re_id "
            "JOIN transcripts t ON t.interview_id = re.interview_id "
            f"WHERE s.unit_id IN ({', '.join(':' + key for key in params)})"
        )
        found.update(
            ((unit, start, end), text or "")
            for unit, start, end, text in raw_rows(session, sql, params)
        )
    return found


def iter_details(
    session: Session, unit_filter: UnitFilter, text_ids: Sequence[int] | None = None
) -> Iterator[tuple]:
    """Every unit under the filter as a detail row, in the export's order."""
    clause, params = where(unit_filter, text_ids)
    return raw_rows(session, f"{_DETAILS} WHERE {clause} ORDER BY {order_by(None)}", params)


def matrix(
    session: Session, unit_filter: UnitFilter, level: str, text_ids: Sequence[int] | None = None
) -> list[tuple]:
    """(category or cluster, narrator, phase, units, REs) under the filter; a unit with two
    categories counts in both rows, a unit without any under ``""``."""
    if level not in MATRIX_LEVELS:
        raise ValueError(level)
    column = "code" if level == "category" else "cluster"
    clause, params = where(unit_filter, text_ids)
    sql = (
        f"SELECT COALESCE(cat.{column}, ''), i.narrator, i.phase, COUNT(DISTINCT u.id), "
        f"COUNT(DISTINCT u.re_id) {_joins_for(clause + ' i.phase')} "
        "LEFT JOIN unit_categories uc ON uc.unit_id = u.id "
        "LEFT JOIN categories cat ON cat.id = uc.category_id "
        f"WHERE {clause} GROUP BY 1, 2, 3 ORDER BY 1, 2, 3"
    )
    return list(raw_rows(session, sql, params))


def searchable_units(session: Session) -> Iterator[tuple]:
    """(unit id, interview id, tailor label, memo, packed spans) of every unit, by interview."""
    sql = (
        "SELECT u.id, re.interview_id, u.tailor_label, u.memo, (SELECT group_concat("
        "s.start || ':' || s.\"end\") FROM unit_spans s WHERE s.unit_id = u.id) "
        "FROM coded_units u JOIN relationship_episodes re ON re.id = u.re_id "
        "ORDER BY re.interview_id"
    )
    return raw_rows(session, sql, {})


KEY_FIELDS = (
    "unit_id", "dyad", "narrator", "phase", "re_number", "layer", "coder", "component",
    "valence", "actuality", "other_type", "time_frame", "memo", "first_start",
    "first_category", "first_cluster",
)  # fmt: skip
"""Fields of ``unit_keys`` rows: what a filter compares and a sort orders by, per unit."""


def unit_keys(session: Session) -> Iterator[tuple]:
    """Every unit's filter and sort values (see KEY_FIELDS) in the order of ``page_ids``
    without a sort (the export's; a unit without spans counts as starting at 0, as there)."""
    sql = (
        "SELECT u.id, d.code, i.narrator, i.phase, re.number, u.layer, c.name, u.component, "
        "u.valence, u.actuality, re.other_type, re.time_frame, u.memo, f.first, cat0.code, "
        f"cat0.cluster {_JOINS} {_FIRST_CATEGORY_JOIN} "
        "LEFT JOIN (SELECT unit_id, MIN(start) AS first FROM unit_spans GROUP BY unit_id) f "
        "ON f.unit_id = u.id ORDER BY d.code, i.narrator, i.phase, re.number, u.layer, c.name, "
        "COALESCE(f.first, 0), u.id"
    )
    return raw_rows(session, sql, {})


def unit_categories(session: Session) -> Iterator[tuple]:
    """(unit id, category code, cluster) of every category of every unit."""
    sql = (
        "SELECT uc.unit_id, cat.code, cat.cluster FROM unit_categories uc "
        "JOIN categories cat ON cat.id = uc.category_id"
    )
    return raw_rows(session, sql, {})


def distinct_values(session: Session, column: str) -> list[object]:
    """The distinct values of one of a few known columns, sorted."""
    sources = {
        "dyad": "SELECT DISTINCT code FROM dyads",
        "phase": "SELECT DISTINCT phase FROM interviews",
        "other_type": "SELECT DISTINCT other_type FROM relationship_episodes",
        "time_frame": "SELECT DISTINCT time_frame FROM relationship_episodes",
    }
    rows = session.connection().exec_driver_sql(f"{sources[column]} ORDER BY 1")
    return [row[0] for row in rows]
