"""The fictional demo study: transcripts and two coders' codes shipped in resources/demo.

The study is built through the same use cases a user runs (import, rate, code), so the demo also
exercises the import path. Units are given by a quote from the RE; the span is where it occurs.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ccrt_coder.core.domain import (
    Actuality,
    Component,
    Explicitness,
    Layer,
    NarratorRole,
    Span,
    StudySettings,
    Valence,
)
from ccrt_coder.core.errors import InputError, ProjectFileError
from ccrt_coder.core.records import UnitDraft
from ccrt_coder.core.rules import default_valence
from ccrt_coder.paths import resource, user_data_dir
from ccrt_coder.usecases.encryption import use_password
from ccrt_coder.usecases.project import Project


@dataclass(frozen=True)
class DemoSummary:
    interviews: int
    res: int
    units: int


def demo_project_path() -> Path:
    """The user's own copy of the demo study, written on first use."""
    path = user_data_dir() / "demo.ccrt"
    if not path.exists():
        build_demo(path)
    return path


def build_demo(out: str | Path, password: str | None = None) -> DemoSummary:
    """Write the demo study to ``out`` atomically: a partial file never carries the name;
    encrypted with ``password`` when given."""
    out = Path(out)
    if out.exists():
        raise ProjectFileError(f"{out} already exists; choose another name")
    partial = out.with_name(f".{out.name}.partial")
    for leftover in (partial, Path(f"{partial}-wal"), Path(f"{partial}-shm")):
        leftover.unlink(missing_ok=True)
    if password is not None:
        use_password(partial, password)
        use_password(out, password)
    try:
        with Project.create(partial, settings=StudySettings(name=_study()["name"])) as project:
            summary = _fill(project)
        os.replace(partial, out)
    finally:
        for leftover in (partial, Path(f"{partial}-wal"), Path(f"{partial}-shm")):
            leftover.unlink(missing_ok=True)
    return summary


def _study() -> dict[str, Any]:
    return json.loads(resource("demo", "study.json").read_text(encoding="utf-8"))


def _fill(project: Project) -> DemoSummary:
    from ccrt_coder.io.narrative_import import read_narratives

    study = _study()
    folder = resource("demo", "transcripts")
    drafts = []
    for dyad in study["dyads"]:
        files = sorted(folder.glob(f"{dyad['code']}_*.txt"))
        drafts += read_narratives(
            files,
            settings=project.settings(),
            patient=dyad["patient"],
            therapist=dyad["therapist"],
        )
    report = project.import_narratives(drafts)
    for person in study["people"]:
        project.set_person_note(person["code"], person.get("note", ""))
    n_units = _code(project, json.loads(resource("demo", "codes.json").read_text("utf-8")))
    return DemoSummary(len(report.interviews), report.res, n_units)


def _code(project: Project, codes: dict[str, Any]) -> int:
    coder_ids = {c["short"]: project.add_coder(c["name"]).id for c in codes["coders"]}
    system = project.category_system()
    texts: dict[tuple[str, NarratorRole, int], str] = {}
    for interview in project.interviews():
        key = (interview.dyad, interview.narrator, interview.phase)
        texts[key] = project.transcript(interview.id).text
    units: list[UnitDraft] = []
    ratings: list[tuple[int, int, Layer, float]] = []
    for coding in codes["codings"]:
        dyad, narrator, phase = coding["interview"].split("/")
        key = (dyad, NarratorRole(narrator), int(phase))
        re_id = project.find_re(*key, coding["re"])
        coder_id, layer = coder_ids[coding["coder"]], Layer(coding["layer"])
        ratings.append((re_id, coder_id, layer, float(coding["completeness"])))
        for unit in coding["units"]:
            span = _quote_span(texts[key], unit["quote"], unit.get("occurrence", 1), coding)
            component = Component(unit["component"])
            categories = tuple(unit["categories"])
            valence = unit.get("valence")
            units.append(
                UnitDraft(
                    re_id=re_id,
                    coder_id=coder_id,
                    layer=layer,
                    component=component,
                    spans=(span,),
                    categories=categories,
                    tailor_label=unit.get("label", ""),
                    valence=None
                    if component is Component.W
                    else Valence(valence)
                    if valence
                    else default_valence(categories, system),
                    actuality=Actuality(unit["actuality"]) if unit.get("actuality") else None,
                    explicitness=Explicitness(unit["explicitness"])
                    if unit.get("explicitness")
                    else None,
                    memo=unit.get("memo", ""),
                )
            )
    project.set_completeness_many(ratings)
    project.add_units(units)
    return len(units)


def _quote_span(text: str, quote: str, occurrence: int, coding: dict[str, Any]) -> Span:
    start = -1
    for _ in range(occurrence):
        start = text.find(quote, start + 1)
        if start < 0:
            raise InputError(
                f"demo codes: quote not found in {coding['interview']} RE {coding['re']}: {quote!r}"
            )
    return Span(start, start + len(quote))
