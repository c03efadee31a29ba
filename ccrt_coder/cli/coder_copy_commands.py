"""`coder-copy`: one coder's copy of the study, to code blind and send back for merging."""

from __future__ import annotations

import argparse
from pathlib import Path

from ccrt_coder.cli.passwords import add_encrypt_option, password_to_encrypt


def register(sub: argparse._SubParsersAction) -> None:
    copy = sub.add_parser(
        "coder-copy",
        help="write a coder's copy of the study: their own work only, to code blind",
        description="Write a new project file with the transcripts, REs, category systems, "
        "settings, dyads and interviews, and only CODER's own units and ratings: no other "
        "coder's work and no consensus layer. The app opens it as that coder, blind; merge it "
        "back with `ccrt-coder merge`.",
    )
    copy.add_argument("project", type=Path, metavar="PROJECT")
    copy.add_argument("out", type=Path, metavar="OUT.ccrt")
    copy.add_argument("--coder", required=True, metavar="NAME", help="whose copy (their name)")
    copy.add_argument("--force", action="store_true", help="replace OUT if it exists")
    add_encrypt_option(copy)
    copy.set_defaults(handler=_coder_copy)


def _coder_copy(args: argparse.Namespace) -> int:
    from ccrt_coder.usecases.project import Project

    with Project.open(args.project) as project:
        report = project.write_coder_copy(
            args.coder, args.out, overwrite=args.force, password=password_to_encrypt(args)
        )
    print(
        f"wrote {report.path}: the coder copy of {report.coder} ({report.units} units, "
        f"{report.ratings} completeness ratings; no other coder's work, no consensus layer)"
    )
    return 0
