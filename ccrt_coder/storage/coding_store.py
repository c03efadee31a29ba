"""Coders, completeness ratings and coded units in the project file."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from sqlalchemy import delete, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ccrt_coder.core.coders import coder_name_problems
from ccrt_coder.core.coding_done import check_nothing_codable, check_still_rated
from ccrt_coder.core.completeness import check_completeness
from ccrt_coder.core.design import check
from ccrt_coder.core.domain import (
    Layer,
    Span,
)
from ccrt_coder.core.errors import InputError, NotFoundError
from ccrt_coder.core.records import CoderRecord, RatingRecord, UnitDraft, UnitRecord
from ccrt_coder.storage import plain_coding, plain_read, unit_rows
from ccrt_coder.storage.bulk import insert_rows
from ccrt_coder.storage.database import connection_of
from ccrt_coder.storage.ids import new_uid, utcnow
from ccrt_coder.storage.models import (
    CategoryRow,
    CodedUnit,
    Coder,
    ReRating,
    UnitCategory,
    UnitSpan,
)
from ccrt_coder.storage.plain_coding import unit_record
from ccrt_coder.storage.unit_rows import NewUnit


def add_coder(session: Session, name: str) -> CoderRecord:
    check(coder_name_problems(name, set(session.scalars(select(Coder.name)))))
    coder = Coder(uid=new_uid(), name=name.strip(), created_at=utcnow(), retired=False)
    session.add(coder)
    session.flush()
    return CoderRecord(coder.id, coder.name)


def list_coders(session: Session) -> list[CoderRecord]:
    return plain_read.list_coders(connection_of(session))


def set_completeness(
    session: Session, re_id: int, coder_id: int, layer: Layer, value: float | None
) -> None:
    """Rate an RE's completeness (1-5 in steps of 0.5) for a coder and layer; None un-rates."""
    check_completeness(value)
    rating = session.scalars(
        select(ReRating).where(
            ReRating.re_id == re_id, ReRating.coder_id == coder_id, ReRating.layer == layer.value
        )
    ).one_or_none()
    if value is None:
        if rating is not None:
            check_still_rated(rating.nothing_codable)
            session.delete(rating)
        return
    if rating is None:
        rating = ReRating(re_id=re_id, coder_id=coder_id, layer=layer.value)
        session.add(rating)
    rating.completeness = float(value)
    rating.modified_at = utcnow()


def set_nothing_codable(
    session: Session, re_id: int, coder_id: int, layer: Layer, marked: bool
) -> bool:
    """Mark (or unmark) an RE "nothing codable" for a coder and layer, by the rule in
    ``core.coding_done``; returns whether it was marked before."""
    mine = (CodedUnit.re_id == re_id, CodedUnit.coder_id == coder_id)
    rating = session.scalars(
        select(ReRating).where(
            ReRating.re_id == re_id, ReRating.coder_id == coder_id, ReRating.layer == layer.value
        )
    ).one_or_none()
    before = rating is not None and rating.nothing_codable
    if marked and not before:
        units = session.scalar(
            select(func.count(CodedUnit.id)).where(*mine, CodedUnit.layer == layer.value)
        )
        check_nothing_codable(rating is not None, units or 0)
    if rating is not None and before != marked:
        rating.nothing_codable = marked
        rating.modified_at = utcnow()
    return before


def insert_units(
    session: Session, drafts: Sequence[UnitDraft], category_ids: dict[str, int]
) -> list[int]:
    """Check and insert units in bulk (Core inserts: fast for imports, demo and merges)."""
    now = utcnow()
    return unit_rows.insert_units(
        session, [NewUnit(new_uid(), d, now, now) for d in drafts], category_ids
    )


def insert_unit(session: Session, draft: UnitDraft, category_ids: dict[str, int]) -> UnitRecord:
    """Check and insert one unit; returns it as stored, without reading it back."""
    now, uid = utcnow(), new_uid()
    draft = replace(draft, spans=tuple(sorted(draft.spans)))
    (unit_id,) = unit_rows.insert_units(session, [NewUnit(uid, draft, now, now)], category_ids)
    return UnitRecord(unit_id, uid, draft, now, now)


