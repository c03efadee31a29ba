"""The CCRT tables of the manuscript report (per narrator and phase, or per dyad too), at any
level of the CCRT's ``to_dict()``: category, cluster or the CCRT-LU direction."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ccrt_coder.core.domain import LU_DIRECTIONS
from ccrt_coder.io.report_model import DASH, Text, it, stat, text

NARRATOR_NAMES = {"patient": "Patient", "therapist": "Therapist"}
COMPONENTS = ("W", "RO", "RS")


def ccrt_cell(scope: Mapping[str, Any], component: str, level: str) -> Text:
    profile = scope["components"][component][level]
    if not profile["ccrt"]:
        return text(DASH)
    top = next(c for c in profile["categories"] if c["code"] == profile["ccrt"][0])
    return text(f"{', '.join(profile['ccrt'])} ({stat(top['pervasiveness'])})")


def ccrt_rows(scopes: list[Mapping[str, Any]], level: str, with_dyad: bool) -> list[list[Text]]:
    rows = []
    for s in scopes:
        n = f"{s['n_res_included']}" + ("ᵃ" if s["few_res"] else "")
        row = [text(s["dyad"])] if with_dyad else []
        row += [text(NARRATOR_NAMES.get(s["narrator"], s["narrator"])), text(str(s["phase"]))]
        row += [text(n), text(str(s["n_res_excluded"]))]
        row += [ccrt_cell(s, c, level) for c in COMPONENTS]
        rows.append(row)
    return rows


def ccrt_header(with_dyad: bool) -> list[Text]:
    lead = [text("Dyad")] if with_dyad else []
    return [
        *lead,
        text("Narrator"),
        text("Phase"),
        text(it("n"), " REs"),
        text("Excluded"),
        *(text(c) for c in COMPONENTS),
    ]


def labels_note(scopes: list[Mapping[str, Any]], level: str) -> str:
    labels: dict[str, str] = {}
    for s in scopes:
        for component in COMPONENTS:
            profile = s["components"][component][level]
            for c in profile["categories"]:
                if c["code"] in profile["ccrt"]:
                    labels[c["code"]] = c["label"]
    ordered = sorted(labels.items(), key=lambda item: code_order(item[0]))
    return "; ".join(f"{code} = {label}" for code, label in ordered)


def code_order(code: str) -> tuple[int, str, int]:
    """W before RO before RS, then by number (W2 before W10); CCRT-LU directions W… before
    R…, in their canonical order."""
    if code in LU_DIRECTIONS:
        return int(code[0] == "R"), "", LU_DIRECTIONS.index(code)
    prefix = code.rstrip("0123456789")
    digits = code[len(prefix) :]
    rank = next((i for i, c in enumerate(COMPONENTS) if prefix.upper() == c), len(COMPONENTS))
    return rank, prefix, int(digits) if digits else 0


def sentence(words: str) -> str:
    return f"{words}." if words else ""
