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

import contextlib
import hashlib
import sqlite3
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ccrt_coder.core.errors import PasswordError

if TYPE_CHECKING:
    from sqlalchemy import Engine

SQLITE_MAGIC = b"SQLite format 3\x00"
_KDF_ROUNDS = 256_000  # SQLCipher 4's default (PBKDF2-HMAC-SHA512)
_CACHE_KIB = 32 * 1024

_passwords: dict[Path, str] = {}
_derived: dict[tuple[Path, str], str] = {}  # (file, password) -> raw key with the file's salt
_kinds: dict[tuple[Path, int, int], bool] = {}  # (file, device, inode) -> encrypted


def errors(name: str = "Error") -> tuple[type[Exception], ...]:
    """sqlite3's exception class ``name`` and, once SQLCipher is loaded, SQLCipher's (a keyed
    connection raises its own classes, not sqlite3's): for ``except`` and ``isinstance``."""
    keyed = sys.modules.get("sqlcipher3.dbapi2")
    plain: type[Exception] = getattr(sqlite3, name)
    return (plain,) if keyed is None else (plain, getattr(keyed, name))


def _sqlcipher() -> Any:
    """SQLCipher's DB-API module, loaded with the first keyed connection: a plain project does
    not load it and the crypto library under it (some 5 ms of a start)."""
    import sqlcipher3.dbapi2

    return sqlcipher3.dbapi2


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
    without SQLite's header (a text file or an empty one is not).

    A file is read once: its kind is remembered (by its inode) before this process connects
    to it and whenever it does. Reading it again while a connection holds it would be unsafe:
    closing any descriptor of a file drops every POSIX lock the process holds on it, SQLite's
    included (and the sqlite3 and SQLCipher modules each have their own SQLite), so another
    program could then checkpoint and delete the write-ahead log under this one's feet."""
    try:
        stat = path.stat()
    except OSError:
        return False
    identity = (path.resolve(), stat.st_dev, stat.st_ino)
    if identity in _kinds:
        return _kinds[identity]
    try:
        with path.open("rb") as handle:
            head = handle.read(512)
    except OSError:
        return False
    plain = stat.st_size < 1024 or stat.st_size % 512 or head.startswith(SQLITE_MAGIC)
    encrypted = not plain and len(set(head)) > 128  # ciphertext uses nearly every byte value
    if stat.st_size >= 1024:  # a whole first page: its kind does not change any more
        _kinds[identity] = encrypted
    return encrypted


def is_sqlite(path: Path) -> bool:
    """Whether ``path`` is a plain SQLite file (its header; see :func:`is_encrypted` on why the
    file is not read again once this process has connected to it)."""
    try:
        stat = path.stat()
    except OSError:
        return False
    known = _kinds.get((path.resolve(), stat.st_dev, stat.st_ino))
    if known is not None:
        return not known
    try:
        with path.open("rb") as handle:
            return handle.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC
    except OSError:
        return False


def forget_kind(path: Path) -> None:
    """``path`` was replaced or rewritten by this process: read its kind afresh."""
    key = Path(path).resolve()
    for cached in [c for c in _kinds if c[0] == key]:
        del _kinds[cached]


def _connected(path: Path, encrypted: bool) -> None:
    """This process holds a connection to ``path`` now: its kind is known from here on."""
    with contextlib.suppress(OSError):
        stat = path.stat()
        _kinds[(path.resolve(), stat.st_dev, stat.st_ino)] = encrypted


def _wants_key(path: Path) -> bool:
    """Encrypted on disk, or a new file for which a password was given."""
    if path.exists() and path.stat().st_size > 0:
        return is_encrypted(path)
    return password_for(path) is not None


def read_only_uri(path: Path) -> str:
    """A read-only URI of ``path``; immutable (no locks, no ``-shm``) when no other program
    is writing it, i.e. unless it has a write-ahead log and its index beside it (a log without
    an index is left by a killed program: reading it would create an index beside a file that
    may be refused; the file itself holds every commit, see ``database``)."""
    uri = f"{path.resolve().as_uri()}?mode=ro"
    live = Path(f"{path}-wal").exists() and Path(f"{path}-shm").exists()
    return uri if live else f"{uri}&immutable=1"


