"""`categories`: show, import, export and switch the project's category systems."""

from __future__ import annotations

import argparse
from pathlib import Path

from ccrt_coder.cli.output import print_fields
from ccrt_coder.usecases.domain import CategorySystem, CategorySystemSummary

RULE = (
    "units already coded keep their categories; the category picker and new coding use the "
    "active system"
)


def register(sub: argparse._SubParsersAction) -> None:
    cats = sub.add_parser(
        "categories",
        help="show, import, export or switch the project's category systems",
        description=f"Without an option: list the active system's categories. Switching: {RULE}.",
    )
    cats.add_argument("project", type=Path, metavar="PROJECT")
    what = cats.add_mutually_exclusive_group()
    what.add_argument(
        "--import",
        dest="import_file",
        type=Path,
        metavar="FILE",
        help="a lab's system as .csv/.xlsx/.json (code, label, component, cluster, "
        "default_valence, description); it becomes the project's active system",
    )
    what.add_argument(
        "--export",
        dest="export_file",
        type=Path,
        metavar="FILE",
        help="write the active system to .json (complete), .csv or .xlsx; --import reads it back",
    )
    what.add_argument("--list", action="store_true", help="the stored systems (* = active)")
    what.add_argument(
        "--activate",
        metavar="NAME[@VERSION]",
        help="code with this stored system from now on (see --list)",
    )
    cats.set_defaults(handler=_categories)


def _categories(args: argparse.Namespace) -> int:
    from ccrt_coder.usecases.project import Project

    with Project.open(args.project) as project:
        if args.export_file is not None:
            path = project.export_category_system(args.export_file)
            system = project.category_system()
            print(f"wrote {path}: {_title(system)}, {len(system.categories)} categories")
            return 0
        if args.import_file is not None:
            project.import_category_file(args.import_file)
        elif args.activate is not None:
            project.activate_category_system(args.activate)
        overview = project.category_overview()
    if args.list:
        print_fields([_system_row(s) for s in overview.systems])
        return 0
    if args.import_file is not None or args.activate is not None:
        print(f"active: {overview.active.spec}; {RULE}")
        print(f"{overview.units_outside(overview.active.id)} units are coded with other systems")
    _print_categories(overview.system, overview.unit_counts)
    return 0


def _title(system: CategorySystem) -> str:
    return f"{system.name} ({system.version})"


def _system_row(summary: CategorySystemSummary) -> tuple[str, object]:
    mark = "*" if summary.active else " "
    return (
        f"{mark} {summary.spec}",
        f"{summary.n_categories} categories, {summary.n_units} units coded with it",
    )


def _print_categories(system: CategorySystem, unit_counts: dict[str, int]) -> None:
    print(f"{_title(system)}: {len(system.categories)} categories")
    print_fields(
        [
            (
                c.code,
                f"{c.label}  [{c.component or 'any'}, cluster {c.cluster}"
                f"{', ' + c.default_valence.value if c.default_valence else ''}"
                f", {unit_counts.get(c.code, 0)} units]",
            )
            for c in system.categories
        ]
    )
