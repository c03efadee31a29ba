"""The coders' memos on interviews and REs beside the Units view's units, under the same filter.

The filter's dyad, narrator and phase choose the interviews; its coder chooses whose memos (a
blind coder's filter names them, so they see only their own). Memos belong to coders, not to
layers: a consensus filter without a coder lists every coder's memos.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ccrt_coder.core.memos import MemoRecord
from ccrt_coder.core.unit_filter import UnitFilter
from ccrt_coder.io.sheet_source import SheetSource
from ccrt_coder.storage import memo_store

if TYPE_CHECKING:
    from ccrt_coder.storage.database import Session  # what db.transaction() yields

MEMOS_HEADER = ("interview", "re", "coder", "memo", "modified_at")


def filtered_memos(session: Session, unit_filter: UnitFilter) -> list[MemoRecord]:
    f = unit_filter
    return memo_store.memos_where(session, f.coder, f.dyad, f.narrator, f.phase)


def memos_sheet(session: Session, unit_filter: UnitFilter) -> SheetSource:
    """One row per listed memo; ``re`` is empty for the memo of an interview."""
    rows = [
        (m.interview, m.re_number, m.coder, m.text, m.modified_at.isoformat(timespec="seconds"))
        for m in filtered_memos(session, unit_filter)
    ]
    return SheetSource("Memos", "memos", MEMOS_HEADER, rows, len(rows), frozenset(("memo",)))
