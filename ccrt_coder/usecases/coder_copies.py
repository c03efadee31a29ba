"""Coder copies: blind coding by construction.

A coder copy is a project file holding the whole study (transcripts, REs, category systems,
settings, dyads and interviews) but only one coder's own units and ratings: no other coder's
work, no consensus layer, no other coder at all. The lead prepares one per coder and sends it;
the coder codes it (the app opens it as that coder, blind) and sends it back ("Send my work"),
and the lead merges it (:mod:`ccrt_coder.usecases.merge`).

The copy is made from a consistent snapshot (SQLite's backup API, never a file copy of an open
database, whose latest commits may still be in its WAL) into a temporary file beside ``out``;
the other work is deleted there, the file is compacted (VACUUM) so that nothing deleted can be
read from its bytes, and only then renamed to ``out`` in one step: ``out`` is either the
complete copy or untouched.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from ccrt_coder.core.errors import InputError, NotFoundError
from ccrt_coder.core.progress import Progress
from ccrt_coder.core.records import CoderRecord
from ccrt_coder.io.atomic_file import new_file
from ccrt_coder.storage import cipher, plain_read, schema
from ccrt_coder.storage.database import Database

STEPS = 4  # snapshot, strip, compact, rename
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


@dataclass(frozen=True)
class CoderCopyReport:
    """What a coder copy holds: the coder's own units and completeness ratings."""

    path: Path
    coder: str
    units: int
    ratings: int


def copy_file_name(project: Path, coder: str) -> str:
    """``<study>-<coder>.ccrt``, e.g. ``demo-Coder A.ccrt``; characters that file systems
    refuse become ``_``."""
    return f"{_UNSAFE.sub('_', f'{project.stem}-{coder}').strip(' .')}{project.suffix or '.ccrt'}"


def write_coder_copy(
    db: Database,
    coder: str,
    out: str | Path,
    overwrite: bool = False,
    progress: Progress | None = None,
    password: str | None = None,
) -> CoderCopyReport:
    """Write ``coder``'s coder copy of the project to ``out`` (see the module's description),
    encrypted with ``password``; without one, as the project is (its password, or plain)."""
    from ccrt_coder.storage import copy_store

    out = Path(out)
    _check_request(db, coder, out, overwrite)
    report = progress or (lambda _done, _total: None)
    if password is None and cipher.is_encrypted(db.path):
        password = cipher.password_for(db.path)
    with new_file(out, replace=overwrite) as temp:  # same folder: an atomic rename at the end
        if password is not None:
            cipher.remember_password(temp, password)
        try:
            schema.snapshot(db.path, temp)
            report(1, STEPS)
            copy = Database(temp)
            try:
                with copy.transaction() as session:
                    units, ratings = copy_store.keep_only_coder(session, coder)
            finally:
                copy.close()
            report(2, STEPS)
            copy_store.compact(temp)
            report(3, STEPS)
        finally:
            cipher.forget_password(temp)
            cipher.forget_kind(temp)
    if password is not None:
        cipher.remember_password(out, password)
    report(4, STEPS)
    return CoderCopyReport(out, coder, units, ratings)


def copy_owner(db: Database) -> CoderRecord | None:
    """The coder whose coder copy the project is; None for a full project."""
    with db.plain_reading() as connection:
        return plain_read.copy_owner(connection)


def _check_request(db: Database, coder: str, out: Path, overwrite: bool) -> None:
    from ccrt_coder.storage import coding_store

    with db.reading() as session:
        names = [c.name for c in coding_store.list_coders(session)]
    if coder not in names:
        known = ", ".join(repr(n) for n in names) or "none"
        raise NotFoundError(f"no coder called {coder!r} in {db.path.name} (its coders: {known})")
    if out.exists() and out.resolve() == db.path.resolve():
        raise InputError(f"{out.name} is the project itself; write the coder copy to another file")
    if out.is_dir():
        raise InputError(f"{out} is a folder; give the coder copy a file name")
    if out.exists() and not overwrite:
        raise InputError(
            f"{out} exists already; choose another name or allow replacing it (--force)"
        )
