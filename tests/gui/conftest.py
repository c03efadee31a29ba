"""Fixtures for the GUI tests: offscreen Qt, QSettings in tmp_path, a small real project."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings

from ccrt_coder.core.categories import Category, CategorySystem
from ccrt_coder.core.domain import (
    Component,
    NarratorRole,
    Span,
    StudySettings,
    Valence,
)
from ccrt_coder.core.narratives import InterviewDraft, ReDraft
from ccrt_coder.core.records import UnitDraft
from ccrt_coder.gui.language import install_language
from ccrt_coder.usecases.project import Project
from tests.demo_file import demo_copy
from tests.gui.coding_helpers import demo_with_coder

PATIENT_TEXT = (
    "Interview: RAP, after session 5\n"
    "RE 1: mother (Helga), past-childhood\n"
    "P: I wanted my mother to hear me play.\n"
    "P: She said it was a waste of an evening.\n"
    "P: I went to my room and felt small.\n"
    "\n"
    "RE 2: partner (Jonas), current\n"
    "P: I hoped we could talk about moving in.\n"
    "P: He picked up his phone.\n"
)
# Non-BMP characters before the coded text: code points and UTF-16 positions differ.
THERAPIST_TEXT = (
    "RE 1: patient (P01), here-and-now\n"
    "T: She smiled 😊 and thanked me 😊😊.\n"
    "T: I felt relieved and a little proud.\n"
)


def re_span(text: str, first_line: str, last_line: str) -> Span:
    start = text.index(first_line)
    return Span(start, text.index(last_line) + len(last_line))


def quote(text: str, words: str) -> Span:
    start = text.index(words)
    return Span(start, start + len(words))


def small_system() -> CategorySystem:
    return CategorySystem(
        "Test clusters",
        "1",
        (
            Category("W6", "To be loved and understood", Component.W, "W6"),
            Category("RO5", "Rejecting and opposing", Component.RO, "RO5", Valence.NEGATIVE),
            Category("RS7", "Disappointed and depressed", Component.RS, "RS7", Valence.NEGATIVE),
            Category("RS3", "Respected and accepted", Component.RS, "RS3", Valence.POSITIVE),
        ),
    )


def _interviews() -> list[InterviewDraft]:
    p, t = PATIENT_TEXT, THERAPIST_TEXT
    patient_res = (
        ReDraft(
            1, "mother", (re_span(p, "P: I wanted", "felt small."),), "Helga", "past-childhood"
        ),
        ReDraft(2, "partner", (re_span(p, "P: I hoped", "his phone."),), "Jonas", "current"),
    )
    therapist_re = ReDraft(1, "patient", (re_span(t, "T: She", "proud."),), "P01", "here-and-now")
    d01 = {"patient": "P01", "therapist": "T01"}
    d02 = {"patient": "P02", "therapist": "T02"}
    return [
        InterviewDraft("D01", NarratorRole.PATIENT, 5, p, patient_res, "D01_patient_5.txt", **d01),
        InterviewDraft(
            "D01", NarratorRole.PATIENT, 15, p, patient_res, "D01_patient_15.txt", **d01
        ),
        InterviewDraft(
            "D01", NarratorRole.THERAPIST, 5, t, (therapist_re,), "D01_therapist_5.txt", **d01
        ),
        InterviewDraft(
            "D02", NarratorRole.PATIENT, 5, p, patient_res[:1], "D02_patient_5.txt", **d02
        ),
    ]


def fill_project(project: Project) -> None:
    project.import_narratives(_interviews())
    anna, ben = project.add_coder("Anna"), project.add_coder("Ben")
    by_key = {(i.dyad, i.narrator, i.phase): i.id for i in project.interviews()}
    patient_res = project.episodes(by_key[("D01", NarratorRole.PATIENT, 5)])
    therapist_re = project.episodes(by_key[("D01", NarratorRole.THERAPIST, 5)])[0]
    mother = next(r for r in patient_res if r.number == 1)
    p, t = PATIENT_TEXT, THERAPIST_TEXT
    project.add_units(
        [
            UnitDraft(
                mother.id,
                anna.id,
                Component.W,
                (quote(p, "hear me play"),),
                ("W6",),
                tailor_label="to be heard",
            ),
            UnitDraft(
                mother.id,
                anna.id,
                Component.RO,
                (quote(p, "waste of an evening"),),
                ("RO5",),
                tailor_label="devalues",
                valence=Valence.NEGATIVE,
            ),
            UnitDraft(
                mother.id,
                anna.id,
                Component.RS,
                (quote(p, "felt small"),),
                ("RS7",),
                tailor_label="feels small",
                valence=Valence.NEGATIVE,
            ),
            UnitDraft(mother.id, ben.id, Component.W, (quote(p, "I wanted my mother"),), ("W6",)),
            UnitDraft(
                therapist_re.id,
                anna.id,
                Component.RS,
                (quote(t, "relieved"),),
                ("RS3",),
                tailor_label="relieved",
                valence=Valence.POSITIVE,
            ),
        ]
    )


@pytest.fixture(autouse=True)
def ui_settings_in_tmp(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: QCoreApplication
) -> Iterator[Path]:
    """Each test gets fresh QSettings (INI files in tmp_path) and its own user data folder."""
    QCoreApplication.setOrganizationName("CCRT Coder")
    QCoreApplication.setApplicationName("CCRT Coder")
    folder = tmp_path / "settings"
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    monkeypatch.setenv("CCRT_CODER_DATA_DIR", str(tmp_path / "data"))
    install_language(qapp, "en")  # tests find widgets by their English text
    yield folder
    install_language(qapp, "en")


@pytest.fixture
def project_path(tmp_path: Path) -> Path:
    """A small real project: two dyads, four interviews, coders Anna and Ben."""
    path = tmp_path / "study.ccrt"
    with Project.create(path, StudySettings(name="Test study"), small_system()) as project:
        fill_project(project)
    return path


@pytest.fixture
def project(project_path: Path) -> Iterator[Project]:
    with Project.open(project_path) as opened:
        yield opened


@pytest.fixture
def demo_path(tmp_path: Path) -> Path:
    """A copy of the demo study (Coder A and Coder B) that the test may change."""
    return demo_copy(tmp_path)


@pytest.fixture
def demo_project(demo_path: Path) -> Iterator[Project]:
    with Project.open(demo_path) as project:
        yield project


@pytest.fixture
def carla_demo(tmp_path: Path) -> Path:
    """A copy of the demo study with one more coder, Carla, who has coded nothing yet."""
    return demo_with_coder(tmp_path)


@pytest.fixture
def carla_window(qtbot, carla_demo: Path):  # type: ignore[no-untyped-def]
    """The app on that copy with Carla coding, showing D01's patient at phase 5."""
    from tests.gui.coding_helpers import open_window, show_interview

    window = open_window(qtbot, carla_demo, "Carla")
    window.interview = show_interview(qtbot, window, "D01", NarratorRole.PATIENT, 5)
    return window


@pytest.fixture
def opposed(tmp_path: Path) -> Iterator[Project]:
    """The study whose coders disagree systematically (Scott's π −1 for one pair)."""
    from PySide6.QtCore import QThreadPool

    from tests.gui.opposed_study import build_opposed

    with Project.open(build_opposed(tmp_path / "opposed.ccrt")) as project:
        yield project
    QThreadPool.globalInstance().waitForDone(10_000)
