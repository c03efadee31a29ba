"""The values a unit row of a file from elsewhere may hold in its enum columns, checked once
per combination (a study has a few dozen among 200,000 units), and its problems besides core's
rules."""

from __future__ import annotations

import functools
from enum import StrEnum

from ccrt_coder.core.domain import Actuality, Component, Explicitness, Layer, Valence


def unit_row_problems(kinds: list[str], texts: bool, mixed: bool, bad_span: bool) -> list[str]:
    """A unit row's problems besides core's rules (which need a row without these)."""
    problems = list(kinds)
    if not texts:
        problems.append("its label and memo are not text")
    if mixed:
        problems.append("its categories are not all of one category system in the file")
    if bad_span:
        problems.append("a span is not a range of the text")
    return problems


UNIT_KINDS = (
    (Layer, "layer", False),
    (Component, "component", False),
    (Valence, "valence", True),
    (Actuality, "actual/anticipated", True),
    (Explicitness, "explicit/inferred", True),
)


def unit_kinds(*values: object) -> tuple[list[str], tuple[StrEnum | None, ...]]:
    """A unit's layer, component, valence, actual/anticipated and explicit/inferred: the
    problems of these values, and their members (None where empty or a problem)."""
    problems: list[str] = []
    members: list[StrEnum | None] = []
    for (kind, what, optional), value in zip(UNIT_KINDS, values, strict=True):
        found = enum_problems(kind, value, what, optional)
        problems += found
        members.append(None if found or value is None else kind(str(value)))
    return problems, tuple(members)


def enum_problems(
    kind: type[StrEnum], value: object, what: str, optional: bool = False
) -> list[str]:
    if value is None and optional:
        return []
    if isinstance(value, str) and value in _values(kind):
        return []
    allowed = ", ".join(v.value for v in kind)
    return [f"its {what} is not one of {allowed}"]


@functools.cache
def _values(kind: type[StrEnum]) -> frozenset[str]:
    """The values of ``kind`` (asked for every row: built once)."""
    return frozenset(v.value for v in kind)
