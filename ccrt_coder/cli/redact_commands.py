"""`redact`: the names pseudonymised exports replace (`--pseudonymize` on export, export-qdpx,
units): list them, add or relabel one, remove one, or preview every replacement."""

from __future__ import annotations

import argparse
from pathlib import Path


def register(sub: argparse._SubParsersAction) -> None:
    redact = sub.add_parser(
        "redact",
        help="the names a pseudonymised export replaces: list, add, remove, preview",
        description="The list in force holds the names suggested from the project (an RE's "
        "other person as [ROLE] or [ROLE-n], the dyad partner as their patient or therapist "
        "code, coders as Coder 1..n, surnames given with a title in a transcript as [PERSON-n]) "
        "and the names added here. Matching is whole-word and "
        "case-insensitive; possessives (Renate's) keep their ending.",
    )
    redact.add_argument("project", type=Path, metavar="PROJECT")
    action = redact.add_mutually_exclusive_group(required=True)
    action.add_argument("--list", action="store_true", help="every name and its label")
    action.add_argument("--add", metavar="NAME", help="redact NAME (or relabel a suggested name)")
    action.add_argument("--remove", metavar="NAME", help="forget a name added here")
    action.add_argument(
        "--preview", action="store_true", help="every replacement and how often it occurs"
    )
    redact.add_argument(
        "--as", dest="label", metavar="LABEL", help="with --add: the label (default [NAME-n])"
    )
    redact.set_defaults(handler=_redact)


def _redact(args: argparse.Namespace) -> int:
    from ccrt_coder.usecases.domain import InputError
    from ccrt_coder.usecases.project import Project

    if args.label is not None and args.add is None:
        raise InputError("--as LABEL goes with --add NAME")
    with Project.open(args.project) as project:
        names = project.names_to_redact()
        if args.add is not None:
            entry = names.add(args.add, args.label)
            print(f"{entry.name} -> {entry.label}")
        elif args.remove is not None:
            names.remove(args.remove)
            print(f"removed {args.remove!r}")
        elif args.preview:
            rows = names.preview()
            for row in rows:
                times = "occurrence" if row.occurrences == 1 else "occurrences"
                print(f"{row.name} -> {row.label}, {row.occurrences} {times} ({row.source})")
            total = sum(row.occurrences for row in rows)
            print(f"{len(rows)} names, {total} replacements")
        else:
            entries = names.entries()
            for entry in entries:
                print(f"{entry.name} -> {entry.label} ({entry.source})")
            print(f"{len(entries)} names")
    return 0
