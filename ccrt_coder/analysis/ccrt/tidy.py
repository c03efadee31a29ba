"""Long ("tidy") tables of CCRT results and comparisons, the shape R/SPSS multilevel models read."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd

from ccrt_coder.analysis.ccrt.comparison import ComparisonResults, PairComparison
from ccrt_coder.analysis.ccrt.dyad_similarity import BASELINE_MEASURES
from ccrt_coder.analysis.ccrt.formation import CcrtResults
from ccrt_coder.analysis.ccrt.scopes import VALENCED_COMPONENTS

TIDY_COLUMNS = (
    "dyad", "narrator", "phase", "scope", "component", "level", "category", "label",
    "n_res_included", "n_res_excluded", "n_res_unrated", "n_res_with", "pervasiveness", "rank",
    "is_ccrt", "few_res", "n_units_positive", "n_units_negative", "share_positive",
    "n_res_with_negative", "share_res_with_negative", "n_res_with_positive", "n_res_valenced",
    "share_res_positive",
)  # fmt: skip


def tidy_table(
    results: CcrtResults,
    *,
    dyads: Sequence[str] | None = None,
    scopes: Sequence[str] | None = None,
    levels: Sequence[str] | None = None,
) -> pd.DataFrame:
    """One row per dyad × narrator × phase × scope × component × level × category (TIDY_COLUMNS).

    Every category of the system is a row, zeros included, so models see the zeros. A scope
    without included REs has NaN pervasiveness and shares (undefined, not 0). ``rank`` is
    nullable (absent categories have none). Valence columns describe the scope's RO or RS
    units and repeat on each category row of that component; they are NaN for W.
    """
    grid = results.grid.columns()
    wanted = np.ones(len(results.grid), dtype=bool)
    if dyads is not None:
        wanted &= np.isin(grid["dyad"], list(dyads))
    if scopes is not None:
        wanted &= np.isin(grid["scope"], list(scopes))
    scope_ids = np.flatnonzero(wanted)
    axis = results.axis
    columns = np.flatnonzero(np.isin(axis.level, list(levels or set(axis.level))))
    s = np.repeat(scope_ids, len(columns))
    k = np.tile(columns, len(scope_ids))
    frame = pd.DataFrame({name: values[s] for name, values in grid.items()})
    for name, values in (("component", axis.component), ("level", axis.level)):
        frame[name] = np.asarray(values, dtype=object)[k]
    frame["category"] = np.asarray(axis.code, dtype=object)[k]
    frame["label"] = np.asarray(axis.label, dtype=object)[k]
    frame["n_res_included"] = results.n_included[s]
    frame["n_res_excluded"] = results.n_excluded[s]
    frame["n_res_unrated"] = results.n_unrated[s]
    frame["n_res_with"] = results.counts[s, k]
    frame["pervasiveness"] = results.pervasiveness()[s, k]
    frame["rank"] = pd.array(results.ranks[s, k], dtype="Int64")
    frame["is_ccrt"] = results.ranks[s, k] == 1
    frame["few_res"] = results.n_included[s] < results.settings.min_res
    _add_valence(frame, results, s, k)
    return frame.loc[:, list(TIDY_COLUMNS)]


def _add_valence(frame: pd.DataFrame, results: CcrtResults, s: np.ndarray, k: np.ndarray) -> None:
    lookup = {c: i for i, c in enumerate(VALENCED_COMPONENTS)}
    which = np.array([lookup.get(c, -1) for c in results.axis.component], dtype=np.int64)[k]
    valenced = which >= 0
    index = np.where(valenced, which, 0)
    units = results.valence_units[s, index].astype(float)
    negative, positive, with_valence = (
        counts[s, index].astype(float)
        for counts in (
            results.res_with_negative,
            results.res_with_positive,
            results.res_with_valenced,
        )
    )
    for values in (units, negative, positive, with_valence):
        values[~valenced] = np.nan
    with np.errstate(divide="ignore", invalid="ignore"):
        share_positive = units[:, 0] / (units[:, 0] + units[:, 1])
        share_negative = negative / results.n_included[s]
        share_res_positive = positive / with_valence
    frame["n_units_positive"] = pd.array(units[:, 0], dtype="Int64")
    frame["n_units_negative"] = pd.array(units[:, 1], dtype="Int64")
    frame["share_positive"] = share_positive
    frame["n_res_with_negative"] = pd.array(negative, dtype="Int64")
    frame["share_res_with_negative"] = share_negative
    frame["n_res_with_positive"] = pd.array(positive, dtype="Int64")
    frame["n_res_valenced"] = pd.array(with_valence, dtype="Int64")
    frame["share_res_positive"] = share_res_positive


_BASELINE = ("n_pseudo", "percentile", "p_value")
DYAD_SUMMARY_COLUMNS = (
    "kind", "phase", "component", "measure", "n_dyads", "mean", "sd", "minimum", "maximum",
    "pooled_profiles", "pseudo_mean", "permutation_p", "n_permutations", "seed", "level",
)  # fmt: skip


def similarity_table(comparison: ComparisonResults) -> pd.DataFrame:
    """One row per comparison kind × dyad × phase × component: top match (equal top sets), top
    overlap, cosine, Jaccard, Spearman, the reason whenever one is undefined (NaN/None), and
    each dyad's place among its pseudo-dyads for cosine and Jaccard (empty on the pooled row)."""
    rows = [
        {
            "kind": pair.kind,
            "dyad": pair.left.dyad,
            "phase": pair.left.phase,
            "left_narrator": pair.left.narrator,
            "left_scope": pair.left.scope,
            "right_narrator": pair.right.narrator,
            "right_scope": pair.right.scope,
            "level": pair.level,
            **similarity.to_dict(),
            "left_top": " ".join(similarity.left_top),
            "right_top": " ".join(similarity.right_top),
            **_baseline_columns(comparison, pair, similarity.component),
        }
        for pair in comparison.pairs
        for similarity in pair.components
    ]
    frame = pd.DataFrame(rows)
    frame[["top_match", "top_overlap"]] = frame[["top_match", "top_overlap"]].astype("boolean")
    figures = ["cosine", "jaccard", "spearman"]
    figures += [f"{m}_{n}" for m in BASELINE_MEASURES for n in ("percentile", "p_value")]
    frame[figures] = frame[figures].astype(float)
    return frame


