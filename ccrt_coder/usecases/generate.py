"""Synthetic studies of any size for benchmarks: plausible text, REs and units, seeded.

Each narrator gets a preferred category per component so that CCRTs and agreement figures are
meaningful; coders follow the preference with some noise, so they agree often but not always.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path

from ccrt_coder.core.categories import CategorySystem
from ccrt_coder.core.domain import NARRATORS, Component, Layer, NarratorRole, Span, StudySettings
from ccrt_coder.core.errors import ProjectFileError
from ccrt_coder.core.narratives import InterviewDraft, ReDraft
from ccrt_coder.core.progress import Progress
from ccrt_coder.core.records import UnitDraft
from ccrt_coder.core.rules import default_valence
from ccrt_coder.io.atomic_file import new_file
from ccrt_coder.usecases.encryption import forget_password, use_password
from ccrt_coder.usecases.project import Project

RES_PER_INTERVIEW = 10
UNITS_PER_RE = (4, 7)  # per coder, inclusive
UNITS_PER_TRANSACTION = 20_000
AGREEMENT = 0.7  # chance that a coder takes the narrator's preferred category

_OTHERS = {
    NarratorRole.PATIENT: [
        "mother",
        "father",
        "partner",
        "sibling",
        "friend",
        "colleague/boss",
        "therapist",
    ],
    NarratorRole.THERAPIST: ["mother", "partner", "friend", "colleague/boss", "patient", "patient"],
}
_SENTENCES = {
    Component.W: [
        "I wanted {o} to listen to me for once.",
        "I hoped {o} would just understand.",
        "I wanted to decide this on my own.",
        "I wished we could be close again.",
    ],
    Component.RO: [
        "{O} turned away and said nothing.",
        "{O} told me exactly what to do.",
        "{O} smiled and took my hand.",
        "{O} got angry and shouted at me.",
    ],
    Component.RS: [
        "I felt small and kept quiet.",
        "I got angry and left the room.",
        "I felt relieved and calm.",
        "I was ashamed and could not sleep.",
    ],
}
# The component each speech line of an RE is written for, after one line of filler.
_PLAN = (
    Component.W,
    Component.RO,
    Component.RS,
    Component.RO,
    Component.RS,
    Component.W,
    Component.RS,
)
_FILLER = [
    "It was a Tuesday evening.",
    "We were at home in the kitchen.",
    "That was a few weeks ago.",
    "I remember it quite well.",
]


@dataclass(frozen=True)
class GeneratedSummary:
    interviews: int
    res: int
    units: int


def generate_study(
    out: str | Path,
    dyads: int,
    coders: int,
    seed: int = 1,
    progress: Progress | None = None,
    password: str | None = None,
) -> GeneratedSummary:
    """Write a new project with ``dyads`` dyads (both narrators, all phases) coded by ``coders``,
    encrypted with ``password`` when given."""
    if Path(out).exists():
        raise ProjectFileError(f"{out} already exists; choose another name or open it")
    with new_file(Path(out)) as path:  # a killed run leaves nothing under the name ``out``
        if password is not None:
            use_password(path, password)
        try:
            summary = _generate(path, dyads, coders, seed, progress)
        finally:
            forget_password(path)
    if password is not None:
        use_password(out, password)
    return summary


def _generate(
    out: Path, dyads: int, coders: int, seed: int, progress: Progress | None
) -> GeneratedSummary:
    rng = random.Random(seed)
    settings = StudySettings(name=f"Generated study ({dyads} dyads, seed {seed})")
    with Project.create(out, settings=settings) as project:
        drafts = [
            _interview(rng, dyad, role, phase, settings)
            for dyad in range(1, dyads + 1)
            for role in NarratorRole
            for phase in settings.phases
        ]
        report = project.import_narratives(drafts)
        coder_ids = [project.add_coder(f"Coder {chr(65 + k)}").id for k in range(coders)]
        system = project.category_system()
        n_units, batch = 0, []
        interviews = project.interviews()
        for done, interview in enumerate(interviews, start=1):
            batch += _code_interview(project, rng, interview.id, coder_ids, system)
            if len(batch) >= UNITS_PER_TRANSACTION or done == len(interviews):
                project.add_units(batch)
                n_units, batch = n_units + len(batch), []
            if progress:
                progress(done, len(interviews))
    return GeneratedSummary(len(report.interviews), report.res, n_units)


def _interview(
    rng: random.Random, dyad: int, role: NarratorRole, phase: int, settings: StudySettings
) -> InterviewDraft:
    speaker = "P" if role is NarratorRole.PATIENT else "T"
    lines = [f"Interview: RAP after session {phase}", "I: Please tell me about a specific time."]
    res = []
    offset = sum(len(line) + 1 for line in lines)
    for number in range(1, RES_PER_INTERVIEW + 1):
        other = rng.choice(_OTHERS[role])
        marker = f"RE {number}: {other}"
        body = [f"{speaker}: {sentence}" for sentence in _re_sentences(rng, other)]
        start = offset + len(marker) + 1
        end = start + len("\n".join(body))
        res.append(ReDraft(number, other, (Span(start, end),)))
        lines += [marker, *body, ""]
        offset += sum(len(line) + 1 for line in (marker, *body, ""))
    return InterviewDraft(
        dyad=f"G{dyad:04d}",
        narrator=role,
        phase=phase,
        text="\n".join(lines),
        res=tuple(res),
        source="generated",
        patient=f"GP{dyad:04d}",
        therapist=f"GT{(dyad - 1) // 3 + 1:04d}",  # each therapist treats three patients
    )


def _re_sentences(rng: random.Random, other: str) -> list[str]:
    who = "the " + other.split("/")[-1] if other not in NARRATORS else "my " + other
    sentences = [rng.choice(_FILLER)]
    for component in _PLAN:
        sentences.append(rng.choice(_SENTENCES[component]).format(o=who, O=who.capitalize()))
    return sentences


def _code_interview(
    project: Project,
    rng: random.Random,
    interview_id: int,
    coder_ids: list[int],
    system: CategorySystem,
) -> list[UnitDraft]:
    text = project.transcript(interview_id).text
    preferred = {c: rng.choice(system.for_component(c)).code for c in Component}
    units = []
    for re in project.episodes(interview_id):
        sentences = _sentence_spans(text, re.spans[0])
        for coder_id in coder_ids:
            picked = rng.sample(sentences, k=min(len(sentences), rng.randint(*UNITS_PER_RE)))
            for span, component in picked:
                units.append(_unit(rng, re.id, coder_id, span, component, preferred, system))
    return units


def _sentence_spans(text: str, span: Span) -> list[tuple[Span, Component]]:
    """Each speech line of an RE after the opening filler, with the component it was made for."""
    found = []
    position = span.start
    for index, line in enumerate(text[span.start : span.end].split("\n")):
        if index > 0:
            found.append((Span(position + 3, position + len(line)), _PLAN[index - 1]))
        position += len(line) + 1
    return found


def _unit(
    rng: random.Random,
    re_id: int,
    coder_id: int,
    span: Span,
    component: Component,
    preferred: dict[Component, str],
    system: CategorySystem,
) -> UnitDraft:
    if rng.random() < AGREEMENT:
        code = preferred[component]
    else:
        code = rng.choice(system.for_component(component)).code
    return UnitDraft(
        re_id=re_id,
        coder_id=coder_id,
        layer=Layer.CODER,
        component=component,
        spans=(span,),
        categories=(code,),
        tailor_label="generated",
        valence=None if component is Component.W else default_valence((code,), system),
    )