def replace_unit(
    session: Session, unit_id: int, draft: UnitDraft, category_ids: dict[str, int]
) -> None:
    """Overwrite a unit's content (span, component, categories, attributes) in place."""
    unit = session.get(CodedUnit, unit_id)
    if unit is None:
        raise NotFoundError(f"unit {unit_id} does not exist")
    unit_rows.check_units(session, [draft])
    values = unit_rows.unit_values(draft, unit.uid, utcnow())
    del values["created_at"]
    for key, value in values.items():
        setattr(unit, key, value)
    session.execute(delete(UnitSpan).where(UnitSpan.unit_id == unit_id))
    session.execute(delete(UnitCategory).where(UnitCategory.unit_id == unit_id))
    unit_rows.write_details(session, [(unit_id, draft)], category_ids)


def delete_unit(session: Session, unit_id: int) -> None:
    unit = session.get(CodedUnit, unit_id)
    if unit is None:
        raise NotFoundError(f"unit {unit_id} does not exist")
    session.delete(unit)


def load_unit(session: Session, unit_id: int) -> UnitRecord:
    unit = session.get(CodedUnit, unit_id)
    if unit is None:
        raise NotFoundError(f"unit {unit_id} does not exist")
    spans = tuple(
        Span(start, end)
        for start, end in session.execute(
            select(UnitSpan.start, UnitSpan.end)
            .where(UnitSpan.unit_id == unit_id)
            .order_by(UnitSpan.start)
        )
    )
    codes = tuple(
        session.scalars(
            select(CategoryRow.code)
            .join(UnitCategory, UnitCategory.category_id == CategoryRow.id)
            .where(UnitCategory.unit_id == unit_id)
            .order_by(UnitCategory.position)
        )
    )
    return unit_record(unit, spans, codes)


def restore_units(
    session: Session, records: Sequence[UnitRecord], category_ids: dict[str, int]
) -> None:
    """Put deleted units back as they were: same ids, uids and time stamps."""
    missing = {c for r in records for c in r.draft.categories if c not in category_ids}
    if missing:
        raise InputError(
            "cannot restore units coded with categories the project no longer uses: "
            + ", ".join(sorted(missing))
        )
    units = [NewUnit(r.uid, r.draft, r.created_at, r.modified_at, r.id) for r in records]
    try:
        unit_rows.insert_units(session, units, category_ids)
    except IntegrityError as exc:
        raise InputError("the units cannot be restored: the project was changed meanwhile") from exc


def unit_spans_in_re(session: Session, re_id: int) -> list[Span]:
    """The spans of every unit in an RE, of all coders and layers."""
    rows = session.execute(
        select(UnitSpan.start, UnitSpan.end)
        .join(CodedUnit, UnitSpan.unit_id == CodedUnit.id)
        .where(CodedUnit.re_id == re_id)
    )
    return [Span(start, end) for start, end in rows]


def unit_counts_by_coder(session: Session, re_id: int) -> dict[str, int]:
    """How many units each coder has in an RE (both layers), by coder name."""
    rows = session.execute(
        select(Coder.name, func.count(CodedUnit.id))
        .join(CodedUnit, CodedUnit.coder_id == Coder.id)
        .where(CodedUnit.re_id == re_id)
        .group_by(Coder.name)
        .order_by(Coder.name)
    )
    return {name: count for name, count in rows}


def load_ratings(
    session: Session,
    re_ids: Sequence[int],
    coder_id: int | None = None,
    layer: Layer | None = None,
) -> list[RatingRecord]:
    query = select(ReRating).where(ReRating.re_id.in_(re_ids))
    if coder_id is not None:
        query = query.where(ReRating.coder_id == coder_id)
    if layer is not None:
        query = query.where(ReRating.layer == layer.value)
    return [
        RatingRecord(
            r.re_id, r.coder_id, Layer(r.layer), r.completeness, r.modified_at, r.nothing_codable
        )
        for r in session.scalars(query.order_by(ReRating.re_id, ReRating.coder_id, ReRating.layer))
    ]


def restore_ratings(session: Session, ratings: Sequence[RatingRecord]) -> None:
    insert_rows(
        session,
        ReRating,
        [
            {
                "re_id": r.re_id,
                "coder_id": r.coder_id,
                "layer": r.layer.value,
                "completeness": r.completeness,
                "nothing_codable": r.nothing_codable,
                "modified_at": r.modified_at,
            }
            for r in ratings
        ],
    )


def load_units(
    session: Session,
    re_ids: Sequence[int],
    coder_id: int | None = None,
    layer: Layer | None = None,
) -> list[UnitRecord]:
    """Units of some REs, optionally of one coder and layer, in text order."""
    return plain_coding.load_units(connection_of(session), re_ids, coder_id, layer)
