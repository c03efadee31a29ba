"""`agreement`: inter-rater agreement of the coder layers (the CCRT agreement report)."""

from __future__ import annotations

import argparse
from pathlib import Path

from ccrt_coder.cli.output import print_json
from ccrt_coder.usecases.domain import DEFAULT_REPLICATES, DEFAULT_SEED


def register(sub: argparse._SubParsersAction) -> None:
    agreement = sub.add_parser(
        "agreement",
        help="inter-rater agreement of the coders' own layers (kappa, alpha, spans, CCRTs)",
        description="Agreement of the chosen coders over the REs they all coded: presence of "
        "each category and cluster per RE and component (the primary figures), the top "
        "category sets (Krippendorff's alpha with MASI distance, exact match), the main "
        "category and cluster (Cohen, Scott, Fleiss, Krippendorff, Gwet), valence, "
        "completeness ratings (weighted kappa, interval and ordinal alpha, ICC), span matching "
        "and unitizing alpha, CCRT formulations, warnings and the disagreement list, each "
        "figure with a 95% bootstrap interval and its band. The consensus layer is never used.",
    )
    agreement.add_argument("project", type=Path, metavar="PROJECT")
    agreement.add_argument(
        "--coders", nargs="+", metavar="NAME",
        help="coders to compare, two or more (default: every coder with units)",
    )  # fmt: skip
    agreement.add_argument(
        "--level", choices=["category", "cluster", "direction"], default="category",
        help="level of the main table, the disagreement list and the formulations; "
        "direction: the CCRT-LU directions, when the category system codes them",
    )  # fmt: skip
    agreement.add_argument(
        "--overlap", type=float, default=0.5, metavar="SHARE",
        help="units match when they overlap by this share of the shorter one (default 0.5)",
    )  # fmt: skip
    agreement.add_argument(
        "--bootstrap", type=int, default=DEFAULT_REPLICATES, metavar="B",
        help="bootstrap replicates for the 95%% intervals, interviews resampled "
        f"(default {DEFAULT_REPLICATES}; 0: no intervals)",
    )  # fmt: skip
    agreement.add_argument(
        "--seed", type=int, default=DEFAULT_SEED, metavar="S",
        help=f"seed of the bootstrap (default {DEFAULT_SEED}): a seed gives the same intervals",
    )  # fmt: skip
    agreement.add_argument("--json", action="store_true", help="the full report as JSON")
    agreement.add_argument(
        "--disagreements", action="store_true", help="also list every disagreement"
    )
    agreement.set_defaults(handler=_agreement)


def _agreement(args: argparse.Namespace) -> int:
    from ccrt_coder.usecases.domain import BootstrapSettings
    from ccrt_coder.usecases.project import Project

    bootstrap = BootstrapSettings(replicates=args.bootstrap, seed=args.seed)
    with Project.open(args.project) as project:
        report = project.agreement_report(
            coders=args.coders, level=args.level, overlap=args.overlap, bootstrap=bootstrap
        )
    if args.json:
        print_json(report.to_dict())
        return 0
    from ccrt_coder.usecases.agreement import report_lines

    print("\n".join(report_lines(report, list_disagreements=args.disagreements)))
    return 0
