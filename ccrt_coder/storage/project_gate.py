"""The gate for projects from elsewhere (a coder's copy to merge): checked before a row is read.

A file from others may be damaged or crafted: a view where a table belongs (one that recurses
for ever), a trigger that deletes work once copied into a project, rows no version of the app
writes. So such a file is opened read-only (immutable when nobody writes it), and passes, in
this order: SQLite's quick check; exactly the tables, columns and indexes our migrations build
at the file's revision, and nothing else (no view, trigger or extra object); then every row
checked by core's rules (:mod:`ccrt_coder.storage.gate_rows`). An older file is upgraded in a
temporary copy, never in place. Refusals list the first problems; the file is never changed.
"""

from __future__ import annotations

import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import ExitStack, closing, contextmanager
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from ccrt_coder.core.errors import MAX_LISTED_PROBLEMS, ProjectFileError, listed
from ccrt_coder.storage import checked_files, cipher, read_only_db, schema
from ccrt_coder.storage.database import APPLICATION_ID, Database
from ccrt_coder.storage.file_check import check_not_damaged, damage
from ccrt_coder.storage.gate_rows import row_problems
from ccrt_coder.storage.head_schema import Structure, head_structure, structure
from ccrt_coder.storage.unit_table import UnitTable, read_units

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


class GateRefusal(ProjectFileError):
    """A file the gate refused; ``problems`` lists the first problems (and how many more)."""

    def __init__(self, path: Path, problems: list[str], total: int) -> None:
        count = f"{total} problems: " if total > 1 else ""
        super().__init__(
            f"{path.name} is refused, nothing was read from it: {count}{listed(problems, total)}"
        )
        more = total - min(len(problems), MAX_LISTED_PROBLEMS)
        self.problems = (*problems[:MAX_LISTED_PROBLEMS], *([f"…and {more} more"] if more else []))


class CheckedProject:
    """A project file that passed the gate, open read-only for reading sessions; ``units``
    are its units as the gate read and checked them."""

    def __init__(self, path: Path, units: UnitTable) -> None:
        self.engine = cipher.make_engine(path, read_only=True)  # keyed when encrypted
        self.units = units

    @contextmanager
    def reading(self) -> Iterator[Session]:
        from sqlalchemy.orm import Session

        with Session(self.engine) as session:
            yield session

    def close(self) -> None:
        self.engine.dispose()


@contextmanager
def open_checked(path: Path) -> Iterator[CheckedProject]:
    """``path`` read-only once it passed the gate; a ProjectFileError listing the first
    problems otherwise."""
    revision = check_file(path)
    with ExitStack() as stack:
        readable = path
        if revision != schema.SCHEMA_HEAD:  # only an older file needs a scratch folder
            folder = stack.enter_context(tempfile.TemporaryDirectory(prefix="ccrt-gate-"))
            readable = Path(folder) / "upgraded.ccrt"
            stack.callback(cipher.forget_password, readable)
            _upgrade_copy(path, readable)
        with closing(cipher.connect(readable, read_only=True)) as connection:
            units = read_units(connection.execute)
            shown, total = row_problems(connection, MAX_LISTED_PROBLEMS, units)
        _refuse_if(path, shown, total)
        project = CheckedProject(readable, units)
        stack.callback(project.close)
        yield project


def _upgrade_copy(path: Path, copy: Path) -> None:
    """Copy the older file ``path`` to ``copy`` (encrypted like it) and migrate the copy."""
    password = cipher.password_for(path)
    if password is not None:
        cipher.remember_password(copy, password)
    schema.snapshot(path, copy)
    upgraded = Database(copy)
    try:
        schema.migrate(upgraded, "head")
    finally:
        upgraded.close()


