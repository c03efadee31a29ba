"""The vectorised core against a slow, obvious per-scope implementation on random studies."""

import math

import numpy as np
import pandas as pd
import pytest

from ccrt_coder.analysis.ccrt.formation import compute_ccrts
from ccrt_coder.analysis.ccrt.scopes import AnalysisSettings

CATEGORIES = {
    "W": ["W1a", "W1b", "W2a", "W3a"],
    "RO": ["RO1a", "RO2a", "RO2b"],
    "RS": ["RS1a", "RS3a", "RS3b"],
}
CLUSTERS = {"W": ["W1", "W2", "W3", "W4"], "RO": ["RO1", "RO2", "RO3"], "RS": ["RS1", "RS3"]}
TYPES = ["mother", "father", "therapist", "patient", "friend"]


def random_study(seed: int) -> tuple[pd.DataFrame, pd.DataFrame]:
    """A messy study: unrated and excluded REs, uncoded REs, multi-category units, units
    listed twice, units without category or valence, and REs of an unexpected phase."""
    rng = np.random.default_rng(seed)
    n = 60
    res = pd.DataFrame(
        {
            "re_id": rng.permutation(np.arange(100, 100 + n)),
            "dyad": rng.choice(["A", "B", "C"], n),
            "narrator": rng.choice(["patient", "therapist"], n),
            "phase": rng.choice([5, 15, 28, 40], n, p=[0.4, 0.3, 0.25, 0.05]),
            "number": np.arange(1, n + 1),
            "other_type": rng.choice(TYPES, n),
            "completeness": rng.choice([1.0, 2.0, 2.5, 3.0, 4.5, math.nan], n),
            "has_units": rng.random(n) < 0.85,
        }
    )
    partner = res["narrator"].map({"patient": "therapist", "therapist": "patient"})
    res["about_partner"] = res["other_type"] == partner
    rows = []
    for unit in range(400):
        component = str(rng.choice(list(CATEGORIES)))
        re_id = int(rng.choice(res["re_id"]))
        valence = rng.choice(["+", "-", None]) if component != "W" else None
        picks = rng.choice(CATEGORIES[component] + [None], size=rng.integers(1, 3))
        picks = [None] if None in picks else list(picks)
        for category in picks * int(rng.integers(1, 3)):  # sometimes each row twice
            rows.append((unit, re_id, component, category, valence))
    codes = pd.DataFrame(rows, columns=["unit_id", "re_id", "component", "category", "valence"])
    codes["cluster"] = codes["category"].str[:-1]
    return res, codes


def naive_scope(res, codes, settings, key):
    """Straight from the method text, one scope at a time, with Python sets."""
    coded = res["has_units"] | res["completeness"].notna()  # a unit or a rating
    rows = res.loc[coded & (res["narrator"] == key.narrator) & (res["phase"] == key.phase)]
    if key.dyad != "ALL":
        rows = rows.loc[rows["dyad"] == key.dyad]
    if key.scope == "about_partner":
        rows = rows.loc[rows["about_partner"]]
    elif key.scope == "about_others":
        rows = rows.loc[~rows["about_partner"]]
    elif key.scope.startswith("other:"):
        rows = rows.loc[rows["other_type"] == key.scope.removeprefix("other:")]
    rated = rows["completeness"]
    included = set(rows.loc[rated.isna() | (rated >= settings.completeness_threshold), "re_id"])
    mine = [r for r in codes.itertuples() if r.re_id in included]
    counts = {}
    for component, level, system in [
        (c, lev, sys) for lev, sys in (("category", CATEGORIES), ("cluster", CLUSTERS)) for c in sys
    ]:
        for code in system[component]:
            res_with = {
                r.re_id for r in mine if r.component == component and getattr(r, level) == code
            }
            counts[component, level, code] = len(res_with)
    units = {}
    for r in mine:
        units.setdefault(r.unit_id, r)
    valence = {}
    for component in ("RO", "RS"):
        these = [u for u in units.values() if u.component == component]
        valence[component] = (
            sum(u.valence == "+" for u in these),
            sum(u.valence == "-" for u in these),
            len({u.re_id for u in these if u.valence == "-"}),
        )
    return len(included), len(rows) - len(included), counts, valence


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_every_scope_matches_the_naive_count(seed: int) -> None:
    res, codes = random_study(seed)
    settings = AnalysisSettings()
    results = compute_ccrts(res, codes, settings, CATEGORIES, CLUSTERS)
    assert 40 in results.grid.phases  # a phase outside the settings is kept, not lost
    for key in results.scope_keys():
        scope = results.scope(*key)
        n_included, n_excluded, counts, valence = naive_scope(res, codes, settings, key)
        assert (scope.n_res_included, scope.n_res_excluded) == (n_included, n_excluded), key
        for profile in scope.profiles:
            expected = {
                code: n for (c, lev, code), n in counts.items() if (c, lev) == (
                    profile.component, profile.level)
            }  # fmt: skip
            assert {s.code: s.n_res_with for s in profile.stats} == expected, key
            top = max(expected.values())
            assert set(profile.ccrt) == (
                {c for c, n in expected.items() if n == top} if top else set()
            )
            for stat in profile.stats:
                assert stat.rank == (
                    1 + sum(n > stat.n_res_with for n in expected.values())
                    if stat.n_res_with
                    else None
                )
        for component, (positive, negative, res_negative) in valence.items():
            profile = scope.valence_of(component)
            assert (profile.n_units_positive, profile.n_units_negative) == (positive, negative)
            assert profile.n_res_with_negative == res_negative
