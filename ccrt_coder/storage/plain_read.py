"""Reads in plain DB-API SQL, without SQLAlchemy: what the first frame shows comes from here.

Importing SQLAlchemy and building the models costs more than the rest of the app's start-up, so
the study tree, the settings, the category system, the coders and the last transcript are read
with plain queries (:mod:`ccrt_coder.storage.plain_coding` holds the REs' coding). These
functions are the one implementation of each query: the ORM stores hand them the connection
under their session (:func:`ccrt_coder.storage.database.connection_of`).

Every connection of its own is opened by :func:`_connect`, through :mod:`ccrt_coder.storage.cipher`
like every connection to a project file: read-only, with the busy timeout of every other reader.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path

from ccrt_coder.core.categories import Category, CategorySystem, with_categories_in_use
from ccrt_coder.core.domain import Component, NarratorRole, StudySettings, Valence
from ccrt_coder.core.errors import InputError, NotFoundError
from ccrt_coder.core.records import CoderRecord, InterviewRecord, TranscriptRecord
from ccrt_coder.storage import cipher
from ccrt_coder.storage.write_lock import STATEMENT_BUSY_MS


def _connect(path: Path, read_only: bool = False) -> sqlite3.Connection:
    """A read-only connection to the project file (every plain reading goes through here):
    keyed through :func:`ccrt_coder.storage.cipher.connect` when the file is encrypted (its
    password remembered before; none or a wrong one is a PasswordError), by its read-only URI
    when ``read_only`` (a file this user cannot write)."""
    connection = cipher.connect(path, read_only=read_only, check_same_thread=False)
    connection.isolation_level = None  # BEGIN and ROLLBACK are ours
    connection.execute(f"PRAGMA busy_timeout={STATEMENT_BUSY_MS}")
    connection.execute("PRAGMA query_only=ON")
    return connection


@contextmanager
def reading(path: Path, read_only: bool = False) -> Iterator[sqlite3.Connection]:
    """A connection inside one deferred read transaction (never waits for writers)."""
    with closing(_connect(path, read_only)) as connection, transaction(connection):
        yield connection


@contextmanager
def transaction(connection: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One deferred read transaction on an open connection of :func:`_connect`."""
    connection.execute("BEGIN")
    try:
        yield connection
    finally:
        if connection.in_transaction:  # an error may have ended it already
            connection.execute("ROLLBACK")


def kept_open(path: Path) -> sqlite3.Connection:
    """A connection that has read the file once (see ``Database.keep_files``)."""
    connection = _connect(path)
    connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    return connection


def in_list(ids: object) -> str:
    """``(?, ?, ...)`` for ``ids`` bound as parameters of an ``IN``."""
    return f"({', '.join('?' * len(ids))})"  # type: ignore[arg-type]


# -- the study --------------------------------------------------------------------------------
def _study(connection: sqlite3.Connection, columns: str) -> tuple:
    row = connection.execute(f"SELECT {columns} FROM study").fetchone()
    if row is None:
        raise InputError("the project has no study settings; it is damaged")
    return tuple(row)


def load_settings(connection: sqlite3.Connection) -> StudySettings:
    name, phases, others, frames, threshold, min_res, blind = _study(
        connection,
        "name, phases, other_person_types, time_frames, completeness_threshold, "
        "min_res_for_ccrt, blind_mode",
    )
    return StudySettings(
        name=name,
        phases=tuple(json.loads(phases)),
        other_person_types=tuple(json.loads(others)),
        time_frames=tuple(json.loads(frames)),
        completeness_threshold=float(threshold),
        min_res_for_ccrt=min_res,
        blind_mode=bool(blind),
    )


def coder_copy_of(connection: sqlite3.Connection) -> str | None:
    """The uid of the coder whose coder copy the file is; None for a full project."""
    (uid,) = _study(connection, "coder_copy_of")
    return uid


def active_system_id(connection: sqlite3.Connection) -> int:
    (system_id,) = _study(connection, "category_system_id")
    if system_id is None:
        raise InputError("the project has no category system")
    return int(system_id)