def connect(path: Path, *, read_only: bool = False, check_same_thread: bool = True) -> Any:
    """A DB-API connection to ``path``: sqlite3 for a plain file, keyed SQLCipher otherwise;
    ``read_only`` opens it by :func:`read_only_uri`, never changing the file."""
    target = read_only_uri(path) if read_only else str(path)
    if not _wants_key(path):
        plain = sqlite3.connect(target, uri=read_only, check_same_thread=check_same_thread)
        _connected(path, False)
        return plain
    password = password_for(path)
    if password is None:
        raise PasswordError(f"{path.name} is encrypted: give its password")
    cache = (path.resolve(), password)
    sqlcipher = _sqlcipher()
    for literal in [_derived[cache]] if cache in _derived else [quote(password)]:
        connection = sqlcipher.connect(target, uri=read_only, check_same_thread=check_same_thread)
        connection.execute("PRAGMA cipher_log_level = NONE")  # no "hmac check failed" on stderr
        connection.execute(f"PRAGMA key = {literal}")
        try:
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher.DatabaseError:
            connection.close()
            continue
        _connected(path, True)
        if cache not in _derived:
            _derived[cache] = _raw_key(password, connection)
        # Pages are decrypted when read from the file: keep more of them decrypted in memory
        # (32 MiB instead of 2) so that repeated reads cost what they cost in a plain file.
        connection.execute(f"PRAGMA cache_size = -{_CACHE_KIB}")
        return connection
    if cache in _derived:  # the file was replaced by another with a new salt: derive again
        del _derived[cache]
        return connect(path, read_only=read_only, check_same_thread=check_same_thread)
    forget_password(path)
    raise PasswordError(f"wrong password for {path.name}")


def _raw_key(password: str, connection: Any) -> str:
    """The key SQLCipher derived from ``password`` and the file's salt (asked from SQLCipher,
    not read from the file), as a raw key: later connections skip the slow derivation."""
    salt = bytes.fromhex(str(connection.execute("PRAGMA cipher_salt").fetchone()[0]))
    raw = hashlib.pbkdf2_hmac("sha512", password.encode(), salt, _KDF_ROUNDS, 32)
    return f"\"x'{raw.hex()}{salt.hex()}'\""


def quote(text: str) -> str:
    """``text`` as an SQL string literal (PRAGMA key takes no parameters)."""
    return "'" + text.replace("'", "''") + "'"


def make_engine(path: Path, *, read_only: bool = False) -> Engine:
    """The engine of a project file (its connections from :func:`connect` when keyed or
    ``read_only``: then one per use, nothing pooled). ``hide_parameters``: an error's text
    (and the log) never carries what was written. SQLAlchemy is imported here, at the first
    engine: the first frame reads without it (:mod:`ccrt_coder.storage.plain_read`)."""
    from sqlalchemy import create_engine, event
    from sqlalchemy.pool import NullPool

    keyed = _wants_key(path)
    options: dict[str, Any] = {"future": True, "hide_parameters": True}
    if keyed:
        options["module"] = _sqlcipher()
    if keyed or read_only:
        options["creator"] = lambda: connect(path, read_only=read_only, check_same_thread=False)
    if read_only:
        options["poolclass"] = NullPool
    engine = create_engine(f"sqlite:///{path}", **options)
    if not keyed:  # connections made by SQLAlchemy itself: the file's kind is known from then
        event.listen(engine, "connect", lambda *_: _connected(path, False))
    return engine


def export_copy(source: Path, target: Path, password: str | None) -> None:
    """Write one consistent state of ``source`` (WAL included) to the new file ``target``,
    encrypted with ``password`` or plain when None: nothing passes through another file."""
    if not _wants_key(source):
        if password is None:
            raise ValueError("a plain copy of a plain project is SQLite's backup")
        _dump_encrypted(source, target, password)
        return
    connection = connect(source, read_only=True)
    connection.isolation_level = None
    try:
        application_id, user_version = _identity(connection)
        connection.execute("ATTACH DATABASE ? AS target KEY ?", (str(target), password or ""))
        connection.execute("BEGIN")
        connection.execute("SELECT sqlcipher_export('target')")
        connection.execute(f"PRAGMA target.application_id = {application_id}")
        connection.execute(f"PRAGMA target.user_version = {user_version}")
        connection.execute("COMMIT")
        connection.execute("DETACH DATABASE target")
    finally:
        connection.close()


def _dump_encrypted(source: Path, target: Path, password: str) -> None:
    """The plain ``source`` statement by statement into the new encrypted ``target``: read by
    sqlite3 like every other connection of this process to it (SQLCipher's own SQLite opening
    and closing the file would drop sqlite3's locks on it; see :func:`is_encrypted`)."""
    plain = connect(source, read_only=True)
    copy = _sqlcipher().connect(str(target))
    copy.isolation_level = None
    try:
        copy.execute("PRAGMA cipher_log_level = NONE")
        copy.execute(f"PRAGMA key = {quote(password)}")
        plain.execute("BEGIN")  # one consistent state, however long the dump takes
        application_id, user_version = _identity(plain)
        copy.execute("BEGIN")
        for statement in plain.iterdump():
            if statement not in ("BEGIN TRANSACTION;", "COMMIT;"):
                copy.execute(statement)
        copy.execute(f"PRAGMA application_id = {application_id}")
        copy.execute(f"PRAGMA user_version = {user_version}")
        copy.execute("COMMIT")
    finally:
        copy.close()
        plain.close()


def _identity(connection: Any) -> tuple[int, int]:
    """The file's application id and user version (an export copies neither by itself)."""
    return (
        int(connection.execute("PRAGMA application_id").fetchone()[0]),
        int(connection.execute("PRAGMA user_version").fetchone()[0]),
    )
