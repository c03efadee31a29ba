"""The study design in the project file: dyads and their people, interviews' slots, deletion.

Every write checks core's rules (``core.design``) against the file as it is inside the caller's
transaction, so neither the GUI nor the CLI can store a design core refuses.
"""

from __future__ import annotations

from sqlalchemy import distinct, func, select
from sqlalchemy.orm import Session, aliased

from ccrt_coder.core.design import (
    DyadRecord,
    InterviewContents,
    InterviewKey,
    check,
    code_problems,
    person_role_problems,
    slot_problems,
)
from ccrt_coder.core.domain import NarratorRole
from ccrt_coder.core.errors import NotFoundError
from ccrt_coder.storage.ids import new_uid
from ccrt_coder.storage.models import (
    CodedUnit,
    Dyad,
    Interview,
    Person,
    RelationshipEpisode,
    ReRating,
)
from ccrt_coder.storage.study_store import load_settings


def list_dyads(session: Session) -> list[DyadRecord]:
    """Every dyad (also those without interviews yet), by code."""
    patient, therapist = aliased(Person), aliased(Person)
    n_interviews = (
        select(func.count(Interview.id)).where(Interview.dyad_id == Dyad.id).scalar_subquery()
    )
    rows = session.execute(
        select(Dyad.id, Dyad.code, patient, therapist, n_interviews)
        .join(patient, Dyad.patient_id == patient.id)
        .join(therapist, Dyad.therapist_id == therapist.id)
        .order_by(Dyad.code)
    )
    return [DyadRecord(id_, code, p.code, t.code, p.note, t.note, n) for id_, code, p, t, n in rows]


def add_dyad(session: Session, code: str, patient: str, therapist: str) -> None:
    """A new dyad; its people are found by code (same role) or created."""
    check(code_problems("dyad", code, _dyad_codes(session)))
    session.add(
        Dyad(
            uid=new_uid(),
            code=code,
            patient=_person_for(session, patient, NarratorRole.PATIENT),
            therapist=_person_for(session, therapist, NarratorRole.THERAPIST),
        )
    )
    session.flush()


def update_dyad(
    session: Session,
    code: str,
    new_code: str | None = None,
    patient: str | None = None,
    therapist: str | None = None,
) -> None:
    """Rename a dyad and/or give it another patient or therapist code.

    A code of an existing person of that role links the dyad to them (a therapist of several
    dyads); a new code renames the dyad's own person when no other dyad shares them (their note
    stays), else it is a new person. A person left in no dyad is removed.
    """
    dyad = _dyad(session, code)
    if new_code is not None and new_code != dyad.code:
        others = _dyad_codes(session) - {dyad.code}
        check(code_problems("dyad", new_code, others))
        dyad.code = new_code
    for role, wanted in _roles(patient, therapist):
        if wanted is None:
            continue
        current = dyad.patient if role is NarratorRole.PATIENT else dyad.therapist
        if wanted == current.code:
            continue
        person = _renamed_or_other(session, current, wanted, role)
        if role is NarratorRole.PATIENT:
            dyad.patient = person
        else:
            dyad.therapist = person
        session.flush()
        if person is not current and _dyads_of(session, current) == 0:
            session.delete(current)
    session.flush()


def _renamed_or_other(session: Session, current: Person, code: str, role: NarratorRole) -> Person:
    people = _people(session)
    check(person_role_problems(code, role, people))
    if code in people:
        return _person_for(session, code, role)
    if _dyads_of(session, current) == 1:
        check(code_problems("person", code, set(people) - {current.code}))
        current.code = code
        return current
    return _person_for(session, code, role)


def _person_for(session: Session, code: str, role: NarratorRole) -> Person:
    people = _people(session)
    check(person_role_problems(code, role, people))
    if code in people:
        return session.scalars(select(Person).where(Person.code == code)).one()
    check(code_problems("person", code, people))
    person = Person(uid=new_uid(), code=code, role=role.value)
    session.add(person)
    return person


def move_interview(session: Session, source: InterviewKey, target: InterviewKey) -> None:
    """Give an interview another dyad, narrator or phase (its REs and coding go with it)."""
    interview = _interview(session, source)
    if target == source:
        return
    taken = _interview_keys(session) - {source}
    phases = load_settings(session).phases
    check(slot_problems(target, phases, _dyad_codes(session), taken))
    interview.dyad_id = _dyad(session, target.dyad).id
    interview.narrator = target.narrator.value
    interview.phase = target.phase
    session.flush()


def interview_contents(session: Session, key: InterviewKey) -> InterviewContents:
    """How many REs, units (and of how many coders) and ratings the interview holds."""
    interview = _interview(session, key)
    re_ids = select(RelationshipEpisode.id).where(RelationshipEpisode.interview_id == interview.id)
    res = session.scalar(select(func.count()).select_from(re_ids.subquery())) or 0
    units, coders = session.execute(
        select(func.count(CodedUnit.id), func.count(distinct(CodedUnit.coder_id))).where(
            CodedUnit.re_id.in_(re_ids)
        )
    ).one()
    ratings = session.scalar(select(func.count(ReRating.id)).where(ReRating.re_id.in_(re_ids)))
    return InterviewContents(key, res, units, coders, ratings or 0)


def delete_interview(session: Session, key: InterviewKey) -> None:
    """Delete an interview with its transcript, REs, units and ratings (the database cascades)."""
    session.delete(_interview(session, key))
    session.flush()


# -- lookups ----------------------------------------------------------------------------------
def _roles(
    patient: str | None, therapist: str | None
) -> tuple[tuple[NarratorRole, str | None], ...]:
    return ((NarratorRole.PATIENT, patient), (NarratorRole.THERAPIST, therapist))


def _dyad(session: Session, code: str) -> Dyad:
    dyad = session.scalars(select(Dyad).where(Dyad.code == code)).one_or_none()
    if dyad is None:
        raise NotFoundError(f"no dyad {code} in the project")
    return dyad


def _interview(session: Session, key: InterviewKey) -> Interview:
    interview = session.scalars(
        select(Interview)
        .join(Dyad, Interview.dyad_id == Dyad.id)
        .where(
            Dyad.code == key.dyad,
            Interview.narrator == key.narrator.value,
            Interview.phase == key.phase,
        )
    ).one_or_none()
    if interview is None:
        raise NotFoundError(f"no interview {key} in the project")
    return interview


def _dyad_codes(session: Session) -> set[str]:
    return set(session.scalars(select(Dyad.code)))


def _people(session: Session) -> dict[str, str]:
    return {code: role for code, role in session.execute(select(Person.code, Person.role))}


def _dyads_of(session: Session, person: Person) -> int:
    return (
        session.scalar(
            select(func.count(Dyad.id)).where(
                (Dyad.patient_id == person.id) | (Dyad.therapist_id == person.id)
            )
        )
        or 0
    )


def _interview_keys(session: Session) -> set[InterviewKey]:
    rows = session.execute(select(Dyad.code, Interview.narrator, Interview.phase).join(Dyad))
    return {InterviewKey(code, NarratorRole(n), phase) for code, n, phase in rows}
