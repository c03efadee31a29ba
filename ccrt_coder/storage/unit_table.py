"""Every coded unit of a project file with its categories, read in one pass.

The gate checks a merge source's units row by row and the merge then needs the same rows: both
use this one read, so hundreds of thousands of units are fetched once. A file only opened is
checked a batch at a time (``iter_units``), so its check never holds all its units at once.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator
from typing import NamedTuple

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
    category ids, by position. Values are as stored: a file from elsewhere may hold anything
    until the gate checked them."""

    rows: list[tuple]
    categories: dict[int, list[int]]


BATCH = 20_000  # units held at once by a check of a file that is only opened


def read_units(run: Callable) -> UnitTable:
    """Every unit of the file (for a merge, which needs them all)."""
    rows = run(f"SELECT u.id, u.re_id, {UNIT_COLUMNS} {UNIT_JOINS}").fetchall()
    return UnitTable(rows, _categories(run, "", ()))


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
        yield UnitTable(rows, _categories(run, "WHERE unit_id BETWEEN ? AND ? ", id_range(rows)))
        after = (rows[-1][0],)


def id_range(rows: list[tuple]) -> tuple[int, int]:
    """The lowest and highest unit id of ``rows``."""
    ids = [row[0] for row in rows]
    return min(ids), max(ids)


def _categories(run: Callable, where: str, parameters: tuple) -> dict[int, list[int]]:
    categories: dict[int, list[int]] = defaultdict(list)
    for unit, category in run(
        f"SELECT unit_id, category_id FROM unit_categories {where}ORDER BY unit_id, position",
        parameters,
    ):
        categories[unit].append(category)
    return dict(categories)
