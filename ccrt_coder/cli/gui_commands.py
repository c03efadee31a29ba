"""`screenshot`: render the main window offscreen to a PNG (README, visual checks)."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from ccrt_coder.usecases.domain import InputError


def register(sub: argparse._SubParsersAction) -> None:
    shot = sub.add_parser("screenshot", help="render the main window to a PNG, offscreen")
    shot.add_argument("out", type=Path, metavar="OUT.png")
    source = shot.add_mutually_exclusive_group()
    source.add_argument("--project", type=Path, metavar="P")
    source.add_argument("--demo", action="store_true", help="use the demo study (default)")
    shot.add_argument(
        "--view",
        default="coding",
        help="what to show: coding (default), compare-coders, consensus, comparison, agreement, "
        "welcome, or a view registered in ccrt_coder.gui.shell.screenshot_views",
    )
    shot.add_argument("--size", default="1400x860", help="window size WIDTHxHEIGHT")
    shot.set_defaults(handler=_screenshot, paints_window=True)


def _screenshot(args: argparse.Namespace) -> int:
    try:
        width, height = (int(part) for part in args.size.lower().split("x"))
    except ValueError as exc:
        raise InputError(f"--size must look like 1400x860, not {args.size!r}") from exc
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from ccrt_coder.gui.shell.app import render_screenshot

    if args.project is not None:
        project_path = args.project
    else:
        from ccrt_coder.usecases.demo import demo_project_path

        project_path = demo_project_path()
    render_screenshot(args.out, project_path, view=args.view, size=(width, height))
    print(f"wrote {args.out}")
    return 0
