"""One clear error for many problems found in a user's file (line or row numbers first)."""

from __future__ import annotations

from collections.abc import Sequence

from ccrt_coder.core.errors import InputError

MAX_REPORTED_PROBLEMS = 20


class ProblemsError(InputError):
    """Problems found in one file; the message shows the first 20, ``problems`` holds all
    (the GUI lists every one of them in a scrollable box)."""

    def __init__(self, message: str, source: str = "", problems: Sequence[str] = ()) -> None:
        super().__init__(message)
        self.source = source
        self.problems = tuple(problems)


def problems_error(source: str, problems: list[str]) -> ProblemsError:
    """One InputError for ``line N: reason`` / ``row N: reason`` problems (at most 20 shown)."""
    if len(problems) == 1:
        return ProblemsError(f"{source}: {problems[0]}", source, problems)
    shown = problems[:MAX_REPORTED_PROBLEMS]
    lines = [f"{source}: {len(problems)} problems:", *shown]
    if len(problems) > len(shown):
        lines.append(f"... and {len(problems) - len(shown)} more")
    return ProblemsError("\n".join(lines), source, problems)
