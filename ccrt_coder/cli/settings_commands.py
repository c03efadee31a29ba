"""`settings`: show the study settings, or change them with the checks of Project ▸ Settings."""

from __future__ import annotations

import argparse
from pathlib import Path

from ccrt_coder.cli.output import print_fields, print_json
from ccrt_coder.usecases.domain import StudySettings

OPTION_SETTINGS = {  # option dest -> the setting it changes
    "name": "name",
    "threshold": "completeness_threshold",
    "min_res": "min_res_for_ccrt",
    "phases": "phases",
}


def register(sub: argparse._SubParsersAction) -> None:
    settings = sub.add_parser(
        "settings",
        help="show or change the study settings (name, thresholds, phases)",
        description="Print the study settings; with options, change them first. Values are "
        "checked as in the app's Project ▸ Settings: a bad value changes nothing.",
    )
    settings.add_argument("project", type=Path, metavar="PROJECT")
    settings.add_argument("--name", help="the study's name")
    settings.add_argument(
        "--threshold",
        type=float,
        metavar="X",
        help="completeness threshold: REs rated below it are left out of the CCRT",
    )
    settings.add_argument(
        "--min-res", type=int, metavar="N", help="fewest REs for a CCRT (fewer: flagged)"
    )
    settings.add_argument(
        "--phases", type=int, nargs="+", metavar="N", help="the sessions interviewed, e.g. 5 15 28"
    )
    settings.add_argument("--json", action="store_true", help="machine-readable output")
    settings.set_defaults(handler=_settings)


def _settings(args: argparse.Namespace) -> int:
    from ccrt_coder.usecases.project import Project

    changes = {
        setting: getattr(args, dest)
        for dest, setting in OPTION_SETTINGS.items()
        if getattr(args, dest) is not None
    }
    if args.phases is not None:
        changes["phases"] = sorted(args.phases)  # in session order, as the app keeps them
    with Project.open(args.project) as project:
        settings = project.update_settings(**changes) if changes else project.settings()
    if args.json:
        print_json(settings_json(settings))
    else:
        print_fields(settings_rows(settings))
    return 0


def settings_json(settings: StudySettings) -> dict[str, object]:
    return {
        "name": settings.name,
        "completeness_threshold": settings.completeness_threshold,
        "min_res_for_ccrt": settings.min_res_for_ccrt,
        "phases": list(settings.phases),
        "blind_mode": settings.blind_mode,
    }


def settings_rows(settings: StudySettings) -> list[tuple[str, object]]:
    return [
        ("Study", settings.name),
        ("Completeness threshold", f"{settings.completeness_threshold:g}"),
        ("Minimum REs for a CCRT", settings.min_res_for_ccrt),
        ("Phases", ", ".join(str(p) for p in settings.phases)),
        ("Blind coding", "on" if settings.blind_mode else "off"),
    ]
