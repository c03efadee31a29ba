"""A small CCRT-LU study whose direction-level CCRTs and agreement can be counted on paper.

The category system (imported from JSON with ``"uses_lu_direction": true``) has W1-W3,
RO1-RO2 and RS1-RS2. One dyad D01. Consensus layer (the CCRT), directions in brackets,
"-" a unit without a direction:

Patient, phase 5: six REs, completeness 4, 4, 4, 2 (below 2.5: excluded), not rated, 3
  RE  W                  RO            RS
  1   W1 WOS, W2 WOS     RO1 ROS       RS1 RSS, RS2 RSO
  2   W1 WSO             RO2 ROS       RS2 RSS
  3   W3 WSO, W1 -       RO1 ROO       RS2 RSO
  4   W1 WSO (excluded: must not count)
  5   W2 WOS             RO2 ROS       RS1 RSO
  6   W3 -               (no RO)       (no RS)
  Included REs 1, 2, 3, 5, 6 = 5. W: WOS 2 (REs 1, 5), WSO 2 (REs 2, 3) -> a tie, each .40;
  RO: ROS 3 (.60, rank 1), ROO 1 (.20, rank 2); RS: RSO 3 (.60, rank 1), RSS 2 (.40, rank 2).
Therapist, phase 5: two REs rated 3; W1 WOO, W2 WOO -> W: WOO 2 of 2 (1.00); no RO, RS.

Two coders' own layers (patient phase 5, W only), for agreement on direction presence:
  RE    1    2    3    4    5    6
  Ana   WOS  WSO  WSO  WOS  WOS  -
  Ben   WOS  WSO  WOS  WOS  WSO  -
  WOS present: Ana 1 0 0 1 1 0, Ben 1 0 1 1 0 0 -> Fleiss' kappa = (4/6 - .5) / .5 = 1/3
  WSO present: Ana 0 1 1 0 0 0, Ben 0 1 0 0 1 0 -> (4/6 - 5/9) / (4/9) = .25

With ``therapist_coded=True`` both coders also code the therapist's REs 1 and 2 (W1, W):
  Ana WOO, WOO; Ben WOO, WSS. The expected agreement at the direction level is counted in
  tests/test_lu_direction_agreement.py.
"""

from __future__ import annotations

import json
from pathlib import Path

from ccrt_coder.core.domain import Component, Layer, NarratorRole, Span, Valence
from ccrt_coder.core.narratives import InterviewDraft, ReDraft
from ccrt_coder.core.records import UnitDraft
from ccrt_coder.usecases.project import Project

BODY = 100
SYSTEM = {
    "name": "LU test",
    "version": "1",
    "uses_lu_direction": True,
    "categories": [
        {"code": "W1", "label": "To be close", "component": "W", "cluster": "WA"},
        {"code": "W2", "label": "To be loved", "component": "W", "cluster": "WA"},
        {"code": "W3", "label": "To assert self", "component": "W", "cluster": "WB"},
        {"code": "RO1", "label": "Helpful", "component": "RO", "cluster": "ROA"},
        {"code": "RO2", "label": "Rejecting", "component": "RO", "cluster": "ROB"},
        {"code": "RS1", "label": "Accepted", "component": "RS", "cluster": "RSA"},
        {"code": "RS2", "label": "Anxious", "component": "RS", "cluster": "RSB"},
    ],
}
VALENCE = {"RO1": Valence.POSITIVE, "RO2": Valence.NEGATIVE, "RS1": Valence.POSITIVE,
           "RS2": Valence.NEGATIVE}  # fmt: skip
