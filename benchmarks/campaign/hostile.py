"""Every hostile file: refused in one line in < 10 s and < 500 MB, the folder left as it was.

The files come from the generators the tests use (nothing is copied here): the full-size bombs
of ``bench_hostile_files.py``, the crafted merge sources of ``test_untrusted_sources.py``, the
crafted .qdpx files of ``test_hostile_qdpx.py`` and the damaged projects of
``test_damaged_target.py``."""

from __future__ import annotations

import hashlib
import shutil
import zipfile
from collections.abc import Callable
from pathlib import Path

from benchmarks.bench_hostile_files import CASES, MEMORY_LIMIT_MB, TIME_LIMIT_S
from benchmarks.bench_hostile_files import _arguments as bench_arguments
from tests.faults.test_damaged_target import _cut_short, _overwritten
from tests.faults.test_hostile_qdpx import HOSTILE as HOSTILE_QDPX
from tests.faults.test_hostile_qdpx import LONG_NAME, _qdpx
from tests.faults.test_untrusted_sources import HOSTILE as HOSTILE_SOURCES
from tests.faults.test_untrusted_sources import _tampered

from .runner import ccrt
from .study import Base, fresh
from .table import Attempt, Tally

QUICK_BOMBS = ("docx paragraph bomb", "category json", "qdpx with a 200 MB")
DAMAGED_COMMANDS = {
    "import": lambda t, f: ["import", t, f / "D09_patient_5.txt"],
    "merge": lambda t, f: ["merge", t, f / "demo.ccrt"],
    "coders --add": lambda t, f: ["coders", t, "--add", "Zoe"],
    "export": lambda t, f: ["export", t, f / "out.xlsx"],
}


def _digests(folder: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.iterdir())
        if p.is_file()
    }


def refused(name: str, folder: Path, args: list[object]) -> Attempt:
    """Run ``args`` on the files in ``folder``; judge the refusal and the folder after it."""
    attempt = Attempt(name)
    temp = fresh(folder.parent / "tmp")
    before = _digests(folder)
    done = attempt.add(ccrt(args, temp))
    attempt.refused = done.clean_refusal
    if not done.clean_refusal and not (done.traceback or done.unexpected):
        attempt.failed.append(f"not refused in one line (exit {done.code}): {done.first_line()}")
    if done.cpu_s >= TIME_LIMIT_S or done.peak_mb >= MEMORY_LIMIT_MB:  # wall time: the load's
        attempt.failed.append(f"{done.cpu_s:.1f} s CPU, {done.peak_mb:.0f} MB")
    after = _digests(folder)
    if changed := [n for n in before if after.get(n) != before[n]]:
        attempt.lost.append("changed: " + ", ".join(changed))
    if new := sorted(set(after) - set(before)) + sorted(p.name for p in temp.iterdir()):
        attempt.partial.append("left: " + ", ".join(new))
    return attempt


def bombs(base: Base, work: Path, quick: bool) -> Tally:
    tally = Tally("hostile: bombs, big files")
    for case in CASES:
        if quick and not any(word in case.name for word in QUICK_BOMBS):
            continue
        folder = fresh(work / "folder")
        project = Path(shutil.copyfile(base.demo, folder / "demo.ccrt"))
        file = case.build(folder / case.file)
        args: list[object] = list(bench_arguments(case, project, file, folder))
        tally.add(refused(case.name, folder, args))
        file.unlink()
    return tally


def merge_sources(base: Base, work: Path) -> Tally:
    tally = Tally("hostile: merge sources")
    builders: dict[str, Callable[[Path], Path]] = {
        name: lambda p, s=statements: _tampered(base.demo, p, s)
        for name, (statements, _) in HOSTILE_SOURCES.items()
    }
    builders["cut short by one byte"] = lambda p: _cut_short(base.demo, p)
    builders["a page overwritten"] = lambda p: _overwritten(base.demo, p)
    for name, build in builders.items():
        folder = fresh(work / "folder")
        target = Path(shutil.copyfile(base.demo, folder / "target.ccrt"))
        source = build(folder / "source.ccrt")
        tally.add(refused(f"merge source: {name}", folder, ["merge", target, source]))
    return tally


def qdpx_files(base: Base, work: Path) -> Tally:
    tally = Tally("hostile: qdpx")
    with zipfile.ZipFile(base.qdpx) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    xml = members.pop("project.qde").decode("utf-8")
    edits = {name: (old, new, 1) for name, ((old, new), _) in HOSTILE_QDPX.items()}
    edits["a coder name of 100,000 characters"] = ("Coder A (L. Berger)", LONG_NAME, -1)
    for name, (old, new, times) in edits.items():
        folder = fresh(work / "folder")
        qdpx = _qdpx(folder / "study.qdpx", xml.replace(old, new, times), members)
        tally.add(refused(f"qdpx: {name}", folder, ["import-qdpx", qdpx, folder / "out.ccrt"]))
    return tally


def damaged_targets(base: Base, work: Path) -> Tally:
    tally = Tally("hostile: damaged projects")
    for damage in (_cut_short, _overwritten):
        for command, arguments in DAMAGED_COMMANDS.items():
            folder = fresh(work / "folder")
            target = damage(base.demo, folder / "study.ccrt")
            shutil.copyfile(base.demo, folder / "demo.ccrt")
            (folder / "D09_patient_5.txt").write_text("RE 1: mother\nShe said no.\n", "utf-8")
            name = f"{damage.__name__.strip('_')} project: {command}"
            tally.add(refused(name, folder, arguments(target, folder)))
    return tally


def campaign(base: Base, work: Path, quick: bool) -> list[Tally]:
    return [
        bombs(base, work, quick),
        merge_sources(base, work),
        qdpx_files(base, work),
        damaged_targets(base, work),
    ]
