"""Which REs a layer coded: the one rule CCRT formation and the agreement report share.

An RE counts as coded by a layer (one coder's own layer, or the consensus layer) when the layer
has a unit in it or a completeness rating of it. A "nothing codable" mark belongs to a rating, so
a marked RE is coded, with no units. Reading a rating as coding matters twice: an RE rated below
the completeness threshold is usually, and rightly, left without units, yet it is the layer's RE
and must be listed as excluded rather than vanish; and an RE one coder rated and found nothing to
score in, while another scored units, is a disagreement, not a missing RE. An RE with neither a
unit nor a rating of the layer is not the layer's: it enters none of its counts.
"""

from __future__ import annotations

from typing import Any, Protocol, TypeVar

CODED_RE_RULE = (
    "an RE counts as coded by a layer (a coder's own or the consensus layer) when the layer has "
    'a unit or a completeness rating in it; a "nothing codable" mark comes with a rating, so a '
    "marked RE is coded with no units"
)


class _Flags(Protocol):
    def __or__(self, other: Any, /) -> Any: ...


Flags = TypeVar("Flags", bound=_Flags)


def is_coded_re(has_units: Flags, rated: Flags) -> Any:
    """Whether the layer coded the RE: a unit in it, or a completeness rating of it.

    Elementwise on boolean arrays and Series too.
    """
    return has_units | rated
