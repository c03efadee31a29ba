"""The completeness rating of an RE: its 1-5 grid in steps of 0.5, and the threshold test."""

from __future__ import annotations

from typing import Any, Protocol, TypeVar

from ccrt_coder.core.domain import COMPLETENESS_SCALE, COMPLETENESS_STEP
from ccrt_coder.core.errors import InputError


class _Comparable(Protocol):
    def __lt__(self, other: Any, /) -> Any: ...


Rating = TypeVar("Rating", bound=_Comparable)


def is_valid_completeness(value: float) -> bool:
    """Whether ``value`` lies on the rating grid (1 to 5 in steps of 0.5)."""
    low, high = COMPLETENESS_SCALE
    return low <= value <= high and float(value / COMPLETENESS_STEP).is_integer()


def check_completeness(value: float | None) -> None:
    """Refuse a rating off the grid (None, no rating, is fine)."""
    if value is not None and not is_valid_completeness(value):
        low, high = COMPLETENESS_SCALE
        step = f"{COMPLETENESS_STEP:g}"
        raise InputError(f"completeness is rated {low} to {high} in steps of {step}, not {value:g}")


def is_below_threshold(rating: Rating, threshold: float) -> Any:
    """Rated below the threshold: the RE is left out of the CCRT (too incomplete to code).

    Elementwise on arrays, Series and SQL columns too; unrated (NaN, NULL) is never below.
    """
    return rating < threshold