# -- category systems ------------------------------------------------------------------------
_CATEGORY = "code, label, component, cluster, default_valence, description"


def to_category(row: tuple) -> Category:
    """A category from its columns ``code, label, component, cluster, default_valence,
    description``."""
    code, label, component, cluster, valence, description = row
    return Category(
        code=code,
        label=label,
        component=Component(component) if component else None,
        cluster=cluster,
        default_valence=Valence(valence) if valence else None,
        description=description,
    )


def load_category_system(
    connection: sqlite3.Connection, system_id: int | None = None
) -> CategorySystem:
    system_id = active_system_id(connection) if system_id is None else system_id
    row = connection.execute(
        "SELECT name, version, description, uses_lu_direction FROM category_systems WHERE id = ?",
        (system_id,),
    ).fetchone()
    if row is None:
        raise InputError(f"category system {system_id} does not exist")
    categories = connection.execute(
        f"SELECT {_CATEGORY} FROM categories WHERE system_id = ? ORDER BY position",
        (system_id,),
    )
    name, version, description, uses_lu = row
    return CategorySystem(
        name=name,
        version=version,
        description=description,
        uses_lu_direction=bool(uses_lu),
        categories=tuple(to_category(c) for c in categories),
    )


def categories_in_use_outside(connection: sqlite3.Connection, system_id: int) -> list[Category]:
    """Categories of the other systems that coded units still carry, in their systems' order."""
    rows = connection.execute(
        f"SELECT {_CATEGORY} FROM categories WHERE system_id != ? "
        "AND id IN (SELECT DISTINCT category_id FROM unit_categories) "
        "ORDER BY system_id, position",
        (system_id,),
    )
    return [to_category(row) for row in rows]


def active_with_categories_in_use(connection: sqlite3.Connection) -> CategorySystem:
    """The active system plus the other systems' categories units still carry, so analyses and
    views name units coded before a switch with their own labels."""
    system_id = active_system_id(connection)
    system = load_category_system(connection, system_id)
    return with_categories_in_use(system, categories_in_use_outside(connection, system_id))


# -- coders ------------------------------------------------------------------------------------
def list_coders(connection: sqlite3.Connection) -> list[CoderRecord]:
    rows = connection.execute("SELECT id, name, retired FROM coders ORDER BY name")
    return [CoderRecord(cid, name, bool(retired)) for cid, name, retired in rows]


def copy_owner(connection: sqlite3.Connection) -> CoderRecord | None:
    """The coder whose coder copy this file is; None for a full project."""
    uid = coder_copy_of(connection)
    if uid is None:
        return None
    row = connection.execute("SELECT id, name FROM coders WHERE uid = ?", (uid,)).fetchone()
    return CoderRecord(row[0], row[1]) if row is not None else None


# -- interviews and transcripts ---------------------------------------------------------------
def list_interviews(connection: sqlite3.Connection) -> list[InterviewRecord]:
    rows = connection.execute(
        "SELECT iv.id, d.code, p.code, t.code, iv.narrator, iv.phase,"
        " (SELECT count(*) FROM relationship_episodes re WHERE re.interview_id = iv.id)"
        " FROM interviews iv JOIN dyads d ON iv.dyad_id = d.id"
        " JOIN people p ON d.patient_id = p.id JOIN people t ON d.therapist_id = t.id"
        " ORDER BY d.code, iv.narrator, iv.phase"
    )
    return [
        InterviewRecord(
            id=iid,
            dyad=dyad,
            patient=patient,
            therapist=therapist,
            narrator=NarratorRole(narrator),
            phase=phase,
            n_res=count,
        )
        for iid, dyad, patient, therapist, narrator, phase, count in rows
    ]


def load_transcript(connection: sqlite3.Connection, interview_id: int) -> TranscriptRecord:
    row = connection.execute(
        "SELECT text, source, line_count FROM transcripts WHERE interview_id = ?", (interview_id,)
    ).fetchone()
    if row is None:
        raise NotFoundError(f"interview {interview_id} has no transcript")
    text, source, line_count = row
    return TranscriptRecord(interview_id, text, source, line_count)
