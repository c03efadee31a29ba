"""Sub-commands of `ccrt-coder`; each module registers its commands and their handlers."""

from __future__ import annotations

import argparse

from ccrt_coder.cli import (
    agreement_commands,
    analysis_commands,
    category_commands,
    codable_commands,
    coder_commands,
    coder_copy_commands,
    design_commands,
    encryption_commands,
    exchange_commands,
    export_commands,
    gui_commands,
    import_commands,
    memo_commands,
    passwords,
    project_commands,
    redact_commands,
    report_commands,
    settings_commands,
    units_commands,
)


def register(sub: argparse._SubParsersAction) -> None:
    for module in (
        project_commands,
        design_commands,
        coder_commands,
        settings_commands,
        import_commands,
        category_commands,
        export_commands,
        redact_commands,
        report_commands,
        exchange_commands,
        coder_copy_commands,
        memo_commands,
        codable_commands,
        analysis_commands,
        agreement_commands,
        units_commands,
        gui_commands,
        encryption_commands,
    ):
        module.register(sub)
    passwords.add_password_option(sub)
