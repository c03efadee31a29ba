"""The plain tables an agreement report is computed from, the coders chosen and the shared REs."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

from ccrt_coder.core.coded_re import is_coded_re
from ccrt_coder.core.domain import DEFAULT_MIN_RES_FOR_CCRT, LU_DIRECTION_LEVEL
from ccrt_coder.core.errors import InputError

LEVELS = ("category", "cluster")  # every system's levels
DIRECTION = LU_DIRECTION_LEVEL  # one more level when the system carries CCRT-LU directions


@dataclass(frozen=True, eq=False)
class AgreementData:
    """What storage reads for a report: plain DataFrames, one row per thing.

    coders: coder_id, name, has_units (every coder of the project, in creation order);
    res: re_id, interview_id, dyad, narrator, phase, number, other_type (every RE, study order);
    units: unit_id, re_id, coder_id, component, valence, lu_direction (coder layer of the
    chosen coders; lu_direction may be absent when the system uses none);
    spans: unit_id, start, end (code points into the interview's transcript);
    codes: unit_id, category_id (one row per unit and standard category);
    ratings: re_id, coder_id, completeness (coder layer of the chosen coders);
    text_lengths: interview_id, length (code points);
    categories: category_id, code, cluster, component, position, active (every system).
    """

    coders: pd.DataFrame
    res: pd.DataFrame
    units: pd.DataFrame
    spans: pd.DataFrame
    codes: pd.DataFrame
    ratings: pd.DataFrame
    text_lengths: pd.DataFrame
    categories: pd.DataFrame
    min_res: int = DEFAULT_MIN_RES_FOR_CCRT
    uses_lu_direction: bool = False  # the system carries CCRT-LU directions


def levels_of(uses_lu_direction: bool) -> tuple[str, ...]:
    """The levels a report has: category and cluster, and DIRECTION for a CCRT-LU system."""
    return (*LEVELS, DIRECTION) if uses_lu_direction else LEVELS


def check_options(level: str, overlap: float, uses_lu_direction: bool = True) -> None:
    """Refuse an unknown level, the direction level for a system without CCRT-LU directions
    (``uses_lu_direction`` False) and an overlap threshold outside (0, 1]."""
    if level == DIRECTION and not uses_lu_direction:
        raise InputError(
            "the direction level needs a category system that codes CCRT-LU directions; "
            "this project's system does not"
        )
    if level not in levels_of(True):
        raise InputError(f"level must be 'category', 'cluster' or 'direction', not {level!r}")
    if not 0 < overlap <= 1:
        raise InputError(f"the overlap threshold must be above 0 and at most 1, not {overlap}")


def select_coders(coders: pd.DataFrame, names: Sequence[str] | None) -> list[tuple[int, str]]:
    """The (coder_id, name) pairs to compare: the named ones, else all with coder-layer units."""
    with_units = coders[coders["has_units"]]
    if names is None:
        chosen = list(
            zip(with_units["coder_id"].tolist(), with_units["name"].tolist(), strict=True)
        )
        if len(chosen) < 2:
            found = ", ".join(with_units["name"]) or "none"
            raise InputError(
                f"agreement needs at least 2 coders with units in their own layer; found {found}"
            )
        return chosen
    return _named(coders, list(names))


def _named(coders: pd.DataFrame, names: list[str]) -> list[tuple[int, str]]:
    known = dict(zip(coders["name"].tolist(), coders["coder_id"].tolist(), strict=True))
    unknown = [name for name in names if name not in known]
    if unknown:
        listed = ", ".join(repr(n) for n in known) or "none"
        raise InputError(f"no coder called {unknown[0]!r} in the project; coders: {listed}")
    if len(set(names)) != len(names):
        raise InputError("each coder may be named only once")
    has_units = dict(zip(coders["name"].tolist(), coders["has_units"].tolist(), strict=True))
    empty = [name for name in names if not has_units[name]]
    if empty:
        raise InputError(f"coder {empty[0]!r} has no units in their own coder layer")
    if len(names) < 2:
        raise InputError("agreement needs at least 2 coders with units; name two or more")
    return [(int(known[name]), name) for name in names]


@dataclass(frozen=True, eq=False)
class Coverage:
    """Which REs the chosen coders coded: the shared ones (by all) in study order, and counts."""

    shared: pd.DataFrame  # the res rows coded by every chosen coder, with ``row`` = 0..n-1
    n_res: int
    n_some: int  # coded by at least one chosen coder but not by all
    per_coder: dict[str, int]


def coverage(data: AgreementData, coders: Sequence[tuple[int, str]]) -> Coverage:
    """The REs each coder coded in their own layer, by the rule CCRT formation uses too
    (:func:`~ccrt_coder.core.coded_re.is_coded_re`: a unit or a completeness rating)."""
    ids = np.array([coder_id for coder_id, _ in coders])
    keys = ["re_id", "coder_id"]
    rated = data.ratings.loc[data.ratings["completeness"].notna(), keys]
    flags = pd.merge(
        data.units[keys].drop_duplicates().assign(has_units=True),
        rated.drop_duplicates().assign(rated=True),
        on=keys,
        how="outer",
    )
    coded = flags.loc[is_coded_re(flags["has_units"].notna(), flags["rated"].notna()), keys]
    coded = coded[coded["coder_id"].isin(ids)]
    per_re = coded.groupby("re_id").size()
    shared_ids = per_re.index[per_re.to_numpy() == len(ids)]
    shared = data.res[data.res["re_id"].isin(shared_ids)].reset_index(drop=True)
    shared = shared.assign(row=np.arange(len(shared)))
    by_coder = coded.groupby("coder_id").size()
    per_coder = {name: int(by_coder.get(coder_id, 0)) for coder_id, name in coders}
    n_some = int((per_re.to_numpy() < len(ids)).sum())
    return Coverage(shared, len(data.res), n_some, per_coder)
