"""Write files under temporary names beside their targets; rename them only when all succeeded.

A failed or cancelled export therefore never leaves a half-written file under the target name
(an older file of that name stays as it was), and leaves no temporary file behind either.
"""

from __future__ import annotations

import contextlib
import os
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from ccrt_coder.core.errors import InputError

PARTIAL_SUFFIX = ".partial"


MAX_NAME_BYTES = 255  # the longest file name most file systems take
_SIDE_FILE_BYTES = len("-journal")  # SQLite's files beside a project written under this name


def partial_name(target: Path) -> Path:
    """A unique hidden name in ``target``'s folder (same file system, so renaming is atomic);
    a long target name is shortened in it, so that any name the folder takes can be written."""
    tail = f".{uuid.uuid4().hex[:8]}{PARTIAL_SUFFIX}"
    room = MAX_NAME_BYTES - _SIDE_FILE_BYTES - len(tail) - 1
    name = target.name.encode("utf-8")[:room].decode("utf-8", errors="ignore")
    return target.with_name(f".{name}{tail}")


@contextmanager
def atomic_outputs(targets: Sequence[Path]) -> Iterator[list[Path]]:
    """Temporary paths for ``targets``, moved onto them when the block ends without error."""
    partials: list[Path] = []
    try:
        for target in targets:
            partials.append(_reserve(target))
        yield partials
        for partial, target in zip(partials, targets, strict=True):
            _replace(partial, target)
    finally:
        for partial in partials:
            with contextlib.suppress(OSError):
                partial.unlink(missing_ok=True)


def _reserve(target: Path) -> Path:
    folder = target.parent
    if not folder.is_dir():
        raise InputError(f"cannot write {target.name}: folder {folder} does not exist")
    if target.is_dir():
        raise InputError(f"cannot write {target}: it is a folder")
    partial = partial_name(target)
    try:
        with open(partial, "xb"):
            pass
    except OSError as exc:
        raise InputError(f"cannot write in folder {folder}: {exc.strerror or exc}") from None
    return partial


def _replace(partial: Path, target: Path) -> None:
    try:
        os.replace(partial, target)
    except OSError as exc:
        raise InputError(
            f"cannot replace {target}: {exc.strerror or exc} (is it open in another program?)"
        ) from None
