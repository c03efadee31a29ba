"""The writers the campaign faults, each with the checks of what it must leave behind.

A writer is set up in an empty folder (its inputs copied in), run, and afterwards judged:
a project it writes is whole and either has all of the action or none of it; an output under
its target name is whole or absent; nothing else is left in the folder or the temp folder.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from . import checks
from .study import CODER_A, Base
from .table import Attempt

PROJECT = "work.ccrt"
SHEETS = [
    "Units",
    "REs",
    "Memos",
    "CCRT",
    "Comparison",
    "Dyads",
    "Agreement",
    "Categories",
    "About",
]
CSV_NAMES = [
    f"out-{s}.csv"
    for s in ("units", "res", "memos", "ccrt", "comparison", "dyads", "agreement", "categories")
] + ["out-about.csv"]


@dataclass(frozen=True)
class Writer:
    """A command that writes: how to set it up and how to judge what it left."""

    name: str
    setup: Callable[[Base, Path], list[object]]  # copies its inputs, returns the arguments
    judge: Callable[[Base, Path, Path, Attempt, bool], None]  # folder, scratch, attempt, done
    expected: Callable[[Path], set[str]]  # what may be in the folder after a whole run


def _project_copy(base: Base, folder: Path) -> Path:
    return Path(shutil.copyfile(base.target, folder / PROJECT))


def _all_or_none(
    measure: Callable[[Path], int], before: int, full: int
) -> Callable[[Base, Path, Path, Attempt, bool], None]:
    """The project is whole and holds all the action or none (all when the run finished)."""

    def judge(base: Base, folder: Path, scratch: Path, attempt: Attempt, done: bool) -> None:
        project = folder / PROJECT
        state = checks.whole_project(project, scratch)
        if state != "ok":
            attempt.lost.append(f"{PROJECT}: integrity {state}")
            return
        now = measure(checks.copy_with_log(project, scratch / "now.ccrt"))
        if now not in (before, full) or (done and now != full):
            attempt.lost.append(f"{PROJECT}: {now} rows, expected {before} or {full}")

    return judge


def _import(base: Base, folder: Path) -> list[object]:
    names = [shutil.copy(t, folder / t.name) for t in base.transcripts]
    return ["import", _project_copy(base, folder), *names]


def _import_codes(base: Base, folder: Path) -> list[object]:
    return ["import-codes", _project_copy(base, folder), shutil.copy(base.units_b, folder)]


def _merge(base: Base, folder: Path) -> list[object]:
    return ["merge", _project_copy(base, folder), shutil.copy(base.source, folder / "b.ccrt")]


def _judge_merge(full: int) -> Callable[[Base, Path, Path, Attempt, bool], None]:
    def judge(base: Base, folder: Path, scratch: Path, attempt: Attempt, done: bool) -> None:
        before = base.units(base.target)
        _all_or_none(base.units, before, full)(base, folder, scratch, attempt, done)
        for backup in sorted(folder.glob(f"{PROJECT}.bak-premerge-*")):
            state = checks.whole_project(backup, scratch)
            if state != "ok":
                attempt.partial.append(f"{backup.name}: {state}")
            elif base.units(checks.copy_with_log(backup, scratch / "bak.ccrt")) != before:
                attempt.partial.append(f"{backup.name}: not the target as it was")

    return judge


def _export(suffix: str) -> Callable[[Base, Path], list[object]]:
    def setup(base: Base, folder: Path) -> list[object]:
        return [
            "export",
            shutil.copyfile(base.study, folder / "study.ccrt"),
            folder / f"out{suffix}",
        ]

    return setup


def _judge_xlsx(base: Base, folder: Path, scratch: Path, attempt: Attempt, done: bool) -> None:
    out = folder / "out.xlsx"
    if out.exists() and (state := checks.whole_workbook(out, SHEETS)) != "ok":
        attempt.partial.append(f"out.xlsx: {state}")
    elif done and not out.exists():
        attempt.partial.append("out.xlsx missing after a finished export")


def _judge_csv(rows: dict[str, int]) -> Callable[[Base, Path, Path, Attempt, bool], None]:
    def judge(base: Base, folder: Path, scratch: Path, attempt: Attempt, done: bool) -> None:
        present = [name for name in CSV_NAMES if (folder / name).exists()]
        if (present and len(present) != len(CSV_NAMES)) or (done and not present):
            attempt.partial.append(f"a CSV set of {len(present)} of {len(CSV_NAMES)} files")
        for name in present:
            if name != "out-about.csv" and checks.csv_rows(folder / name) != rows[name]:
                attempt.partial.append(f"{name}: cut short")

    return judge


def _generate(base: Base, folder: Path) -> list[object]:
    return ["generate", folder / "gen.ccrt", "--dyads", 2, "--coders", 2, "--seed", 7]


def _judge_new_project(
    name: str, units: int | None
) -> Callable[[Base, Path, Path, Attempt, bool], None]:
    """A new project ``name``: absent, or whole (with ``units`` units, when given)."""

    def judge(base: Base, folder: Path, scratch: Path, attempt: Attempt, done: bool) -> None:
        out = folder / name
        if not out.exists():
            if done:
                attempt.partial.append(f"{name} missing after a finished run")
            return
        state = checks.whole_project(out, scratch)
        if state != "ok":
            attempt.partial.append(f"{name}: {state}")
        elif units is not None and (n := base.units(checks.copy_with_log(out, scratch / name))) != (
            units
        ):
            attempt.partial.append(f"{name}: a partial project ({n} of {units} units)")

    return judge


def _import_qdpx(base: Base, folder: Path) -> list[object]:
    return ["import-qdpx", shutil.copy(base.qdpx, folder), folder / "out.ccrt"]


def _coder_copy(base: Base, folder: Path) -> list[object]:
    study = shutil.copyfile(base.study, folder / "study.ccrt")
    return ["coder-copy", "--coder", CODER_A, study, folder / "out.ccrt"]


def more_writers(base: Base) -> list[Writer]:
    """Writers of new projects, faulted by the full disk only."""
    return [
        Writer(
            "import-qdpx",
            _import_qdpx,
            _judge_new_project("out.ccrt", None),
            lambda f: {base.qdpx.name, "out.ccrt"},
        ),
        Writer(
            "coder-copy",
            _coder_copy,
            _judge_new_project("out.ccrt", base.units(base.target)),
            lambda f: {"study.ccrt", "out.ccrt"},
        ),
    ]


def writers(base: Base, reference: dict[str, object]) -> list[Writer]:
    """The writers, judged against ``reference``: what whole runs of each produced."""
    before = base.units(base.target)
    interviews = checks.count(base.target, "interviews")
    rows: dict[str, int] = reference["csv_rows"]  # type: ignore[assignment]
    return [
        Writer(
            "import",
            _import,
            _all_or_none(
                lambda p: checks.count(p, "interviews"),
                interviews,
                interviews + len(base.transcripts),
            ),
            lambda f: {PROJECT, *(t.name for t in base.transcripts)},
        ),
        Writer(
            "import-codes",
            _import_codes,
            _all_or_none(base.units, before, before + base.units(base.source)),
            lambda f: {PROJECT, base.units_b.name},
        ),
        Writer(
            "merge",
            _merge,
            _judge_merge(before + base.units(base.source)),
            lambda f: {PROJECT, "b.ccrt", *(p.name for p in f.glob(f"{PROJECT}.bak-premerge-*"))},
        ),
        Writer("export xlsx", _export(".xlsx"), _judge_xlsx, lambda f: {"study.ccrt", "out.xlsx"}),
        Writer(
            "export csv",
            _export(".csv"),
            _judge_csv(rows),
            lambda f: {"study.ccrt", *CSV_NAMES},
        ),
        Writer(
            "generate",
            _generate,
            _judge_new_project("gen.ccrt", reference["generated_units"]),  # type: ignore[arg-type]
            lambda f: {"gen.ccrt"},
        ),
    ]
