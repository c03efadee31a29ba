"""Plain drafts of imported narratives: what an importer hands to the project to store."""

from __future__ import annotations

from dataclasses import dataclass

from ccrt_coder.core.domain import NarratorRole, Span


@dataclass(frozen=True)
class ReDraft:
    """A relationship episode found in a transcript; spans index the interview's text."""

    number: int
    other_type: str
    spans: tuple[Span, ...]
    other_name: str = ""
    time_frame: str = ""


@dataclass(frozen=True)
class InterviewDraft:
    """One RAP interview (dyad x narrator x phase) with its transcript text and marked REs.

    ``patient`` and ``therapist`` are person codes; None lets the project derive them from the
    dyad (or keep the ones the dyad already has).
    """

    dyad: str
    narrator: NarratorRole
    phase: int
    text: str
    res: tuple[ReDraft, ...] = ()
    source: str = ""
    patient: str | None = None
    therapist: str | None = None

    @property
    def key(self) -> tuple[str, NarratorRole, int]:
        return (self.dyad, self.narrator, self.phase)

    def describe(self) -> str:
        return f"{self.dyad} / {self.narrator.value} / phase {self.phase}"


@dataclass(frozen=True)
class CodingCount:
    """How much coding an interview holds: units and completeness ratings, any coder or layer."""

    units: int = 0
    ratings: int = 0

    @property
    def is_coded(self) -> bool:
        return bool(self.units or self.ratings)


def replace_refusal(interview: str, coding: CodingCount) -> str | None:
    """Why an interview's transcript may not be replaced by a corrected file (None: it may).

    Only a transcript nobody has coded yet: no unit and no completeness rating by any coder in
    any layer. REs marked in the app go with the old text; the new file's markers replace them.
    """
    if not coding.is_coded:
        return None
    return (
        f"{interview} cannot be replaced: it is coded already ({coding.units} units, "
        f"{coding.ratings} completeness ratings); only a transcript nobody has coded can be"
    )


def re_labels(res: tuple[ReDraft, ...] | list[ReDraft]) -> str:
    """The REs as a reader names them: ``1, 2, 3a+3b, 4`` (an RE in several pieces by letter)."""
    labels = []
    for re in sorted(res, key=lambda re: re.number):
        if len(re.spans) == 1:
            labels.append(str(re.number))
        else:
            labels.append("+".join(f"{re.number}{chr(97 + n)}" for n in range(len(re.spans))))
    return ", ".join(labels)
