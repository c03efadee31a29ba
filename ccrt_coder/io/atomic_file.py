"""Write outputs in a scratch folder beside their targets; move them in only when all succeeded.

A failed, cancelled or killed export never leaves a half-written file under a target name, and a
set of files (the CSV sheets) is replaced all or nothing: an old file is moved aside before its
new one moves in, and moved back if any file of the set cannot be replaced. A read-only target
is refused, never replaced. Everything temporary (a writer's own temporary files too) lives in
one hidden folder beside the targets, ``.NAME.<8 hex>.partial``, so no study data lands in the
system's temporary folder; the folder is removed when the block ends, and one a killed run left
behind is removed by the next run that writes into the same folder (a live one in another
program is recognised by the lock it holds and left alone).
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import stat
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from ccrt_coder.core.errors import InputError, ProjectFileError
from ccrt_coder.durable import sync_folder

PARTIAL_SUFFIX = ".partial"
MAX_NAME_BYTES = 255  # the longest file name most file systems take
_SIDE_FILE_BYTES = len("-journal")  # SQLite's files beside a project written under this name
_LOCK = "lock"
_LEFTOVER = re.compile(r"^\..+\.[0-9a-f]{8}\.partial(-wal|-shm|-journal)?$")
_NO_LOCK_GRACE_S = 60  # a folder without its lock yet may be a run that is just starting


def partial_name(target: Path) -> Path:
    """A unique hidden name in ``target``'s folder (same file system, so renaming is atomic);
    a long target name is shortened in it, so that any name the folder takes can be written."""
    tail = f".{os.urandom(4).hex()}{PARTIAL_SUFFIX}"
    room = MAX_NAME_BYTES - _SIDE_FILE_BYTES - len(tail) - 1
    name = target.name.encode("utf-8")[:room].decode("utf-8", errors="ignore")
    return target.with_name(f".{name}{tail}")


@contextmanager
def scratch_folder(beside: Path) -> Iterator[Path]:
    """A new hidden folder next to ``beside``, locked while the block runs, then removed.

    Leftovers of killed runs in the same folder are removed first.
    """
    folder = beside.parent
    if not folder.is_dir():
        raise InputError(f"cannot write {beside.name}: folder {folder} does not exist")
    remove_leftovers(folder)
    scratch = partial_name(beside)
    try:
        scratch.mkdir()
        lock = _hold_lock(scratch / _LOCK)
    except OSError as exc:
        with contextlib.suppress(OSError):
            scratch.rmdir()
        raise InputError(f"cannot write in folder {folder}: {exc.strerror or exc}") from None
    try:
        yield scratch
    finally:
        lock.close()
        shutil.rmtree(scratch, ignore_errors=True)


@contextmanager
def atomic_outputs(targets: Sequence[Path]) -> Iterator[list[Path]]:
    """Temporary paths for ``targets`` (all in one folder), moved onto them together when the
    block ends without error; a writer may put its own temporary files beside those paths."""
    for target in targets:
        check_target(target)
    with scratch_folder(targets[0]) as scratch:
        partials = [scratch / f"new-{i}{target.suffix}" for i, target in enumerate(targets)]
        yield partials
        _move_in(partials, list(targets), scratch)


@contextmanager
def new_file(target: Path, replace: bool = False) -> Iterator[Path]:
    """A path in a scratch folder beside ``target`` to build a file at (a project with its
    SQLite side files), moved to ``target`` when the block ends without error: never over an
    existing file unless ``replace`` (a read-only one never)."""
    if replace:
        check_target(target)
    elif target.exists():
        raise ProjectFileError(f"{target} already exists; choose another name")
    with scratch_folder(target) as scratch:
        path = scratch / f"new{target.suffix}"
        yield path
        if replace:
            _rename(path, target, target)
        else:
            _move_new(path, target)
        sync_folder(target.parent)


def _move_new(path: Path, target: Path) -> None:
    """Move ``path`` to ``target`` unless something appeared there meanwhile."""
    try:
        os.link(path, target)  # fails if the name exists: no other program's file is replaced
    except FileExistsError:
        raise ProjectFileError(f"{target} appeared meanwhile; choose another name") from None
    except OSError:  # a file system without hard links
        if target.exists():
            raise ProjectFileError(f"{target} appeared meanwhile; choose another name") from None
        _rename(path, target, target)


def check_target(target: Path) -> None:
    """Refuse a target that is a folder or a read-only file (it is never replaced silently)."""
    if target.is_dir():
        raise InputError(f"cannot write {target}: it is a folder")
    with contextlib.suppress(FileNotFoundError):
        if not target.stat().st_mode & stat.S_IWRITE:
            raise InputError(f"cannot replace {target}: the file is read-only")


def remove_leftovers(folder: Path) -> list[Path]:
    """Remove what killed runs left in ``folder``: scratch folders nobody holds, and partial
    files (and their SQLite side files) of older versions; returns what was removed."""
    removed = []
    with contextlib.suppress(OSError):
        for entry in folder.iterdir():
            if _LEFTOVER.match(entry.name) and _abandoned(entry):
                if entry.is_dir() and not entry.is_symlink():
                    shutil.rmtree(entry, ignore_errors=True)
                else:
                    with contextlib.suppress(OSError):
                        entry.unlink()
                removed.append(entry)
    return removed


def _abandoned(entry: Path) -> bool:
    """Whether no live run uses ``entry``: its lock can be taken (a partial file of an older
    version, which has no lock, once it is older than a day)."""
    try:
        age = time.time() - entry.lstat().st_mtime
    except OSError:
        return False
    if not entry.is_dir() or entry.is_symlink():
        return age > 24 * 3600
    lock = entry / _LOCK
    if not lock.exists():
        return age > _NO_LOCK_GRACE_S
    if os.name == "nt":  # Windows: a file another program holds open cannot be deleted
        try:
            lock.unlink()
        except OSError:
            return False
        return True
    import fcntl

    try:
        with open(lock, "rb") as handle:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _hold_lock(path: Path) -> IO[bytes]:
    """Create and lock ``path`` until the returned handle is closed (also when killed)."""
    handle = open(path, "xb")  # noqa: SIM115 - held open for the block's duration
    if os.name != "nt":
        import fcntl

        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    return handle


def _move_in(partials: list[Path], targets: list[Path], scratch: Path) -> None:
    """Each old target moved aside into ``scratch``, then each new file in; undone on failure."""
    aside: list[tuple[Path, Path]] = []
    placed: list[tuple[Path, Path]] = []
    try:
        for i, target in enumerate(targets):
            if target.exists():
                old = scratch / f"old-{i}{target.suffix}"
                _rename(target, old, target)
                aside.append((old, target))
        for partial, target in zip(partials, targets, strict=True):
            _rename(partial, target, target)
            placed.append((target, partial))
    except BaseException:
        for target, partial in reversed(placed):
            with contextlib.suppress(OSError):
                os.replace(target, partial)
        for old, target in reversed(aside):
            with contextlib.suppress(OSError):
                os.replace(old, target)
        raise
    sync_folder(targets[0].parent)


def _rename(source: Path, destination: Path, target: Path) -> None:
    try:
        os.replace(source, destination)
    except OSError as exc:
        raise InputError(
            f"cannot replace {target}: {exc.strerror or exc} (is it open in another program?); "
            "no file was changed"
        ) from None
