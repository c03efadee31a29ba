"""`export` and `import-codes`: the coded set to Excel/CSV for statisticians, and back."""

from __future__ import annotations

import argparse
from pathlib import Path

SHEETS = (
    "units",
    "res",
    "ccrt",
    "comparison",
    "dyads",
    "agreement",
    "categories",
    "about",
)  # for --help


def register(sub: argparse._SubParsersAction) -> None:
    export = sub.add_parser(
        "export",
        help="write the coded set to an Excel workbook (.xlsx) or CSV files (.csv)",
        description="Write sheets Units (one row per coded unit), REs (with each coder's "
        "completeness), CCRT, Comparison, Agreement, Categories and About to OUT.xlsx, or each "
        "sheet to OUT-<sheet>.csv (UTF-8 with BOM, comma-separated). Nothing is written under "
        "the target name unless the export completes.",
    )
    export.add_argument("project", type=Path, metavar="PROJECT")
    export.add_argument("out", type=Path, metavar="OUT.xlsx|OUT.csv")
    export.add_argument(
        "--coders", nargs="+", default=[], metavar="NAME",
        help="only these coders (units, completeness, CCRT layers, agreement); default: all",
    )  # fmt: skip
    export.add_argument(
        "--layer", choices=["coder", "consensus", "all"], default="all",
        help="the coders' own coding, the consensus coding, or both (default)",
    )  # fmt: skip
    export.add_argument(
        "--sheet", action="append", default=[], type=str.lower, metavar="NAME",
        help=f"only this sheet (repeatable): {', '.join(SHEETS)}",
    )  # fmt: skip
    export.add_argument(
        "--pseudonymize", action="store_true",
        help="replace people's names by labels (see `ccrt-coder redact PROJECT --preview`)",
    )  # fmt: skip
    export.set_defaults(handler=_export)

    codes = sub.add_parser(
        "import-codes",
        help="add coded units from a Units sheet (.xlsx) or units CSV; all rows or none",
        description="Read units in the export's Units format: REs are matched by dyad, "
        "narrator, phase and re; coders by name (new names become new coders). A row "
        "without start and end is found by its exact text (the text column) within its RE. "
        "Every row is checked and all problems are reported with row numbers; nothing is "
        "added if any row is wrong.",
    )
    codes.add_argument("project", type=Path, metavar="PROJECT")
    codes.add_argument("file", type=Path, metavar="FILE.xlsx|FILE.csv")
    codes.add_argument("--coder", metavar="NAME", help="the coder of every row (no coder column)")
    codes.add_argument(
        "--skip-existing",
        action="store_true",
        help="skip rows whose unit the project has already (same coder, layer, RE, component, "
        "spans, categories) instead of refusing the file",
    )
    codes.set_defaults(handler=_import_codes)


def _export(args: argparse.Namespace) -> int:
    from ccrt_coder.usecases.export import ExportOptions
    from ccrt_coder.usecases.project import Project

    options = ExportOptions(
        tuple(args.coders), args.layer, tuple(args.sheet), pseudonymize=args.pseudonymize
    )
    with Project.open(args.project) as project:
        report = project.export(args.out, options)
    for path in report.files:
        print(f"wrote {path}")
    print(", ".join(f"{name}: {n} rows" for name, n in report.rows.items()))
    return 0


def _import_codes(args: argparse.Namespace) -> int:
    from ccrt_coder.usecases.project import Project

    with Project.open(args.project) as project:
        report = project.import_codes(args.file, args.coder, args.skip_existing)
    for name in report.new_coders:
        print(f"created coder {name!r}")
    if report.units:
        print(f"imported {report.units} units of {', '.join(report.coders)}")
    else:
        print("imported no units")
    if args.skip_existing:
        print(f"skipped {report.skipped} rows whose unit the project has already")
    return 0
