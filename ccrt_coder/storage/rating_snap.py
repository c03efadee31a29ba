"""A rating as merges read and compare it, keyed by uids (see :mod:`merge_store`)."""

from __future__ import annotations

from typing import NamedTuple


class RatingSnap(NamedTuple):
    re_uid: str
    coder_uid: str
    layer: str
    completeness: float
    modified_at: str
    nothing_codable: int  # the coder's "nothing codable" mark, as SQLite stores it

    @property
    def decision(self) -> tuple[float, bool]:
        return self.completeness, bool(self.nothing_codable)
