"""The view's one computation, run on a worker thread, and its cache per (layer, level)."""

from __future__ import annotations

from pathlib import Path

from ccrt_coder.gui.project_fingerprint import Fingerprint
from ccrt_coder.usecases.ccrt import ComparisonResults
from ccrt_coder.usecases.domain import LayerChoice
from ccrt_coder.usecases.project import Project

Key = tuple[LayerChoice, str]


def compute_comparison(path: Path, layer: LayerChoice, level: str) -> ComparisonResults:
    """Open the project anew (a worker thread must not share the window's SQLite connection)
    and ask the use case; the dyad and RE filter are picked out later, without recomputing."""
    with Project.open(path) as project:
        return project.ccrt_comparison(layer, level)


class ResultsCache:
    """Results by (layer, level) for one project; cleared when the project or its coding changes.

    Each computation carries the generation it started in: one that reports after a
    ``clear()`` belongs to the old data and is dropped.
    """

    def __init__(self) -> None:
        self._results: dict[Key, ComparisonResults] = {}
        self._pending: set[Key] = set()
        self._generation = 0
        self._fingerprint: Fingerprint | None = None

    def check(self, fingerprint: Fingerprint) -> bool:
        """Clear the cache if the project's files changed since the last check; True if so."""
        changed = self._fingerprint is not None and fingerprint != self._fingerprint
        self._fingerprint = fingerprint
        if changed:
            self.clear()
        return changed

    def get(self, key: Key) -> ComparisonResults | None:
        return self._results.get(key)

    def start(self, key: Key) -> int | None:
        """The generation of a new computation of ``key``; None if it is cached or running."""
        if key in self._results or key in self._pending:
            return None
        self._pending.add(key)
        return self._generation

    def put(self, key: Key, generation: int, results: ComparisonResults) -> bool:
        """Keep a finished computation; False if it is stale."""
        if generation != self._generation:
            return False
        self._pending.discard(key)
        self._results[key] = results
        return True

    def failed(self, key: Key, generation: int) -> bool:
        """Forget a failed computation; False if it was stale anyway."""
        if generation != self._generation:
            return False
        self._pending.discard(key)
        return True

    def busy(self) -> bool:
        return bool(self._pending)

    def reset(self) -> None:
        """Another project: forget results and the files' state."""
        self.clear()
        self._fingerprint = None

    def clear(self) -> None:
        """Forget every result; computations still running will be dropped when they report."""
        self._results.clear()
        self._pending.clear()
        self._generation += 1
