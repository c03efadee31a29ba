"""What the spreadsheet writers write: named sheets of a header and a stream of plain rows."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

Value = str | int | float | bool | None | object
"""A cell value: text, number, bool, ``datetime`` or None (empty)."""

RowsWritten = Callable[[int], None]
"""Called now and then with the number of rows written so far (all sheets together)."""


@dataclass(frozen=True)
class SheetSource:
    """One sheet: its name, column names, rows (consumed once) and how many rows to expect.

    ``wrap`` names the columns of long text (wrapped in xlsx); ``key`` names the sheet in file
    names and options (``units`` -> ``OUT-units.csv``). Missing values are None; rows must not
    hold NaN or pandas' NA (the writers treat float NaN as empty, nothing else).
    """

    name: str
    key: str
    header: Sequence[str]
    rows: Iterable[Sequence[Value]]
    total: int
    wrap: frozenset[str] = field(default_factory=frozenset)
