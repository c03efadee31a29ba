"""The campaign's inputs, made once per run by the app itself (in other processes): a generated
study, the two coders' copies of it, a units sheet, transcripts and the demo study."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

from . import checks
from .runner import ccrt

CODER_A, CODER_B, CODER_C = "Coder A", "Coder B", "Coder C"
TRANSCRIPTS = 30


@dataclass(frozen=True)
class Base:
    """The inputs every attempt copies from (never written to)."""

    folder: Path
    dyads: int
    study: Path  # generated: coders A and B
    target: Path  # Coder A's copy: what coding, import, import-codes and merge write into
    source: Path  # Coder B's copy: what merge brings in
    units_b: Path  # Coder B's units as the export writes them (import-codes)
    units_c: Path  # the same rows as Coder C's (a second, concurrent import-codes)
    transcripts: tuple[Path, ...]
    demo: Path

    def units(self, project: Path) -> int:
        return checks.count(project, "coded_units")


def _made(args: list[object], temp: Path) -> None:
    run = ccrt(args, temp)
    if run.code != 0:
        raise SystemExit(f"setting up the campaign failed: {' '.join(run.args)}: {run.err}")


def transcript_text(number: int) -> str:
    """Ten REs of plain narrative, different per file."""
    body = "".join(f"P: Then she said no, the {n}th time, and I left the room.\n" for n in range(8))
    return "".join(f"RE {re}: mother\n{body}I felt alone ({number}).\n" for re in range(1, 11))


def build(folder: Path, dyads: int) -> Base:
    fresh(folder)
    temp = folder / "tmp"
    study, target, source = folder / "study.ccrt", folder / "a.ccrt", folder / "b.ccrt"
    _made(["generate", study, "--dyads", dyads, "--coders", 2, "--seed", 1], temp)
    _made(["coder-copy", "--coder", CODER_A, study, target], temp)
    _made(["coder-copy", "--coder", CODER_B, study, source], temp)
    sheet = folder / "units.csv"
    _made(["export", study, sheet, "--sheet", "units", "--coders", CODER_B, "--layer", "coder"], temp)
    units_b = folder / "units-units.csv"
    units_c = folder / "units-c.csv"
    units_c.write_text(units_b.read_text(encoding="utf-8-sig").replace(CODER_B, CODER_C), "utf-8")
    transcripts = []
    for n in range(1, TRANSCRIPTS + 1):
        path = folder / f"K{n:02d}_patient_5.txt"
        path.write_text(transcript_text(n), encoding="utf-8")
        transcripts.append(path)
    demo = folder / "demo.ccrt"
    _made(["demo", demo], temp)
    shutil.rmtree(temp, ignore_errors=True)
    return Base(folder, dyads, study, target, source, units_b, units_c, tuple(transcripts), demo)


def fresh(folder: Path) -> Path:
    """An empty attempt folder (removed and made anew)."""
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    return folder
