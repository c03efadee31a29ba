"""Each coder's main category, main cluster, majority valence and clusters used, per shared RE.

Tie rules (documented in the report's ``rules``): a unit counts once per category (a unit with
two categories counts for both); the main category of a coder in an RE and component is the one
on most of the coder's units there; ties go to the category whose earliest unit starts first in
the transcript, then to the one listed first in the project's category system (codes of other
systems after those, alphabetically). The majority valence follows the same rule ('+' before
'-' only when both begin at the same character). A coder without any (categorised / valenced)
unit of the component in the RE has no value there: missing, not a category.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

import numpy as np
import pandas as pd

from ccrt_coder.analysis.agreement.data import AgreementData, Coverage
from ccrt_coder.core.domain import COMPONENTS as COMPONENTS  # re-exported to the report
from ccrt_coder.core.domain import Valence

VALENCES = tuple(v.value for v in Valence)  # '+' before '-': the tie rule
LEVEL_COLUMNS = {"category": "code", "cluster": "cluster"}

Label = TypeVar("Label", bound=Hashable)


@dataclass(frozen=True, eq=False)
class RatingTable(Generic[Label]):
    """Shared REs x coders: indices into ``labels`` as floats, NaN where a coder gave none."""

    values: np.ndarray
    labels: tuple[Label, ...]

    def label(self, row: int, coder: int) -> Label | None:
        value = self.values[row, coder]
        return None if np.isnan(value) else self.labels[int(value)]


@dataclass(frozen=True, eq=False)
class CodedUnits:
    """The chosen coders' units in the shared REs, split by component (W, RO, RS).

    ``coder`` is the coder's column 0..m-1 and ``row`` the shared RE's row.
    units: unit_id, row, coder, valence, first_start, interview_id;
    spans: unit_id, row, coder, interview_id, start, end, length;
    codes: unit_id, row, coder, first_start, category_id.
    """

    units: dict[str, pd.DataFrame]
    spans: dict[str, pd.DataFrame]
    codes: dict[str, pd.DataFrame]
    n_res: int
    n_coders: int


def coded_units(
    data: AgreementData, coders: Sequence[tuple[int, str]], cover: Coverage
) -> CodedUnits:
    """Restrict the units to the shared REs, number the coders in the order given, split."""
    coder_index = pd.Series(np.arange(len(coders)), index=[coder_id for coder_id, _ in coders])
    shared = cover.shared[["re_id", "row", "interview_id"]]
    units = data.units.merge(shared, on="re_id")
    units["coder"] = coder_index.reindex(units["coder_id"]).to_numpy()
    spans = data.spans.merge(
        units[["unit_id", "row", "coder", "component", "interview_id"]], on="unit_id"
    )
    spans["length"] = spans["end"] - spans["start"]
    first = spans.groupby("unit_id")["start"].min()
    units["first_start"] = first.reindex(units["unit_id"]).to_numpy()
    codes = data.codes.merge(
        units[["unit_id", "row", "coder", "component", "first_start"]], on="unit_id"
    )
    return CodedUnits(_split(units), _split(spans), _split(codes), len(cover.shared), len(coders))


def _split(frame: pd.DataFrame) -> dict[str, pd.DataFrame]:
    """One frame per component (without the component column)."""
    component = frame["component"].to_numpy(dtype=object)
    rest = frame.drop(columns="component")
    return {c: rest[component == c].reset_index(drop=True) for c in COMPONENTS}


def level_labels(
    categories: pd.DataFrame, used_ids: np.ndarray, component: str, level: str
) -> tuple[str, ...]:
    """The component's categories (or clusters) in the active system's order, then others used."""
    column = LEVEL_COLUMNS[level]
    applies = categories["component"].isna() | (categories["component"] == component)
    active = categories[categories["active"] & applies]
    labels = list(dict.fromkeys(active[column].tolist()))
    used = categories.loc[categories["category_id"].isin(used_ids), column].tolist()
    return (*labels, *sorted(set(used) - set(labels)))


def level_index(
    categories: pd.DataFrame, category_ids: pd.Series, labels: Sequence[str], level: str
) -> np.ndarray:
    """The index into ``labels`` of each category id's code (or cluster)."""
    label_of = categories.set_index("category_id")[LEVEL_COLUMNS[level]]
    position = pd.Series(np.arange(len(labels)), index=list(labels))
    return position.reindex(label_of.reindex(category_ids).to_numpy()).to_numpy(dtype=np.int64)


def main_values(rows: pd.DataFrame, value: str, n_res: int, n_coders: int) -> np.ndarray:
    """The main ``value`` per (row, coder) under the tie rules above; NaN where none.

    ``rows`` has row, coder, unit_id, first_start and ``value`` (an integer label index whose
    order is the category system's order). Vectorised: (row, coder, value) packed into one key.
    """
    table = np.full((n_res, n_coders), np.nan)
    if rows.empty:
        return table
    v = rows[value].to_numpy(np.int64)
    k = int(v.max()) + 1
    _, keep = np.unique(rows["unit_id"].to_numpy(np.int64) * k + v, return_index=True)
    owner = rows["row"].to_numpy(np.int64)[keep] * n_coders + rows["coder"].to_numpy(np.int64)[keep]
    key, first = owner * k + v[keep], rows["first_start"].to_numpy()[keep]
    by_key = np.lexsort((first, key))  # each key's earliest unit first
    key, first = key[by_key], first[by_key]
    starts = np.flatnonzero(np.r_[True, key[1:] != key[:-1]])
    n = np.diff(np.r_[starts, len(key)])
    group_owner, group_value = np.divmod(key[starts], k)
    order = np.lexsort((group_value, first[starts], -n, group_owner))
    top = order[np.r_[True, group_owner[order][1:] != group_owner[order][:-1]]]
    row, coder = np.divmod(group_owner[top], n_coders)
    table[row, coder] = group_value[top]
    return table


def distinct_values(
    rows: pd.DataFrame, n_coders: int, n_labels: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The distinct (row, coder, value) triples of ``rows``, sorted by row, coder and value."""
    key = (rows["row"].to_numpy() * n_coders + rows["coder"].to_numpy()) * n_labels
    unique = np.unique(key + rows["value"].to_numpy())
    row_coder, value = np.divmod(unique, n_labels)
    row, coder = np.divmod(row_coder, n_coders)
    return row, coder, value


def presence(rows: pd.DataFrame, value: str, n_res: int, n_coders: int, k: int) -> np.ndarray:
    """Shared REs x coders x labels: whether the coder used the label in the RE (0 or 1)."""
    table = np.zeros((n_res, n_coders, k), dtype=np.int64)
    table[rows["row"].to_numpy(), rows["coder"].to_numpy(), rows[value].to_numpy()] = 1
    return table


def valence_table(units: CodedUnits, component: str) -> RatingTable[str]:
    """Each coder's majority valence of the component's units per shared RE."""
    rows = units.units[component]
    rows = rows[rows["valence"].notna()]
    rows = rows.assign(value=(rows["valence"] == VALENCES[1]).astype(np.int64))
    values = main_values(rows, "value", units.n_res, units.n_coders)
    return RatingTable(values, VALENCES)
