"""How import files name a narrator and a phase (``P``, ``therapist``, ``15``), read leniently."""

from __future__ import annotations

from ccrt_coder.core.domain import NARRATOR_WORDS, NarratorRole, StudySettings
from ccrt_coder.io.problems import quoted


def parse_narrator(value: str | NarratorRole) -> NarratorRole | None:
    """patient/therapist or P/T, case-insensitive; None if neither."""
    return NARRATOR_WORDS.get(str(value).strip().lower())


def parse_phase(value: int | str, settings: StudySettings) -> int | None:
    """A phase of the study (``5``, ``"15"``); None if not one of ``settings.phases``."""
    try:
        number = int(str(value).strip())
    except ValueError:
        return None
    return number if number in settings.phases else None


def narrator_problem(value: str) -> str:
    return f"unknown narrator {quoted(value)} (use patient or therapist, or P/T)"


def phase_problem(value: str, settings: StudySettings) -> str:
    return f"unknown phase {quoted(value)} (study phases: {', '.join(map(str, settings.phases))})"
