"""Small hand-made study material shared by tests."""

from ccrt_coder.core.domain import NarratorRole, Span
from ccrt_coder.core.narratives import InterviewDraft, ReDraft

TRANSCRIPT = (
    "Interview after session 5\n"
    "RE 1: mother (Helga), past-childhood\n"
    "P: I wanted her to listen to me. She turned away. I felt small.\n"
    "RE 2: therapist, here-and-now\n"
    "P: I hoped you would understand. You did. I felt calmer.\n"
)


def sample_draft(dyad: str = "D01", narrator: NarratorRole = NarratorRole.PATIENT, phase: int = 5):
    """A two-RE interview whose spans are computed from TRANSCRIPT, as an importer would."""
    first = TRANSCRIPT.index("P: I wanted")
    second = TRANSCRIPT.index("P: I hoped")
    return InterviewDraft(
        dyad=dyad,
        narrator=narrator,
        phase=phase,
        text=TRANSCRIPT,
        res=(
            ReDraft(
                1, "mother", (Span(first, TRANSCRIPT.index("\nRE 2")),), "Helga", "past-childhood"
            ),
            ReDraft(2, "therapist", (Span(second, len(TRANSCRIPT) - 1),), "", "here-and-now"),
        ),
        source="sample.txt",
        patient="P01",
        therapist="T01",
    )
