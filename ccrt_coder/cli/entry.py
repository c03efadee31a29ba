"""The `ccrt-coder` command: the GUI without arguments, every core use case headless.

Errors print one line starting with ``error:`` on stderr and exit non-zero, never a traceback:
a bug's traceback goes only to the log file (see :mod:`ccrt_coder.app_log`).
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Callable, Sequence
from typing import NoReturn

from ccrt_coder import __version__, app_log, start_up

EXIT_ERROR = 1
EXIT_USAGE = 2

_log = logging.getLogger(__name__)


class _Parser(argparse.ArgumentParser):
    """argparse that reports usage errors in the same one-line ``error:`` form."""

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        print(f"error: {message}", file=sys.stderr)
        sys.exit(EXIT_USAGE)


def build_parser(args: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The parser of every command, or of what a run with ``args`` needs (faster to build)."""
    from ccrt_coder.cli import registry

    parser = _Parser(
        prog="ccrt-coder",
        description="Code RAP interviews with the CCRT method. Without a command: the app.",
    )
    parser.add_argument("--version", action="version", version=f"ccrt-coder {__version__}")
    parser.add_argument("--demo", action="store_true", help="open the app on the demo study")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    registry.register(sub, args)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    start_up.pause()  # until the first frame is painted or the command's own work begins
    try:
        return _run(argv)
    finally:
        start_up.resume()


def _run(argv: Sequence[str] | None) -> int:
    from ccrt_coder.usecases.domain import CcrtError, PasswordError, database_problem

    args_list = list(sys.argv[1:] if argv is None else argv)
    project_to_open = _project_argument(args_list)
    run = [] if project_to_open else args_list
    args = build_parser(run).parse_args(run)
    handler: Callable[[argparse.Namespace], int] | None = getattr(args, "handler", None)
    if handler is not None:  # the GUI starts the log itself, naming its Qt
        app_log.start_logging()
    try:
        if handler is None:
            from ccrt_coder.gui.shell.app import run_gui

            return run_gui(project=project_to_open, demo=args.demo)
        from ccrt_coder.cli.passwords import unlock

        unlock(args)
        if not getattr(args, "paints_window", False):  # a window's start-up ends when painted
            start_up.resume()
        return handler(args)
    except PasswordError as exc:  # a missing or wrong password: a usage error, exit 2
        print(f"error: {_one_line(str(exc))}", file=sys.stderr)
        return EXIT_USAGE
    except CcrtError as exc:
        message = _one_line(str(exc))
        _log.warning("%s failed: %s", args.command or "the app", message)
        print(f"error: {message}", file=sys.stderr)
        return EXIT_ERROR
    except BrokenPipeError:  # output piped into `head` and cut short: not an error
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:
        print("error: interrupted", file=sys.stderr)
        return EXIT_ERROR
    except OSError as exc:
        message = f"{exc.strerror or exc} ({exc.filename or 'file'})"
        _log.warning("%s failed: %s", args.command or "the app", message)
        print(f"error: {message}", file=sys.stderr)
        return EXIT_ERROR
    except Exception as exc:  # last resort: a bug must still not show a traceback to users
        if os.environ.get("CCRT_CODER_DEBUG"):
            raise
        problem = database_problem(exc)  # the disk full, a read-only file: no SQL, no text
        if problem is not None:
            _log.warning("%s failed: %s", args.command or "the app", problem)
            print(f"error: {problem}", file=sys.stderr)
            return EXIT_ERROR
        _log.error("unexpected error in %s", args.command or "the app", exc_info=exc)
        print(
            f"error: unexpected {type(exc).__name__}: {_one_line(str(exc))}{_where_details()}",
            file=sys.stderr,
        )
        return EXIT_ERROR


def _project_argument(args: list[str]) -> str | None:
    """`ccrt-coder study.ccrt` (as a file manager starts it) opens that project in the app."""
    if len(args) == 1 and args[0].lower().endswith(".ccrt"):
        return args[0]
    return None


def _where_details() -> str:
    path = app_log.log_path()
    return f" (details in {path})" if path is not None else ""


def _one_line(message: str) -> str:
    """Multi-line reports (e.g. every bad row of a table) become one ``;``-separated line."""
    return "; ".join(line.strip() for line in message.splitlines() if line.strip())


if __name__ == "__main__":
    sys.exit(main())
