"""People, dyads, interviews, transcripts and relationship episodes in the project file."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from ccrt_coder.core.domain import NarratorRole, Span, is_about_partner
from ccrt_coder.core.errors import InputError, NotFoundError, listed
from ccrt_coder.core.narratives import InterviewDraft
from ccrt_coder.core.records import InterviewRecord, ReRecord, TranscriptRecord
from ccrt_coder.core.rules import re_drafts_problems
from ccrt_coder.storage import plain_coding, plain_read, study_store
from ccrt_coder.storage.bulk import insert_returning_ids, insert_rows
from ccrt_coder.storage.database import connection_of
from ccrt_coder.storage.ids import new_uid, utcnow
from ccrt_coder.storage.models import (
    Dyad,
    Interview,
    Person,
    RelationshipEpisode,
    ReSpan,
    Transcript,
)
from ccrt_coder.storage.transcript_replace import (
    existing_interviews,
    replace_transcripts,
    transcript_fields,
)


def store_interviews(
    session: Session, drafts: Sequence[InterviewDraft], replace: bool = False
) -> int:
    """Store imported interviews with their REs in bulk; the number of REs stored.

    An interview already there is refused, unless ``replace`` lets a corrected file replace the
    transcript of one nobody has coded yet.
    """
    settings = study_store.load_settings(session)
    problems = [
        f"{d.describe()} {p}"
        for d in drafts
        for p in re_drafts_problems(d.res, len(d.text), settings)
    ]
    if problems:
        raise InputError(listed(problems))
    existing = existing_interviews(session)
    kept = [d for d in drafts if (d.dyad, d.narrator.value, d.phase) in existing]
    if kept and not replace:
        raise InputError(
            "the project already has these interviews: " + ", ".join(d.describe() for d in kept)
        )
    new = [d for d in drafts if (d.dyad, d.narrator.value, d.phase) not in existing]
    dyad_ids = {d.dyad: _dyad_for(session, d).id for d in drafts}
    now = utcnow()
    replaced = [(existing[(d.dyad, d.narrator.value, d.phase)], d) for d in kept]
    replace_transcripts(session, replaced, now)
    interview_ids = insert_returning_ids(
        session,
        Interview,
        [
            {
                "uid": new_uid(),
                "dyad_id": dyad_ids[d.dyad],
                "narrator": d.narrator.value,
                "phase": d.phase,
            }
            for d in new
        ],
    )
    insert_rows(
        session,
        Transcript,
        [
            {"uid": new_uid(), "interview_id": i, **transcript_fields(d, now)}
            for i, d in zip(interview_ids, new, strict=True)
        ],
    )
    targets = [*replaced, *zip(interview_ids, new, strict=True)]
    episodes = [(i, d.narrator.value, re) for i, d in targets for re in d.res]
    re_ids = insert_returning_ids(
        session,
        RelationshipEpisode,
        [
            {
                "uid": new_uid(),
                "interview_id": i,
                "number": re.number,
                "other_type": re.other_type,
                "other_name": re.other_name,
                "time_frame": re.time_frame,
                "about_partner": is_about_partner(narrator, re.other_type),
                "created_at": now,
                "modified_at": now,
            }
            for i, narrator, re in episodes
        ],
    )
    spans = [
        {"re_id": re_id, "ordinal": n, "start": span.start, "end": span.end}
        for re_id, (_, _, re) in zip(re_ids, episodes, strict=True)
        for n, span in enumerate(re.spans)
    ]
    insert_rows(session, ReSpan, spans)
    return len(episodes)


def _dyad_for(session: Session, draft: InterviewDraft) -> Dyad:
    """The dyad of ``draft``, created with its people on first sight; checks they agree."""
    dyad = session.scalars(select(Dyad).where(Dyad.code == draft.dyad)).one_or_none()
    if dyad is not None:
        for role, wanted, person in (
            (NarratorRole.PATIENT.value, draft.patient, dyad.patient),
            (NarratorRole.THERAPIST.value, draft.therapist, dyad.therapist),
        ):
            if wanted is not None and wanted != person.code:
                raise InputError(
                    f"dyad {draft.dyad} has {role} {person.code}, but {draft.source} says {wanted}"
                )
        return dyad
    patient = _person(session, draft.patient or f"{draft.dyad}-P", NarratorRole.PATIENT)
    therapist = _person(session, draft.therapist or f"{draft.dyad}-T", NarratorRole.THERAPIST)
    dyad = Dyad(uid=new_uid(), code=draft.dyad, patient=patient, therapist=therapist)
    session.add(dyad)
    session.flush()
    return dyad


def _person(session: Session, code: str, role: NarratorRole) -> Person:
    person = session.scalars(select(Person).where(Person.code == code)).one_or_none()
    if person is None:
        person = Person(uid=new_uid(), code=code, role=role.value)
        session.add(person)
    elif person.role != role.value:
        raise InputError(f"{code} is a {person.role}, not a {role.value}")
    return person


def set_person_note(session: Session, code: str, note: str) -> None:
    person = session.scalars(select(Person).where(Person.code == code)).one_or_none()
    if person is None:
        raise NotFoundError(f"no person {code!r} in the project")
    person.note = note


def list_interviews(session: Session) -> list[InterviewRecord]:
    return plain_read.list_interviews(connection_of(session))


def load_transcript(session: Session, interview_id: int) -> TranscriptRecord:
    return plain_read.load_transcript(connection_of(session), interview_id)


def list_res(session: Session, interview_id: int) -> list[ReRecord]:
    return plain_coding.list_res(connection_of(session), interview_id)


def find_re(session: Session, dyad: str, narrator: NarratorRole, phase: int, number: int) -> int:
    re_id = session.scalar(
        select(RelationshipEpisode.id)
        .join(Interview, RelationshipEpisode.interview_id == Interview.id)
        .join(Dyad, Interview.dyad_id == Dyad.id)
        .where(
            Dyad.code == dyad,
            Interview.narrator == narrator.value,
            Interview.phase == phase,
            RelationshipEpisode.number == number,
        )
    )
    if re_id is None:
        raise NotFoundError(f"no RE {number} in {dyad} / {narrator.value} / phase {phase}")
    return re_id


def re_spans(session: Session, re_id: int) -> tuple[Span, ...]:
    rows = session.execute(
        select(ReSpan.start, ReSpan.end).where(ReSpan.re_id == re_id).order_by(ReSpan.ordinal)
    ).all()
    if not rows:
        raise NotFoundError(f"RE {re_id} does not exist")
    return tuple(Span(start, end) for start, end in rows)
