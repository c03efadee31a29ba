"""The coders' rules: names, and when two coder identities can be merged into one."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass

MAX_NAME_LENGTH = 200  # the width of the coders' name column


def coder_name_problems(name: str, taken: Collection[str]) -> list[str]:
    """Why ``name`` cannot name a coder beside the ``taken`` names (compared ignoring case)."""
    if not name.strip():
        return ["a coder needs a name"]
    problems: list[str] = []
    if len(name) > MAX_NAME_LENGTH:
        problems.append(f"a coder's name has at most {MAX_NAME_LENGTH} characters")
    if name.strip().casefold() in {t.casefold() for t in taken}:
        problems.append(f"there is already a coder called {name.strip()!r}")
    return problems


WorkKey = tuple[int, str]  # (RE id, layer): an RE a coder has units in or rated, in one layer


def clashing_work(source: Collection[WorkKey], target: Collection[WorkKey]) -> list[WorkKey]:
    """Where two coders both coded the same RE in the same layer (units or a rating).

    One coder cannot take over the other's work there without mixing two independent codings
    of one RE in one layer (or keeping two ratings of it), so merging them is refused.
    """
    return sorted(set(source) & set(target))


def merge_problems(source: str, target: str, clashes: Sequence[str]) -> list[str]:
    """Why coder ``source`` cannot be merged into ``target``; ``clashes`` name the shared REs."""
    if source == target:
        return [f"{source} cannot be merged into themselves"]
    if not clashes:
        return []
    shown = ", ".join(clashes[:5]) + (f" and {len(clashes) - 5} more" if len(clashes) > 5 else "")
    return [
        f"cannot merge {source} into {target}: both coded the same RE in the same layer "
        f"({shown}); delete one coder's units and rating there first"
    ]


@dataclass(frozen=True)
class CoderSummary:
    """A coder with how much work is theirs (both layers), for managing the coders."""

    id: int
    name: str
    retired: bool
    units: int
    ratings: int
