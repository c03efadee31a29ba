"""What each attempt found, counted per category, and the campaign's table."""

from __future__ import annotations

import json
import sys
from dataclasses import asdict, dataclass, field
from pathlib import Path

from .runner import Run


@dataclass
class Attempt:
    """One attempt: its processes (the faulted run, then any rerun) and what the checks found."""

    name: str
    runs: list[Run] = field(default_factory=list)
    refused: bool = False  # the fault was met by a clean one-line refusal
    lost: list[str] = field(default_factory=list)  # acknowledged work gone, a damaged file
    partial: list[str] = field(default_factory=list)  # partial outputs, leftovers
    failed: list[str] = field(default_factory=list)  # other failures ("locked", over limits)

    def add(self, run: Run) -> Run:
        self.runs.append(run)
        return run

    def problems(self) -> list[str]:
        found = [f"traceback: {r.first_line()}" for r in self.runs if r.traceback]
        found += [
            f"unexpected: {r.first_line()}" for r in self.runs if r.unexpected and not r.traceback
        ]
        found += [f"data lost: {p}" for p in self.lost]
        found += [f"partial: {p}" for p in self.partial]
        return found + [f"failed: {p}" for p in self.failed]


@dataclass
class Tally:
    """The counts of one category (one row of the table)."""

    category: str
    attempts: int = 0
    killed: int = 0  # attempts whose process the campaign did kill (not finished before)
    refusals: int = 0
    tracebacks: int = 0
    unexpected: int = 0
    lost: int = 0
    partial: int = 0
    failed: int = 0
    peak_mb: float = 0.0
    longest_s: float = 0.0
    longest_cpu_s: float = 0.0
    findings: list[str] = field(default_factory=list)

    def add(self, attempt: Attempt) -> None:
        print(f"{attempt.name}: {'; '.join(attempt.problems()) or 'ok'}", file=sys.stderr)
        self.attempts += 1
        self.killed += any(r.killed for r in attempt.runs)
        self.refusals += attempt.refused
        self.tracebacks += any(r.traceback for r in attempt.runs)
        self.unexpected += any(r.unexpected and not r.traceback for r in attempt.runs)
        self.lost += bool(attempt.lost)
        self.partial += bool(attempt.partial)
        self.failed += bool(attempt.failed)
        for run in attempt.runs:
            self.peak_mb = max(self.peak_mb, run.peak_mb)
            if not run.killed:  # a killed run's time is the moment the campaign chose
                self.longest_s = max(self.longest_s, run.seconds)
                self.longest_cpu_s = max(self.longest_cpu_s, run.cpu_s)
        self.findings += [f"{attempt.name}: {p}" for p in attempt.problems()]

    def merged(self, other: Tally) -> Tally:
        return Tally(
            self.category,
            self.attempts + other.attempts,
            self.killed + other.killed,
            self.refusals + other.refusals,
            self.tracebacks + other.tracebacks,
            self.unexpected + other.unexpected,
            self.lost + other.lost,
            self.partial + other.partial,
            self.failed + other.failed,
            max(self.peak_mb, other.peak_mb),
            max(self.longest_s, other.longest_s),
            max(self.longest_cpu_s, other.longest_cpu_s),
            self.findings + other.findings,
        )


HEADER = (
    f"{'category':26} {'attempts':>8} {'killed':>6} {'refusals':>8} {'tracebk':>7} {'unexpct':>7} "
    f"{'lost':>5} {'partial':>7} {'failed':>6} {'peak MB':>8} {'wall s':>7} {'CPU s':>6}"
)


def row(tally: Tally) -> str:
    return (
        f"{tally.category:26} {tally.attempts:>8} {tally.killed:>6} {tally.refusals:>8} "
        f"{tally.tracebacks:>7} {tally.unexpected:>7} {tally.lost:>5} {tally.partial:>7} "
        f"{tally.failed:>6} {tally.peak_mb:>8.0f} {tally.longest_s:>7.2f} "
        f"{tally.longest_cpu_s:>6.2f}"
    )


def render(tallies: list[Tally]) -> str:
    """The table, a total row, then every finding (one line each)."""
    total = Tally("total")
    for tally in tallies:
        total = total.merged(tally)
    total.category = "total"
    lines = [HEADER, *map(row, tallies), "-" * len(HEADER), row(total)]
    if total.findings:
        lines += ["", "findings:", *(f"  {finding}" for finding in total.findings)]
    return "\n".join(lines)


def clean(tallies: list[Tally]) -> bool:
    """The issue's 'done when': nothing but attempts and clean refusals."""
    return not any(t.tracebacks or t.unexpected or t.lost or t.partial or t.failed for t in tallies)


def save(tallies: list[Tally], path: Path) -> None:
    """Keep the tallies (to print campaigns run in parts as one table)."""
    path.write_text(json.dumps([asdict(t) for t in tallies], indent=1), encoding="utf-8")


def load(paths: list[Path]) -> list[Tally]:
    """The saved tallies of every part, one per category (parts of a category merged)."""
    merged: dict[str, Tally] = {}
    for path in paths:
        for fields in json.loads(path.read_text(encoding="utf-8")):
            tally = Tally(**fields)
            known = merged.get(tally.category)
            merged[tally.category] = known.merged(tally) if known else tally
    return list(merged.values())
