"""A study whose coders disagree systematically: Pro and Ally code alike, Contra the opposite W
on every RE, so Scott's π of Pro × Contra is −1 and Fleiss' κ is negative."""

from __future__ import annotations

from pathlib import Path

from ccrt_coder.core.categories import Category, CategorySystem
from ccrt_coder.core.domain import Component, NarratorRole, Span, StudySettings, Valence
from ccrt_coder.core.records import UnitDraft
from ccrt_coder.usecases.project import Project
from tests.factories import TRANSCRIPT, sample_draft

PRO, CONTRA, ALLY = "Pro", "Contra", "Ally"
LONG_LABEL = "To be controlled, hurt and not responsible for anything that happens"
WORDS = {1: "I wanted her to listen to me", 2: "I hoped you would understand"}


def opposed_system() -> CategorySystem:
    return CategorySystem(
        "Opposed",
        "1",
        (
            Category("W1", "To assert self", Component.W, "W1"),
            Category("W3", LONG_LABEL, Component.W, "W3"),
            Category("RO5", "Rejecting", Component.RO, "RO5", Valence.NEGATIVE),
            Category("RS7", "Disappointed", Component.RS, "RS7", Valence.NEGATIVE),
        ),
    )


def build_opposed(path: Path, dyads: int = 3, allies: tuple[str, ...] = (ALLY,)) -> Path:
    """``dyads`` patient interviews of two REs each; Pro and the ``allies`` code W1 on RE 1
    and W3 on RE 2, Contra the other way round."""
    with Project.create(path, StudySettings(name="Opposed"), opposed_system()) as project:
        project.import_narratives(
            [sample_draft(f"D{d:02}", NarratorRole.PATIENT, 5) for d in range(1, dyads + 1)]
        )
        coders = {name: project.add_coder(name).id for name in (PRO, CONTRA, *allies)}
        drafts = []
        for interview in project.interviews():
            for re in project.episodes(interview.id):
                start = TRANSCRIPT.index(WORDS[re.number])
                span = (Span(start, start + len(WORDS[re.number])),)
                first, second = ("W1", "W3") if re.number == 1 else ("W3", "W1")
                codes = {PRO: first, CONTRA: second} | {ally: first for ally in allies}
                for name, code in codes.items():
                    drafts.append(UnitDraft(re.id, coders[name], Component.W, span, (code,)))
        project.add_units(drafts)
    return path
