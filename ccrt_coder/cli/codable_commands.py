"""`nothing-codable`: the REs coders marked "nothing codable", as text or JSON."""

from __future__ import annotations

import argparse
from pathlib import Path

from ccrt_coder.cli.output import print_json


def register(sub: argparse._SubParsersAction) -> None:
    marks = sub.add_parser(
        "nothing-codable",
        help='list the REs coders marked "nothing codable"',
        description='List the REs coders read and marked "nothing codable" (no W, RO or RS in '
        "them; they count as done in the study tree), by interview, RE and coder.",
    )
    marks.add_argument("project", type=Path, metavar="PROJECT")
    marks.add_argument("--json", action="store_true", help="print JSON")
    marks.set_defaults(handler=_marks)


def _marks(args: argparse.Namespace) -> int:
    from ccrt_coder.usecases.project import Project

    with Project.open(args.project) as project:
        found = project.nothing_codable_marks()
    if args.json:
        print_json(
            [
                {
                    "interview": m.interview,
                    "re": m.re_number,
                    "coder": m.coder,
                    "layer": m.layer.value,
                }
                for m in found
            ]
        )
        return 0
    if not found:
        print('no RE is marked "nothing codable"')
    for mark in found:
        print(f"{mark.interview}, RE {mark.re_number}: {mark.coder} ({mark.layer.value})")
    return 0
