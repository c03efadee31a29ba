"""Merging memos: a coder copy brings back its coder's memos.

A source memo goes to the target coder its coder was matched to (a coder in conflict brings
none). The target has no memo there: it is added. The same text: nothing to do. The source's
text goes on from the target's (the coder wrote more since the last merge): it replaces it.
Any other difference is a **conflict**: the target's memo is kept and the conflict reported.
A memo on an RE the merge does not add (an RE in conflict) is a conflict too.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from ccrt_coder.storage.memo_store import MemoSnap
from ccrt_coder.storage.merge_store import MergeRows, ReSnap, TranscriptSnap
from ccrt_coder.usecases.merge_plan import SourcePlan

MemoKey = tuple[str, str, str | None]


@dataclass
class MemoIndex:
    """The target's memos by (coder uid, transcript uid, RE uid); grows with each source."""

    memos: dict[MemoKey, MemoSnap]
    transcripts: dict[str, TranscriptSnap]
    res: dict[str, ReSnap]  # the merge's target REs, growing with the REs it adds

    @classmethod
    def of(
        cls, memos: list[MemoSnap], transcripts: dict[str, TranscriptSnap], res: dict[str, ReSnap]
    ) -> MemoIndex:
        return cls({m.key: m for m in memos}, transcripts, res)


def plan_memos(
    index: MemoIndex,
    source: tuple[list[MemoSnap], dict[str, ReSnap]],
    rows: MergeRows,
    plan: SourcePlan,
    names: dict[str, str],
) -> tuple[SourcePlan, list[MemoSnap]]:
    """The memos of a source (with its REs, which name a memo's RE the merge leaves out) to
    write, and its plan with their count and conflicts; ``names``: the target's coders by uid."""
    if plan.refused:
        return plan, []
    memos, source_res = source
    taken: list[MemoSnap] = []
    conflicts: list[str] = []
    for memo in sorted(memos, key=lambda m: (m.coder_uid, m.transcript_uid, m.re_uid or "")):
        coder = rows.coder_uids.get(memo.coder_uid)
        if coder is None:
            continue  # the coder is in conflict: reported with the coders
        mine = memo._replace(coder_uid=coder)
        where = _where(index, mine, source_res)
        if mine.re_uid is not None and mine.re_uid not in index.res:
            conflicts.append(f"memo of {where}: its RE is not merged, the memo is left out")
            continue
        kept = index.memos.get(mine.key)
        if kept is not None and kept.text == mine.text:
            continue
        if kept is not None and not mine.text.startswith(kept.text):
            who = names.get(coder, "a coder")
            conflicts.append(f"{who}'s memo of {where} differs; the target's is kept")
            continue
        taken.append(mine)
        index.memos[mine.key] = mine
    plan = replace(plan, memos=len(taken), conflicts=plan.conflicts + tuple(conflicts))
    return plan, taken


def _where(index: MemoIndex, memo: MemoSnap, source_res: dict[str, ReSnap]) -> str:
    """``RE 3 of D01 / patient / phase 5`` or ``the interview D01 / patient / phase 5``."""
    interview = index.transcripts[memo.transcript_uid].interview  # sources share them all
    if memo.re_uid is None:
        return f"the interview {interview}"
    re = index.res.get(memo.re_uid) or source_res[memo.re_uid]
    return f"RE {re.number} of {interview}"
