"""Domain values of the CCRT method: components, roles, valences and text spans."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum


class Component(StrEnum):
    """The three CCRT components a coded unit belongs to."""

    W = "W"
    RO = "RO"
    RS = "RS"

    @property
    def title(self) -> str:  # type: ignore[override]  # the full name (a property), not str.title()
        return _COMPONENT_TITLES[self]


_COMPONENT_TITLES = {
    Component.W: "Wish",
    Component.RO: "Response of Other",
    Component.RS: "Response of Self",
}


class NarratorRole(StrEnum):
    """Who tells the relationship episodes of an interview."""

    PATIENT = "patient"
    THERAPIST = "therapist"

    @property
    def partner_type(self) -> str:
        """The other-person type that denotes this narrator's dyad partner."""
        partner = NarratorRole.THERAPIST if self is NarratorRole.PATIENT else NarratorRole.PATIENT
        return partner.value


NARRATOR_WORDS = {
    **{role.value: role for role in NarratorRole},
    **{role.value[0]: role for role in NarratorRole},
}  # how files name a narrator: "patient" or "p", "therapist" or "t"
COMPONENTS: tuple[str, ...] = tuple(c.value for c in Component)
VALENCED_COMPONENTS: tuple[str, ...] = (Component.RO.value, Component.RS.value)
NARRATORS: tuple[str, ...] = tuple(r.value for r in NarratorRole)
ABOUT_PARTNER_PAIRS: tuple[tuple[str, str], ...] = tuple(
    (role.value, role.partner_type) for role in NarratorRole
)  # (narrator, other-person type) of an RE about the dyad partner


def is_about_partner(narrator: str, other_type: str) -> bool:
    """Is an RE about the narrator's dyad partner (patient about therapist, or the reverse)?"""
    return (narrator, other_type.lower()) in ABOUT_PARTNER_PAIRS


class Valence(StrEnum):
    POSITIVE = "+"
    NEGATIVE = "-"


class Actuality(StrEnum):
    ACTUAL = "actual"
    ANTICIPATED = "anticipated"


class Explicitness(StrEnum):
    EXPLICIT = "explicit"
    INFERRED = "inferred"


class Layer(StrEnum):
    """A coder's own independent coding, or the coding agreed in a consensus meeting."""

    CODER = "coder"
    CONSENSUS = "consensus"


LU_DIRECTIONS = ("WOO", "WOS", "WSS", "WSO", "ROO", "ROS", "RSO", "RSS")
LU_DIRECTION_LEVEL = "direction"  # the analyses' level of CCRT-LU directions, beside category
_LU_PARTS = {"W": "wish", "R": "response", "O": "other", "S": "self"}


def lu_directions_for(component: str) -> tuple[str, ...]:
    """A component's own CCRT-LU directions: W… for the wish, R… for RO and RS (by first letter)."""
    return tuple(d for d in LU_DIRECTIONS if d[0] == str(component)[0])


def lu_direction_label(code: str) -> str:
    """'WOS' -> 'other to self (wish)': actor to target first, so a label cut short in a chart
    keeps them; plain ASCII for any console. An unknown code stays itself."""
    if code not in LU_DIRECTIONS:
        return code
    kind, actor, target = (_LU_PARTS[letter] for letter in code)
    return f"{actor} to {target} ({kind})"


DEFAULT_PHASES = (5, 15, 28)
DEFAULT_OTHER_PERSON_TYPES = (
    "mother",
    "father",
    "partner",
    "sibling",
    "friend",
    "colleague/boss",
    "therapist",
    "patient",
    "self",
    "other",
)
DEFAULT_TIME_FRAMES = ("current", "past-childhood", "here-and-now")
DEFAULT_COMPLETENESS_THRESHOLD = 2.5
DEFAULT_MIN_RES_FOR_CCRT = 10  # about 10 REs are usual for a stable CCRT; fewer are flagged
COMPLETENESS_SCALE = (1, 5)
COMPLETENESS_STEP = 0.5
COMPLETENESS_GRID = tuple(
    COMPLETENESS_SCALE[0] + COMPLETENESS_STEP * i
    for i in range(int((COMPLETENESS_SCALE[1] - COMPLETENESS_SCALE[0]) / COMPLETENESS_STEP) + 1)
)  # 1.0, 1.5, ..., 5.0


@dataclass(frozen=True, order=True)
class Span:
    """A half-open range [start, end) of Unicode code points in a transcript text."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if self.start < 0 or self.end <= self.start:
            raise ValueError(f"invalid span {self.start}..{self.end}")

    def __len__(self) -> int:
        return self.end - self.start

    def overlap(self, other: Span) -> int:
        """Number of code points both spans cover."""
        return max(0, min(self.end, other.end) - max(self.start, other.start))

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end


@dataclass(frozen=True)
class StudySettings:
    """Project-bound settings of the method; stored in the project file."""

    name: str = "Untitled study"
    phases: tuple[int, ...] = DEFAULT_PHASES
    other_person_types: tuple[str, ...] = DEFAULT_OTHER_PERSON_TYPES
    time_frames: tuple[str, ...] = DEFAULT_TIME_FRAMES
    completeness_threshold: float = DEFAULT_COMPLETENESS_THRESHOLD
    min_res_for_ccrt: int = DEFAULT_MIN_RES_FOR_CCRT
    blind_mode: bool = True

    def resolve_other_type(self, word: str) -> str | None:
        """Map a typed other-person word (case-insensitive, 'boss' for 'colleague/boss')."""
        wanted = word.strip().lower()
        for other_type in self.other_person_types:
            if wanted == other_type.lower() or wanted in other_type.lower().split("/"):
                return other_type
        return None


_UID_TEXT = r"[0-9a-f]{32}"
_UID = re.compile(_UID_TEXT)
_UID_LINES = re.compile(rf"(?:{_UID_TEXT}\n)*{_UID_TEXT}")


def is_uid(value: object) -> bool:
    """Whether ``value`` is a uid as the app makes them: 32 lower-case hex digits."""
    return isinstance(value, str) and _UID.fullmatch(value) is not None


def count_non_uids(values: list[object]) -> int:
    """How many of ``values`` are not uids (:func:`is_uid`); hundreds of thousands of uids
    are matched as one text, one per line, and counted one by one only when that fails."""
    try:
        lines = "\n".join(values)  # type: ignore[arg-type]  # a TypeError for a non-text value
    except TypeError:
        lines = ""
    if _UID_LINES.fullmatch(lines) and len(lines) == 33 * len(values) - 1:  # no newline in one
        return 0
    return sum(not is_uid(value) for value in values)
