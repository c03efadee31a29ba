"""UnitIndex: every unit's searchable text, filter values and sort ranks in memory.

A text search for a common word ("the", "and") finds tens of thousands of units; handing their
ids to SQL to count, sort and page them under the other filters took longer than the search
itself. Here each unit sits at its place in the unsorted list's order (the export's: RE, layer,
coder, place in the text) with its filter values as small integer codes and its rank under each
sort key in numpy arrays, so a filter is a few boolean masks, its count a sum, a sort a stable
argsort remembered per key, and a page a slice of positions whose rows alone SQL then reads by
id. Ties keep the list's order, as SQL's ORDER BY ends with it.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterable, Sequence
from dataclasses import fields
from typing import Any

import numpy as np
import numpy.typing as npt
import pandas as pd

from ccrt_coder.core.unit_filter import SORT_KEYS, UnitFilter

Mask = npt.NDArray[np.bool_]
Positions = npt.NDArray[np.intp]
COLUMNS = (
    "component", "valence", "actuality", "dyad", "narrator", "phase", "re_number",
    "other_type", "time_frame", "layer", "coder",
)  # fmt: skip
"""The per-unit values filters compare (``layer`` and ``coder``: the coder and consensus
filters); the sorts also rank memo, first start and first category (see SORTS)."""
EQUALS = frozenset(COLUMNS) - {"layer", "coder"}  # filters that name their column's value
SETS = ("category", "cluster")  # a unit has several categories; the filter wants one of them


SORTS = {key: (key,) for key in SORT_KEYS} | {
    "coder": ("layer", "coder"),
    "re": ("re_number",),
    "text": ("first_start",),
    "category": ("first_category",),
    "cluster": ("first_cluster",),
}  # the values each sort key orders by (as storage/unit_query.py's _SORT_COLUMNS)


def _sql_order(value: object) -> tuple[int, object]:
    """SQLite's order of values: NULL, then numbers, then text, then blobs."""
    if value is None:
        return (0, 0)
    if isinstance(value, int | float):
        return (1, value)
    return (2, value) if isinstance(value, str) else (3, value)


class Column:
    """One value per unit as its rank in SQL's ascending order (NULL: 0; equal values, equal
    ranks), which serves both to filter by a value and to sort."""

    def __init__(self, values: Sequence[object]) -> None:
        boxed = np.empty(len(values), dtype=object)
        boxed[:] = values
        codes, uniques = pd.factorize(boxed)  # a None value gets the code -1
        found = uniques.tolist()
        ordered = sorted(found, key=_sql_order)
        self._rank_of = {value: rank for rank, value in enumerate(ordered, start=1)}
        by_code = np.array([0] + [self._rank_of[value] for value in found], dtype=np.int32)
        self.ranks = by_code[codes + 1]

    def equals(self, value: object) -> Mask:
        """Units whose value is ``value`` (as SQL's ``=``: never a None value)."""
        rank = self._rank_of.get(value)
        if value is None or rank is None:
            return np.zeros(len(self.ranks), dtype=np.bool_)
        return self.ranks == rank


