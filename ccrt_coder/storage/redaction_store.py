"""The names to redact as stored, and the project's names and texts they are suggested from."""

from __future__ import annotations

from collections.abc import Iterator

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session, aliased

from ccrt_coder.storage.models import (
    CodedUnit,
    Coder,
    Dyad,
    Interview,
    Memo,
    Person,
    RedactionName,
    RelationshipEpisode,
    Transcript,
)


def stored_names(session: Session) -> list[tuple[str, str]]:
    """(name, label) as users added or relabelled them, in the order they were stored."""
    rows = session.execute(select(RedactionName.name, RedactionName.label).order_by("id"))
    return [(name, label) for name, label in rows]


def set_name(session: Session, name: str, label: str) -> None:
    """Store ``name`` under ``label``, replacing the entry that differs only in case."""
    row = _find(session, name)
    if row is None:
        session.add(RedactionName(name=name, label=label))
    else:
        row.name, row.label = name, label
    session.flush()


def remove_name(session: Session, name: str) -> bool:
    """Forget the stored ``name`` (any case); False when it was not stored."""
    row = _find(session, name)
    if row is None:
        return False
    session.execute(delete(RedactionName).where(RedactionName.id == row.id))
    return True


def _find(session: Session, name: str) -> RedactionName | None:
    return session.scalars(
        select(RedactionName).where(func.lower(RedactionName.name) == name.lower())
    ).first()


def other_persons(session: Session) -> list[tuple[str, str, bool, str, str]]:
    """Every RE's (other type, other name, about the partner, narrator, partner code) in study
    order (dyad, narrator, phase, RE number)."""
    patient, therapist = aliased(Person), aliased(Person)
    rows = session.execute(
        select(
            RelationshipEpisode.other_type,
            RelationshipEpisode.other_name,
            RelationshipEpisode.about_partner,
            Interview.narrator,
            patient.code,
            therapist.code,
        )
        .join(Interview, Interview.id == RelationshipEpisode.interview_id)
        .join(Dyad, Dyad.id == Interview.dyad_id)
        .join(patient, patient.id == Dyad.patient_id)
        .join(therapist, therapist.id == Dyad.therapist_id)
        .where(RelationshipEpisode.other_name != "")
        .order_by(Dyad.code, Interview.narrator, Interview.phase, RelationshipEpisode.number)
    )
    return [
        (kind, name, bool(partner), narrator, therapist_code if narrator == "patient" else code)
        for kind, name, partner, narrator, code, therapist_code in rows
    ]


def coder_names(session: Session) -> list[str]:
    """Every coder (retired ones too) in the order they were added."""
    return list(session.scalars(select(Coder.name).order_by(Coder.id)))


def transcripts(session: Session) -> Iterator[str]:
    """Every transcript's text, one in memory at a time, in interview order."""
    for (interview_id,) in session.execute(
        select(Transcript.interview_id).order_by(Transcript.interview_id)
    ).all():
        yield (
            session.scalar(select(Transcript.text).where(Transcript.interview_id == interview_id))
            or ""
        )


def free_texts(session: Session) -> Iterator[str]:
    """Every text of the project a name can hide in: transcripts, RE other names, unit labels
    and memos, memos, person notes, coder names (one transcript in memory at a time)."""
    yield from transcripts(session)
    yield from session.scalars(select(RelationshipEpisode.other_name))
    for label, memo in session.execute(select(CodedUnit.tailor_label, CodedUnit.memo)):
        yield label
        yield memo
    yield from session.scalars(select(Memo.text))
    yield from session.scalars(select(Person.note))
    yield from session.scalars(select(Coder.name))
