"""The Project's category-system services: list, import, switch, export (see usecases.categories).

:class:`~ccrt_coder.usecases.project.Project` inherits them; each is a thin call into its use case.
"""

from __future__ import annotations

import os
from pathlib import Path

from ccrt_coder.core.categories import CategorySystem, CategorySystemSummary
from ccrt_coder.storage.database import Database
from ccrt_coder.usecases import categories
from ccrt_coder.usecases.categories import CategoryOverview


class CategoryServices:
    """Category systems of an open project file (``_db``)."""

    _db: Database

    def category_system(self) -> CategorySystem:
        """The active system: the category picker and all new coding use it."""
        return categories.category_system(self._db)

    def categories_in_use(self) -> CategorySystem:
        """The active system plus the other systems' categories units still carry: for naming
        coded units, never for choosing categories (new coding uses the active system)."""
        return categories.in_use(self._db)

    def category_overview(self) -> CategoryOverview:
        """The active system, the units using each of its categories, every stored system."""
        return categories.overview(self._db)

    def category_systems(self) -> list[CategorySystemSummary]:
        """Every stored system with its size and the units coded with it."""
        return categories.systems(self._db)

    @staticmethod
    def read_category_file(path: str | os.PathLike[str]) -> CategorySystem:
        """A lab's system read and checked, not yet stored (errors name the file and row)."""
        return categories.read_category_file(path)

    def import_category_system(self, system: CategorySystem, activate: bool = True) -> None:
        """Add a lab's category system to the project and (by default) code with it from now."""
        categories.import_category_system(self._db, system, activate)

    def import_category_file(
        self, path: str | os.PathLike[str], activate: bool = True
    ) -> CategorySystem:
        """Read a lab's category system file (.json, .csv, .xlsx) and import it."""
        system = self.read_category_file(path)
        self.import_category_system(system, activate)
        return system

    def activate_category_system(self, spec: str) -> CategorySystem:
        """Code with the stored system ``NAME`` or ``NAME@VERSION`` from now on."""
        return categories.activate(self._db, spec)

    def export_category_system(self, path: str | os.PathLike[str]) -> Path:
        """Write the active system to a file the import reads back."""
        return categories.export_active(self._db, path)
