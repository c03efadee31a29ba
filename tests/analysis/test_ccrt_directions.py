"""CCRT formation at the CCRT-LU direction level, counted by hand on a toy layer.

Patient D1 phase 5, completeness in brackets ("-": not rated), W units with their directions:
  RE 1 [4]   W1 WOS, W1 WOS (again: one RE), W5 WSO      -> WOS, WSO
  RE 2 [3]   W5 WSO                                      -> WSO
  RE 3 [-]   W1 WOS, W5 (no direction)                   -> WOS
  RE 4 [2]   W1 WOO  (below 2.5: excluded, must not count)
  RE 5 [3]   W6 (no direction)                           -> nothing at the direction level
  RE 6 [4]   W6 RSS  (an R direction on a W unit: kept as an extra code, not dropped)
RO: RE 1 RO2 ROS, RE 2 RO2 ROS + RO6 ROO (one unit, two categories, one direction), RE 3 RO6
(none), RE 6 RO6 ROO. Included: REs 1, 2, 3, 5, 6 = 5.
  W:  WOS 2 (.40), WSO 2 (.40) -> tie, both rank 1; RSS 1 (.20) rank 3; WOO, WSS 0, no rank.
  RO: ROS 2 (.40) and ROO 2 (.40) -> tie; ROO counts RE 2 once although two rows carry it.
"""

import math

import pandas as pd
import pytest

from ccrt_coder.analysis.ccrt.formation import compute_ccrts
from ccrt_coder.analysis.ccrt.scopes import AnalysisSettings
from ccrt_coder.analysis.ccrt.tidy import tidy_table
from ccrt_coder.core.domain import lu_directions_for

NAN = math.nan
CATEGORIES = {"W": ["W1", "W5", "W6"], "RO": ["RO2", "RO6"], "RS": ["RS1"]}
CLUSTERS = {"W": ["WA"], "RO": ["ROA"], "RS": ["RSA"]}
RE_COLUMNS = ["re_id", "dyad", "narrator", "phase", "number", "other_type", "completeness",
              "has_units"]  # fmt: skip
DIRECTIONS = {c: list(lu_directions_for(c)) for c in ("W", "RO", "RS")}
RES = [(n, "D1", "patient", 5, n, "mother", c, True)
       for n, c in ((1, 4.0), (2, 3.0), (3, NAN), (4, 2.0), (5, 3.0), (6, 4.0))]  # fmt: skip
# (unit_id, re_id, component, category, direction)
CODES = [
    (1, 1, "W", "W1", "WOS"), (2, 1, "W", "W1", "WOS"), (3, 1, "W", "W5", "WSO"),
    (4, 2, "W", "W5", "WSO"),
    (5, 3, "W", "W1", "WOS"), (6, 3, "W", "W5", None),
    (7, 4, "W", "W1", "WOO"),
    (8, 5, "W", "W6", None),
    (9, 6, "W", "W6", "RSS"),
    (10, 1, "RO", "RO2", "ROS"),
    (11, 2, "RO", "RO2", "ROO"), (11, 2, "RO", "RO6", "ROO"), (12, 2, "RO", "RO2", "ROS"),
    (13, 3, "RO", "RO6", None),
    (14, 6, "RO", "RO6", "ROO"),
]  # fmt: skip


def frames(with_direction: bool = True) -> tuple[pd.DataFrame, pd.DataFrame]:
    res = pd.DataFrame(
        RES,
        columns=RE_COLUMNS,
    )
    res["about_partner"] = False
    codes = pd.DataFrame(CODES, columns=["unit_id", "re_id", "component", "category", "direction"])
    codes["cluster"] = codes["component"] + "A"
    codes["valence"] = None
    return res, codes if with_direction else codes.drop(columns="direction")


@pytest.fixture(scope="module")
def results():  # type: ignore[no-untyped-def]
    res, codes = frames()
    return compute_ccrts(res, codes, AnalysisSettings(), CATEGORIES, CLUSTERS, DIRECTIONS)


def figures(results, component: str) -> dict[str, tuple[int, float | None, int | None]]:  # type: ignore[no-untyped-def]
    stats = results.scope("D1", "patient", 5).profile(component, "direction").stats
    return {s.code: (s.n_res_with, s.pervasiveness, s.rank) for s in stats}


def test_directions_count_per_included_re_with_ties_kept(results) -> None:  # type: ignore[no-untyped-def]
    included = 5  # REs 1, 2, 3, 5, 6; RE 4 (2.0) is excluded and its WOO does not count
    assert results.scope("D1", "patient", 5).n_res_included == included
    assert figures(results, "W") == {
        "WOO": (0, 0.0, None),
        "WOS": (2, 2 / included, 1),
        "WSS": (0, 0.0, None),
        "WSO": (2, 2 / included, 1),
        "RSS": (1, 1 / included, 3),  # a direction foreign to W: appended, never dropped
    }
    assert figures(results, "RO") == {
        "ROO": (2, 2 / included, 1),
        "ROS": (2, 2 / included, 1),
        "RSO": (0, 0.0, None),
        "RSS": (0, 0.0, None),
    }
    scope = results.scope("D1", "patient", 5)
    assert scope.ccrt("direction") == {"W": ("WOS", "WSO"), "RO": ("ROO", "ROS"), "RS": ()}
    assert scope.profile("W", "direction").stats[1].label == "other to self (wish)"


def test_units_without_a_direction_count_at_the_other_levels_only(results) -> None:  # type: ignore[no-untyped-def]
    scope = results.scope("D1", "patient", 5)
    w6 = next(s for s in scope.profile("W", "category").stats if s.code == "W6")
    assert w6.n_res_with == 2  # REs 5 and 6: RE 5's unit has no direction, yet W6 counts
    pooled = results.scope("ALL", "patient", 5)
    assert pooled.profile("W", "direction").ccrt == ("WOS", "WSO")


def test_the_direction_level_is_in_json_and_the_long_table(results) -> None:  # type: ignore[no-untyped-def]
    assert results.levels == ("category", "cluster", "direction")
    data = results.to_dict(dyads=["D1"], scopes=["all"])
    patient = next(s for s in data["scopes"] if (s["narrator"], s["phase"]) == ("patient", 5))
    assert patient["components"]["W"]["direction"]["ccrt"] == ["WOS", "WSO"]
    only = results.to_dict(dyads=["D1"], scopes=["all"], levels=["direction"])
    assert set(only["scopes"][0]["components"]["RO"]) == {"direction"}
    table = tidy_table(results, dyads=["D1"], scopes=["all"], levels=["direction"])
    rows = table[(table["narrator"] == "patient") & (table["phase"] == 5)]
    top = rows[rows["is_ccrt"]][["component", "category", "n_res_with", "pervasiveness"]]
    assert top.values.tolist() == [
        ["W", "WOS", 2, 0.4], ["W", "WSO", 2, 0.4], ["RO", "ROO", 2, 0.4], ["RO", "ROS", 2, 0.4],
    ]  # fmt: skip


def test_without_directions_there_is_no_direction_level() -> None:
    res, codes = frames(with_direction=False)
    plain = compute_ccrts(res, codes, AnalysisSettings(), CATEGORIES, CLUSTERS)
    assert plain.levels == ("category", "cluster")
    assert set(tidy_table(plain)["level"]) == {"category", "cluster"}
    scope = plain.scope("D1", "patient", 5).to_dict()
    assert set(scope["components"]["W"]) == {"category", "cluster"}  # type: ignore[index]
    with pytest.raises(ValueError, match="direction"):
        compute_ccrts(res, codes, AnalysisSettings(), CATEGORIES, CLUSTERS, DIRECTIONS)
