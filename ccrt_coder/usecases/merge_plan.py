"""The merge preview: per source and coder layer, what would be added and every problem."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class LayerPlan:
    """What happens to one coder's layer of one source."""

    coder: str
    layer: str
    status: str  # "new", "continued", "unchanged", "kept" (the target has more) or "conflict"
    units: int = 0  # units to add
    ratings: int = 0  # ratings to add
    detail: str = ""

    def describe(self) -> str:
        what = {
            "new": f"add {self.units} units, {self.ratings} ratings",
            "continued": f"add {self.units} units, {self.ratings} ratings (continued work)",
            "unchanged": "already merged",
            "kept": "nothing new",
        }.get(self.status, "CONFLICT, nothing written")
        return f"{self.coder} / {self.layer}: {what}" + (f" - {self.detail}" if self.detail else "")


@dataclass(frozen=True)
class SourcePlan:
    source: str
    refused: tuple[str, ...] = ()
    new_coders: tuple[str, ...] = ()
    new_res: tuple[str, ...] = ()
    layers: tuple[LayerPlan, ...] = ()
    conflicts: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    memos: int = 0  # coders' memos to add or to continue

    @property
    def units(self) -> int:
        return sum(layer.units for layer in self.layers)

    @property
    def ratings(self) -> int:
        return sum(layer.ratings for layer in self.layers)

    @property
    def problems(self) -> tuple[str, ...]:
        """Refusals and conflicts: what the lead must look at."""
        layer_conflicts = tuple(
            layer.describe() for layer in self.layers if layer.status == "conflict"
        )
        return self.refused + self.conflicts + layer_conflicts

    def lines(self) -> list[str]:
        if self.refused:
            return [
                f"{self.source}: REFUSED, nothing is merged from it",
                *self._bullets(self.refused),
            ]
        lines = [
            f"{self.source}: {self.units} units, {self.ratings} ratings, "
            f"{len(self.new_res)} REs, {len(self.new_coders)} coders, {self.memos} memos to add"
        ]
        lines += self._bullets(f"new coder {name}" for name in self.new_coders)
        lines += self._bullets(f"new RE {re}" for re in self.new_res)
        lines += self._bullets(layer.describe() for layer in self.layers)
        lines += self._bullets(f"CONFLICT: {c}" for c in self.conflicts)
        lines += self._bullets(f"note: {n}" for n in self.notes)
        return lines

    @staticmethod
    def _bullets(items: Iterable[str]) -> list[str]:
        return [f"  - {item}" for item in items]


@dataclass(frozen=True)
class MergePlan:
    target: str
    sources: tuple[SourcePlan, ...]

    @property
    def units(self) -> int:
        return sum(s.units for s in self.sources)

    @property
    def ratings(self) -> int:
        return sum(s.ratings for s in self.sources)

    @property
    def problems(self) -> tuple[str, ...]:
        return tuple(f"{s.source}: {p}" for s in self.sources for p in s.problems)

    @property
    def changes_anything(self) -> bool:
        return any(
            s.units or s.ratings or s.new_res or s.new_coders or s.memos for s in self.sources
        )

    def lines(self) -> list[str]:
        lines = [f"merge into {self.target}:"]
        for source in self.sources:
            lines += source.lines()
        lines.append(
            f"total: {self.units} units, {self.ratings} ratings to add; "
            f"{len(self.problems)} problems"
        )
        return lines
