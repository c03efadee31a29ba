"""`import`: bring narratives into a project."""

from __future__ import annotations

import argparse
from pathlib import Path

from ccrt_coder.usecases.domain import NARRATORS


def register(sub: argparse._SubParsersAction) -> None:
    imp = sub.add_parser(
        "import",
        help="import narratives (.txt, .docx, .csv, .xlsx); all files or none",
        description="Import RAP interview transcripts. Text and Word files take their dyad, "
        "narrator and phase from the options or from a file name like D01_patient_5.txt; "
        "tables (.csv, .xlsx) have one row per RE with columns dyad, narrator, phase, re, "
        "other, text and optionally other_name, time_frame, patient, therapist.",
    )
    imp.add_argument("project", type=Path, metavar="PROJECT")
    imp.add_argument("files", type=Path, nargs="+", metavar="FILE")
    imp.add_argument("--dyad")
    imp.add_argument("--narrator", choices=NARRATORS)
    imp.add_argument("--phase", type=int)
    imp.add_argument("--patient", help="code of the dyad's patient (default DYAD-P)")
    imp.add_argument("--therapist", help="code of the dyad's therapist (default DYAD-T)")
    imp.add_argument(
        "--name-pattern",
        metavar="PATTERN",
        help="how file names tell dyad, narrator and phase (default {dyad}_{narrator}_{phase}; "
        "_ - and space each match any of them, * any text)",
    )
    imp.add_argument(
        "--replace",
        action="store_true",
        help="a file for an interview the project has already replaces its transcript, "
        "if nobody has coded it yet (no units, no completeness ratings)",
    )
    imp.set_defaults(handler=_import)


def _import(args: argparse.Namespace) -> int:
    from ccrt_coder.usecases.domain import NarratorRole
    from ccrt_coder.usecases.project import Project

    with Project.open(args.project) as project:
        report = project.import_files(
            args.files,
            dyad=args.dyad,
            narrator=NarratorRole(args.narrator) if args.narrator else None,
            phase=args.phase,
            patient=args.patient,
            therapist=args.therapist,
            name_pattern=args.name_pattern,
            replace=args.replace,
        )
    for interview in report.interviews:
        print(f"{'replaced' if interview in report.replaced else 'imported'} {interview}")
    print(f"{len(report.interviews)} interviews, {report.res} REs")
    return 0
