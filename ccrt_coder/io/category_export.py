"""Write a category system to a file :mod:`category_import` reads back (.json, .csv, .xlsx).

JSON keeps everything (name, version, description, CCRT-LU flag); a table keeps the categories
(its name on import is the file's stem, its version ``imported``).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from ccrt_coder.core.categories import Category, CategorySystem
from ccrt_coder.core.errors import InputError
from ccrt_coder.io.atomic_file import atomic_outputs
from ccrt_coder.io.category_import import OPTIONAL_TABLE_COLUMNS, TABLE_COLUMNS
from ccrt_coder.io.sheet_source import SheetSource

FORMATS = (".json", ".csv", ".xlsx")


def write_category_system(system: CategorySystem, path: str | os.PathLike[str]) -> Path:
    """Write ``system`` to ``path`` (nothing under that name unless the writing succeeds)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise InputError(
            f"{path.name}: unsupported file type '{suffix or '(none)'}'; "
            f"supported: {', '.join(FORMATS)}"
        )
    with atomic_outputs([path]) as (partial,):
        if suffix == ".json":
            partial.write_text(_json(system), encoding="utf-8")
        else:
            _write_table(system, partial, suffix)
    return path


def _json(system: CategorySystem) -> str:
    data = {
        "name": system.name,
        "version": system.version,
        "description": system.description,
        "uses_lu_direction": system.uses_lu_direction,
        "categories": [_fields(c) for c in system.categories],
    }
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def _fields(category: Category) -> dict[str, str | None]:
    return {
        "code": category.code,
        "label": category.label,
        "component": category.component.value if category.component else None,
        "cluster": category.cluster,
        "default_valence": category.default_valence.value if category.default_valence else None,
        "description": category.description,
    }


def _write_table(system: CategorySystem, partial: Path, suffix: str) -> None:
    header = (*TABLE_COLUMNS, *OPTIONAL_TABLE_COLUMNS)
    rows = [tuple(_fields(c)[column] for column in header) for c in system.categories]
    sheet = SheetSource("Categories", "categories", header, rows, len(rows))
    if suffix == ".csv":
        from ccrt_coder.io.csv_writer import write_csv

        write_csv(partial, sheet)
    else:
        from ccrt_coder.io.xlsx_writer import write_xlsx

        write_xlsx(partial, [sheet])
