"""`units`: list the coded units of a study under a filter (the Units view's rows)."""

from __future__ import annotations

import argparse
from pathlib import Path

from ccrt_coder.cli.output import print_json
from ccrt_coder.usecases.domain import COMPONENTS, NARRATORS, UnitFilter, UnitRow

TEXT_COLUMNS = ("dyad", "narrator", "phase", "re", "coder", "layer", "component", "category_code")


def register(sub: argparse._SubParsersAction) -> None:
    units = sub.add_parser("units", help="list coded units under a filter, as the Units view")
    units.add_argument("project", type=Path, metavar="PROJECT")
    units.add_argument("--component", choices=COMPONENTS)
    category = units.add_mutually_exclusive_group()
    category.add_argument("--category", metavar="CODE", help="units coded with this category")
    category.add_argument("--cluster", metavar="CODE", help="units coded in this cluster")
    layer = units.add_mutually_exclusive_group()
    layer.add_argument("--coder", metavar="NAME", help="this coder's own layer")
    layer.add_argument("--consensus", action="store_true", help="the consensus layer")
    units.add_argument("--dyad", metavar="D")
    units.add_argument("--narrator", choices=NARRATORS)
    units.add_argument("--phase", type=int, metavar="N")
    units.add_argument("--text", default="", help="found in the unit's text, label or memo")
    units.add_argument("--json", action="store_true", help="machine-readable output")
    units.add_argument(
        "--pseudonymize", action="store_true",
        help="replace people's names by labels (see `ccrt-coder redact PROJECT --preview`)",
    )  # fmt: skip
    units.set_defaults(handler=_units)


def unit_filter(args: argparse.Namespace) -> UnitFilter:
    return UnitFilter(
        component=args.component,
        category=args.category,
        cluster=args.cluster,
        coder=args.coder,
        consensus=args.consensus,
        dyad=args.dyad,
        narrator=args.narrator,
        phase=args.phase,
        text=args.text,
    )


def _units(args: argparse.Namespace) -> int:
    from ccrt_coder.usecases.project import Project

    wanted = unit_filter(args)
    with Project.open(args.project) as project:
        browser = project.unit_browser()
        browser.check(wanted)
        rows = browser.rows(wanted, pseudonymize=args.pseudonymize)
    if args.json:
        print_json([_as_dict(row) for row in rows])
        return 0
    for row in rows:
        fields = "  ".join(str(getattr(row, name) or "-") for name in TEXT_COLUMNS)
        print(f"{fields}  {row.text!r}")
    print(f"{len(rows)} unit{'s' if len(rows) != 1 else ''}")
    return 0


def _as_dict(row: UnitRow) -> dict[str, object]:
    """The row without the database ids (they mean nothing outside the file)."""
    values = row._asdict()
    for name in ("unit_id", "re_id", "interview_id"):
        del values[name]
    return values
