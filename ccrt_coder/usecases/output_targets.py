"""Whether the files a user chose can be replaced, asked before a dialog offers to replace them."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from ccrt_coder.io.atomic_file import check_target


def check_replaceable(paths: Sequence[Path]) -> None:
    """Raise InputError for the first path that is a folder or a read-only file: the write
    would refuse it anyway, so asking "Replace?" first would only mislead."""
    for path in paths:
        check_target(path)
