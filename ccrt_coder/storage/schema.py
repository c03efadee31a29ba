"""The life cycle of a project file: create at head, recognise, back up and upgrade, or refuse."""

from __future__ import annotations

import logging
import os
import sys
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from ccrt_coder.core.errors import ProjectFileError
from ccrt_coder.paths import migrations_dir
from ccrt_coder.storage import cipher
from ccrt_coder.storage.database import APPLICATION_ID, Database
from ccrt_coder.storage.file_check import damage

_log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Connection

VERSION_TABLE = "ccrt_schema_version"
SCHEMA_HEAD = "0007"


def alembic_config(connection: Connection | None = None) -> Config:
    """Alembic's configuration for our migrations, bound to ``connection`` when given."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    config.attributes["connection"] = connection
    return config


def known_revisions() -> list[str]:
    """Revisions this version of the app can read, oldest first."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]


def create_project_file(path: Path) -> Database:
    """Create a new project file with the current schema, stamped at head."""
    from alembic import command

    from ccrt_coder.storage.models import Base

    if path.exists():
        raise ProjectFileError(f"{path} already exists; choose another name or open it")
    check_folder_writable(path)
    db = Database(path)
    try:
        with db.engine.begin() as connection:
            connection.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
            Base.metadata.create_all(connection)
            command.stamp(alembic_config(connection), "head")
    except Exception:
        db.close()
        remove_file_set(path)
        raise
    return db


def open_project_file(path: Path) -> Database:
    """Open an existing project, upgrading an older one after backing it up."""
    revision = inspect_project_file(path)
    if revision != SCHEMA_HEAD:
        backup = backup_project_file(path, revision)
        _upgrade(path, backup)
    return Database(path)


def inspect_project_file(path: Path) -> str:
    """The schema revision of a CCRT project file, or a ProjectFileError saying why it is not one.

    Reads through a read-only connection so that a file which is not ours is never modified.
    """
    inspect_project_file_header(path)
    revision = _read_identity(path)
    if revision == SCHEMA_HEAD:
        return revision
    if revision not in known_revisions():
        raise ProjectFileError(
            f"{path.name} was written by a newer version of CCRT Coder (schema {revision}); "
            "install the newer version to open it"
        )
    return revision


def inspect_project_file_header(path: Path) -> None:
    """Refuse a path that is no file or whose first bytes are not a SQLite database's."""
    if not path.exists():
        raise ProjectFileError(f"{path} does not exist")
    if not path.is_file():
        raise ProjectFileError(f"{path} is not a file")
    if not os.access(path, os.R_OK):
        raise ProjectFileError(f"cannot read {path}: permission denied")
    # Never opened by Python while this process may hold connections to it: see cipher.
    if not cipher.is_sqlite(path) and not cipher.is_encrypted(path):
        raise ProjectFileError(f"{path.name} is not a CCRT Coder project (not a SQLite database)")


def _read_identity(path: Path) -> str:
    try:
        connection = cipher.connect(path, read_only=True)
    except cipher.errors() as exc:
        raise ProjectFileError(f"cannot open {path.name}: {exc}") from exc
    try:
        (application_id,) = connection.execute("PRAGMA application_id").fetchone()
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
        if application_id != APPLICATION_ID or VERSION_TABLE not in tables:
            raise ProjectFileError(
                f"{path.name} is a SQLite database of another application, not a CCRT project"
            )
        row = connection.execute(f"SELECT version_num FROM {VERSION_TABLE}").fetchone()
    except cipher.errors() as exc:
        raise ProjectFileError(f"{path.name} is damaged or not a CCRT project: {exc}") from exc
    finally:
        connection.close()
    if row is None:
        raise ProjectFileError(f"{path.name} has no schema revision; it is not a usable project")
    return str(row[0])


def backup_project_file(path: Path, revision: str) -> Path:
    """Copy the project consistently (SQLite backup API) to ``NAME.ccrt.bak-<revision>``.

    The copy is made under a hidden temporary name and verified (not empty, quick check) before
    it gets its name, so a run killed meanwhile leaves nothing that counts as a backup, and no
    write begins without a sound one.
    """
    backup = path.with_name(f"{path.name}.bak-{revision}")
    check_folder_writable(backup)
    partial = backup.with_name(f".{backup.name}.{os.urandom(4).hex()}.partial")
    try:
        snapshot(path, partial)
        _verify_backup(partial, path)
        os.replace(partial, backup)
    finally:
        remove_file_set(partial)
    return backup


