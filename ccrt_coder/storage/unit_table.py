"""Every coded unit of a project file with its categories, read in one pass.

The gate checks a merge source's units row by row and the merge then needs the same rows: both
use this one read, so hundreds of thousands of units are fetched once.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
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


def read_units(run: Callable) -> UnitTable:
    categories: dict[int, list[int]] = defaultdict(list)
    for unit, category in run(
        "SELECT unit_id, category_id FROM unit_categories ORDER BY unit_id, position"
    ):
        categories[unit].append(category)
    rows = run(f"SELECT u.id, u.re_id, {UNIT_COLUMNS} {UNIT_JOINS}").fetchall()
    return UnitTable(rows, dict(categories))
