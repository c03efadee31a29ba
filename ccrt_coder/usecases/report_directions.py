"""The report's CCRT-LU parts, for a category system that codes directions: agreement on the
presence of each direction per RE, and the CCRT at the direction level per narrator and phase.

Projects without directions get none of this (no empty tables): the agreement dict has
``lu_direction`` null and the CCRT dict has no direction level.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from ccrt_coder.io.report_model import Block, Numbering, Paragraph, it, text
from ccrt_coder.usecases.report_ccrt_tables import ccrt_header, ccrt_rows, labels_note, sentence
from ccrt_coder.usecases.report_presence import labelled_presence_table

DIRECTION = "direction"
CODED = (
    "Per RE, a coder rated a direction present (1) when it was given to one of the coder's "
    "units of the component, else absent (0); units without a direction do not count"
)


def _directions(agreement: Mapping[str, Any]) -> Iterator[tuple[str, str, Any]]:
    """(component, direction, presence block) of every component with directions."""
    for component, parts in agreement.get("components", {}).items():
        for label, block in (parts.get("lu_direction") or {}).items():
            yield component, label, block


def has_directions(ccrt: Mapping[str, Any]) -> bool:
    """Whether the CCRT dict carries the direction level (the system codes CCRT-LU)."""
    scopes = ccrt.get("scopes") or []
    return bool(scopes) and DIRECTION in next(iter(scopes[0]["components"].values()))


def reliability_blocks(agreement: Mapping[str, Any], numbering: Numbering) -> tuple[Block, ...]:
    """A sentence and the table of direction-presence agreement; nothing without directions."""
    blocks = list(_directions(agreement))
    if not blocks:
        return ()
    table = labelled_presence_table(
        agreement,
        numbering,
        blocks,
        ("Direction", "Reliability of the CCRT-LU Directions: Presence per Relationship Episode"),
        CODED,
        benchmarked=False,  # no range was published for directions
    )
    said = Paragraph(
        text(
            f"Table {table.number} gives the agreement on the CCRT-LU direction of the units "
            "(W: WOO, WOS, WSS, WSO; RO and RS: ROO, ROS, RSO, RSS; actor and target other or "
            "self), as presence per RE and component."
        )
    )
    return (said, table)


def ccrt_blocks(
    pooled: list[Mapping[str, Any]], threshold: float, min_res: int, numbering: Numbering
) -> tuple[Block, ...]:
    """The CCRT at the direction level per narrator and phase, dyads pooled."""
    note = text(
        "CCRT-LU directions: the most frequent direction(s) of each component (ties kept) in "
        f"the REs rated at least {threshold:g} for completeness; each RE counts once per "
        "direction given to one of its units, units without a direction do not count; in "
        "parentheses its pervasiveness (share of all included REs with it). ",
        it("n"),
        f" REs: included REs; ᵃ fewer than {min_res} REs (CCRT not stable). ",
        sentence(labels_note(pooled, DIRECTION)),
    )
    table = numbering.table(
        "CCRT at the Level of CCRT-LU Directions per Narrator and Phase, Dyads Pooled",
        ccrt_header(False),
        ccrt_rows(pooled, DIRECTION, False),
        note,
    )
    return (table,)
