"""``kill -9`` at random moments: during coding (single-unit saves as the app makes them) and
during each writer; then the checks, a rerun, and the leftovers after it."""

from __future__ import annotations

import random
import shutil
from pathlib import Path

from . import checks
from .runner import Run, ccrt, run
from .study import CODER_A, Base, fresh
from .table import Attempt, Tally
from .writers import CSV_NAMES, PROJECT, Writer, writers

CODER_MODULE = "tests.faults.coder_process"
FOREVER = 10**6  # units the coding process would code before it kills itself


def _folders(work: Path) -> tuple[Path, Path, Path]:
    """The attempt's folder, a scratch folder for checks, and its own temp folder."""
    return fresh(work / "folder"), fresh(work / "scratch"), fresh(work / "tmp")


def calibrate(base: Base, work: Path) -> tuple[dict[str, object], dict[str, float]]:
    """Whole runs of every writer: what they produce, and how long each takes (the range
    the kills are drawn from)."""
    reference: dict[str, object] = {}
    seconds: dict[str, float] = {}
    for writer in writers(base, {"csv_rows": {}, "generated_units": 0}):
        folder, _, temp = _folders(work)
        done = ccrt(writer.setup(base, folder), temp)
        if done.code != 0:
            raise SystemExit(f"calibrating {writer.name} failed: {done.err}")
        seconds[writer.name] = done.seconds
        if writer.name == "export csv":
            reference["csv_rows"] = {n: checks.csv_rows(folder / n) for n in CSV_NAMES}
        if writer.name == "generate":
            reference["generated_units"] = base.units(folder / "gen.ccrt")
    return reference, seconds


def _leftovers(writer: Writer, folder: Path, temp: Path) -> list[str]:
    left = checks.leftovers(folder, writer.expected(folder))
    return left + [f"$TMPDIR/{name}" for name in sorted(checks.files_in(temp))]


def kill_writer(writer: Writer, base: Base, work: Path, at: float, number: int) -> Attempt:
    """Kill ``writer`` ``at`` seconds after its start; judge; run it again; judge again."""
    folder, scratch, temp = _folders(work)
    args = writer.setup(base, folder)
    attempt = Attempt(f"kill {writer.name} #{number} at {at:.2f} s")
    faulted = attempt.add(ccrt(args, temp, kill_after=at))
    if not faulted.killed and faulted.code != 0:
        attempt.failed.append(f"exit {faulted.code}: {faulted.first_line()}")
    writer.judge(base, folder, scratch, attempt, faulted.code == 0)
    rerun = attempt.add(ccrt(args, temp))
    if rerun.code != 0 and not rerun.clean_refusal:
        attempt.failed.append(f"the next run: exit {rerun.code}: {rerun.first_line()}")
    writer.judge(base, folder, scratch, attempt, True)
    if left := _leftovers(writer, folder, temp):
        attempt.partial.append("left after the next run: " + ", ".join(left))
    return attempt


def kill_coding(base: Base, work: Path, rng: random.Random, number: int) -> Attempt:
    """Code unit after unit (each id printed once acknowledged); copy the file alone while the
    coder has it open; kill the coder; every acknowledged unit must be in the file alone."""
    folder, scratch, temp = _folders(work)
    project = Path(shutil.copyfile(base.target, folder / PROJECT))
    copy_at, after = rng.randint(1, 40), rng.uniform(0.0, 1.5)
    attempt = Attempt(
        f"kill coding #{number}: copy after {copy_at} saves, kill {after:.2f} s later"
    )
    at_copy: list[int] = []

    def copy_while_open(lines: list[tuple[float, str]]) -> None:
        if len(lines) == copy_at:
            at_copy.extend(int(line) for _, line in lines)
            checks.copy_alone(project, scratch / "sent.ccrt")

    coder = attempt.add(
        run(
            CODER_MODULE,
            ["code", project, CODER_A, FOREVER],
            temp,
            kill_after=after,
            kill_when=lambda lines: len(lines) >= copy_at,
            on_line=copy_while_open,
        )
    )
    _judge_coding(project, scratch, attempt, coder, at_copy)
    attempt.add(ccrt(["info", project], temp))  # the next open takes the log back
    if left := checks.leftovers(folder, {PROJECT}) + sorted(checks.files_in(temp)):
        attempt.partial.append("left after the next open: " + ", ".join(left))
    return attempt


def _judge_coding(
    project: Path, scratch: Path, attempt: Attempt, coder: Run, at_copy: list[int]
) -> None:
    if not coder.killed:
        attempt.failed.append(f"the coder stopped by itself: {coder.first_line()}")
    acknowledged = {int(line) for _, line in coder.lines}
    state = checks.whole_project(project, scratch)
    if state != "ok":
        attempt.lost.append(f"{PROJECT}: integrity {state}")
        return
    with_log = checks.unit_ids(checks.copy_with_log(project, scratch / "log.ccrt"))
    if missing := acknowledged - with_log:
        attempt.lost.append(f"{len(missing)} of {len(acknowledged)} acknowledged units gone")
    alone = checks.unit_ids(checks.copy_alone(project, scratch / "alone.ccrt"))
    if missing := acknowledged - alone:
        attempt.lost.append(f"the file alone lacks {len(missing)} acknowledged units (in -wal)")
    sent = scratch / "sent.ccrt"
    if at_copy and (state := checks.integrity(sent)) != "ok":
        attempt.lost.append(f"a copy taken while open: integrity {state}")
    elif at_copy and (missing := set(at_copy) - checks.unit_ids(sent)):
        attempt.lost.append(f"a copy taken while open lacks {len(missing)} acknowledged units")


def campaign(
    base: Base,
    work: Path,
    rng: random.Random,
    kills: int,
    reference: dict[str, object],
    seconds: dict[str, float],
) -> list[Tally]:
    """``kills`` kills: a fifth during coding, the rest spread over the writers (killed between
    a tenth of their whole run's time and all of it, from ``calibrate``)."""
    tally = Tally("kill: coding")
    coding = max(1, kills // 5)
    for n in range(coding):
        tally.add(kill_coding(base, work, rng, n + 1))
    tallies = [tally]
    spread = writers(base, reference)
    for index, writer in enumerate(spread):
        tally = Tally(f"kill: {writer.name}")
        share = (kills - coding) // len(spread) + (index < (kills - coding) % len(spread))
        for n in range(share):
            at = rng.uniform(0.1, 1.0) * seconds[writer.name]
            tally.add(kill_writer(writer, base, work, at, n + 1))
        tallies.append(tally)
    return tallies
