"""The structure of a project's schema as the gate compares it, and that of a project at head,
kept in ``db/head_schema.json``.

Opening a project checks its schema against this file, so that start-up imports neither the
models (SQLAlchemy) nor Alembic to build the schema in a scratch database. After a schema change
run ``python -m ccrt_coder.storage.head_schema``; a test fails while the file is out of date.
"""

from __future__ import annotations

import json
import sqlite3
import sys
from contextlib import closing
from functools import cache
from pathlib import Path
from typing import Any

from ccrt_coder.paths import migrations_dir

Structure = dict[tuple[str, str], tuple]  # (type, name) -> what defines the object
FILE_NAME = "head_schema.json"


@cache
def head_structure() -> Structure:
    """The structure of a project at head, as written by :func:`write_head_structure`."""
    rows = json.loads((migrations_dir() / FILE_NAME).read_text(encoding="utf-8"))
    return {(kind, name): _tuples(shape) for kind, name, shape in rows}


def built_head_structure() -> Structure:
    """The structure creating a project makes (the models, stamped), in a scratch database."""
    from alembic import command
    from sqlalchemy import create_engine
    from sqlalchemy.pool import NullPool

    from ccrt_coder.storage import schema
    from ccrt_coder.storage.models import Base

    scratch = sqlite3.connect(":memory:")
    engine = create_engine("sqlite://", creator=lambda: scratch, poolclass=NullPool)
    with closing(scratch), engine.begin() as connection:
        Base.metadata.create_all(connection)
        command.stamp(schema.alembic_config(connection), "head")
        return structure(scratch)


def write_head_structure(folder: Path | None = None) -> Path:
    """Write what :func:`built_head_structure` finds to ``head_schema.json`` in ``db/``."""
    rows = [[kind, name, shape] for (kind, name), shape in sorted(built_head_structure().items())]
    target = (folder or migrations_dir()) / FILE_NAME
    lines = ",\n".join(json.dumps(row) for row in rows)  # one object a line: readable diffs
    target.write_text(f"[\n{lines}\n]\n", encoding="utf-8")
    return target


def structure(connection: sqlite3.Connection) -> Structure:
    """Every schema object: tables by their columns (name, type, not null, key), indexes by
    table, uniqueness and columns (SQLite's own unique indexes by what they cover, as their
    numbering follows the order of creation); views and triggers by their table only."""
    found: Structure = {}
    rows = connection.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
    for kind, name, table, sql in rows:
        if kind == "table" and (sql or "").upper().startswith("CREATE TABLE"):
            found[(kind, name)] = _table_shape(connection, name)
        elif kind == "index" and sql is None and name.startswith("sqlite_autoindex_"):
            shape = _index_shape(connection, name, table)
            found[("unique constraint", f"{table} {shape[2]}")] = shape
        elif kind == "index":
            found[(kind, name)] = _index_shape(connection, name, table)
        else:
            found[(kind if kind != "table" else "virtual table", name)] = (table,)
    return found


def _table_shape(connection: sqlite3.Connection, table: str) -> tuple:
    columns = connection.execute(
        'SELECT name, upper(type), "notnull", pk, hidden FROM pragma_table_xinfo(?)', (table,)
    ).fetchall()
    return (tuple(sorted(columns)),)


def _index_shape(connection: sqlite3.Connection, index: str, table: str) -> tuple:
    listed = connection.execute(
        'SELECT "unique", partial FROM pragma_index_list(?) WHERE name = ?', (table, index)
    ).fetchall()
    columns = connection.execute(
        'SELECT name, "desc" FROM pragma_index_xinfo(?) WHERE key ORDER BY seqno', (index,)
    ).fetchall()
    return (table, tuple(listed), tuple(columns))


def _tuples(value: Any) -> Any:
    return tuple(_tuples(item) for item in value) if isinstance(value, list) else value


if __name__ == "__main__":
    sys.exit(print(f"wrote {write_head_structure()}"))
