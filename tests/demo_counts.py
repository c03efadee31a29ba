"""The demo study's sizes, counted once from resources/demo, so no test repeats a magic number."""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

DEMO_DIR = Path(__file__).resolve().parents[1] / "resources" / "demo"
_RE_HEADER = re.compile(r"^RE (\d+)(b?):", re.MULTILINE)


@dataclass(frozen=True)
class DemoCounts:
    dyads: int
    people: int
    interviews: int
    res: int  # Relationship Episodes
    re_pieces: int  # an RE told in two pieces counts twice
    units: dict[tuple[str, str], int]  # (coder's full name, layer) -> coded units
    ratings: dict[tuple[str, str], int]  # (coder's full name, layer) -> completeness ratings
    coder_a: str
    coder_b: str

    @property
    def all_units(self) -> int:
        return sum(self.units.values())

    def own_units(self, coder: str) -> int:
        """The units of ``coder``'s own coding layer."""
        return self.units[(coder, "coder")]

    def own_ratings(self, coder: str) -> int:
        return self.ratings[(coder, "coder")]

    @property
    def consensus_units(self) -> int:
        return sum(n for (_name, layer), n in self.units.items() if layer == "consensus")

    def units_of(self, coder: str) -> int:
        """Every unit of ``coder``, own coding and consensus layer together."""
        return sum(n for (name, _layer), n in self.units.items() if name == coder)


def _count_demo() -> DemoCounts:
    headers = [
        _RE_HEADER.findall(path.read_text(encoding="utf-8"))
        for path in sorted((DEMO_DIR / "transcripts").glob("*.txt"))
    ]
    study = json.loads((DEMO_DIR / "study.json").read_text(encoding="utf-8"))
    codes = json.loads((DEMO_DIR / "codes.json").read_text(encoding="utf-8"))
    names = {coder["short"]: coder["name"] for coder in codes["coders"]}
    units: Counter[tuple[str, str]] = Counter()
    ratings: Counter[tuple[str, str]] = Counter()
    for coding in codes["codings"]:
        key = (names[coding["coder"]], coding["layer"])
        units[key] += len(coding["units"])
        ratings[key] += "completeness" in coding
    return DemoCounts(
        dyads=len(study["dyads"]),
        people=len(study["people"]),
        interviews=len(headers),
        res=sum(1 for found in headers for _number, piece in found if not piece),
        re_pieces=sum(len(found) for found in headers),
        units=dict(units),
        ratings=dict(ratings),
        coder_a=names["A"],
        coder_b=names["B"],
    )


DEMO = _count_demo()
