"""The bootstrap intervals pinned: every ci_low, ci_high and se (and value) of the agreement
report's JSON on the demo and a generated study, and the library's ``bootstrap_ci`` of every
statistic, as computed before the report and the library shared one implementation of the
per-unit sums (tests/data/bootstrap_pinned.json). The report's ~16,000 figures are pinned as
digests per section and key (how many are defined, their sum and their sum weighted by position
in path order: any changed, lost or moved figure shows); the library's 48 one by one. Unitizing
(``spans``) is left out: its intervals are computed elsewhere."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from ccrt_coder.analysis.reliability import BOOTSTRAP_STATISTICS, bootstrap_ci
from ccrt_coder.usecases.agreement import BootstrapSettings
from ccrt_coder.usecases.demo import build_demo
from ccrt_coder.usecases.generate import generate_study
from ccrt_coder.usecases.project import Project

PINNED = Path(__file__).parents[1] / "data" / "bootstrap_pinned.json"
KEYS = ("value", "ci_low", "ci_high", "se")


def _leaves(node: Any, path: str, out: dict[str, float | None]) -> None:
    if isinstance(node, dict):
        for key, child in node.items():
            if key == "spans":
                continue
            if key in KEYS and (child is None or isinstance(child, float | int)):
                out[f"{path}/{key}"] = child
            else:
                _leaves(child, f"{path}/{key}", out)
    elif isinstance(node, list):
        for i, child in enumerate(node):
            _leaves(child, f"{path}/{i}", out)


def report_values(path: Path, levels: tuple[str, ...]) -> dict[str, float | None]:
    """Digests of the report of every coder, per level (B = 1000, default seed)."""
    leaves: dict[str, float | None] = {}
    with Project.open(path) as project:
        for level in levels:
            report = project.agreement_report(level=level, bootstrap=BootstrapSettings())
            _leaves(report.to_dict(), level, leaves)
    groups: dict[str, list[float]] = {}
    for key in sorted(leaves):
        parts = key.split("/")
        groups.setdefault("/".join([*parts[:4], parts[-1]]), []).append(leaves[key] or 0.0)
    out: dict[str, float | None] = {}
    for group, values in groups.items():
        x = np.asarray(values, dtype=np.float64)
        out[f"{group}/n"] = float(np.count_nonzero(x))
        out[f"{group}/sum"] = float(x.sum())
        out[f"{group}/weighted"] = float((x * np.linspace(1, 2, len(x))).sum())
    return out


def library_values() -> dict[str, float | None]:
    """``bootstrap_ci`` of every statistic on 3 coders' ratings 0-4 (10% missing), 40 clusters."""
    rng = np.random.default_rng(17)
    truth = rng.integers(0, 5, 240)
    codes = np.where(rng.random((240, 3)) < 0.6, truth[:, None], rng.integers(0, 5, (240, 3)))
    ratings = np.where(rng.random((240, 3)) < 0.1, np.nan, codes.astype(float))
    sets = [[None if np.isnan(v) else frozenset({int(v), int(v) // 2}) for v in row]
            for row in ratings]  # fmt: skip
    clusters = (np.arange(240) * 7 % 40).tolist()
    out: dict[str, float | None] = {}
    for name in BOOTSTRAP_STATISTICS:
        table: Any = sets if name.startswith("set_alpha") else ratings
        if name.startswith(("cohen", "scott")):
            table = ratings[:, :2]
        interval = bootstrap_ci(name, table, clusters, b=300, seed=5)
        out |= {f"{name}/low": interval.low, f"{name}/high": interval.high}
        out[f"{name}/se"] = interval.se_boot
    return out


def all_values(tmp: Path) -> dict[str, dict[str, float | None]]:
    build_demo(tmp / "demo.ccrt")
    generate_study(tmp / "generated.ccrt", 12, 3, seed=4)
    return {
        "demo": report_values(tmp / "demo.ccrt", ("category", "cluster")),
        "generated": report_values(tmp / "generated.ccrt", ("category",)),
        "library": library_values(),
    }


def test_the_intervals_are_those_pinned(tmp_path: Path) -> None:
    pinned = json.loads(PINNED.read_text(encoding="utf-8"))
    found = all_values(tmp_path)
    for part, values in pinned.items():
        got = {key: found[part].get(key, "missing") for key in values}
        assert got == pytest.approx(values, rel=1e-9, abs=1e-12), part


if __name__ == "__main__":  # pin anew: python -m tests.analysis.test_bootstrap_pinned
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        PINNED.write_text(json.dumps(all_values(Path(folder)), indent=0) + "\n", encoding="utf-8")
