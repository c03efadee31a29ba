"""When a coder is done with an RE and with an interview: the study tree's progress marks.

An RE is done for a coder when the coder rated its completeness AND either coded at least one
unit in it, or marked it "nothing codable" (read, but no W, RO or RS in it), or rated it below
the completeness threshold (too incomplete to code). An interview is done when every RE of it is
done; until then it shows how many are.

The mark belongs to a coder's rating of the RE in one layer, so it needs that rating, and it
excludes units: an RE with units of the coder and layer cannot be marked, a marked RE takes no
units and keeps its rating until it is unmarked. Refusing both ways keeps the mark true without
anything happening behind the coder's back.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ccrt_coder.core.errors import InputError


@dataclass(frozen=True)
class ReCoding:
    """What one coder has done in one RE (their own layer)."""

    rated: bool  # has a completeness rating from the coder
    rated_out: bool  # that rating is below the threshold: left out of the CCRT
    has_unit: bool  # the coder has at least one unit in it
    nothing_codable: bool = False  # the coder marked it: nothing to code in it


def re_is_done(re: ReCoding) -> bool:
    return re.rated and (re.has_unit or re.rated_out or re.nothing_codable)


def interview_progress(res: Iterable[ReCoding]) -> tuple[int, int]:
    """(REs done, REs): the interview is done when both are equal and not zero."""
    states = [re_is_done(re) for re in res]
    return sum(states), len(states)


def check_nothing_codable(rated: bool, units: int) -> None:
    """A coder may mark an RE "nothing codable" only once rated and while it has no units."""
    if not rated:
        raise InputError('rate the completeness of the RE before marking it "nothing codable"')
    if units:
        raise InputError(
            f'the RE has {units} unit(s) of this coder and layer: it cannot be marked "nothing '
            'codable" (delete them first)'
        )


def check_unmarked(marked_res: Iterable[int]) -> None:
    """Units go only into REs their coder has not marked "nothing codable" in their layer."""
    marked = sorted(set(marked_res))
    if marked:
        raise InputError(
            f'RE {marked[0]} is marked "nothing codable" by this coder in this layer: '
            "unmark it before coding units in it"
        )


def check_still_rated(marked: bool) -> None:
    """A marked RE keeps its rating: the mark means the coder read and rated it."""
    if marked:
        raise InputError(
            'the RE is marked "nothing codable": unmark it before removing its completeness rating'
        )
