"""Load a category system from a lab's .json, .csv or .xlsx file, or the shipped default."""

from __future__ import annotations

import json
import os
import re
from functools import cache
from pathlib import Path

from ccrt_coder.core.categories import Category, CategorySystem
from ccrt_coder.core.domain import Component, Valence
from ccrt_coder.core.errors import InputError
from ccrt_coder.io import limits
from ccrt_coder.io.cell_safety import restore_text
from ccrt_coder.io.problems import ProblemList, problems_error, quoted
from ccrt_coder.io.tables import read_table
from ccrt_coder.io.text_decoding import read_text_file
from ccrt_coder.paths import resource

TABLE_COLUMNS = ("code", "label", "component", "cluster")
OPTIONAL_TABLE_COLUMNS = ("default_valence", "description")
IMPORTED_VERSION = "imported"

_VALENCES = {
    "+": Valence.POSITIVE,
    "positive": Valence.POSITIVE,
    "-": Valence.NEGATIVE,
    "\u2212": Valence.NEGATIVE,  # typographic minus, as printed in the manuals
    "negative": Valence.NEGATIVE,
}
_Problems = ProblemList[tuple[int, str]]  # (row or category number, reason)
_KINDS = {list: "a list", dict: "an object", bool: "true or false"}
_JSON_TOKENS = re.compile(r'"(?:[^"\\]|\\.)*"|[\[\]{}]')


def default_category_system() -> CategorySystem:
    """The shipped Edition 3 cluster-level system (loaded once per process)."""
    return _shipped_system()


@cache
def _shipped_system() -> CategorySystem:
    return load_category_system(resource("categories", "edition3_clusters.json"))


def load_category_system(path: str | os.PathLike[str]) -> CategorySystem:
    """A category system from .json (the shipped format) or a .csv/.xlsx table of categories."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".json":
        return _from_json(path)
    if suffix in (".csv", ".xlsx"):
        return _from_table(path)
    raise InputError(
        f"{path.name}: unsupported file type '{suffix or '(none)'}'; supported: .json, .csv, .xlsx"
    )


def _from_table(path: Path) -> CategorySystem:
    """Name = file stem, version 'imported'; no row with a component -> a CCRT-LU style system."""
    rows = read_table(path, required=TABLE_COLUMNS, optional=OPTIONAL_TABLE_COLUMNS)
    records = [(row.number, row.values) for row in rows]
    if path.suffix.lower() == ".csv":  # undo the formula guard our CSV export adds
        records = [(n, {k: restore_text(v) for k, v in values.items()}) for n, values in records]
    categories = _validated(path.name, "row", records)
    uses_lu = all(category.component is None for category in categories)
    return CategorySystem(path.stem, IMPORTED_VERSION, categories, uses_lu_direction=uses_lu)


def _from_json(path: Path) -> CategorySystem:
    text = read_text_file(path)
    _check_depth(text, path.name)
    try:
        data = json.loads(text, parse_constant=_no_constant)
    except json.JSONDecodeError as exc:
        raise InputError(f"{path.name}: line {exc.lineno}: not valid JSON ({exc.msg})") from None
    except ValueError as exc:  # NaN, Infinity (from _no_constant), numbers of too many digits
        raise InputError(f"{path.name}: not valid JSON ({exc})") from None
    if not isinstance(data, dict) or not isinstance(data.get("categories"), list):
        raise InputError(f"{path.name}: expected an object with a 'categories' list")
    for key in ("name", "version", "description"):
        if not isinstance(data.get(key, ""), str):
            raise InputError(f"{path.name}: '{key}' must be a text")
    if not isinstance(data.get("uses_lu_direction", False), bool):
        raise InputError(f"{path.name}: 'uses_lu_direction' must be true or false")
    entries = list(enumerate(data["categories"], start=1))
    if bad := [n for n, entry in entries if not isinstance(entry, dict)]:
        raise InputError(f"{path.name}: category {bad[0]}: expected an object")
    records = [(n, _json_texts(path.name, n, entry)) for n, entry in entries]
    return CategorySystem(
        name=data.get("name") or path.stem,
        version=data.get("version") or IMPORTED_VERSION,
        categories=_validated(path.name, "category", records),
        uses_lu_direction=data.get("uses_lu_direction", False),
        description=data.get("description", ""),
    )


def _check_depth(text: str, name: str) -> None:
    """Refuse lists and objects nested deeper than the format needs, before parsing them."""
    depth = 0
    for token in _JSON_TOKENS.finditer(text):
        bracket = token[0]
        if bracket in "[{":
            depth += 1
            if depth > limits.MAX_NESTING:
                line = text.count("\n", 0, token.start()) + 1
                raise InputError(
                    f"{name}: line {line}: lists and objects nested more than "
                    f"{limits.MAX_NESTING} deep; not a category system"
                )
        elif bracket in "]}":
            depth -= 1


def _no_constant(word: str) -> object:
    raise ValueError(f"{word} is not a number JSON allows")


def _json_texts(name: str, number: int, entry: dict[str, object]) -> dict[str, str]:
    """An entry's values as texts: each must be a text or null (never a list, number or NaN)."""
    texts = {}
    for key, value in entry.items():
        if value is not None and not isinstance(value, str):
            raise InputError(
                f"{name}: category {number}: {quoted(key)} must be a text, "
                f"not {_KINDS.get(type(value), 'a number')}"
            )
        texts[key] = "" if value is None else value.strip()
    return texts


def _validated(
    source: str, unit: str, records: list[tuple[int, dict[str, str]]]
) -> tuple[Category, ...]:
    """Categories of all records, or one InputError listing every ``<unit> N: reason``."""
    if not records:
        raise InputError(f"{source}: no categories")
    problems: _Problems = ProblemList()
    categories: list[Category] = []
    first_of_code: dict[str, int] = {}
    for number, values in records:
        category = _category(number, values, problems)
        code = values.get("code", "")
        if code:
            first = first_of_code.setdefault(code.lower(), number)
            if first != number:
                problems.append(
                    (number, f"duplicate code {quoted(code)} (first in {unit} {first})")
                )
        if category is not None:
            categories.append(category)
    if problems:
        lines = [f"{unit} {n}: {reason}" for n, reason in problems.items]
        raise problems_error(source, lines, problems.total)
    return tuple(categories)


def _category(number: int, values: dict[str, str], problems: _Problems) -> Category | None:
    before = len(problems)
    for column in ("code", "label", "cluster"):
        if not values.get(column):
            problems.append((number, f"empty {column}"))
    component_text = values.get("component", "")
    component = _component(component_text)
    if component_text and component is None:
        problems.append(
            (number, f"unknown component {quoted(component_text)} (use W, RO, RS or leave empty)")
        )
    valence_text = values.get("default_valence", "")
    valence = _VALENCES.get(valence_text.lower())
    if valence_text and valence is None:
        problems.append(
            (
                number,
                f"unknown default_valence {quoted(valence_text)} (use +, -, positive, negative)",
            )
        )
    if len(problems) > before:
        return None
    return Category(
        code=values["code"],
        label=values["label"],
        component=component,
        cluster=values["cluster"],
        default_valence=valence,
        description=values.get("description", ""),
    )


def _component(text: str) -> Component | None:
    try:
        return Component(text.upper())
    except ValueError:
        return None
