"""Merge coders' offline copies of a study into one project: a preview, then one transaction.

Matching uses the uids created with the study, never row ids. The unit of merging is a coder's
*layer* (their own coding, or the consensus they entered): its units and completeness ratings.

- A source is **refused** (nothing comes from it) when one of its transcripts has another text
  (sha256) than the target's transcript with the same uid, when it has transcripts the target
  lacks, or when its units use categories the target's category systems lack.
- REs are matched by uid. An RE new in the source is added, unless its number is taken in the
  interview or it overlaps an RE of the target (a **conflict**); an RE whose spans differ is a
  conflict too and keeps the target's spans. Other differences (other person, time frame) keep
  the target's values and are noted.
- Coders are matched by uid, then by name; a coder new to the target is added. A source coder
  whose name belongs to another target coder already matched by uid is a conflict.
- A layer compares the source's units (by uid and content: RE, component, spans, categories,
  label, valence, actual/anticipated, explicit/inferred, direction, memo) and ratings (by RE and
  value) with the target's. Equal: nothing to do. The source has more and everything the target
  has is in it unchanged: the rest is added (a new layer, or the coder went on coding). The
  target has more: kept, nothing to do. Otherwise the layer is a **conflict**: a unit or rating
  in both with different content, each side has work the other lacks, a new unit on an RE in
  conflict, or a unit uid used by other work. Nothing is written for a layer in conflict; the
  other layers of that source are merged.
- Each coder's memos come with them (:mod:`ccrt_coder.usecases.memo_merge`); a memo that
  differs from the target's is a conflict and the target's is kept.
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ccrt_coder.core.errors import InputError
from ccrt_coder.core.progress import Progress
from ccrt_coder.storage import memo_store, merge_store, project_gate
from ccrt_coder.storage.database import Database
from ccrt_coder.storage.memo_store import MemoSnap
from ccrt_coder.storage.merge_store import MergeRows
from ccrt_coder.usecases.backup_meanwhile import BackupMeanwhile
from ccrt_coder.usecases.gc_pause import cyclic_gc_paused
from ccrt_coder.usecases.memo_merge import MemoIndex, plan_memos
from ccrt_coder.usecases.merge_plan import LayerPlan as LayerPlan  # the preview's types
from ccrt_coder.usecases.merge_plan import MergePlan
from ccrt_coder.usecases.merge_plan import SourcePlan as SourcePlan
from ccrt_coder.usecases.merge_planning import Target, plan_source

if TYPE_CHECKING:
    from ccrt_coder.storage.database import Session  # what db.transaction() yields


@dataclass(frozen=True)
class MergeResult:
    plan: MergePlan
    backup: Path | None  # None when nothing had to be written


def plan_merge(target: Database, sources: Sequence[str | Path]) -> MergePlan:
    """The preview: what merging ``sources`` (in this order) would add, and every problem."""
    with cyclic_gc_paused(), target.reading() as session:
        plan, _ = _plan_all(_target_index(session), target.path, sources, None)
    return plan


def merge(
    target: Database, sources: Sequence[str | Path], progress: Progress | None = None
) -> MergeResult:
    """Merge ``sources`` into ``target`` in one transaction, after backing the target up.

    The write lock is taken before the target is read, so the backup (made meanwhile, see
    :mod:`ccrt_coder.usecases.backup_meanwhile`) is exactly the state the plan was made from.
    Nothing is written (and no backup left) when there is nothing to add.
    """
    with (
        cyclic_gc_paused(),
        target.transaction() as session,  # the write lock taken first
        merge_store.large_cache(session),
        BackupMeanwhile(target.path, "premerge") as backing_up,
    ):
        plan, rows = _plan_all(_target_index(session), target.path, sources, progress)
        if not any(part or memos for part, memos in rows):
            return MergeResult(plan, None)  # the backup is removed: nothing is written
        backup = backing_up.made()
        for part, memos in rows:
            merge_store.write_merge(session, part)
            memo_store.write_memo_snaps(session, memos)
    return MergeResult(plan, backup)


def _target_index(session: Session) -> tuple[Target, list[MemoSnap]]:
    work = Target(merge_store.load_snapshot(session), merge_store.target_reads(session))
    return work, memo_store.load_memo_snaps(session)


def _plan_all(
    target: tuple[Target, list[MemoSnap]],
    target_path: Path,
    sources: Sequence[str | Path],
    progress: Progress | None,
) -> tuple[MergePlan, list[tuple[MergeRows, list[MemoSnap]]]]:
    index, target_memos = target
    memo_index = MemoIndex.of(target_memos, index.snapshot.transcripts, index.res)
    plans, rows = [], []
    for done, source in enumerate(map(Path, sources), start=1):
        if _same_file(source, target_path):
            raise InputError(f"{source.name} is the target itself; merge another copy into it")
        try:
            with project_gate.open_checked(source) as db, db.reading() as session:
                work = merge_store.load_snapshot(session, db.units)  # as the gate read them
                source_plan, source_rows = plan_source(
                    index, work, merge_store.details_from(session, db.units), str(source)
                )
                names = {uid: c.name for uid, c in index.coders.items()}
                source_memos = memo_store.load_memo_snaps(session)
                source_plan, memos = plan_memos(
                    memo_index, (source_memos, work.res), source_rows, source_plan, names
                )
        except project_gate.GateRefusal as refusal:  # nothing is read from it; others go on
            source_plan, source_rows, memos = (
                SourcePlan(str(source), refused=refusal.problems),
                MergeRows(),
                [],
            )
        plans.append(source_plan)
        rows.append((source_rows, memos))
        if progress:
            progress(done, len(sources))
    return MergePlan(str(target_path), tuple(plans)), rows


def _same_file(a: Path, b: Path) -> bool:
    with contextlib.suppress(OSError):
        return a.exists() and b.exists() and a.samefile(b)
    return False
