"""REFI-QDA selections as our drafts: the REs being read, and units (ours or another program's)."""

from __future__ import annotations

from dataclasses import dataclass, field

from ccrt_coder.core.categories import CategorySystem
from ccrt_coder.core.domain import (
    Actuality,
    Component,
    Explicitness,
    Layer,
    Span,
    StudySettings,
    Valence,
)
from ccrt_coder.core.errors import InputError
from ccrt_coder.core.records import UnitDraft
from ccrt_coder.core.rules import default_valence
from ccrt_coder.io import limits
from ccrt_coder.io.qdpx_codes import Meaning
from ccrt_coder.io.qdpx_format import derived_guid
from ccrt_coder.io.qdpx_read import QdeCoding, QdeSelection, first_value
from ccrt_coder.io.transcript_parser import parse_transcript


@dataclass
class Episode:
    """An RE being read from a source: its text pieces grow as selections are read."""

    uid: str
    number: int
    other_type: str
    other_name: str = ""
    time_frame: str = ""
    spans: list[Span] = field(default_factory=list)


def marked_episodes(
    text: str, settings: StudySettings, source: str, uid: str
) -> dict[str, Episode]:
    """The REs marked in a source's text by ``RE n:`` lines, read as a transcript import reads
    them (the same checks and messages); ``uid`` seeds their identifiers."""
    return {
        (key := derived_guid(uid, "marked RE", re.number).replace("-", "")): Episode(
            key, re.number, re.other_type, re.other_name, re.time_frame, list(re.spans)
        )
        for re in parse_transcript(text, settings=settings, source=source)
    }


def our_draft(
    file: str,
    selection: QdeSelection,
    spans: tuple[Span, ...],
    meanings: list[tuple[QdeCoding, Meaning]],
) -> UnitDraft:
    """A unit written by CCRT Coder: everything is in the selection's ``CCRT ...`` fields."""
    f = selection.fields
    try:
        component = Component(first_value(f, "component"))
        return UnitDraft(
            re_id=int_or_none(first_value(f, "RE")) or 0,
            coder_id=0,
            component=component,
            spans=spans,
            categories=tuple(
                dict.fromkeys(
                    m.category
                    for _, m in meanings
                    if m.category and m.component in (component, None)
                )
            ),
            layer=Layer(first_value(f, "layer", "coder")),
            tailor_label=first_value(f, "label"),
            valence=Valence(v) if (v := first_value(f, "valence")) else None,
            actuality=Actuality(a) if (a := first_value(f, "actuality")) else None,
            explicitness=Explicitness(e) if (e := first_value(f, "explicitness")) else None,
            lu_direction=first_value(f, "direction") or None,
            memo=first_value(f, "memo"),
        )
    except ValueError as exc:
        raise InputError(f"{file}: selection {selection.guid}: {exc}") from None


def foreign_draft(
    system: CategorySystem,
    component: Component,
    group: dict[str, list[str]],
    spans: tuple[Span, ...],
    selection: QdeSelection,
) -> UnitDraft:
    """The code names become the tailor-made label (they are the coder's words)."""
    codes = tuple(group["codes"])
    return UnitDraft(
        re_id=0,
        coder_id=0,
        component=component,
        spans=spans,
        categories=codes,
        tailor_label="; ".join(dict.fromkeys(group["names"])),
        valence=None if component is Component.W else default_valence(codes, system),
        memo=selection.memo,
    )


def episode_for(draft: UnitDraft, first: QdeSelection, episodes: list[Episode]) -> Episode | None:
    if first.kind == "unit":  # ours name their RE (kept in re_id until stored)
        return next((e for e in episodes if e.number == draft.re_id), None)
    return next((e for e in episodes if inside(draft.spans, e.spans)), None)


def gaps(spans: list[Span], size: int) -> list[Span]:
    """The stretches of a text of ``size`` code points that no span covers."""
    gaps, position = [], 0
    for span in sorted(spans):
        if span.start > position:
            gaps.append(Span(position, span.start))
        position = max(position, span.end)
    if position < size:
        gaps.append(Span(position, size))
    return gaps


def inside(spans: tuple[Span, ...], pieces: list[Span]) -> bool:
    return all(any(piece.contains(span) for piece in pieces) for span in spans)


def int_or_none(value: str | None) -> int | None:
    """A whole number from a description field; None if it is none or past ``MAX_NUMBER``."""
    text = str(value).strip()
    if len(text) > len(str(limits.MAX_NUMBER)) + 1:  # no int() of thousands of digits
        return None
    try:
        number = int(text)
    except ValueError:
        return None
    return number if abs(number) <= limits.MAX_NUMBER else None