# (narrator, RE number, component, category, direction or None)
CONSENSUS = [
    ("patient", 1, "W", "W1", "WOS"), ("patient", 1, "W", "W2", "WOS"),
    ("patient", 1, "RO", "RO1", "ROS"), ("patient", 1, "RS", "RS1", "RSS"),
    ("patient", 1, "RS", "RS2", "RSO"),
    ("patient", 2, "W", "W1", "WSO"), ("patient", 2, "RO", "RO2", "ROS"),
    ("patient", 2, "RS", "RS2", "RSS"),
    ("patient", 3, "W", "W3", "WSO"), ("patient", 3, "W", "W1", None),
    ("patient", 3, "RO", "RO1", "ROO"), ("patient", 3, "RS", "RS2", "RSO"),
    ("patient", 4, "W", "W1", "WSO"),
    ("patient", 5, "W", "W2", "WOS"), ("patient", 5, "RO", "RO2", "ROS"),
    ("patient", 5, "RS", "RS1", "RSO"),
    ("patient", 6, "W", "W3", None),
    ("therapist", 1, "W", "W1", "WOO"), ("therapist", 2, "W", "W2", "WOO"),
]  # fmt: skip
COMPLETENESS = {("patient", 1): 4.0, ("patient", 2): 4.0, ("patient", 3): 4.0,
                ("patient", 4): 2.0, ("patient", 6): 3.0, ("therapist", 1): 3.0,
                ("therapist", 2): 3.0}  # fmt: skip
CODER_DIRECTIONS = {
    "Ana": ["WOS", "WSO", "WSO", "WOS", "WOS", None],
    "Ben": ["WOS", "WSO", "WOS", "WOS", "WSO", None],
}
THERAPIST_CODER_DIRECTIONS = {"Ana": ["WOO", "WOO"], "Ben": ["WOO", "WSS"]}
RES = {"patient": 6, "therapist": 2}


def write_system(path: Path) -> Path:
    path.write_text(json.dumps(SYSTEM), encoding="utf-8")
    return path


def _interview(narrator: str) -> tuple[InterviewDraft, list[int]]:
    parts, starts = [f"Interview of the {narrator} after session 5\n"], []
    for number in range(1, RES[narrator] + 1):
        parts.append(f"RE {number}: mother\nX: ")
        starts.append(sum(len(p) for p in parts))
        parts.append(("I said this. " * 8)[:BODY] + "\n")
    res = tuple(
        ReDraft(n, "mother", (Span(starts[n - 1], starts[n - 1] + BODY),))
        for n in range(1, RES[narrator] + 1)
    )
    role = NarratorRole(narrator)
    text = "".join(parts)
    return InterviewDraft("D01", role, 5, text, res, patient="P01", therapist="T01"), starts


def build_lu_study(path: Path, lu: bool = True, therapist_coded: bool = False) -> Path:
    """The study of the module docstring; ``lu=False``: the same codes in the default system
    (Edition 3 clusters, no directions), so nothing about directions may show;
    ``therapist_coded``: the coders' own layers also hold the therapist's REs."""
    with Project.create(path) as project:
        if lu:
            project.import_category_file(write_system(path.with_suffix(".json")))
        drafts = {n: _interview(n) for n in RES}
        project.import_narratives([d for d, _ in drafts.values()])
        re_ids = {
            (n, k): project.find_re("D01", NarratorRole(n), 5, k)
            for n in RES
            for k in range(1, RES[n] + 1)
        }
        ids = {name: project.add_coder(name).id for name in ("Ana", "Ben")}

        def unit(narrator: str, number: int, component: str, code: str, direction: str | None,
                 coder: str, layer: Layer) -> UnitDraft:  # fmt: skip
            start = drafts[narrator][1][number - 1] + 10
            return UnitDraft(
                re_ids[narrator, number], ids[coder], Component(component),
                (Span(start, start + 5),), (code,), valence=VALENCE.get(code), layer=layer,
                lu_direction=direction if lu else None,
            )  # fmt: skip

        units: list[UnitDraft] = []
        for narrator, number, component, code, direction in CONSENSUS:
            units.append(unit(narrator, number, component, code, direction, "Ben",
                              Layer.CONSENSUS))  # fmt: skip
        for coder, directions in CODER_DIRECTIONS.items():
            for number, direction in enumerate(directions, start=1):
                units.append(unit("patient", number, "W", "W1", direction, coder, Layer.CODER))
            for number, direction in enumerate(THERAPIST_CODER_DIRECTIONS[coder], start=1):
                if therapist_coded:
                    units.append(
                        unit("therapist", number, "W", "W1", direction, coder, Layer.CODER)
                    )
        project.add_units(units)
        project.set_completeness_many(
            [
                (re_ids[key], ids["Ben"], Layer.CONSENSUS, value)
                for key, value in COMPLETENESS.items()
            ]
        )
    return path
