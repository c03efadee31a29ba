"""What the coding margin lays out and paints: lanes, bars, bars on screen, one screenful."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QFont

from ccrt_coder.usecases.domain import UnitRecord


@dataclass(frozen=True)
class MarginLane:
    """One coder's units (or the consensus); an empty name: the single lane of coding."""

    name: str
    colour: QColor | None
    units: tuple[UnitRecord, ...]
    compared: bool = True  # a coder's lane; the consensus lane is shown but not compared


@dataclass(frozen=True)
class Bar:
    """A unit's place in the margin: its lane, text, lines, column and how many columns its
    label has."""

    unit: UnitRecord
    lane: int
    start: int  # Qt positions from its first span's start to its last span's end
    end: int
    first_block: int
    last_block: int
    column: int
    room: int
    disagrees_with: tuple[int, ...] = ()  # ids of other coders' units: same stretch, other codes


@dataclass(frozen=True)
class Placed:
    """A bar on screen (in the margin's coordinates)."""

    bar: Bar
    rect: QRectF  # the bar itself
    label: QRectF  # where its label goes


@dataclass(frozen=True)
class Scene:
    """One screenful of the margin, as the painter needs it."""

    lanes: list[tuple[MarginLane, float, float]]  # each lane with its left and width
    bands: list[tuple[float, float, bool]]  # (top, bottom, is current) per visible RE
    placed: list[Placed]
    font: QFont
    header: float  # px above the lanes for the coders' names (0: one lane, no header)
