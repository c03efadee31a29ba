"""Simulated disk faults for real project files: PRAGMAs every new SQLite connection runs."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, event

SECRET = "Quarzfenster Zwiebelturm"  # words only the test transcript holds
LEAKS = ("Quarzfenster", "Zwiebelturm", "Renate", "SQL", "INSERT", "parameters")


def transcript(folder: Path) -> Path:
    """A transcript big enough to overflow a nearly full file, full of :data:`SECRET`."""
    path = folder / "D01_patient_5.txt"
    body = "".join(f"P: {SECRET} number {n}.\n" for n in range(40))
    path.write_text(
        "".join(f"RE {n}: mother (Renate), current\n{body}" for n in range(1, 40)), "utf-8"
    )
    return path


def page_limit(project: Path) -> str:
    """The PRAGMA that lets ``project`` grow by one page at most: a full disk."""
    with sqlite3.connect(project) as connection:
        pages = connection.execute("PRAGMA page_count").fetchone()[0]
    connection.close()
    return f"PRAGMA max_page_count={pages + 1}"


@contextmanager
def pragmas(*statements: str) -> Iterator[None]:
    """Every connection opened meanwhile runs ``statements`` first."""

    def on_connect(connection: sqlite3.Connection, _record: object) -> None:
        for statement in statements:
            connection.execute(statement)

    event.listen(Engine, "connect", on_connect)
    try:
        yield
    finally:
        event.remove(Engine, "connect", on_connect)
