"""The campaign's inputs, made once per run through the use cases (in this process: only the
attempts need processes of their own): a generated study, the two coders' copies of it, a units
sheet, transcripts and the demo study."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

from ccrt_coder.usecases.demo import build_demo
from ccrt_coder.usecases.export import ExportOptions
from ccrt_coder.usecases.generate import generate_study
from ccrt_coder.usecases.project import Project

from . import checks

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
    qdpx: Path  # the demo study as a REFI-QDA file

    def units(self, project: Path) -> int:
        return checks.count(project, "coded_units")


def transcript_text(number: int) -> str:
    """Ten REs of plain narrative, different per file."""
    body = "".join(f"P: Then she said no, the {n}th time, and I left the room.\n" for n in range(8))
    return "".join(f"RE {re}: mother\n{body}I felt alone ({number}).\n" for re in range(1, 11))


def build(folder: Path, dyads: int) -> Base:
    fresh(folder)
    study, target, source = folder / "study.ccrt", folder / "a.ccrt", folder / "b.ccrt"
    generate_study(study, dyads, 2, seed=1)
    with Project.open(study) as project:
        project.write_coder_copy(CODER_A, target)
        project.write_coder_copy(CODER_B, source)
        project.export(folder / "units.csv", ExportOptions((CODER_B,), "coder", ("units",)))
    units_b = folder / "units-units.csv"
    units_c = folder / "units-c.csv"
    units_c.write_text(units_b.read_text(encoding="utf-8-sig").replace(CODER_B, CODER_C), "utf-8")
    transcripts = []
    for n in range(1, TRANSCRIPTS + 1):
        path = folder / f"K{n:02d}_patient_5.txt"
        path.write_text(transcript_text(n), encoding="utf-8")
        transcripts.append(path)
    demo = folder / "demo.ccrt"
    build_demo(demo)
    qdpx = folder / "demo.qdpx"
    with Project.open(demo) as project:
        project.export_qdpx(qdpx)
    return Base(
        folder, dyads, study, target, source, units_b, units_c, tuple(transcripts), demo, qdpx
    )


def fresh(folder: Path) -> Path:
    """An empty attempt folder (removed and made anew)."""
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    return folder
