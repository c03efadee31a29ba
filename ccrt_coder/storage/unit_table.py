"""Every coded unit of a project file with its categories and spans, read in one pass.

The gate checks a merge source's units row by row and the merge then needs the same rows: both
use this one read, so hundreds of thousands of units are fetched once. A file only opened is
checked a batch at a time (``iter_units``), so its check never holds all its units at once.
Rows are grouped with C-level idioms (a study's units have one category and one span each,
almost always): no Python statement runs per unit.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Container, Iterator
from itertools import compress, groupby
from operator import itemgetter
from typing import Any, NamedTuple

Spans = tuple[tuple[int, int], ...]
CategoryKey = tuple[str, str, str]  # (system name, system version, category code)
UnitDetail = tuple[Spans, tuple[CategoryKey, ...]]  # spans by start, categories by position


class UnitRow(NamedTuple):
    """A stored unit row; its spans and categories are a separate :data:`UnitDetail`."""

    uid: str
    coder_uid: str
    layer: str
    re_uid: str
    component: str
    tailor_label: str
    valence: str | None
    actuality: str | None
    explicitness: str | None
    lu_direction: str | None
    memo: str
    created_at: str
    modified_at: str

    @property
    def stamp(self) -> tuple:
        """Everything stored in the row but who coded it (equal in an unchanged copy)."""
        return self[3:]

    @property
    def content(self) -> tuple:
        """What the coder decided in the row (RE, component, label, ... memo), without times."""
        return self[3:11]


UNIT_COLUMNS = (  # a merge's UnitRow, in its order
    "u.uid, c.uid, u.layer, re.uid, u.component, u.tailor_label, u.valence, u.actuality, "
    "u.explicitness, u.lu_direction, u.memo, u.created_at, u.modified_at"
)
UNIT_JOINS = (
    "FROM coded_units u JOIN relationship_episodes re ON re.id = u.re_id "
    "JOIN coders c ON c.id = u.coder_id"
)


class UnitTable(NamedTuple):
    """``rows``: (unit id, RE id, then the UnitRow fields); ``categories``: each unit id's
    category ids, by position; ``spans``: (unit id, start, end) of the spans whose values are
    whole numbers, in no particular order; ``odd_spans``: the units with a span of other values.
    Values are as stored: a file from elsewhere may hold anything until the gate checked them."""

    rows: list[tuple]
    categories: dict[int, tuple[int, ...]]
    spans: list[tuple[int, int, int]]
    odd_spans: set[Any]


BATCH = 20_000  # units held at once by a check of a file that is only opened


def read_units(run: Callable) -> UnitTable:
    """Every unit of the file (for a merge, which needs them all)."""
    rows = run(f"SELECT u.id, u.re_id, {UNIT_COLUMNS} {UNIT_JOINS}").fetchall()
    return _table(run, rows, "1", ())


def iter_units(run: Callable, size: int) -> Iterator[UnitTable]:
    """The file's units in id order, ``size`` at a time."""
    after: tuple[int, ...] = ()
    while True:
        rows = run(
            f"SELECT u.id, u.re_id, {UNIT_COLUMNS} {UNIT_JOINS} "
            f"{'WHERE u.id > ? ' if after else ''}ORDER BY u.id LIMIT ?",
            (*after, size),
        ).fetchall()
        if not rows:
            return
        yield _table(run, rows, "unit_id BETWEEN ? AND ?", id_range(rows))
        after = (rows[-1][0],)


def id_range(rows: list[tuple]) -> tuple[int, int]:
    """The lowest and highest unit id of ``rows``."""
    ids = list(map(itemgetter(0), rows))
    return min(ids), max(ids)


_WHOLE = "typeof(unit_id) = 'integer' AND typeof(start) = 'integer' AND typeof(\"end\") = 'integer'"


def _table(run: Callable, rows: list[tuple], among: str, ids: tuple) -> UnitTable:
    """``rows`` with the categories and spans of the units ``among`` (a condition on unit_id
    with parameters ``ids``; "1" for all)."""
    categories = run(
        f"SELECT unit_id, category_id FROM unit_categories WHERE {among} "
        "ORDER BY unit_id, position",
        ids,
    ).fetchall()
    spans = run(
        f'SELECT unit_id, start, "end" FROM unit_spans WHERE {among} AND {_WHOLE}',
        ids,
    ).fetchall()
    odd = run(f"SELECT DISTINCT unit_id FROM unit_spans WHERE {among} AND NOT ({_WHOLE})", ids)
    return UnitTable(rows, grouped(categories), spans, {unit for (unit,) in odd})


def grouped(
    rows: list[tuple], key: Callable = itemgetter(0), value: Callable = itemgetter(1)
) -> dict[Any, tuple]:
    """``rows`` sorted by ``key``: each key's values, in order. Keys with one value (nearly
    all) are paired at C speed; only keys with several are grouped one by one."""
    keys = list(map(key, rows))
    result: dict[Any, tuple] = dict(zip(keys, zip(map(value, rows)), strict=True))
    if len(result) < len(keys):
        several = {k for k, n in Counter(keys).items() if n > 1}
        for k, group in groupby(compress(rows, map(several.__contains__, keys)), key):
            result[k] = tuple(map(value, group))
    return result


def chosen(rows: list[tuple], wanted: Container, key: Callable) -> list[tuple]:
    """The ``rows`` whose ``key`` is in ``wanted``, in order (filtered at C speed)."""
    return list(compress(rows, map(wanted.__contains__, map(key, rows))))