def open_project(path: Path) -> Database:
    """Open a project to work in it, once it is not damaged (else its newest backup is named),
    holds exactly our schema (a trigger or view in it would act on the app's own writes) and,
    the first time this user opens this file, every row keeps the rules of our own writes."""
    schema.inspect_project_file_header(path)
    check_not_damaged(path)
    revision = _check_schema(path)
    if not read_only_db.writable(path):  # a colleague's copy in a read-only folder: read it
        if revision != schema.SCHEMA_HEAD:
            raise ProjectFileError(
                f"{path.name} is of an older version and cannot be upgraded where it is (the "
                "file or its folder is read-only); copy it to a folder you can write to"
            )
        _check_rows_once(path)
        return read_only_db.ReadOnlyDatabase(path)
    db = schema.open_project_file(path)
    db.keep_files()  # the WAL files exist from now on: a first read changes nothing
    try:
        _check_rows_once(path)  # after an upgrade: the rules are the current schema's
    except ProjectFileError:
        db.close()
        raise
    return db


def _check_rows_once(path: Path) -> None:
    """Refuse a file first opened here whose rows break the rules (see ``checked_files``)."""
    if checked_files.was_checked(path):
        return
    with closing(cipher.connect(path, read_only=True)) as connection:
        shown, total = row_problems(connection, MAX_LISTED_PROBLEMS)
    _refuse_if(path, shown, total)
    checked_files.remember_checked(path)


def check_file(path: Path) -> str:
    """The revision of ``path`` once its file and schema passed the gate (rows not yet)."""
    schema.inspect_project_file_header(path)
    try:
        connection = cipher.connect(path, read_only=True)
    except cipher.errors() as exc:
        raise ProjectFileError(f"cannot open {path.name}: {exc}") from None
    with closing(connection):
        why = damage(connection, path)
    if why is not None:
        raise GateRefusal(path, [f"it is damaged: {why}"], 1)
    return _check_schema(path)


def _check_schema(path: Path) -> str:
    """The file's revision, once its schema is exactly the one our migrations build there."""
    with closing(cipher.connect(path, read_only=True)) as connection:
        try:
            found = structure(connection)
            (application_id,) = connection.execute("PRAGMA application_id").fetchone()
        except cipher.errors():
            raise GateRefusal(path, ["SQLite cannot read its schema"], 1) from None
    version = ("table", schema.VERSION_TABLE)
    if version not in found or found[version] != _expected(schema.SCHEMA_HEAD)[version]:
        if application_id != APPLICATION_ID:
            raise GateRefusal(path, ["it is a SQLite database of another application"], 1)
        raise GateRefusal(path, ["it has no schema revision of CCRT Coder"], 1)
    revision = schema.inspect_project_file(path)
    _refuse_if(path, schema_problems(found, _expected(revision)), None)
    return revision


def schema_problems(found: Structure, expected: Structure) -> list[str]:
    """How ``found`` differs from the schema our migrations build (empty when it is exact)."""
    problems = [
        f"it has a {kind} {name!r} that CCRT Coder never makes"
        for kind, name in sorted(found.keys() - expected.keys())
    ]
    problems += [
        f"its {kind} {name!r} is missing" for kind, name in sorted(expected.keys() - found.keys())
    ]
    problems += [
        f"its {kind} {name!r} is not the one CCRT Coder makes"
        for (kind, name), shape in sorted(found.items())
        if (kind, name) in expected and expected[(kind, name)] != shape
    ]
    return problems


def _expected(revision: str) -> Structure:
    """The schema a file at ``revision`` has: at head, what creating a project makes (kept in
    a file, see :mod:`ccrt_coder.storage.head_schema`); before, what our migrations build."""
    if revision == schema.SCHEMA_HEAD:
        return head_structure()
    return _migrated(revision)


@cache
def _migrated(revision: str) -> Structure:
    return migrated_structure(revision)


def migrated_structure(revision: str) -> Structure:
    """The schema our migrations build at ``revision``, in a scratch file."""
    from alembic import command

    with tempfile.TemporaryDirectory(prefix="ccrt-schema-") as folder:
        migrated = Database(Path(folder) / "scratch.ccrt")
        try:
            with migrated.engine.begin() as connection:
                command.upgrade(schema.alembic_config(connection), revision)
        finally:
            migrated.close()
        with closing(sqlite3.connect(Path(folder) / "scratch.ccrt")) as connection:
            return structure(connection)


def _refuse_if(path: Path, shown: list[str], total: int | None) -> None:
    """A one-line refusal with the first problems and how many more there are."""
    if shown:
        raise GateRefusal(path, shown, len(shown) if total is None else total)
