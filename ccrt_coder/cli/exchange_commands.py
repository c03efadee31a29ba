"""`export-qdpx`, `import-qdpx` and `merge`: exchange with other programs and with coders."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

EXIT_PROBLEMS = 1


def register(sub: argparse._SubParsersAction) -> None:
    export = sub.add_parser(
        "export-qdpx",
        help="export the project as a REFI-QDA file (ATLAS.ti, MAXQDA, NVivo, QualCoder)",
        description="Write every coder's units (both layers), the REs, transcripts, cases and "
        "variables to a REFI-QDA project exchange file (.qdpx).",
    )
    export.add_argument("project", type=Path, metavar="PROJECT")
    export.add_argument("out", type=Path, metavar="OUT.qdpx")
    export.add_argument(
        "--pseudonymize", action="store_true",
        help="replace people's names by labels (see `ccrt-coder redact PROJECT --preview`)",
    )  # fmt: skip
    export.set_defaults(handler=_export)

    imp = sub.add_parser(
        "import-qdpx",
        help="create a new project from a REFI-QDA file (.qdpx)",
        description="Read a .qdpx written by CCRT Coder or another program into a new project. "
        "Codes are mapped to W/RO/RS and categories where their names allow; the report lists "
        "codes that could not be mapped and interviews stored under placeholder names.",
    )
    imp.add_argument("qdpx", type=Path, metavar="FILE.qdpx")
    imp.add_argument("out", type=Path, metavar="OUT.ccrt")
    imp.set_defaults(handler=_import)

    merge = sub.add_parser(
        "merge",
        help="merge coders' copies of the study into the target project",
        description="Bring each coder's work (units and completeness ratings, own and "
        "consensus layers) from copies of the same study into TARGET, in one transaction, "
        "after backing TARGET up to TARGET.bak-premerge-<time>. Exit status 1 when a source "
        "is refused or a coder's layer conflicts (the rest is merged).",
    )
    merge.add_argument("target", type=Path, metavar="TARGET")
    merge.add_argument("sources", type=Path, nargs="+", metavar="SOURCE")
    merge.add_argument("--dry-run", action="store_true", help="only show what would be merged")
    merge.set_defaults(handler=_merge)


def _export(args: argparse.Namespace) -> int:
    from ccrt_coder.usecases.project import Project

    with Project.open(args.project) as project:
        summary = project.export_qdpx(args.out, pseudonymize=args.pseudonymize)
    print(
        f"wrote {summary.path}: {summary.sources} transcripts, {summary.res} REs, "
        f"{summary.units} units, {summary.coders} coders"
    )
    return 0


def _import(args: argparse.Namespace) -> int:
    from ccrt_coder.usecases.project import Project

    report = Project.import_qdpx(args.qdpx, args.out)
    print(f"created {args.out}")
    for line in report.lines():
        print(line)
    return 0


def _merge(args: argparse.Namespace) -> int:
    from ccrt_coder.usecases.project import Project

    with Project.open(args.target) as project:
        if args.dry_run:
            plan, backup = project.plan_merge(args.sources), None
        else:
            result = project.merge(args.sources)
            plan, backup = result.plan, result.backup
    for line in plan.lines():
        print(line)
    if args.dry_run:
        print("dry run: nothing was written")
    elif backup is None:
        print("nothing to merge; the target is unchanged")
    else:
        print(f"merged; the target before the merge is kept in {backup}")
    if plan.problems:
        print(
            f"error: {len(plan.problems)} problems (see above); nothing was merged for them",
            file=sys.stderr,
        )
        return EXIT_PROBLEMS
    return 0
