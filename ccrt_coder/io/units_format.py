"""The Units sheet format shared by the export and the coded-set import: columns and separators."""

from __future__ import annotations

from collections.abc import Sequence

UNITS_HEADER = (
    "dyad", "patient", "therapist", "narrator", "phase", "interview", "re", "other_type",
    "other_name", "time_frame", "coder", "layer", "component", "category_code", "category_label",
    "cluster", "valence", "actuality", "explicitness", "tailor_label", "start", "end", "spans",
    "line_start", "line_end", "text", "memo", "created_at", "modified_at", "unit_uid",
)  # fmt: skip
LU_COLUMN = "lu_direction"  # after explicitness, when the category system codes LU directions
LIST_JOIN = "; "  # between the categories (codes, labels, clusters) of one unit
SPAN_JOIN = " … "  # between the texts of the pieces of a unit told in several spans
SPAN_SEPARATOR = ";"  # between the pieces in a spans cell: "120-180; 200-240"


def units_header(uses_lu_direction: bool) -> tuple[str, ...]:
    if not uses_lu_direction:
        return UNITS_HEADER
    at = UNITS_HEADER.index("explicitness") + 1
    return (*UNITS_HEADER[:at], LU_COLUMN, *UNITS_HEADER[at:])


def format_spans(spans: Sequence[tuple[int, int]]) -> str:
    """``[(120, 180), (200, 240)]`` -> ``"120-180; 200-240"``."""
    return f"{SPAN_SEPARATOR} ".join(f"{start}-{end}" for start, end in spans)


def parse_spans(text: str) -> list[tuple[int, int]]:
    """The inverse of :func:`format_spans`; ValueError on anything else."""
    pairs = []
    for piece in text.split(SPAN_SEPARATOR):
        if piece.strip():
            start, end = piece.split("-")
            pairs.append((int(start), int(end)))
    if not pairs:
        raise ValueError("no spans")
    return pairs


def join_texts(text: str, spans: Sequence[tuple[int, int]]) -> str:
    """The text a unit covers: its pieces of ``text`` joined with SPAN_JOIN."""
    return SPAN_JOIN.join(text[start:end] for start, end in spans)
