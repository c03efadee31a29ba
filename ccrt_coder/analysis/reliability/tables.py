"""Two-coder contingency tables and category shares, as numpy arrays and plain nested dicts."""

from collections.abc import Hashable, Sequence

import numpy as np

from .ratings import MISSING, CodedRatings
from .result import AgreementInputError


def require_two_coders(coded: CodedRatings, statistic: str) -> None:
    """Refuse a table that does not have exactly two coder columns."""
    if coded.n_coders != 2 and coded.n_units > 0:
        raise AgreementInputError(f"{statistic} needs exactly two coders, got {coded.n_coders}")


def pair_table(coded: CodedRatings) -> tuple[np.ndarray, int]:
    """Coder 1 x coder 2 counts over units both rated, and the number of units dropped."""
    k = len(coded.categories)
    if coded.n_units == 0:
        return np.zeros((k, k), dtype=np.int64), 0
    both = (coded.codes[:, 0] != MISSING) & (coded.codes[:, 1] != MISSING)
    flat = coded.codes[both, 0] * k + coded.codes[both, 1]
    table = np.bincount(flat, minlength=k * k).reshape(k, k)
    return table, int(coded.n_units - both.sum())


def nested(
    matrix: np.ndarray, categories: Sequence[Hashable]
) -> dict[Hashable, dict[Hashable, float]]:
    """A square matrix as {row category: {column category: cell}} with Python numbers."""
    rows = matrix.tolist()
    return {
        r: dict(zip(categories, row, strict=True)) for r, row in zip(categories, rows, strict=True)
    }


def shares(totals: np.ndarray, categories: Sequence[Hashable]) -> dict[Hashable, float]:
    """Each category's share of `totals` (all zeros when there is nothing to share)."""
    total = float(totals.sum())
    return {
        c: (float(t) / total if total else 0.0)
        for c, t in zip(categories, totals.tolist(), strict=True)
    }
