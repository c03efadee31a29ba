"""When a coder is done with an RE and with an interview: the study tree's progress marks.

An RE is done for a coder when the coder rated its completeness AND coded at least one unit in
it — or rated it below the completeness threshold: too incomplete to code, so there is nothing
codable in it. (A separate "nothing codable" mark does not exist.) An interview is done when
every RE of it is done; until then it shows how many are.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class ReCoding:
    """What one coder has done in one RE (their own layer)."""

    rated: bool  # has a completeness rating from the coder
    rated_out: bool  # that rating is below the threshold: left out of the CCRT
    has_unit: bool  # the coder has at least one unit in it


def re_is_done(re: ReCoding) -> bool:
    return re.rated and (re.has_unit or re.rated_out)


def interview_progress(res: Iterable[ReCoding]) -> tuple[int, int]:
    """(REs done, REs): the interview is done when both are equal and not zero."""
    states = [re_is_done(re) for re in res]
    return sum(states), len(states)
