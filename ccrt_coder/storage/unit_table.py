"""Every coded unit of a project file with its categories, read in one pass.

The gate checks a merge source's units row by row and the merge then needs the same rows: both
use this one read, so hundreds of thousands of units are fetched once.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from typing import NamedTuple

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
