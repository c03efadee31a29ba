"""A full disk during each writer: a small tmpfs holding the writer's folder and its temp folder,
filled to a few free sizes. Where mounting is not allowed (not root), the writer's files are
limited in size instead (RLIMIT_FSIZE: no file may grow past the free size)."""

from __future__ import annotations

import os
import resource
import shutil
import signal
import subprocess
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path

from . import checks
from .kills import CODER_MODULE
from .runner import USER_DATA, ccrt, run
from .study import CODER_A, Base
from .table import Attempt, Tally
from .writers import PROJECT, Writer, more_writers, writers

KB, MB = 1024, 1024 * 1024
FREE = (0, 16 * KB, 256 * KB, 2 * MB)
CODING_FREE = (0, 16 * KB, 64 * KB, 256 * KB)  # each save adds little: keep the run short
QUICK_FREE = (64 * KB,)
SAVES = 2000  # the most units the coder saves before the disk is full


@cache
def can_mount() -> bool:
    """Whether a tmpfs can be mounted here (root, and mounts allowed)."""
    with tempfile.TemporaryDirectory() as point:
        done = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", point],
            capture_output=True,
            check=False,
        )
        if done.returncode != 0:
            return False
        subprocess.run(["umount", point], check=True)
    return True


def method() -> str:
    if can_mount():
        return "disk full: a tmpfs filled to the free size"
    return "disk full: emulated by RLIMIT_FSIZE (no file may grow past the free size)"


@contextmanager
def small_disk(folder: Path, size: int, mounted: bool) -> Iterator[Path]:
    """``folder`` on a tmpfs of ``size`` bytes (``mounted``), else a plain folder."""
    if folder.is_mount():  # left by a campaign stopped midway
        subprocess.run(["umount", folder], check=True)
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    if mounted:
        subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", folder], check=True)
    try:
        yield folder
    finally:
        if mounted:
            subprocess.run(["umount", folder], check=True)
        shutil.rmtree(folder, ignore_errors=True)


def fill(folder: Path, free: int, mounted: bool) -> Path:
    """Leave ``free`` bytes on ``folder``'s file system (nothing with the RLIMIT emulation)."""
    filler = folder / "filler"
    if not mounted:
        filler.touch()
        return filler
    stat = os.statvfs(folder)
    room = stat.f_bavail * stat.f_frsize - free
    with filler.open("wb") as out:
        block = bytes(MB)
        while room > 0:
            try:
                room -= out.write(block[: min(room, MB)])
            except OSError:
                break
    return filler


def limit_files(free: int, mounted: bool) -> Callable[[], None] | None:
    """For the emulation: the child may make no file longer than ``free`` bytes."""
    if mounted:
        return None

    def limit() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past it fails with EFBIG
        resource.setrlimit(resource.RLIMIT_FSIZE, (free, free))

    return limit


def _size_of(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def full_writer(
    writer: Writer, base: Base, work: Path, free: int, emulate: bool = False
) -> Attempt:
    """``writer`` with ``free`` bytes left: it fits, or it is refused in one line with the
    project unchanged and nothing left behind (``emulate``: by RLIMIT_FSIZE even as root)."""
    attempt = Attempt(f"disk full: {writer.name} with {free // KB} KB free")
    mounted = can_mount() and not emulate
    staging = work / "staging"  # the inputs once, to size the disk
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    writer.setup(base, staging)
    with small_disk(work / "disk", _size_of(staging) + 8 * MB, mounted) as folder:
        args = writer.setup(base, folder)
        temp = folder / "tmp"
        temp.mkdir()
        filler = fill(folder, free, mounted)
        done = attempt.add(ccrt(args, temp, preexec=limit_files(free, mounted)))
        attempt.refused = done.clean_refusal
        _judge_full(writer, base, folder, work / "scratch", attempt, done.code == 0)
        expected = writer.expected(folder) | {filler.name, "tmp", USER_DATA}
        left = checks.leftovers(folder, expected) + sorted(checks.files_in(temp))
        if left:
            attempt.partial.append("left behind: " + ", ".join(left))
    return attempt


def _judge_full(
    writer: Writer, base: Base, folder: Path, scratch: Path, attempt: Attempt, done: bool
) -> None:
    scratch.mkdir(parents=True, exist_ok=True)
    writer.judge(base, folder, scratch, attempt, done)
    project = folder / PROJECT
    if not done and project.exists() and not attempt.lost:
        now = checks.fingerprint(checks.copy_with_log(project, scratch / "now.ccrt"))
        if now != checks.fingerprint(base.target):
            attempt.lost.append("a refused write changed the project")


def full_coding(base: Base, work: Path, free: int, emulate: bool = False) -> Attempt:
    """Single-unit saves until the disk is full: one clear message, every acknowledged save
    kept, nothing more (``emulate``: by RLIMIT_FSIZE even as root)."""
    attempt = Attempt(f"disk full: coding with {free // KB} KB free")
    mounted = can_mount() and not emulate
    scratch = work / "scratch"
    scratch.mkdir(parents=True, exist_ok=True)
    with small_disk(work / "disk", base.target.stat().st_size + 8 * MB, mounted) as folder:
        project = Path(shutil.copyfile(base.target, folder / PROJECT))
        temp = folder / "tmp"
        temp.mkdir()
        fill(folder, free, mounted)
        args = ["fill", project, CODER_A, SAVES]
        coder = attempt.add(run(CODER_MODULE, args, temp, preexec=limit_files(free, mounted)))
        attempt.refused = coder.clean_refusal
        acknowledged = {int(line) for _, line in coder.lines}
        state = checks.whole_project(project, scratch)
        if state != "ok":
            attempt.lost.append(f"{PROJECT}: integrity {state}")
            return attempt
        ids = checks.unit_ids(checks.copy_with_log(project, scratch / "now.ccrt"))
        if missing := acknowledged - ids:
            attempt.lost.append(f"{len(missing)} of {len(acknowledged)} acknowledged units gone")
        if len(ids) != base.units(base.target) + len(acknowledged):
            attempt.lost.append("units the coder was not told were saved are in the file")
    return attempt


def campaign(base: Base, work: Path, reference: dict[str, object], quick: bool) -> list[Tally]:
    coding = Tally("disk full: coding")
    for free in QUICK_FREE if quick else CODING_FREE:
        coding.add(full_coding(base, work, free))
    tally = Tally("disk full: writers")
    for writer in writers(base, reference) + more_writers(base):
        for free in QUICK_FREE if quick else FREE:
            tally.add(full_writer(writer, base, work, free))
    return [coding, tally]
