"""`coders`: list the project's coders with their work; add, rename, retire or merge them."""

from __future__ import annotations

import argparse
import dataclasses
from pathlib import Path

from ccrt_coder.cli.output import print_json


def register(sub: argparse._SubParsersAction) -> None:
    coders = sub.add_parser(
        "coders",
        help="list the coders with their units and ratings; add, rename, retire or merge them",
        description="A retired coder's units and ratings stay in every analysis and export; "
        "they are no longer offered in 'Who is coding?'. Merging two identities of one "
        "person gives all units and ratings of FROM to INTO and removes FROM; it is refused "
        "where both coded the same RE in the same layer.",
    )
    coders.add_argument("project", type=Path, metavar="PROJECT")
    action = coders.add_mutually_exclusive_group()
    action.add_argument("--add", metavar="NAME", help="add a coder")
    action.add_argument("--rename", nargs=2, metavar=("OLD", "NEW"), help="rename a coder")
    action.add_argument("--retire", metavar="NAME", help="no longer offer this coder")
    action.add_argument("--reinstate", metavar="NAME", help="offer a retired coder again")
    action.add_argument("--merge", nargs=2, metavar=("FROM", "INTO"), help="one person, twice")
    coders.add_argument("--json", action="store_true", help="machine-readable listing")
    coders.set_defaults(handler=_coders)


def _coders(args: argparse.Namespace) -> int:
    from ccrt_coder.usecases.project import Project

    with Project.open(args.project) as project:
        if args.add:
            print(f"added coder {project.add_coder(args.add).name}")
        elif args.rename:
            project.rename_coder(*args.rename)
            print(f"renamed {args.rename[0]} to {args.rename[1].strip()}")
        elif args.retire or args.reinstate:
            project.retire_coder(args.retire or args.reinstate, retired=bool(args.retire))
            print(f"{'retired' if args.retire else 'reinstated'} {args.retire or args.reinstate}")
        elif args.merge:
            project.merge_coders(*args.merge)
            print(f"merged {args.merge[0]} into {args.merge[1]}")
        else:
            _list(project.coder_summaries(), args.json)
    return 0


def _list(summaries: list, as_json: bool) -> None:
    if as_json:
        print_json([dataclasses.asdict(s) for s in summaries])
        return
    width = max((len(s.name) for s in summaries), default=5)
    print(f"{'coder':<{width}}  {'units':>6}  {'ratings':>7}")
    for s in summaries:
        retired = "  retired" if s.retired else ""
        print(f"{s.name:<{width}}  {s.units:>6}  {s.ratings:>7}{retired}")
