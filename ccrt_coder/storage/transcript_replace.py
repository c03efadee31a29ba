"""Replace the transcript of an interview nobody has coded yet with a corrected file's text."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session, aliased

from ccrt_coder.core.errors import InputError
from ccrt_coder.core.narratives import CodingCount, InterviewDraft, replace_refusal
from ccrt_coder.storage.models import (
    CodedUnit,
    Dyad,
    Interview,
    Person,
    RelationshipEpisode,
    ReRating,
    Transcript,
)

InterviewKey = tuple[str, str, int]  # dyad code, narrator value, phase


def existing_interviews(session: Session) -> dict[InterviewKey, int]:
    """Every interview's id by (dyad, narrator, phase)."""
    rows = session.execute(
        select(Dyad.code, Interview.narrator, Interview.phase, Interview.id).join(Dyad)
    ).all()
    return {(code, narrator, phase): id_ for code, narrator, phase, id_ in rows}


def coding_counts(session: Session) -> dict[int, CodingCount]:
    """Units and completeness ratings (any coder, any layer) per interview that has some."""
    counts: dict[int, CodingCount] = {}
    for model in (CodedUnit, ReRating):
        rows = session.execute(
            select(RelationshipEpisode.interview_id, func.count(model.id))
            .join(RelationshipEpisode, model.re_id == RelationshipEpisode.id)
            .group_by(RelationshipEpisode.interview_id)
        ).all()
        for interview_id, n in rows:
            before = counts.get(interview_id, CodingCount())
            units, ratings = (n, before.ratings) if model is CodedUnit else (before.units, n)
            counts[interview_id] = CodingCount(units, ratings)
    return counts


def dyad_people(session: Session) -> dict[str, tuple[str, str]]:
    """Each dyad's (patient, therapist) person codes."""
    patient, therapist = aliased(Person), aliased(Person)
    rows = session.execute(
        select(Dyad.code, patient.code, therapist.code)
        .join(patient, Dyad.patient_id == patient.id)
        .join(therapist, Dyad.therapist_id == therapist.id)
    ).all()
    return {dyad: (p, t) for dyad, p, t in rows}


def replace_transcripts(
    session: Session, targets: Sequence[tuple[int, InterviewDraft]], now: datetime
) -> None:
    """Give each interview id the draft's text and drop its REs (the caller stores the draft's).

    Refuses, naming every one, interviews someone has coded (the rule: ``replace_refusal``).
    """
    counts = coding_counts(session)
    refusals = [
        refusal
        for interview_id, draft in targets
        if (refusal := replace_refusal(draft.describe(), counts.get(interview_id, CodingCount())))
    ]
    if refusals:
        raise InputError("; ".join(refusals))
    ids = [interview_id for interview_id, _ in targets]
    session.execute(delete(RelationshipEpisode).where(RelationshipEpisode.interview_id.in_(ids)))
    for interview_id, draft in targets:
        session.execute(
            update(Transcript)
            .where(Transcript.interview_id == interview_id)
            .values(**transcript_fields(draft, now))
        )


def transcript_fields(draft: InterviewDraft, now: datetime) -> dict[str, object]:
    """A transcript row's columns that come from the imported file."""
    return {
        "text": draft.text,
        "sha256": hashlib.sha256(draft.text.encode("utf-8")).hexdigest(),
        "line_count": len(draft.text.splitlines()),
        "source": draft.source,
        "imported_at": now,
    }
