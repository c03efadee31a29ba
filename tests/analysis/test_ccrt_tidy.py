"""The long tables: one row per scope × category with zeros kept, NaN only where undefined."""

import math

import pandas as pd
import pytest

from ccrt_coder.analysis.ccrt.comparison import compare
from ccrt_coder.analysis.ccrt.formation import compute_ccrts
from ccrt_coder.analysis.ccrt.scopes import AnalysisSettings
from ccrt_coder.analysis.ccrt.tidy import TIDY_COLUMNS, change_table, similarity_table, tidy_table

CATEGORIES = {"W": ["W1a", "W5a"], "RO": ["RO2a"], "RS": ["RS5a"]}
CLUSTERS = {"W": ["W1", "W5"], "RO": ["RO2", "RO6"], "RS": ["RS5"]}
# 2 + 2 + 1 + 2 + 1 + 1 = 9 columns; grid: (D1, ALL) × 2 narrators × 3 phases × 13 filters.
RE_COLUMNS = [
    "re_id", "dyad", "narrator", "phase", "number",
    "other_type", "about_partner", "completeness", "has_units",
]  # fmt: skip
N_COLUMNS, N_SCOPES = 9, 2 * 2 * 3 * 13


@pytest.fixture(scope="module")
def results():
    res = pd.DataFrame(
        [
            (1, "D1", "patient", 5, 1, "mother", False, 3.0, True),
            (2, "D1", "patient", 5, 2, "therapist", True, 2.0, True),  # excluded
            (3, "D1", "patient", 5, 3, "mother", False, math.nan, True),  # unrated
        ],
        columns=RE_COLUMNS,
    )
    codes = pd.DataFrame(
        [
            (1, 1, "W", "W1a", "W1", None),
            (2, 1, "RO", "RO2a", "RO2", "-"),
            (3, 2, "W", "W5a", "W5", None),
            (4, 3, "W", "W1a", "W1", None),
            (5, 3, "W", "W5a", "W5", None),
            (6, 3, "RS", "RS5a", "RS5", "+"),
        ],
        columns=["unit_id", "re_id", "component", "category", "cluster", "valence"],
    )
    return compute_ccrts(res, codes, AnalysisSettings(), CATEGORIES, CLUSTERS)


def row(table, **where):
    mask = pd.Series(True, index=table.index)
    for column, value in where.items():
        mask &= table[column] == value
    (found,) = table.loc[mask].to_dict("records")
    return found


PATIENT_5 = {"dyad": "D1", "narrator": "patient", "phase": 5, "scope": "all"}


def test_one_row_per_scope_and_category_zeros_included(results) -> None:
    table = tidy_table(results)
    assert list(table.columns) == list(TIDY_COLUMNS)
    assert len(table) == N_SCOPES * N_COLUMNS
    assert set(table["dyad"]) == {"D1", "ALL"}
    assert str(table["rank"].dtype) == "Int64"


def test_counts_pervasiveness_rank_and_ccrt(results) -> None:
    table = tidy_table(results)
    # Included: RE 1 and RE 3 (unrated); RE 2 excluded. W1a in both -> 2/2, rank 1.
    w1a = row(table, **PATIENT_5, level="category", category="W1a")
    assert (w1a["n_res_included"], w1a["n_res_excluded"], w1a["n_res_unrated"]) == (2, 1, 1)
    assert (w1a["n_res_with"], w1a["pervasiveness"], w1a["rank"]) == (2, 1.0, 1)
    assert (w1a["is_ccrt"], w1a["few_res"]) == (True, True)  # 2 REs < 10
    # W5a: only RE 3 counts (RE 2 excluded) -> 1/2, rank 2.
    w5a = row(table, **PATIENT_5, level="category", category="W5a")
    assert (w5a["n_res_with"], w5a["pervasiveness"], w5a["rank"], w5a["is_ccrt"]) == (
        1, 0.5, 2, False,
    )  # fmt: skip
    # A cluster nobody coded: a zero row, with no rank.
    ro6 = row(table, **PATIENT_5, level="cluster", category="RO6")
    assert (ro6["n_res_with"], ro6["pervasiveness"], ro6["is_ccrt"]) == (0, 0.0, False)
    assert pd.isna(ro6["rank"])


