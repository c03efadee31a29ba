"""The full agreement report of 3 coders on the generated 200-dyad study: with 95% bootstrap
intervals (B = 1000) target <= 3 s, without (B = 0) <= 2 s. CPU time is printed beside the
wall time: on a shared, loaded machine it is the steadier figure; the load average before and
after says how loaded. The report includes the span level; the time unitizing alpha's interval
adds (W, RO, RS) is printed on its own.

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
        bare, with_ci = unitizing_times(project, coders)
        print(
            f"  unitizing alpha (W, RO, RS): {bare * 1000:.0f} ms without intervals, "
            f"{with_ci * 1000:.0f} ms with (B = 1000): the interval adds "
            f"{(with_ci - bare) * 1000:.0f} ms, best of 3"
        )
    print(_load())
    return 1 if failed else 0


def _load() -> str:
    one, five, fifteen = os.getloadavg()
    return f"load average {one:.2f}, {five:.2f}, {fifteen:.2f} on {os.cpu_count()} CPUs"


def unitizing_times(project: Project, coders: list[str]) -> tuple[float, float]:
    """Unitizing alpha of the three components without and with its interval (best of 3 each),
    on the report's own inputs, caught from one report run."""
    from ccrt_coder.analysis.agreement import build, spans
    from ccrt_coder.analysis.agreement.resampling import one_blas_thread

    caught: list[tuple] = []
    original = build.span_agreement

    def catch(*args: object) -> object:
        caught.append(args)
        return original(*args)

    build.span_agreement = catch
    try:
        agreement_report(project._db, coders=coders)
    finally:
        build.span_agreement = original
    per_component, names, texts, _threshold, resampler = caught[0]

    def alphas(with_interval: bool) -> object:
        rs = resampler if with_interval else None
        return [spans.unitizing_alpha(per_component[c], names, texts, c, rs) for c in per_component]

    with one_blas_thread():
        return best_of(3, lambda: alphas(False)), best_of(3, lambda: alphas(True))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
