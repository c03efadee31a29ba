"""A small hand-built study for the agreement report, countable on paper (used by other tests).

One interview (D01, patient, phase 5) with six REs; each RE's text is a 100-character body, and
unit offsets below are relative to the body's start. Three coders:

W (main category by the tie rules: most units, then earliest start, then system order)
  RE  Ana                                  Ben       Cleo
  1   W6@10, W5@50 -> tie, earliest: W6    W6        W6
  2   W5                                   W5        W1
  3   W7@10-20, W2@10-25 -> same start: W2 W7        W2
  4   W1@0, W3@60, W3@80 -> count: W3      W3        W3
  5   W1                                   (none)    W1
  6   W4                                   W4        (RE not coded)
RO  Ana: RO5- @30, RO8+ @42 (tie -> RO5, valence tie -> '-'), RO2-, RO6+, RO3-, RO5-, RO1+
    Ben: RO5-, RO2-, RO6+, RO7+, RO5-, RO1+       Cleo: RO5-, RO2-, RO6+, RO3-, RO5-
RS  Ana: RS2 50-60, RS2 50-60, RS6 40-60, RS8 40-80, RS1 50-60, RS7 50-60
    Ben: RS2 55-65 (overlap 5 of 10: matches at 0.5), RS2 56-66 (4 of 10: no match),
         RS6 55-65 (5 of the shorter 10: matches), RS8 40-60 + RS8 60-80 (one-to-one: one
         matches Ana's 40-80), RS1 50-60, nothing in RE 6
    Cleo: RS2, RS2, RS6, RS8, RS1 (REs 1-5, same spans as Ana)
Completeness  Ana 3, 4, 4.5, 2, 5, 3   Ben 3, 3.5, 4.5, 2.5, 4, 3   Cleo 3, 4, 4.5, 2, 5
A consensus layer (Ben: W1 in RE 5, completeness 1 on RE 1) must never enter the report.
"""

from pathlib import Path

from ccrt_coder.core.domain import Component, Layer, NarratorRole, Span, Valence
from ccrt_coder.core.narratives import InterviewDraft, ReDraft
from ccrt_coder.core.records import UnitDraft
from ccrt_coder.usecases.project import Project

BODY = 100
OTHERS = ("mother", "father", "partner", "therapist", "friend", "colleague/boss")
CODERS = ("Ana", "Ben", "Cleo")
W_UNITS = {
    "Ana": [(1, "W6", 10, 20), (1, "W5", 50, 60), (2, "W5", 10, 20), (3, "W7", 10, 20),
            (3, "W2", 10, 25), (4, "W1", 0, 10), (4, "W3", 60, 70), (4, "W3", 80, 90),
            (5, "W1", 10, 20), (6, "W4", 10, 20)],
    "Ben": [(1, "W6", 10, 20), (2, "W5", 10, 20), (3, "W7", 10, 20), (4, "W3", 60, 70),
            (6, "W4", 10, 20)],
    "Cleo": [(1, "W6", 10, 20), (2, "W1", 10, 20), (3, "W2", 10, 20), (4, "W3", 60, 70),
             (5, "W1", 10, 20)],
}  # fmt: skip
RO_UNITS = {
    "Ana": [(1, "RO5", 30, 40), (1, "RO8", 42, 48), (2, "RO2", 30, 40), (3, "RO6", 30, 40),
            (4, "RO3", 30, 40), (5, "RO5", 30, 40), (6, "RO1", 30, 40)],
    "Ben": [(1, "RO5", 30, 40), (2, "RO2", 30, 40), (3, "RO6", 30, 40), (4, "RO7", 30, 40),
            (5, "RO5", 30, 40), (6, "RO1", 30, 40)],
    "Cleo": [(1, "RO5", 30, 40), (2, "RO2", 30, 40), (3, "RO6", 30, 40), (4, "RO3", 30, 40),
             (5, "RO5", 30, 40)],
}  # fmt: skip
RS_UNITS = {
    "Ana": [(1, "RS2", 50, 60), (2, "RS2", 50, 60), (3, "RS6", 40, 60), (4, "RS8", 40, 80),
            (5, "RS1", 50, 60), (6, "RS7", 50, 60)],
    "Ben": [(1, "RS2", 55, 65), (2, "RS2", 56, 66), (3, "RS6", 55, 65), (4, "RS8", 40, 60),
            (4, "RS8", 60, 80), (5, "RS1", 50, 60)],
    "Cleo": [(1, "RS2", 50, 60), (2, "RS2", 50, 60), (3, "RS6", 40, 60), (4, "RS8", 40, 80),
             (5, "RS1", 50, 60)],
}  # fmt: skip
VALENCE = {"RO1": "+", "RO2": "-", "RO3": "-", "RO5": "-", "RO6": "+", "RO7": "+", "RO8": "+",
           "RS1": "+", "RS2": "-", "RS6": "-", "RS7": "-", "RS8": "-"}  # fmt: skip
