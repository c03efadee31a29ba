"""`agreement`: inter-rater agreement of the coder layers (the CCRT agreement report)."""

from __future__ import annotations

import argparse
from pathlib import Path

from ccrt_coder.cli.output import print_json


def register(sub: argparse._SubParsersAction) -> None:
    agreement = sub.add_parser(
        "agreement",
        help="inter-rater agreement of the coders' own layers (kappa, alpha, spans, CCRTs)",
        description="Agreement of the chosen coders over the REs they all coded: main "
        "category and cluster per RE and component (Cohen, Scott, Fleiss, Krippendorff, "
        "Gwet), cluster presence, valence, completeness ratings, span matching and unitizing "
        "alpha, CCRT formulations, warnings and the disagreement list. The consensus layer "
        "is never used.",
    )
    agreement.add_argument("project", type=Path, metavar="PROJECT")
    agreement.add_argument(
        "--coders", nargs="+", metavar="NAME",
        help="coders to compare, two or more (default: every coder with units)",
    )  # fmt: skip
    agreement.add_argument(
        "--level", choices=["category", "cluster"], default="category",
        help="level of the main table, the disagreement list and the formulations",
    )  # fmt: skip
    agreement.add_argument(
        "--overlap", type=float, default=0.5, metavar="SHARE",
        help="units match when they overlap by this share of the shorter one (default 0.5)",
    )  # fmt: skip
    agreement.add_argument("--json", action="store_true", help="the full report as JSON")
    agreement.add_argument(
        "--disagreements", action="store_true", help="also list every disagreement"
    )
    agreement.set_defaults(handler=_agreement)


def _agreement(args: argparse.Namespace) -> int:
    from ccrt_coder.usecases.project import Project

    with Project.open(args.project) as project:
        report = project.agreement_report(
            coders=args.coders, level=args.level, overlap=args.overlap
        )
    if args.json:
        print_json(report.to_dict())
        return 0
    from ccrt_coder.usecases.agreement import report_lines

    print("\n".join(report_lines(report, list_disagreements=args.disagreements)))
    return 0