class UnitIndex:
    """Texts (lower-cased, a unit's pieces joined by NUL), filter values and sort ranks, by
    position in the unsorted list."""

    def __init__(
        self,
        ids: npt.NDArray[np.int64],
        texts: list[str],
        columns: dict[str, Column],
        members: dict[str, dict[object, Positions]],
    ) -> None:
        self._ids = ids
        self._texts = texts
        self._columns = {name: columns[name] for name in COLUMNS}
        self._members = members  # "category"/"cluster" -> code -> positions of its units
        self._ranks = {key: _ranks([columns[name] for name in SORTS[key]]) for key in SORTS}
        self._found: dict[str, Mask] = {}
        self._orders: dict[tuple[str, bool], Positions] = {}
        self._lock = threading.Lock()  # the GUI thread and workers share the two caches

    def __len__(self) -> int:
        return len(self._ids)

    def find(self, text: str) -> Mask:
        """Which units hold ``text``, case ignored (the latest few terms are remembered)."""
        term = text.strip().lower()
        found = self._found.get(term)
        if found is None:
            tests = (term in hay for hay in self._texts)
            found = np.fromiter(tests, dtype=np.bool_, count=len(self._texts))
            with self._lock:
                if len(self._found) > 16:
                    self._found.clear()
                self._found[term] = found
        return found

    def text_ids(self, text: str) -> list[int]:
        """The ids (ascending) of the units holding ``text``."""
        return [int(unit_id) for unit_id in np.sort(self._ids[self.find(text)])]

    def select(self, unit_filter: UnitFilter) -> Mask | None:
        """Which units are under ``unit_filter``; None if it asks for something the index does
        not keep (SQL must answer)."""
        mask = np.ones(len(self._ids), dtype=np.bool_)
        if unit_filter.text.strip():
            mask &= self.find(unit_filter.text)
        for field in fields(unit_filter):
            value = getattr(unit_filter, field.name)
            if field.name == "text" or value == field.default:
                continue
            if field.name in EQUALS:
                mask &= self._columns[field.name].equals(value)
            elif field.name == "consensus":
                mask &= self._columns["layer"].equals("consensus")
            elif field.name == "coder":
                mask &= self._columns["layer"].equals("coder")
                mask &= self._columns["coder"].equals(value)
            elif field.name in SETS:
                mask &= self._members_of(field.name, value)
            else:
                return None
        return mask

    def _members_of(self, kind: str, code: object) -> Mask:
        mask = np.zeros(len(self._ids), dtype=np.bool_)
        positions = self._members[kind].get(code)
        if positions is not None:
            mask[positions] = True
        return mask

    def ordered(self, mask: Mask, sort: str | None, descending: bool) -> Positions:
        """The positions of the units in ``mask``, sorted by ``sort`` (None: the list's own
        order); ties keep the list's order, as in SQL."""
        if sort is None:
            return np.flatnonzero(mask)
        order = self._order(sort, descending)
        return order[mask[order]]

    def _order(self, sort: str, descending: bool) -> Positions:
        """Every position sorted by ``sort`` (at most two orders are remembered)."""
        order = self._orders.get((sort, descending))
        if order is None:
            ranks = self._ranks[sort]
            primary = -ranks if descending else ranks  # NULL (rank 0) last when descending
            order = np.argsort(primary, kind="stable")
            with self._lock:
                if len(self._orders) >= 2:
                    self._orders.clear()
                self._orders[(sort, descending)] = order
        return order

    def ids_at(self, positions: Positions) -> list[int]:
        """The unit ids at ``positions``, in that order."""
        return [int(unit_id) for unit_id in self._ids[positions]]

    def size_bytes(self) -> int:
        """About the memory the index holds (texts, arrays; not the remembered searches)."""
        arrays: list[npt.NDArray[Any]] = [self._ids, *self._ranks.values(), *self._orders.values()]
        arrays += [column.ranks for column in self._columns.values()]
        arrays += [p for kind in self._members.values() for p in kind.values()]
        texts = sys.getsizeof(self._texts) + sum(sys.getsizeof(text) for text in self._texts)
        return texts + sum({id(array): array.nbytes for array in arrays}.values())  # once each


def _ranks(columns: list[Column]) -> npt.NDArray[np.int32]:
    """One rank per unit ordering by the columns' values in turn (equal values, equal rank)."""
    if len(columns) == 1:
        return columns[0].ranks
    ranks = np.zeros(len(columns[0].ranks), dtype=np.int64)
    for column in columns:
        ranks = ranks * (int(column.ranks.max(initial=0)) + 1) + column.ranks
    return np.unique(ranks, return_inverse=True)[1].astype(np.int32)


def member_positions(pairs: Iterable[tuple[int, object]]) -> dict[object, Positions]:
    """(position, code) pairs as code -> positions (ascending); None codes are left out."""
    grouped: dict[object, list[int]] = {}
    for position, code in pairs:
        if code is not None:
            grouped.setdefault(code, []).append(position)
    return {code: np.unique(np.array(found, dtype=np.intp)) for code, found in grouped.items()}
