"""Memos: a coder's own notes on an interview or on an RE, kept beside their units.

A memo belongs to one coder, like their units: blind coding hides it from the others, a coder
copy carries it, and a merge brings it back. (A note the whole team shares is a person note.)
One memo per coder and interview, and one per coder and RE; an empty memo is no memo.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from ccrt_coder.core.errors import InputError

MAX_MEMO_CHARS = 20_000


@dataclass(frozen=True)
class MemoRecord:
    """A stored memo; ``re_id`` and ``re_number`` are None for the memo of the interview."""

    coder_id: int
    coder: str
    interview_id: int
    interview: str  # "D01 / patient / phase 5"
    re_id: int | None
    re_number: int | None
    text: str
    modified_at: datetime

    def describe(self) -> str:
        """What the memo is about, as lists and the CLI name it: "memo of RE 3"."""
        return f"memo of RE {self.re_number}" if self.re_id is not None else "interview memo"


def clean_memo(text: str) -> str:
    """A memo as stored: without white space at its ends, within the length limit."""
    text = text.strip()
    if len(text) > MAX_MEMO_CHARS:
        raise InputError(
            f"a memo holds at most {MAX_MEMO_CHARS} characters (this one has {len(text)})"
        )
    return text
