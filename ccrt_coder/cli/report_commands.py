"""`report`: a manuscript-ready .docx or .html of the study's reliability and CCRT results."""

from __future__ import annotations

import argparse
from pathlib import Path


def register(sub: argparse._SubParsersAction) -> None:
    report = sub.add_parser(
        "report",
        help="write a manuscript-ready report (.docx or .html): methods, reliability, CCRT",
        description="Write a Method paragraph (design, coders, REs, units, rules, settings, "
        "software version) and APA-style results: the interrater reliability tables, the CCRT "
        "per narrator x phase with pervasiveness, the patient-therapist comparison and the "
        "change across phases, with charts. Nothing is written under the target name unless "
        "the report completes.",
    )
    report.add_argument("project", type=Path, metavar="PROJECT")
    report.add_argument("out", type=Path, metavar="OUT.docx|OUT.html")
    report.add_argument(
        "--coders", nargs="+", default=[], metavar="NAME",
        help="the coders whose agreement is reported, two or more (default: every coder with "
        "units)",
    )  # fmt: skip
    report.add_argument(
        "--layer", default="consensus", metavar="consensus|CODER",
        help="the layer the CCRT is formed from: consensus (default) or a coder's name",
    )  # fmt: skip
    report.add_argument(
        "--level", choices=["cluster", "category", "direction"], default="cluster",
        help="CCRT, comparison and agreement tables at cluster (default) or category level, "
        "or at the CCRT-LU direction level when the category system codes directions",
    )  # fmt: skip
    report.add_argument(
        "--pseudonymize", action="store_true",
        help="replace people's names by labels everywhere in the report (see `redact`)",
    )  # fmt: skip
    report.set_defaults(handler=_report)


def _report(args: argparse.Namespace) -> int:
    from ccrt_coder.usecases.project import Project
    from ccrt_coder.usecases.report import ReportOptions

    options = ReportOptions(tuple(args.coders), args.layer, args.level, args.pseudonymize)
    with Project.open(args.project) as project:
        summary = project.write_report(args.out, options)
    print(f"wrote {summary.path} ({summary.tables} tables, {summary.figures} figures)")
    return 0
