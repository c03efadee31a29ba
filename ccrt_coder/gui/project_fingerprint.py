"""Whether a project file changed since a view last computed from it (any writer, any process)."""

from __future__ import annotations

from pathlib import Path

Fingerprint = tuple[tuple[int, int] | None, ...]


def fingerprint(path: Path) -> Fingerprint:
    """Size and time of the project file and its write-ahead log: every saved change (this
    window's coding, a consensus meeting, the CLI in another process) alters one of them,
    while reading them leaves both alone. Two stat calls: cheap enough for every refresh."""
    stats: list[tuple[int, int] | None] = []
    for name in (path, path.with_name(path.name + "-wal")):
        try:
            stat = name.stat()
        except OSError:
            stats.append(None)
        else:
            stats.append((stat.st_mtime_ns, stat.st_size))
    return tuple(stats)