def test_valence_columns(results) -> None:
    table = tidy_table(results)
    # RO: unit 2 (-) in RE 1 -> share positive 0/1, REs with a negative RO 1/2.
    ro = row(table, **PATIENT_5, level="cluster", category="RO2")
    assert (ro["n_units_positive"], ro["n_units_negative"], ro["share_positive"]) == (0, 1, 0.0)
    assert (ro["n_res_with_negative"], ro["share_res_with_negative"]) == (1, 0.5)
    # RS: unit 6 (+) -> 1/1; no negative RS -> 0/2.
    rs = row(table, **PATIENT_5, level="cluster", category="RS5")
    assert (rs["share_positive"], rs["share_res_with_negative"]) == (1.0, 0.0)
    # Wishes carry no valence.
    w = row(table, **PATIENT_5, level="cluster", category="W1")
    assert pd.isna(w["n_units_positive"]) and math.isnan(w["share_positive"])


def test_scopes_without_res_are_nan_not_zero(results) -> None:
    table = tidy_table(results)
    therapist = table.loc[(table["narrator"] == "therapist") & (table["dyad"] == "D1")]
    assert (therapist["n_res_included"] == 0).all()
    assert therapist["pervasiveness"].isna().all()
    assert therapist["rank"].isna().all()
    assert not therapist["is_ccrt"].any()
    assert therapist.loc[therapist["component"] == "RO", "share_positive"].isna().all()
    assert therapist.loc[therapist["component"] == "RO", "n_units_positive"].eq(0).all()


def test_pooled_rows_and_filters(results) -> None:
    table = tidy_table(results, dyads=["ALL"], scopes=["all", "about_partner"], levels=["cluster"])
    # 1 dyad × 2 narrators × 3 phases × 2 filters × 5 clusters.
    assert len(table) == 2 * 3 * 2 * 5
    w1 = row(table, dyad="ALL", narrator="patient", phase=5, scope="all", category="W1")
    assert (w1["n_res_with"], w1["pervasiveness"]) == (2, 1.0)
    # About the partner: only RE 2, which is excluded.
    partner = row(
        table, dyad="ALL", narrator="patient", phase=5, scope="about_partner", category="W5"
    )
    assert (partner["n_res_included"], partner["n_res_excluded"]) == (0, 1)
    assert math.isnan(partner["pervasiveness"])


def test_table_agrees_with_the_scope_results(results) -> None:
    table = tidy_table(results).set_index(
        ["dyad", "narrator", "phase", "scope", "component", "level", "category"]
    )
    for key in results.scope_keys():
        scope = results.scope(*key)
        for profile in scope.profiles:
            for stat in profile.stats:
                line = table.loc[(*key, profile.component, profile.level, stat.code)]
                assert line["n_res_with"] == stat.n_res_with
                assert line["is_ccrt"] == (stat.code in profile.ccrt)
                if stat.pervasiveness is None:
                    assert math.isnan(line["pervasiveness"])
                else:
                    assert line["pervasiveness"] == stat.pervasiveness


def test_similarity_and_change_tables(results) -> None:
    comparison = compare(results)
    similarity = similarity_table(comparison)
    # (D1, ALL) × 3 phases × 4 kinds × 3 components.
    assert len(similarity) == 2 * 3 * 4 * 3
    # The therapist told no REs: every similarity is undefined, with its reason.
    first = row(similarity, kind="patient_vs_therapist", dyad="D1", phase=5, component="W")
    assert math.isnan(first["spearman"]) and pd.isna(first["top_match"])
    assert first["spearman_reason"] == "therapist/all has no included REs"
    changes = change_table(comparison)
    # (D1, ALL) × 2 narrators × (all, about partner) × 3 steps × (2 + 2 + 1) clusters.
    assert len(changes) == 2 * 2 * 2 * 3 * 5
    w1 = row(
        changes,
        dyad="D1",
        narrator="patient",
        from_phase=5,
        to_phase=15,
        scope="all",
        category="W1",
    )
    assert math.isnan(w1["pervasiveness_change"])  # phase 15 has no REs
    assert pd.isna(w1["top_stable"])
