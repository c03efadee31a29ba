"""Sub-commands of `ccrt-coder`; each module registers its commands and their handlers.

A run that names a known command imports and registers only that command's module, a run
without one (the app, ``--version``) none (start-up, issue 15); ``--help`` and an unknown command
get every module, so the help lists all commands and argparse names the choices. ``COMMANDS``
only speeds a run up: a command missing from it still works (its run registers every module).
"""

from __future__ import annotations

import argparse
import importlib
from collections.abc import Sequence

from ccrt_coder.cli import passwords

MODULES = (  # in the order ``ccrt-coder --help`` lists their commands
    "project_commands",
    "design_commands",
    "coder_commands",
    "settings_commands",
    "import_commands",
    "category_commands",
    "export_commands",
    "redact_commands",
    "report_commands",
    "exchange_commands",
    "coder_copy_commands",
    "memo_commands",
    "codable_commands",
    "analysis_commands",
    "agreement_commands",
    "units_commands",
    "gui_commands",
    "encryption_commands",
)
COMMANDS = {  # command -> the module registering it (tests/cli/test_cli_registry.py checks it)
    **dict.fromkeys(("new", "demo", "generate", "info"), "project_commands"),
    **dict.fromkeys(("dyads", "interviews", "phases"), "design_commands"),
    "coders": "coder_commands",
    "settings": "settings_commands",
    "import": "import_commands",
    "categories": "category_commands",
    **dict.fromkeys(("export", "import-codes"), "export_commands"),
    "redact": "redact_commands",
    "report": "report_commands",
    **dict.fromkeys(("export-qdpx", "import-qdpx", "merge"), "exchange_commands"),
    "coder-copy": "coder_copy_commands",
    "memos": "memo_commands",
    "nothing-codable": "codable_commands",
    **dict.fromkeys(("ccrt", "compare"), "analysis_commands"),
    "agreement": "agreement_commands",
    "units": "units_commands",
    "screenshot": "gui_commands",
    **dict.fromkeys(("encrypt", "decrypt", "change-password"), "encryption_commands"),
}


def register(sub: argparse._SubParsersAction, args: Sequence[str] | None = None) -> None:
    """Register every command; for a run's ``args``, only what it needs (see above)."""
    for name in MODULES if args is None else _modules_for(args):
        importlib.import_module(f"ccrt_coder.cli.{name}").register(sub)
    passwords.add_password_option(sub)


def _modules_for(args: Sequence[str]) -> tuple[str, ...]:
    """The modules a run with ``args`` needs (the top-level options take no value)."""
    if any(arg in ("-h", "--help") for arg in args):
        return MODULES  # the help lists every command
    command = next((arg for arg in args if not arg.startswith("-")), None)
    if command is None:
        return ()  # the app itself, or --version
    return (COMMANDS[command],) if command in COMMANDS else MODULES  # unknown: the choices named