COMPLETENESS = {
    "Ana": [3, 4, 4.5, 2, 5, 3],
    "Ben": [3, 3.5, 4.5, 2.5, 4, 3],
    "Cleo": [3, 4, 4.5, 2, 5],
}


def transcript() -> tuple[str, list[int]]:
    """The interview text and the start of each RE's 100-character body."""
    parts, starts = ["Interview after session 5\n"], []
    for number, other in enumerate(OTHERS, start=1):
        parts.append(f"RE {number}: {other}\nP: ")
        starts.append(sum(len(p) for p in parts))
        parts.append(("I said this. " * 8)[:BODY] + "\n")
    return "".join(parts), starts


def build_study(path: Path) -> Path:
    """Write the study described in the module docstring to ``path``."""
    text, starts = transcript()
    res = tuple(
        ReDraft(n, other, (Span(starts[n - 1], starts[n - 1] + BODY),))
        for n, other in enumerate(OTHERS, start=1)
    )
    draft = InterviewDraft("D01", NarratorRole.PATIENT, 5, text, res, patient="P01",
                           therapist="T01")  # fmt: skip
    with Project.create(path) as project:
        project.import_narratives([draft])
        re_ids = [project.find_re("D01", NarratorRole.PATIENT, 5, n) for n in range(1, 7)]
        ids = {name: project.add_coder(name).id for name in CODERS}
        units = []
        for component, table in ((Component.W, W_UNITS), (Component.RO, RO_UNITS),
                                 (Component.RS, RS_UNITS)):  # fmt: skip
            for coder, rows in table.items():
                for number, code, begin, end in rows:
                    start = starts[number - 1]
                    units.append(UnitDraft(
                        re_ids[number - 1], ids[coder], component,
                        (Span(start + begin, start + end),), (code,),
                        valence=Valence(VALENCE[code]) if code in VALENCE else None,
                    ))  # fmt: skip
        consensus = UnitDraft(re_ids[4], ids["Ben"], Component.W,
                              (Span(starts[4] + 10, starts[4] + 20),), ("W1",),
                              layer=Layer.CONSENSUS)  # fmt: skip
        project.add_units([*units, consensus])
        ratings = [
            (re_ids[i], ids[coder], Layer.CODER, float(value))
            for coder, values in COMPLETENESS.items()
            for i, value in enumerate(values)
        ]
        project.set_completeness_many([*ratings, (re_ids[0], ids["Ben"], Layer.CONSENSUS, 1.0)])
    return path


def test_the_study_is_built_as_described(tmp_path: Path) -> None:
    with Project.open(build_study(tmp_path / "s.ccrt")) as project:
        info = project.info()
    assert info.res == 6
    assert info.units["Ana"] == {"coder": 23}
    assert info.units["Ben"] == {"coder": 17, "consensus": 1}
    assert info.units["Cleo"] == {"coder": 15}
