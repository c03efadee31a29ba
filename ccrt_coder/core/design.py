"""The study design's rules: dyad and person codes, interview slots, phases in use."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass

from ccrt_coder.core.domain import NARRATOR_WORDS, NarratorRole
from ccrt_coder.core.errors import InputError

MAX_CODE_LENGTH = 100  # the width of the code columns of dyads and people
KEY_SEPARATOR = "/"  # an interview is named D01/patient/5, so codes cannot hold it


@dataclass(frozen=True, order=True)
class InterviewKey:
    """Where an interview sits in the design: dyad × narrator × phase (``D01/patient/5``)."""

    dyad: str
    narrator: NarratorRole
    phase: int

    def __str__(self) -> str:
        return f"{self.dyad}{KEY_SEPARATOR}{self.narrator.value}{KEY_SEPARATOR}{self.phase}"

    def describe(self) -> str:
        return f"{self.dyad} · {self.narrator.value} · phase {self.phase}"

    @classmethod
    def parse(cls, text: str) -> InterviewKey:
        """``D01/patient/5`` (or ``D01/p/5``) as a key; a clear message when it is not one."""
        parts = [p.strip() for p in text.split(KEY_SEPARATOR)]
        narrator = NARRATOR_WORDS.get(parts[1].lower()) if len(parts) == 3 else None
        if len(parts) != 3 or not parts[0] or narrator is None or not parts[2].isdigit():
            raise InputError(
                f"{text!r} is not an interview; write DYAD/NARRATOR/PHASE, e.g. D01/patient/5"
            )
        return cls(parts[0], narrator, int(parts[2]))


def code_problems(what: str, code: str, taken: Collection[str]) -> list[str]:
    """Why ``code`` cannot name a dyad or person (``what``) beside the ``taken`` codes."""
    if not code.strip():
        return [f"a {what} needs a code"]
    problems: list[str] = []
    if code != code.strip():
        problems.append(f"the {what} code {code!r} starts or ends with a space")
    if len(code) > MAX_CODE_LENGTH:
        problems.append(f"a {what} code has at most {MAX_CODE_LENGTH} characters")
    if KEY_SEPARATOR in code:
        problems.append(f"a {what} code cannot contain {KEY_SEPARATOR!r} (it names interviews)")
    if code.casefold() in {t.casefold() for t in taken}:
        problems.append(f"there is already a {what} {code}")
    return problems


def person_role_problems(code: str, role: NarratorRole, people: Mapping[str, str]) -> list[str]:
    """A code already used by a person of the other role cannot be this dyad's ``role``."""
    existing = people.get(code)
    if existing is not None and existing != role.value:
        return [f"{code} is a {existing}, not a {role.value}"]
    return []


def slot_problems(
    key: InterviewKey,
    phases: Collection[int],
    dyads: Collection[str],
    taken: Collection[InterviewKey],
) -> list[str]:
    """Why an interview cannot move to ``key``: unknown dyad or phase, or the slot is taken."""
    problems: list[str] = []
    if key.dyad not in dyads:
        problems.append(f"there is no dyad {key.dyad}; add it first")
    if key.phase not in phases:
        listed = ", ".join(str(p) for p in sorted(phases))
        problems.append(f"phase {key.phase} is not one of the study's phases ({listed})")
    if key in taken:
        problems.append(f"{key} already has an interview")
    return problems


def check(problems: list[str]) -> None:
    """Raise the problems as one InputError (nothing when there are none)."""
    if problems:
        raise InputError("; ".join(problems))


@dataclass(frozen=True)
class DyadRecord:
    """A dyad with its patient's and therapist's codes and notes, and how many interviews."""

    id: int
    code: str
    patient: str
    therapist: str
    patient_note: str = ""
    therapist_note: str = ""
    interviews: int = 0


@dataclass(frozen=True)
class InterviewContents:
    """What deleting an interview takes with it (said before it is deleted)."""

    key: InterviewKey
    res: int
    units: int
    coders: int
    ratings: int

    def describe(self) -> str:
        """``D01 · patient · phase 5: 4 REs, 37 units by 2 coders, 3 ratings``."""
        res = f"{self.res} RE" + ("" if self.res == 1 else "s")
        units = f"{self.units} unit" + ("" if self.units == 1 else "s")
        coders = f" by {self.coders} coder" + ("" if self.coders == 1 else "s")
        ratings = f"{self.ratings} rating" + ("" if self.ratings == 1 else "s")
        return f"{self.key.describe()}: {res}, {units}{coders if self.units else ''}, {ratings}"
