"""`memos`: every coder's memos on interviews and REs, as text or JSON."""

from __future__ import annotations

import argparse
from pathlib import Path

from ccrt_coder.cli.output import print_json


def register(sub: argparse._SubParsersAction) -> None:
    memos = sub.add_parser(
        "memos",
        help="list the coders' memos on interviews and REs",
        description="List the memos coders wrote on interviews and on REs (each coder's own "
        "notes), by interview, the interview's memo before its REs'.",
    )
    memos.add_argument("project", type=Path, metavar="PROJECT")
    memos.add_argument("--coder", metavar="NAME", help="only this coder's memos")
    memos.add_argument("--json", action="store_true", help="print JSON")
    memos.set_defaults(handler=_memos)


def _memos(args: argparse.Namespace) -> int:
    from ccrt_coder.usecases.project import Project

    with Project.open(args.project) as project:
        coder_id = project.coder(args.coder).id if args.coder else None
        found = project.memos(coder_id)
    if args.json:
        print_json(
            [
                {
                    "coder": m.coder,
                    "interview": m.interview,
                    "re": m.re_number,
                    "text": m.text,
                    "modified_at": m.modified_at.isoformat(timespec="seconds"),
                }
                for m in found
            ]
        )
        return 0
    if not found:
        print("no memos")
    for memo in found:
        print(f"{memo.interview}, {memo.describe()}, by {memo.coder}:")
        print("\n".join(f"    {line}" for line in memo.text.splitlines()))
    return 0
