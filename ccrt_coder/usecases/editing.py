"""The coding workspace's edits: one transaction each, checked in core, giving what undo needs."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ccrt_coder.core.domain import Layer, Span
from ccrt_coder.core.errors import InputError
from ccrt_coder.core.records import (
    Edited,
    ReHeader,
    ReRecord,
    ReSnapshot,
    UnitDraft,
    UnitRecord,
)
from ccrt_coder.core.rules import (
    check_re,
    re_header_problems,
    re_span_problems,
)
from ccrt_coder.core.spans import merged
from ccrt_coder.storage import coding_store, episode_store, narrative_store, study_store
from ccrt_coder.storage.database import Database

if TYPE_CHECKING:
    from ccrt_coder.storage.database import Session  # what db.transaction() yields


# -- relationship episodes ---------------------------------------------------------------------
def create_re(db: Database, interview_id: int, spans: Sequence[Span], header: ReHeader) -> ReRecord:
    """A new RE over ``spans`` with the interview's next free number."""
    spans = merged(spans)
    with db.transaction() as session:
        _check_spans(session, interview_id, spans)
        check_re(re_header_problems(header, study_store.load_settings(session)))
        number = episode_store.next_number(session, interview_id)
        return episode_store.insert_re(session, interview_id, number, header, spans)


def add_re_span(db: Database, re_id: int, span: Span) -> Edited[ReRecord]:
    """Extend an RE by a piece of text (3a, 3b ...); a piece touching one it has is joined to it."""
    with db.transaction() as session:
        before = episode_store.load_re(session, re_id)
        if any(piece.contains(span) for piece in before.spans):
            raise InputError(f"this text is already part of RE {before.number}")
        return Edited(before, _set_spans(session, before, merged((*before.spans, span))))


def set_re_spans(db: Database, re_id: int, spans: Sequence[Span]) -> Edited[ReRecord]:
    """Give an RE exactly these text spans (its units must stay inside them)."""
    with db.transaction() as session:
        before = episode_store.load_re(session, re_id)
        return Edited(before, _set_spans(session, before, merged(spans)))


def _set_spans(session: Session, re: ReRecord, spans: tuple[Span, ...]) -> ReRecord:
    units = coding_store.unit_spans_in_re(session, re.id)
    _check_spans(session, re.interview_id, spans, except_re=re.id, units=units)
    return episode_store.set_spans(session, re.id, spans)


def _check_spans(
    session: Session,
    interview_id: int,
    spans: Sequence[Span],
    except_re: int | None = None,
    units: Sequence[Span] = (),
) -> None:
    check_re(
        re_span_problems(
            spans,
            episode_store.text_length(session, interview_id),
            episode_store.other_res_spans(session, interview_id, except_re),
            units,
        )
    )


def update_re(db: Database, re_id: int, header: ReHeader) -> Edited[ReRecord]:
    """Change an RE's other person (type and name) and time frame."""
    with db.transaction() as session:
        check_re(re_header_problems(header, study_store.load_settings(session)))
        before = episode_store.load_re(session, re_id)
        return Edited(before, episode_store.set_header(session, re_id, header))


def delete_re(db: Database, re_id: int) -> ReSnapshot:
    """Delete an RE with every coder's units and ratings in it; the snapshot restores them."""
    with db.transaction() as session:
        return episode_store.delete_re(session, re_id)


def restore_re(db: Database, snapshot: ReSnapshot) -> ReRecord:
    with db.transaction() as session:
        re = snapshot.re
        if re.number in episode_store.other_res_spans(session, re.interview_id):
            raise InputError(f"RE {re.number} cannot be restored: the number is taken")
        _check_spans(session, re.interview_id, re.spans)
        return episode_store.restore_re(session, snapshot, _category_ids(session))


# -- units ---------------------------------------------------------------------------------------
def code_unit(db: Database, draft: UnitDraft) -> UnitRecord:
    """Store one coded unit and hand it back as stored (id, uid, time stamps)."""
    with db.transaction() as session:
        return coding_store.insert_unit(session, draft, _category_ids(session))


def add_units(db: Database, drafts: Sequence[UnitDraft]) -> list[int]:
    """Store many units in one transaction (all or none; each checked on the way in); their ids."""
    with db.transaction() as session:
        return coding_store.insert_units(session, drafts, _category_ids(session))


def edit_unit(db: Database, unit_id: int, draft: UnitDraft) -> Edited[UnitRecord]:
    with db.transaction() as session:
        before = coding_store.load_unit(session, unit_id)
        coding_store.replace_unit(session, unit_id, draft, _category_ids(session))
        session.flush()
        return Edited(before, coding_store.load_unit(session, unit_id))


def remove_unit(db: Database, unit_id: int) -> UnitRecord:
    """Delete a unit; the returned record restores it."""
    with db.transaction() as session:
        unit = coding_store.load_unit(session, unit_id)
        coding_store.delete_unit(session, unit_id)
        return unit


def restore_unit(db: Database, unit: UnitRecord) -> UnitRecord:
    """Put a deleted unit back with its id, uid and time stamps."""
    with db.transaction() as session:
        coding_store.restore_units(session, [unit], _category_ids(session))
        return unit


def replace_units(
    db: Database, unit_ids: Sequence[int], draft: UnitDraft
) -> tuple[list[UnitRecord], UnitRecord]:
    """Delete units and store ``draft`` in their place, in one transaction: the units removed
    (to restore them) and the one stored. Only units of the draft's RE and layer are replaced."""
    with db.transaction() as session:
        removed = [coding_store.load_unit(session, unit_id) for unit_id in unit_ids]
        for unit in removed:
            if (unit.draft.re_id, unit.draft.layer) != (draft.re_id, draft.layer):
                raise InputError(
                    f"unit {unit.id} is not in the same RE and layer as the unit replacing it"
                )
            coding_store.delete_unit(session, unit.id)
        session.flush()
        return removed, coding_store.insert_unit(session, draft, _category_ids(session))


def swap_units(
    db: Database, unit_ids: Sequence[int], restore: Sequence[UnitRecord]
) -> list[UnitRecord]:
    """Undo or redo a replacement in one transaction: delete ``unit_ids`` and put ``restore``
    back (ids, uids and time stamps kept); the units deleted."""
    with db.transaction() as session:
        removed = [coding_store.load_unit(session, unit_id) for unit_id in unit_ids]
        for unit in removed:
            coding_store.delete_unit(session, unit.id)
        session.flush()
        coding_store.restore_units(session, restore, _category_ids(session))
        return removed


def _category_ids(session: Session) -> dict[str, int]:
    return study_store.category_ids(session, study_store.active_system_id(session))


# -- completeness --------------------------------------------------------------------------------
def rate_completeness(
    db: Database, re_id: int, coder_id: int, value: float | None, layer: Layer = Layer.CODER
) -> float | None:
    """Rate (None: un-rate) an RE's completeness; returns the rating it had before."""
    with db.transaction() as session:
        narrative_store.re_spans(session, re_id)  # the RE exists
        previous = coding_store.load_ratings(session, [re_id], coder_id, layer)
        coding_store.set_completeness(session, re_id, coder_id, layer, value)
        return previous[0].completeness if previous else None