def _baseline_columns(
    comparison: ComparisonResults, pair: PairComparison, component: str
) -> dict[str, object]:
    columns: dict[str, object] = {}
    for measure in BASELINE_MEASURES:
        found = comparison.baseline(pair.kind, pair.left.dyad, pair.left.phase, component, measure)
        for name in _BASELINE:
            columns[f"{measure}_{name}"] = None if found is None else getattr(found, name)
    return columns


def dyad_summary_table(comparison: ComparisonResults) -> pd.DataFrame:
    """One row per comparison kind × phase × component × measure: the dyads' similarity (n,
    mean, SD, range), the pooled profiles' similarity named apart, and the pseudo-dyad
    baseline (its mean and the permutation p-value of the mean, with B and the seed)."""
    frame = pd.DataFrame(
        [{**s.to_dict(), "level": comparison.level} for s in comparison.dyads.summaries]
    )
    frame = frame.rename(columns={"pooled": "pooled_profiles"})
    return frame.loc[:, list(DYAD_SUMMARY_COLUMNS)]


def change_table(comparison: ComparisonResults) -> pd.DataFrame:
    """One row per dyad × narrator × phase step × component × code: the change of pervasiveness,
    with the component's share-positive change and top stability repeated on each row."""
    rows = [
        {
            "dyad": change.after.dyad,
            "narrator": change.after.narrator,
            "scope": change.after.scope,
            "from_phase": change.before.phase,
            "to_phase": change.after.phase,
            "component": component.component,
            "level": change.level,
            "category": code,
            "pervasiveness_change": delta,
            "share_positive_change": component.share_positive_change,
            "share_res_positive_change": component.share_res_positive_change,
            "top_stable": component.top_stable,
        }
        for change in comparison.changes
        for component in change.components
        for code, delta in component.pervasiveness_change.items()
    ]
    frame = pd.DataFrame(rows)
    frame["top_stable"] = frame["top_stable"].astype("boolean")
    for column in ("pervasiveness_change", "share_positive_change", "share_res_positive_change"):
        frame[column] = frame[column].astype(float)
    return frame
