"""A coded unit's rows (unit row, span rows, category rows): one builder for every write path.

Coding, undo, import-codes and REFI-QDA import all write units here, and every unit is checked
against core's rules (check_unit) on the way in, so no caller can store an invalid unit.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import NamedTuple

from sqlalchemy import select, tuple_
from sqlalchemy.orm import Session

from ccrt_coder.core.coding_done import check_unmarked
from ccrt_coder.core.domain import Span
from ccrt_coder.core.errors import NotFoundError
from ccrt_coder.core.records import UnitDraft
from ccrt_coder.core.rules import check_unit
from ccrt_coder.storage import study_store
from ccrt_coder.storage.bulk import insert_returning_ids, insert_rows
from ccrt_coder.storage.models import CodedUnit, ReRating, ReSpan, UnitCategory, UnitSpan


class NewUnit(NamedTuple):
    """A unit to write with its uid and time stamps (``id`` given only when restoring)."""

    uid: str
    draft: UnitDraft
    created: datetime
    modified: datetime
    id: int | None = None


def unit_values(
    draft: UnitDraft, uid: str, created: datetime, modified: datetime | None = None
) -> dict[str, object]:
    """The coded_units row of ``draft``."""
    return {
        "uid": uid,
        "re_id": draft.re_id,
        "coder_id": draft.coder_id,
        "layer": draft.layer.value,
        "component": draft.component.value,
        "tailor_label": draft.tailor_label,
        "valence": draft.valence.value if draft.valence else None,
        "actuality": draft.actuality.value if draft.actuality else None,
        "explicitness": draft.explicitness.value if draft.explicitness else None,
        "lu_direction": draft.lu_direction,
        "memo": draft.memo,
        "created_at": created,
        "modified_at": modified or created,
    }


def span_rows(unit_id: int, spans: Sequence[Span]) -> list[dict[str, int]]:
    return [{"unit_id": unit_id, "start": s.start, "end": s.end} for s in spans]


def category_rows(
    unit_id: int, codes: Sequence[str], category_ids: dict[str, int]
) -> list[dict[str, int]]:
    """The unit's categories in their order (position 0 first)."""
    return [
        {"unit_id": unit_id, "category_id": category_ids[code], "position": i}
        for i, code in enumerate(codes)
    ]


def check_units(session: Session, drafts: Sequence[UnitDraft]) -> None:
    """Every draft must fit its RE's text and the active category system (core's check_unit)."""
    if not drafts:
        return
    system = study_store.load_category_system(session)
    spans = re_spans(session, {d.re_id for d in drafts})
    for draft in drafts:
        check_unit(draft, spans[draft.re_id], system)
    check_not_marked(session, {(d.re_id, d.coder_id, d.layer.value) for d in drafts})


def check_not_marked(session: Session, keys: set[tuple[int, int, str]]) -> None:
    """No unit goes to an RE its coder marked "nothing codable" in that layer (core's rule);
    ``keys`` are the units' (RE id, coder id, layer)."""
    if len(keys) > _FEW_KEYS:
        check_none_marked(session, keys)
        return
    key = tuple_(ReRating.re_id, ReRating.coder_id, ReRating.layer)
    marked = select(ReRating.re_id).where(ReRating.nothing_codable, key.in_(keys))
    check_unmarked(session.scalars(marked))


_FEW_KEYS = 300


def check_none_marked(session: Session, keys: Iterable[tuple[int, int, str]]) -> None:
    """:func:`check_not_marked` for a merge's thousands of units: the (few) marks are read and
    matched here, so ``keys`` are gone through only when the project has marks."""
    rows = select(ReRating.re_id, ReRating.coder_id, ReRating.layer)
    marked: set[tuple[int, int, str]] = {
        (re, coder, layer)
        for re, coder, layer in session.execute(rows.where(ReRating.nothing_codable))
    }
    if marked:
        check_unmarked(re_id for re_id, _, _ in marked.intersection(keys))


def insert_units(
    session: Session, units: Sequence[NewUnit], category_ids: dict[str, int]
) -> list[int]:
    """Check and insert units with their span and category rows; returns their ids."""
    check_units(session, [u.draft for u in units])
    rows = []
    for unit in units:
        values = unit_values(unit.draft, unit.uid, unit.created, unit.modified)
        rows.append(values if unit.id is None else {"id": unit.id, **values})
    if all(u.id is not None for u in units):
        insert_rows(session, CodedUnit, rows)
        ids = [u.id for u in units if u.id is not None]
    else:
        ids = insert_returning_ids(session, CodedUnit, rows)
    write_details(session, list(zip(ids, (u.draft for u in units), strict=True)), category_ids)
    return ids


def write_details(
    session: Session, units: Sequence[tuple[int, UnitDraft]], category_ids: dict[str, int]
) -> None:
    """The span and category rows of units whose unit rows exist."""
    insert_rows(session, UnitSpan, [r for i, d in units for r in span_rows(i, d.spans)])
    insert_rows(
        session,
        UnitCategory,
        [r for i, d in units for r in category_rows(i, d.categories, category_ids)],
    )


def re_spans(session: Session, re_ids: set[int]) -> dict[int, list[Span]]:
    """The spans of the REs ``re_ids``; a NotFoundError when one of them does not exist."""
    found: dict[int, list[Span]] = {}
    ordered = select(ReSpan.re_id, ReSpan.start, ReSpan.end).order_by(ReSpan.re_id, ReSpan.ordinal)
    if len(re_ids) > _FEW_KEYS:  # a merge's thousands of REs: all spans read, theirs kept
        queries = [ordered]
    else:  # by 900, SQLite's limit on bound parameters
        queries = [ordered.where(ReSpan.re_id.in_(ids)) for ids in _chunks(sorted(re_ids), 900)]
    for query in queries:
        for re_id, start, end in session.execute(query):
            if re_id in re_ids:
                found.setdefault(re_id, []).append(Span(start, end))
    if missing := re_ids - found.keys():
        raise NotFoundError(f"RE {min(missing)} does not exist")
    return found


def _chunks(values: list[int], size: int) -> list[list[int]]:
    return [values[i : i + size] for i in range(0, len(values), size)]
