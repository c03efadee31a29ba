"""One clear error for many problems found in a user's file (line or row numbers first)."""

from __future__ import annotations

from ccrt_coder.errors import InputError

MAX_REPORTED_PROBLEMS = 20


def problems_error(source: str, problems: list[str]) -> InputError:
    """One InputError for ``line N: reason`` / ``row N: reason`` problems (at most 20 shown)."""
    if len(problems) == 1:
        return InputError(f"{source}: {problems[0]}")
    shown = problems[:MAX_REPORTED_PROBLEMS]
    lines = [f"{source}: {len(problems)} problems:", *shown]
    if len(problems) > len(shown):
        lines.append(f"... and {len(problems) - len(shown)} more")
    return InputError("\n".join(lines))