def _verify_backup(copy: Path, original: Path) -> None:
    """Refuse a backup that is empty or fails its quick check (an encrypted one read with the
    original's password)."""
    password = cipher.password_for(original) if cipher.is_encrypted(copy) else None
    if password is not None:
        cipher.remember_password(copy, password)
    try:
        if not copy.stat().st_size:
            why: str | None = "it is empty"
        else:
            with closing(cipher.connect(copy, read_only=True)) as connection:
                why = damage(connection, copy)
    finally:
        cipher.forget_password(copy)
        cipher.forget_kind(copy)  # it is renamed next: its kind is read afresh under that name
    if why is not None:
        raise ProjectFileError(
            f"the backup of {original.name} failed its check ({why}); nothing was changed"
        )


def snapshot(path: Path, target: Path) -> None:
    """Copy the project at ``path`` into ``target`` with SQLite's backup API: one consistent
    state, including what is still in the WAL, even while others have the project open.

    A copy of an encrypted project, or one given a password of its own (a coder copy), is
    written encrypted by SQLCipher's export: no plaintext copy on the way."""
    password = cipher.password_for(target) or (
        cipher.password_for(path) if cipher.is_encrypted(path) else None
    )
    if password is not None:
        cipher.export_copy(path, target, password)
        return
    source = cipher.connect(path, read_only=True)
    copy = cipher.connect(target)
    try:
        source.backup(copy)
    finally:
        copy.close()
        source.close()


def backup_before(path: Path, purpose: str) -> Path:
    """Back the project up before a far-reaching change (``premerge``, ``predelete``) to
    ``NAME.ccrt.bak-<purpose>-<UTC time>``; safe while the project is open (backup API).
    Called with the project's write lock held."""
    for leftover in path.parent.glob(f".{path.name}.bak-*.partial*"):  # of a killed run: the
        leftover.unlink(missing_ok=True)  # callers hold the write lock, no other is making one
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    label, n = f"{purpose}-{stamp}", 1
    while path.with_name(f"{path.name}.bak-{label}").exists():
        n += 1
        label = f"{purpose}-{stamp}-{n}"
    return backup_project_file(path, label)


def _upgrade(path: Path, backup: Path) -> None:
    db = Database(path)
    try:
        migrate(db, "head")
    except Exception as exc:
        _log.exception("upgrading %s failed", path)
        raise ProjectFileError(
            f"upgrading {path.name} failed; the original is kept in {backup.name} "
            "(the log file has the details)"
        ) from exc
    finally:
        db.close()


def migrate(db: Database, revision: str, down: bool = False) -> None:
    """Run the migrations to ``revision`` in one transaction, foreign keys checked at the end.

    SQLite's batch migrations rebuild a table by copying it and dropping the old one; with
    foreign keys enforced, that drop fails (or cascades) on the rows pointing at it, so they
    are switched off while migrating and every reference is checked before committing.
    """
    from alembic import command

    with db.engine.connect() as connection:
        driver = connection.connection.driver_connection  # a PRAGMA outside any transaction
        assert driver is not None
        driver.execute("PRAGMA foreign_keys=OFF")
        with connection.begin():
            run = command.downgrade if down else command.upgrade
            run(alembic_config(connection), revision)
            if connection.exec_driver_sql("PRAGMA foreign_key_check").first() is not None:
                raise ProjectFileError("the migrated project has dangling references")
        driver.execute("PRAGMA foreign_keys=ON")


def check_folder_writable(path: Path) -> None:
    folder = path.parent
    if not folder.is_dir():
        raise ProjectFileError(f"folder {folder} does not exist")
    probe = folder / f".ccrt-write-test-{os.getpid()}"
    try:
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        raise ProjectFileError(f"cannot write in folder {folder}: {exc.strerror}") from exc


def remove_file_set(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def _make_revision(message: str) -> None:
    """Developer helper: autogenerate a migration against a scratch file at head."""
    import tempfile

    from alembic import command

    with tempfile.TemporaryDirectory() as folder:
        scratch = Database(Path(folder) / "scratch.ccrt")
        with scratch.engine.begin() as connection:
            command.upgrade(alembic_config(connection), "head")
            rev_id = f"{len(known_revisions()) + 1:04d}"
            command.revision(
                alembic_config(connection), message=message, autogenerate=True, rev_id=rev_id
            )
        scratch.close()


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "revision":
        _make_revision(sys.argv[2])
    else:
        sys.exit("usage: python -m ccrt_coder.storage.schema revision MESSAGE")
