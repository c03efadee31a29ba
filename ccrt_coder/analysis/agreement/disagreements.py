"""The disagreement list for the consensus meeting: each shared RE x component coded apart."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from ccrt_coder.analysis.agreement.modal_category import COMPONENTS, RatingTable, distinct_values


@dataclass(frozen=True)
class Disagreement:
    """One RE and component where the coders' main categories differ (or some coder has none).

    ``given``: each coder's main category (None: no unit of the component in the RE);
    ``used``: every category each coder used there, in the category system's order.
    """

    re_id: int
    dyad: str
    narrator: str
    phase: int
    re_number: int
    component: str
    level: str
    given: dict[str, str | None]
    used: dict[str, tuple[str, ...]]

    def to_dict(self) -> dict[str, Any]:
        return {
            "re_id": self.re_id,
            "dyad": self.dyad,
            "narrator": self.narrator,
            "phase": self.phase,
            "re_number": self.re_number,
            "component": self.component,
            "level": self.level,
            "given": dict(self.given),
            "used": {coder: list(labels) for coder, labels in self.used.items()},
        }


def disagreeing_rows(values: np.ndarray) -> np.ndarray:
    """Rows where some coder has a value and the coders' values are not all the same."""
    present = ~np.isnan(values)
    some = present.any(axis=1)
    low = np.where(present, values, np.inf).min(axis=1)
    high = np.where(present, values, -np.inf).max(axis=1)
    return some & (~present.all(axis=1) | (low != high))


def disagreements(
    shared: pd.DataFrame,
    tables: dict[str, RatingTable],
    rows: dict[str, pd.DataFrame],
    coders: Sequence[str],
    level: str,
) -> tuple[Disagreement, ...]:
    """All disagreements in study order (dyad, narrator, phase, RE number), then W, RO, RS."""
    columns = ("re_id", "dyad", "narrator", "phase", "number")
    res = list(zip(*(shared[c].tolist() for c in columns), strict=True))
    found: list[tuple[int, int, Disagreement]] = []
    for position, component in enumerate(COMPONENTS):
        table = tables[component]
        flagged = np.flatnonzero(disagreeing_rows(table.values))
        used = _used(rows[component], flagged, table.labels, len(coders))
        given = _given(table, flagged)
        for row, values, labels in zip(flagged.tolist(), given, used, strict=True):
            re_id, dyad, narrator, phase, number = res[row]
            item = Disagreement(
                int(re_id), str(dyad), str(narrator), int(phase), int(number), component, level,
                dict(zip(coders, values, strict=True)), dict(zip(coders, labels, strict=True)),
            )  # fmt: skip
            found.append((row, position, item))
    found.sort(key=lambda entry: (entry[0], entry[1]))
    return tuple(item for _, _, item in found)


def _given(table: RatingTable, rows: np.ndarray) -> list[list[str | None]]:
    """Each flagged row's values as label text, None where missing."""
    texts = np.array([str(label) for label in table.labels] + [None], dtype=object)
    values = table.values[rows]
    index = np.where(np.isnan(values), len(table.labels), np.nan_to_num(values)).astype(np.int64)
    return texts[index].tolist()


def _used(
    frame: pd.DataFrame, flagged: np.ndarray, labels: tuple[Any, ...], n_coders: int
) -> list[list[tuple[str, ...]]]:
    """For each flagged row: each coder's distinct values there, in label order (as text).

    Vectorised: a coder's one value (the usual case) is looked up as a ready tuple; only
    (row, coder)s with several values build theirs.
    """
    k = max(len(labels), 1)
    picked = frame[frame["row"].isin(flagged)]
    row, coder, value = distinct_values(picked, n_coders, k)
    texts = [str(label) for label in labels]
    tuples = np.empty(k + 1, dtype=object)  # (label,) for each label, () for none
    for i, text in enumerate(texts):
        tuples[i] = (text,)
    tuples[k] = ()
    slot = np.searchsorted(flagged, row) * n_coders + coder
    table = tuples[np.full(len(flagged) * n_coders, k)]
    starts = np.flatnonzero(np.r_[True, slot[1:] != slot[:-1]]) if len(slot) else slot
    table[slot[starts]] = tuples[value[starts]]
    ends = np.r_[starts[1:], len(slot)]
    several = ends - starts > 1
    for low, high in zip(starts[several].tolist(), ends[several].tolist(), strict=True):
        table[slot[low]] = tuple(texts[v] for v in value[low:high].tolist())
    return table.reshape(len(flagged), n_coders).tolist()
