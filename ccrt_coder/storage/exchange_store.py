"""Whole-study reads for exchange exports and the writes that keep an imported study's uids."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import bindparam, select, update
from sqlalchemy.orm import Session

from ccrt_coder.core.coders import coder_name_problems
from ccrt_coder.core.completeness import check_completeness
from ccrt_coder.core.design import check
from ccrt_coder.core.domain import Layer, NarratorRole, Span
from ccrt_coder.core.records import ReRecord, UnitDraft, UnitRecord
from ccrt_coder.storage import unit_rows
from ccrt_coder.storage.bulk import insert_returning_ids, insert_rows
from ccrt_coder.storage.episode_store import re_record
from ccrt_coder.storage.models import (
    CategoryRow,
    CategorySystemRow,
    CodedUnit,
    Coder,
    Dyad,
    Interview,
    Person,
    RelationshipEpisode,
    ReRating,
    ReSpan,
    Study,
    Transcript,
    UnitCategory,
    UnitSpan,
)
from ccrt_coder.storage.plain_coding import unit_record
from ccrt_coder.storage.unit_rows import NewUnit

InterviewKey = tuple[str, NarratorRole, int]


def study_identity(session: Session) -> tuple[str, datetime, str]:
    """(study uid, created at, uid of the active category system)."""
    study = session.scalars(select(Study)).one()
    system_uid = session.scalar(
        select(CategorySystemRow.uid).where(CategorySystemRow.id == study.category_system_id)
    )
    return study.uid, study.created_at, system_uid or study.uid


def coders(session: Session) -> dict[int, tuple[str, str]]:
    """Coder id -> (uid, name)."""
    rows = session.execute(select(Coder.id, Coder.uid, Coder.name).order_by(Coder.name))
    return {id_: (uid, name) for id_, uid, name in rows}


def transcripts(session: Session) -> dict[int, tuple[str, str, datetime, str]]:
    """Interview id -> (transcript uid, text, imported at, source file)."""
    rows = session.execute(
        select(
            Transcript.interview_id,
            Transcript.uid,
            Transcript.text,
            Transcript.imported_at,
            Transcript.source,
        )
    )
    return {interview: (uid, text, at, source) for interview, uid, text, at, source in rows}


def person_notes(session: Session) -> dict[str, str]:
    return {code: note for code, note in session.execute(select(Person.code, Person.note))}


def all_res(session: Session) -> tuple[list[ReRecord], dict[int, str]]:
    """Every RE with its spans (by interview and number), and RE id -> uid."""
    spans: dict[int, list[Span]] = defaultdict(list)
    for re_id, start, end in session.execute(
        select(ReSpan.re_id, ReSpan.start, ReSpan.end).order_by(ReSpan.re_id, ReSpan.ordinal)
    ):
        spans[re_id].append(Span(start, end))
    episodes = session.scalars(
        select(RelationshipEpisode).order_by(
            RelationshipEpisode.interview_id, RelationshipEpisode.number
        )
    ).all()
    records = [re_record(e, tuple(spans[e.id])) for e in episodes]
    return records, {e.id: e.uid for e in episodes}


def all_ratings(session: Session) -> dict[int, tuple[tuple[int, str, float], ...]]:
    """RE id -> (coder id, layer, completeness) of every rating."""
    grouped: dict[int, list[tuple[int, str, float]]] = defaultdict(list)
    for re_id, coder_id, layer, value in session.execute(
        select(ReRating.re_id, ReRating.coder_id, ReRating.layer, ReRating.completeness).order_by(
            ReRating.re_id, ReRating.layer, ReRating.coder_id
        )
    ):
        grouped[re_id].append((coder_id, layer, value))
    return {re_id: tuple(rows) for re_id, rows in grouped.items()}


def all_units(session: Session) -> list[UnitRecord]:
    """Every coded unit with spans and category codes, in three set-based queries."""
    spans: dict[int, list[Span]] = defaultdict(list)
    for unit_id, start, end in session.execute(
        select(UnitSpan.unit_id, UnitSpan.start, UnitSpan.end).order_by(
            UnitSpan.unit_id, UnitSpan.start
        )
    ):
        spans[unit_id].append(Span(start, end))
    codes: dict[int, list[str]] = defaultdict(list)
    for unit_id, code in session.execute(
        select(UnitCategory.unit_id, CategoryRow.code)
        .join(CategoryRow, UnitCategory.category_id == CategoryRow.id)
        .order_by(UnitCategory.unit_id, UnitCategory.position)
    ):
        codes[unit_id].append(code)
    u = CodedUnit.__table__.c
    rows = session.connection().execute(select(CodedUnit.__table__).order_by(u.re_id, u.id))
    return [unit_record(row, tuple(spans[row.id]), tuple(codes[row.id])) for row in rows]


# -- an imported study keeps the uids it was exported with --------------------------------------
def adopt_uids(
    session: Session,
    transcript_uids: dict[InterviewKey, str],
    re_uids: dict[tuple[InterviewKey, int], str],
) -> None:
    """Give freshly stored transcripts and REs the uids they had in the exchange file."""
    ids = interview_ids(session)
    if transcript_uids:
        session.connection().execute(
            update(Transcript)
            .where(Transcript.interview_id == bindparam("iid"))
            .values(uid=bindparam("new_uid")),
            [{"iid": ids[key], "new_uid": uid} for key, uid in transcript_uids.items()],
        )
    if re_uids:
        re = RelationshipEpisode
        session.connection().execute(
            update(re)
            .where(re.interview_id == bindparam("iid"), re.number == bindparam("n"))
            .values(uid=bindparam("new_uid")),
            [
                {"iid": ids[key], "n": number, "new_uid": uid}
                for (key, number), uid in re_uids.items()
            ],
        )


def interview_ids(session: Session) -> dict[InterviewKey, int]:
    rows = session.execute(
        select(Dyad.code, Interview.narrator, Interview.phase, Interview.id).join(Dyad)
    )
    return {(dyad, NarratorRole(narrator), phase): id_ for dyad, narrator, phase, id_ in rows}


def re_ids(session: Session) -> dict[tuple[InterviewKey, int], int]:
    rows = session.execute(
        select(
            Dyad.code,
            Interview.narrator,
            Interview.phase,
            RelationshipEpisode.number,
            RelationshipEpisode.id,
        )
        .join(Interview, RelationshipEpisode.interview_id == Interview.id)
        .join(Dyad, Interview.dyad_id == Dyad.id)
    )
    return {
        ((dyad, NarratorRole(narrator), phase), number): id_
        for dyad, narrator, phase, number, id_ in rows
    }


def insert_coders(
    session: Session, rows: Sequence[tuple[str, str]], now: datetime
) -> dict[str, int]:
    """Coders with the given (uid, name); uid -> new id."""
    taken = set(session.scalars(select(Coder.name)))
    for _, name in rows:
        check(coder_name_problems(name, taken))
        taken.add(name)
    ids = insert_returning_ids(
        session, Coder, [{"uid": uid, "name": name, "created_at": now} for uid, name in rows]
    )
    return {uid: id_ for (uid, _), id_ in zip(rows, ids, strict=True)}


def insert_units(
    session: Session,
    units: Sequence[tuple[str, UnitDraft, datetime, datetime]],
    category_ids: dict[str, int],
) -> None:
    """Units with given (uid, draft, created, modified), checked and inserted in bulk."""
    unit_rows.insert_units(session, [NewUnit(*unit) for unit in units], category_ids)


def insert_ratings(
    session: Session, rows: Sequence[tuple[int, int, Layer, float]], now: datetime
) -> None:
    """(re id, coder id, layer, completeness) ratings, in bulk."""
    for *_, value in rows:
        check_completeness(value)
    insert_rows(
        session,
        ReRating,
        [
            {
                "re_id": re_id,
                "coder_id": coder_id,
                "layer": layer.value,
                "completeness": value,
                "modified_at": now,
            }
            for re_id, coder_id, layer, value in rows
        ],
    )
