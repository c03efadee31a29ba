"""Concurrent writers: they wait for each other, none fails with "locked" or "busy".

Two import-codes at once; a merge, an import-codes and an export while the app saves single
units (the coder process's save loop, as the coding window saves and rereads)."""

from __future__ import annotations

import json
import shutil
import threading
from collections.abc import Callable
from pathlib import Path

from . import checks
from .kills import CODER_MODULE
from .runner import Run, ccrt, run
from .study import CODER_A, Base, fresh
from .table import Attempt, Tally
from .writers import PROJECT, SHEETS


def _together(jobs: list[Callable[[], Run]]) -> list[Run]:
    """Start every job at once; their runs in the jobs' order."""
    results: list[Run | None] = [None] * len(jobs)

    def start(index: int) -> None:
        results[index] = jobs[index]()

    threads = [threading.Thread(target=start, args=(i,)) for i in range(len(jobs))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return [r for r in results if r is not None]


def _must_succeed(attempt: Attempt, runs: list[Run]) -> None:
    for done in runs:
        attempt.add(done)
        if done.code != 0:
            attempt.failed.append(f"{done.args[0]}: {done.first_line()}")


def two_imports_of_codes(base: Base, work: Path, number: int) -> Attempt:
    attempt = Attempt(f"two import-codes at once #{number}")
    folder, temp = fresh(work / "folder"), fresh(work / "tmp")
    project = Path(shutil.copyfile(base.target, folder / PROJECT))
    sheets = [shutil.copy(base.units_b, folder), shutil.copy(base.units_c, folder)]
    runs = _together([lambda s=s: ccrt(["import-codes", project, s], temp) for s in sheets])
    _must_succeed(attempt, runs)
    expected = base.units(base.target) + 2 * base.units(base.source)
    if (now := base.units(checks.copy_with_log(project, fresh(work / "scratch") / "x.ccrt"))) != (
        expected
    ):
        attempt.lost.append(f"{now} units, expected {expected}")
    return attempt


def while_saving(
    base: Base, work: Path, number: int, writers: dict[str, Callable[[Path, Path, Path], Run]]
) -> Attempt:
    """``writers`` (each given the project, the folder and the temp folder) run at once while
    another process saves single units; all of them and every save must succeed."""
    attempt = Attempt(f"{' + '.join(writers)} while the app saves #{number}")
    folder, temp = fresh(work / "folder"), fresh(work / "tmp")
    project = Path(shutil.copyfile(base.target, folder / PROJECT))
    shutil.copy(base.source, folder / "b.ccrt")
    shutil.copy(base.units_c, folder)
    stop = folder.parent / "stop"
    stop.unlink(missing_ok=True)
    ready = threading.Event()
    saver: list[Run] = []
    args = ["save-loop", project, CODER_A, stop]
    loop = threading.Thread(
        target=lambda: saver.append(
            run(CODER_MODULE, args, temp, on_line=lambda lines: ready.set())
        )
    )
    loop.start()
    ready.wait(timeout=120)
    runs = _together([lambda w=w: w(project, folder, temp) for w in writers.values()])
    stop.touch()
    loop.join()
    _must_succeed(attempt, runs)
    out = folder / "out.xlsx"
    if out.exists() and (state := checks.whole_workbook(out, SHEETS)) != "ok":
        attempt.partial.append(f"out.xlsx: {state}")
    _judge_saves(attempt, saver[0], project, work)
    return attempt


def _judge_saves(attempt: Attempt, saver: Run, project: Path, work: Path) -> None:
    attempt.add(saver)
    outcome = json.loads(saver.lines[-1][1]) if saver.code == 0 and saver.lines else None
    if outcome is None:
        attempt.failed.append(f"the save loop: {saver.first_line()}")
        return
    if outcome["failures"]:
        failures = outcome["failures"]
        attempt.failed.append(f"{len(failures)} saves failed: {failures[0][:120]}")
    ids = checks.unit_ids(checks.copy_with_log(project, fresh(work / "scratch") / "x.ccrt"))
    if missing := set(outcome["saved"]) - ids:
        attempt.lost.append(f"{len(missing)} of {len(outcome['saved'])} saves gone")


def _merge(project: Path, folder: Path, temp: Path) -> Run:
    return ccrt(["merge", project, folder / "b.ccrt"], temp)


def _import_codes(project: Path, folder: Path, temp: Path) -> Run:
    return ccrt(["import-codes", project, folder / "units-c.csv"], temp)


def _export(project: Path, folder: Path, temp: Path) -> Run:
    return ccrt(["export", project, folder / "out.xlsx"], temp)


def campaign(base: Base, work: Path, rounds: int) -> list[Tally]:
    pairs = Tally("concurrent: 2 import-codes")
    saving = Tally("concurrent: while saving")
    for n in range(1, rounds + 1):
        pairs.add(two_imports_of_codes(base, work, n))
        saving.add(while_saving(base, work, n, {"merge": _merge}))
        saving.add(
            while_saving(
                base, work, n, {"merge": _merge, "import-codes": _import_codes, "export": _export}
            )
        )
    return [pairs, saving]
