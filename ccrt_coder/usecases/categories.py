"""Category systems of a project: read a lab's file, store it, switch, export, and their use.

The rule for a switch: units already coded keep their categories (their stored category ids);
new coding uses the active system, which :func:`storage.unit_rows.check_units` enforces at
every write. Analyses still name the categories of units coded with another system.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from ccrt_coder.core.categories import (
    CategorySystem,
    CategorySystemSummary,
    choose_system,
    units_outside,
)
from ccrt_coder.storage import plain_read
from ccrt_coder.storage.database import Database


@dataclass(frozen=True)
class CategoryOverview:
    """The active system with the units using each of its categories, and every stored system."""

    system: CategorySystem
    unit_counts: dict[str, int]
    systems: tuple[CategorySystemSummary, ...]

    @property
    def active(self) -> CategorySystemSummary:
        return next(s for s in self.systems if s.active)

    def units_outside(self, system_id: int | None) -> int:
        """Units coded with other systems than ``system_id`` (None: a system being imported)."""
        return units_outside(self.systems, system_id)


def category_system(db: Database) -> CategorySystem:
    with db.plain_reading() as connection:
        return plain_read.load_category_system(connection)


def in_use(db: Database) -> CategorySystem:
    with db.plain_reading() as connection:
        return plain_read.active_with_categories_in_use(connection)


def overview(db: Database) -> CategoryOverview:
    from ccrt_coder.storage import category_store, study_store

    with db.reading() as session:
        system_id = study_store.active_system_id(session)
        return CategoryOverview(
            study_store.load_category_system(session, system_id),
            category_store.unit_counts_by_code(session, system_id),
            tuple(category_store.system_summaries(session)),
        )


def systems(db: Database) -> list[CategorySystemSummary]:
    from ccrt_coder.storage import category_store

    with db.reading() as session:
        return category_store.system_summaries(session)


def read_category_file(path: str | os.PathLike[str]) -> CategorySystem:
    """A lab's system from .json, .csv or .xlsx, checked (errors name the file and row)."""
    from ccrt_coder.io.category_import import load_category_system

    return load_category_system(path)


def import_category_system(db: Database, system: CategorySystem, activate: bool) -> None:
    from ccrt_coder.storage import study_store

    with db.transaction() as session:
        system_id = study_store.store_category_system(session, system)
        if activate:
            study_store.activate_category_system(session, system_id)


def activate(db: Database, spec: str) -> CategorySystem:
    """Code with the stored system ``NAME`` or ``NAME@VERSION`` from now on."""
    from ccrt_coder.storage import category_store, study_store

    with db.transaction() as session:
        chosen = choose_system(category_store.system_summaries(session), spec)
        study_store.activate_category_system(session, chosen.id)
        return study_store.load_category_system(session, chosen.id)


def export_active(db: Database, path: str | os.PathLike[str]) -> Path:
    """Write the active system to .json (complete), .csv or .xlsx, readable by the import."""
    from ccrt_coder.io.category_export import write_category_system

    return write_category_system(category_system(db), path)
