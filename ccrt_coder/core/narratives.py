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
