"""Ratings tables (units x coders, None/NaN for missing) turned into integer category codes."""

import math
import numbers
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from .result import AgreementInputError

MISSING = -1


def is_missing(value: object) -> bool:
    """True for None, a float NaN (numpy's too) and pandas' NA/NaT (without importing pandas)."""
    if value is None:
        return True
    if isinstance(value, float | np.floating):
        return math.isnan(value)
    return type(value).__name__ in ("NAType", "NaTType")


@dataclass(frozen=True)
class CodedRatings:
    """`codes[unit, coder]` indexes `categories`, or is MISSING."""

    codes: np.ndarray
    categories: tuple[Hashable, ...]

    @property
    def n_units(self) -> int:
        """Number of rows (units), including units nobody rated."""
        return int(self.codes.shape[0])

    @property
    def n_coders(self) -> int:
        """Number of columns (coders)."""
        return int(self.codes.shape[1])

    def counts(self) -> np.ndarray:
        """(units x categories) array: how many coders gave each category to each unit."""
        return category_counts(self.codes, len(self.categories))

    def numeric_categories(self, purpose: str) -> np.ndarray:
        """The categories as floats, for metrics that need numbers (interval, ratio)."""
        if not all(isinstance(c, numbers.Real) for c in self.categories):
            raise AgreementInputError(f"{purpose} needs numeric ratings, got {self.categories!r}")
        return np.asarray(self.categories, dtype=float)


def category_counts(codes: np.ndarray, k: int) -> np.ndarray:
    """Units x k: how many coders gave each category 0..k-1 (``codes``: units x coders)."""
    present = codes != MISSING
    flat = np.nonzero(present)[0] * k + codes[present]
    return np.bincount(flat, minlength=len(codes) * k).reshape(len(codes), k)


def code_ratings(ratings: Any, categories: Sequence[Hashable] | None = None) -> CodedRatings:
    """Code a units x coders table; `categories` fixes their order and may add unused ones.

    Without `categories`, the categories are the distinct ratings, sorted when they can be sorted
    (else in order of first appearance). A rating that is not in `categories` is an error.
    """
    if hasattr(ratings, "to_numpy"):
        ratings = ratings.to_numpy()
    if isinstance(ratings, np.ndarray) and ratings.dtype.kind in "iuf":
        if ratings.size == 0:
            return _empty(ratings.shape, categories)
        if ratings.ndim != 2:
            raise AgreementInputError(
                "ratings must be a table: one row per unit, one column per coder"
            )
        coded = _code_numeric(ratings, categories)
        if coded is not None:
            return coded
        ratings = ratings.tolist()
    elif isinstance(ratings, np.ndarray):
        ratings = ratings.tolist()
    return _code_objects(_rows(ratings), categories)


def require_ordered(categories: Sequence[Hashable], purpose: str) -> None:
    """Refuse categories that cannot be sorted: ``purpose`` (weights, ranks) needs their order."""
    try:
        sorted(categories)  # type: ignore[type-var]  # probes orderability: TypeError is caught
    except TypeError as error:
        raise AgreementInputError(
            f"{purpose} needs ordered categories: pass categories=[...] in order"
        ) from error


def code_pair(a: Any, b: Any, categories: Sequence[Hashable] | None = None) -> CodedRatings:
    """Code two coders' ratings of the same units (two equally long sequences)."""
    a = a.to_numpy() if hasattr(a, "to_numpy") else a
    b = b.to_numpy() if hasattr(b, "to_numpy") else b
    if isinstance(a, str | bytes) or isinstance(b, str | bytes):
        raise AgreementInputError("give each coder's ratings as a sequence, not a string")
    try:
        if len(a) != len(b):
            raise AgreementInputError("both coders must rate the same number of units")
    except TypeError as error:
        raise AgreementInputError("give each coder's ratings as a sequence") from error
    if _numeric_vector(a) and _numeric_vector(b):
        return code_ratings(np.column_stack([a, b]), categories)
    return _code_objects(list(zip(a, b, strict=True)), categories)


def _numeric_vector(values: Any) -> bool:
    return isinstance(values, np.ndarray) and values.dtype.kind in "iuf" and values.ndim == 1


def _empty(shape: tuple[int, ...], categories: Sequence[Hashable] | None) -> CodedRatings:
    n_units = shape[0] if len(shape) == 2 else 0
    n_coders = shape[1] if len(shape) == 2 else 0
    codes = np.full((n_units, n_coders), MISSING, dtype=np.int64)
    return CodedRatings(codes, _checked_categories(categories) if categories is not None else ())


