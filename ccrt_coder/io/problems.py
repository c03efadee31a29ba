"""One clear error for many problems found in a user's file (line or row numbers first)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Generic, TypeVar

from ccrt_coder.core.errors import InputError
from ccrt_coder.io import limits

MAX_REPORTED_PROBLEMS = 20
_T = TypeVar("_T")


class ProblemsError(InputError):
    """Problems found in one file; the message shows the first 20, ``problems`` holds those
    collected (at most ``limits.MAX_PROBLEMS`` and a last ``... and M more`` line; the GUI lists
    them in a scrollable box)."""

    def __init__(
        self, message: str, source: str = "", problems: Sequence[str] = (), total: int = 0
    ) -> None:
        super().__init__(message)
        self.source = source
        self.problems = tuple(problems)
        self.total = max(total, len(self.problems))  # ``problems`` may hold the first ones only


class ProblemList(Generic[_T]):
    """Problems of one file: the first ``limits.MAX_PROBLEMS`` kept, the rest only counted,
    so a file of millions of bad rows costs no memory for its messages."""

    def __init__(self, items: Iterable[_T] = ()) -> None:
        self.items: list[_T] = []
        self.total = 0
        self.extend(items)

    def append(self, problem: _T) -> None:
        self.total += 1
        if len(self.items) < limits.MAX_PROBLEMS:
            self.items.append(problem)

    def extend(self, problems: Iterable[_T]) -> None:
        for problem in problems:
            self.append(problem)

    def __len__(self) -> int:
        return self.total

    def __bool__(self) -> bool:
        return self.total > 0


def problems_error(source: str, problems: list[str], total: int | None = None) -> ProblemsError:
    """One InputError for ``line N: reason`` / ``row N: reason`` problems (at most 20 shown).

    ``total`` counts problems found but not collected (default: ``len(problems)``)."""
    total = max(total or 0, len(problems))
    kept = problems[: limits.MAX_PROBLEMS]
    listed = [*kept, f"... and {total - len(kept)} more"] if total > len(kept) else kept
    if total == 1:
        return ProblemsError(f"{source}: {problems[0]}", source, listed, total)
    shown = kept[:MAX_REPORTED_PROBLEMS]
    lines = [f"{source}: {total} problems:", *shown]
    if total > len(shown):
        lines.append(f"... and {total - len(shown)} more")
    return ProblemsError("\n".join(lines), source, listed, total)


def quoted(value: str, limit: int = 40) -> str:
    """A value from a file for a message: quoted, on one line and cut after ``limit`` chars."""
    return repr(value[:limit] + "..." if len(value) > limit else value)
