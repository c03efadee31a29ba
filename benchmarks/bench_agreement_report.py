"""The full agreement report of 3 coders on the generated 200-dyad study: target <= 2 s.

Run: python benchmarks/bench_agreement_report.py [STUDY.ccrt]  (default /tmp/gen200.ccrt,
generated with ``generate_study(path, 200, 3, seed=1)`` when missing).
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from common import best_of

from ccrt_coder.usecases.agreement import agreement_report
from ccrt_coder.usecases.project import Project

TARGET_SECONDS = 2.0
DEFAULT_STUDY = Path("/tmp/gen200.ccrt")


def study(path: Path) -> Path:
    if not path.exists():
        from ccrt_coder.usecases.generate import generate_study

        print(f"generating {path} ...", flush=True)
        generate_study(path, 200, 3, seed=1)
    return path


def main(argv: list[str]) -> int:
    path = study(Path(argv[0]) if argv else DEFAULT_STUDY)
    with Project.open(path) as project:
        coders = [c.name for c in project.coders()][:3]
        seconds = best_of(3, lambda: agreement_report(project._db, coders=coders))
        cpu = time.process_time()
        report = agreement_report(project._db, coders=coders)
        cpu = time.process_time() - cpu
    start = time.perf_counter()
    text = json.dumps(report.to_dict())
    to_json = time.perf_counter() - start
    units = sum(sum(c.n_units.values()) for c in report.components.values())
    print(
        f"agreement report of {', '.join(coders)}: {report.res.n_shared} shared REs, "
        f"{units} units, {len(report.disagreements)} disagreements"
    )
    print(
        f"full report: {seconds * 1000:.0f} ms, best of 3 (target "
        f"{TARGET_SECONDS * 1000:.0f} ms); CPU time of one run {cpu * 1000:.0f} ms; "
        f"JSON ({len(text) / 1e6:.1f} MB) {to_json * 1000:.0f} ms more"
    )
    return 0 if seconds <= TARGET_SECONDS else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
