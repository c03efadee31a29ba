"""Encrypted project files (SQLCipher 4 with its default key derivation).

A plain project starts with SQLite's header; an encrypted one is indistinguishable from random
bytes, and with a wrong or missing key SQLCipher answers "file is not a database". Every
connection to a project file is made here, so an encrypted file is always opened keyed.

Passwords live only in this process's memory (``remember_password``), keyed by the file's
resolved path: never in settings, logs or messages. The key SQLCipher derives from a password
and the file's salt (PBKDF2, 256000 rounds: about 0.1 s) is derived once per file and then given
as a raw key, so that the many short connections of the app do not each pay for it.
"""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Engine, create_engine
from sqlalchemy.pool import NullPool

from ccrt_coder.core.errors import PasswordError

SQLITE_MAGIC = b"SQLite format 3\x00"
# Both drivers' errors: a keyed connection raises SQLCipher's own classes, not sqlite3's.
DB_ERRORS: tuple[type[Exception], ...] = (sqlite3.Error, sqlcipher.Error)
DATABASE_ERRORS: tuple[type[Exception], ...] = (sqlite3.DatabaseError, sqlcipher.DatabaseError)
OPERATIONAL_ERRORS: tuple[type[Exception], ...] = (
    sqlite3.OperationalError,
    sqlcipher.OperationalError,
)
INTEGRITY_ERRORS: tuple[type[Exception], ...] = (sqlite3.IntegrityError, sqlcipher.IntegrityError)
_SALT_BYTES = 16
_KDF_ROUNDS = 256_000  # SQLCipher 4's default (PBKDF2-HMAC-SHA512)
_CACHE_KIB = 32 * 1024

_passwords: dict[Path, str] = {}
_derived: dict[tuple[Path, bytes], str] = {}


def remember_password(path: Path, password: str) -> None:
    """Key ``path`` with ``password`` from now on (in memory only, for this process)."""
    key = Path(path).resolve()
    _passwords[key] = password
    for cached in [c for c in _derived if c[0] == key]:
        del _derived[cached]


def forget_password(path: Path) -> None:
    key = Path(path).resolve()
    _passwords.pop(key, None)
    for cached in [c for c in _derived if c[0] == key]:
        del _derived[cached]


def password_for(path: Path) -> str | None:
    return _passwords.get(Path(path).resolve())


def is_encrypted(path: Path) -> bool:
    """Whether an existing file looks like an encrypted project: pages of random-looking bytes
    without SQLite's header (a text file or an empty one is not)."""
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(512)
    except OSError:
        return False
    if size < 1024 or size % 512 or head.startswith(SQLITE_MAGIC):
        return False
    return len(set(head)) > 128  # ciphertext uses nearly every byte value


def _wants_key(path: Path) -> bool:
    """Encrypted on disk, or a new file for which a password was given."""
    if path.exists() and path.stat().st_size > 0:
        return is_encrypted(path)
    return password_for(path) is not None


def read_only_uri(path: Path) -> str:
    """A read-only URI of ``path``; immutable (no locks, no ``-shm``) when no other program
    is writing it, i.e. when it has no write-ahead log beside it."""
    uri = f"{path.resolve().as_uri()}?mode=ro"
    return uri if Path(f"{path}-wal").exists() else f"{uri}&immutable=1"


def connect(path: Path, *, read_only: bool = False, check_same_thread: bool = True) -> Any:
    """A DB-API connection to ``path``: sqlite3 for a plain file, keyed SQLCipher otherwise;
    ``read_only`` opens it by :func:`read_only_uri`, never changing the file."""
    target = read_only_uri(path) if read_only else str(path)
    if not _wants_key(path):
        return sqlite3.connect(target, uri=read_only, check_same_thread=check_same_thread)
    password = password_for(path)
    if password is None:
        raise PasswordError(f"{path.name} is encrypted: give its password")
    connection = sqlcipher.connect(target, uri=read_only, check_same_thread=check_same_thread)
    connection.execute("PRAGMA cipher_log_level = NONE")  # no "hmac check failed" on stderr
    connection.execute(f"PRAGMA key = {_key_literal(path, password)}")
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher.DatabaseError:
        connection.close()
        forget_password(path)
        raise PasswordError(f"wrong password for {path.name}") from None
    # Pages are decrypted when read from the file: keep more of them decrypted in memory
    # (32 MiB instead of 2) so that repeated reads cost what they cost in a plain file.
    connection.execute(f"PRAGMA cache_size = -{_CACHE_KIB}")
    return connection


def _key_literal(path: Path, password: str) -> str:
    """The raw key of an existing file (derived once, with its salt), or the passphrase for a
    new file (SQLCipher derives it with a fresh random salt)."""
    try:
        with path.open("rb") as handle:
            salt = handle.read(_SALT_BYTES)
    except OSError:
        salt = b""
    if len(salt) < _SALT_BYTES:
        return quote(password)
    cache = (path.resolve(), salt)
    if cache not in _derived:
        raw = hashlib.pbkdf2_hmac("sha512", password.encode(), salt, _KDF_ROUNDS, 32)
        _derived[cache] = f"\"x'{raw.hex()}{salt.hex()}'\""
    return _derived[cache]


def quote(text: str) -> str:
    """``text`` as an SQL string literal (PRAGMA key takes no parameters)."""
    return "'" + text.replace("'", "''") + "'"


def make_engine(path: Path, *, read_only: bool = False) -> Engine:
    """The engine of a project file (its connections from :func:`connect` when keyed or
    ``read_only``: then one per use, nothing pooled). ``hide_parameters``: an error's text
    (and the log) never carries what was written."""
    keyed = _wants_key(path)
    options: dict[str, Any] = {"future": True, "hide_parameters": True}
    if keyed:
        options["module"] = sqlcipher
    if keyed or read_only:
        options["creator"] = lambda: connect(path, read_only=read_only, check_same_thread=False)
    if read_only:
        options["poolclass"] = NullPool
    return create_engine(f"sqlite:///{path}", **options)


def export_copy(source: Path, target: Path, password: str | None) -> None:
    """Write one consistent state of ``source`` (WAL included) to the new file ``target``,
    encrypted with ``password`` or plain when None: nothing passes through another file."""
    connection = (
        connect(source, read_only=True)
        if _wants_key(source)
        else sqlcipher.connect(read_only_uri(source), uri=True)
    )
    connection.isolation_level = None
    try:
        application_id, user_version = (
            connection.execute("PRAGMA application_id").fetchone()[0],
            connection.execute("PRAGMA user_version").fetchone()[0],
        )
        connection.execute("ATTACH DATABASE ? AS target KEY ?", (str(target), password or ""))
        connection.execute("BEGIN")
        connection.execute("SELECT sqlcipher_export('target')")
        connection.execute(f"PRAGMA target.application_id = {int(application_id)}")
        connection.execute(f"PRAGMA target.user_version = {int(user_version)}")
        connection.execute("COMMIT")
        connection.execute("DETACH DATABASE target")
    finally:
        connection.close()