def _checked_categories(categories: Sequence[Hashable]) -> tuple[Hashable, ...]:
    result = tuple(categories)
    try:
        distinct = len(set(result))
    except TypeError as error:
        raise AgreementInputError("categories must be hashable") from error
    if distinct != len(result):
        raise AgreementInputError(f"categories contain duplicates: {result!r}")
    if any(is_missing(c) for c in result):
        raise AgreementInputError("categories must not contain a missing value (None/NaN)")
    return result


def _code_numeric(array: np.ndarray, categories: Sequence[Hashable] | None) -> CodedRatings | None:
    """Vectorised coding of a numeric array; None if `categories` are not all numbers."""
    present = ~np.isnan(array) if array.dtype.kind == "f" else np.ones(array.shape, dtype=bool)
    values = array[present]
    if categories is None:
        uniques, inverse = np.unique(values, return_inverse=True)
        category_tuple: tuple[Hashable, ...] = tuple(uniques.tolist())
    else:
        category_tuple = _checked_categories(categories)
        if not all(isinstance(c, numbers.Real) for c in category_tuple):
            return None
        inverse = _lookup(np.asarray(category_tuple, dtype=float), values)
    codes = np.full(array.shape, MISSING, dtype=np.int64)
    codes[present] = np.asarray(inverse).reshape(-1)
    return CodedRatings(codes, category_tuple)


def _lookup(category_values: np.ndarray, values: np.ndarray) -> np.ndarray:
    order = np.argsort(category_values, kind="stable")
    ordered = category_values[order]
    if len(ordered) == 0:
        if len(values):
            raise AgreementInputError(f"rating {values[0]!r} is not one of the given categories")
        return np.zeros(0, dtype=np.int64)
    position = np.clip(np.searchsorted(ordered, values), 0, len(ordered) - 1)
    unknown = ordered[position] != values
    if unknown.any():
        value = values[np.argmax(unknown)].item()
        raise AgreementInputError(f"rating {value!r} is not one of the given categories")
    return order[position]


def _rows(ratings: Iterable[Any]) -> list[list[Any]]:
    if isinstance(ratings, str | bytes):
        raise AgreementInputError("ratings must be a table: one row per unit, one column per coder")
    try:
        rows = [_row(row) for row in ratings]
    except TypeError as error:
        raise AgreementInputError(
            "ratings must be a table: one row per unit, one column per coder"
        ) from error
    widths = {len(row) for row in rows}
    if len(widths) > 1:
        raise AgreementInputError(
            f"every unit needs one column per coder; row widths {sorted(widths)}"
        )
    return rows


def _row(row: Any) -> list[Any]:
    if isinstance(row, str | bytes) or not isinstance(row, Iterable):
        raise AgreementInputError(
            f"a unit's ratings must be a sequence, one per coder, not {row!r}"
        )
    return list(row)


def _code_objects(
    rows: Sequence[Sequence[Any]], categories: Sequence[Hashable] | None
) -> CodedRatings:
    n_coders = len(rows[0]) if rows else 0
    flat = [value for row in rows for value in row]
    try:
        if categories is None:
            # One pass over the ratings; missing values are filtered among the few distinct keys.
            distinct = dict.fromkeys(flat)
            category_tuple = _sorted_if_possible(v for v in distinct if not is_missing(v))
        else:
            category_tuple = _checked_categories(categories)
        codes = _codes(flat, {category: i for i, category in enumerate(category_tuple)})
    except TypeError as error:
        raise AgreementInputError(f"ratings must be hashable: {error}") from error
    array = np.asarray(codes, dtype=np.int64).reshape(len(rows), n_coders)
    return CodedRatings(array, category_tuple)


def _codes(values: list[Any], index: dict[Hashable, int]) -> list[int]:
    """Category index of each value, MISSING for missing ones; unknown values are refused."""
    lookup: dict[Any, int] = {**index, None: MISSING}
    codes = []
    for value in values:
        code = lookup.get(value)
        if code is None:
            if not is_missing(value):
                raise AgreementInputError(f"rating {value!r} is not one of the given categories")
            code = MISSING
        codes.append(code)
    return codes


def _sorted_if_possible(values: Iterable[Hashable]) -> tuple[Hashable, ...]:
    values = list(values)
    try:
        return tuple(sorted(values))  # type: ignore[type-var]  # may be unorderable: TypeError is caught
    except TypeError:
        return tuple(values)
