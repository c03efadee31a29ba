"""The full agreement report of 3 coders on the generated 200-dyad study: with 95% bootstrap
intervals (B = 1000) target <= 3 s, without (B = 0) <= 2 s. CPU time is printed beside the
wall time: on a shared, loaded machine it is the steadier figure; the load average before and
after says how loaded.

Run: python benchmarks/bench_agreement_report.py [STUDY.ccrt]  (default /tmp/gen200.ccrt,
generated with ``generate_study(path, 200, 3, seed=1)`` when missing).
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

from common import best_of

from ccrt_coder.usecases.agreement import BootstrapSettings, agreement_report
from ccrt_coder.usecases.project import Project

TARGETS = {1000: 3.0, 0: 2.0}  # replicates -> seconds
DEFAULT_STUDY = Path("/tmp/gen200.ccrt")


def study(path: Path) -> Path:
    if not path.exists():
        from ccrt_coder.usecases.generate import generate_study

        print(f"generating {path} ...", flush=True)
        generate_study(path, 200, 3, seed=1)
    return path


def main(argv: list[str]) -> int:
    path = study(Path(argv[0]) if argv else DEFAULT_STUDY)
    failed = False
    print(_load())
    with Project.open(path) as project:
        coders = [c.name for c in project.coders()][:3]
        for replicates, target in TARGETS.items():
            boot = BootstrapSettings(replicates=replicates)

            def run(boot: BootstrapSettings = boot) -> object:
                return agreement_report(project._db, coders=coders, bootstrap=boot)

            seconds = best_of(3, run)
            cpu = time.process_time()
            report = agreement_report(project._db, coders=coders, bootstrap=boot)
            cpu = time.process_time() - cpu
            start = time.perf_counter()
            text = json.dumps(report.to_dict())
            to_json = time.perf_counter() - start
            units = sum(sum(c.n_units.values()) for c in report.components.values())
            print(
                f"agreement report of {', '.join(coders)}: {report.res.n_shared} shared REs, "
                f"{report.n_interviews} interviews, {units} units, B = {replicates}"
            )
            print(
                f"  full report: {seconds * 1000:.0f} ms, best of 3 (target {target * 1000:.0f} "
                f"ms); CPU time of one run {cpu * 1000:.0f} ms; JSON ({len(text) / 1e6:.1f} MB) "
                f"{to_json * 1000:.0f} ms more"
            )
            failed |= seconds > target
    print(_load())
    return 1 if failed else 0


def _load() -> str:
    one, five, fifteen = os.getloadavg()
    return f"load average {one:.2f}, {five:.2f}, {fifteen:.2f} on {os.cpu_count()} CPUs"


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
