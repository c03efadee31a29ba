"""The synthetic study generator used by the benchmarks: sized as asked, deterministic."""

import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

from ccrt_coder.cli.entry import main
from ccrt_coder.usecases.project import Project


def _content(path: Path) -> list[tuple]:
    connection = sqlite3.connect(path)
    rows = connection.execute(
        "SELECT t.text, re.number, re.other_type, u.component, u.valence, s.start, s.end, c.code"
        " FROM coded_units u JOIN relationship_episodes re ON re.id = u.re_id"
        " JOIN transcripts t ON t.interview_id = re.interview_id"
        " JOIN unit_spans s ON s.unit_id = u.id"
        " JOIN unit_categories uc ON uc.unit_id = u.id JOIN categories c ON c.id = uc.category_id"
        " ORDER BY u.id"
    ).fetchall()
    connection.close()
    return rows


def test_generated_study_has_the_asked_size_and_is_deterministic(tmp_path: Path) -> None:
    for name in ("a.ccrt", "b.ccrt"):
        assert (
            main(["generate", str(tmp_path / name), "--dyads", "3", "--coders", "2", "--seed", "7"])
            == 0
        )
    assert _content(tmp_path / "a.ccrt") == _content(tmp_path / "b.ccrt")
    main(["generate", str(tmp_path / "c.ccrt"), "--dyads", "3", "--coders", "2", "--seed", "8"])
    assert _content(tmp_path / "a.ccrt") != _content(tmp_path / "c.ccrt")
    with Project.open(tmp_path / "a.ccrt") as project:
        info = project.info()
        assert (info.dyads, info.interviews, info.res) == (3, 18, 180)
        assert set(info.units) == {"Coder A", "Coder B"}
        interview = project.interviews()[0]
        text = project.transcript(interview.id).text
        (re, *_) = project.episodes(interview.id)
        unit = project.units([re.id])[0]
        quoted = text[unit.draft.spans[0].start : unit.draft.spans[0].end]
        assert quoted.endswith(".") and not quoted.startswith(("P:", "T:"))


def test_every_component_is_coded_on_a_line_written_for_it(tmp_path: Path) -> None:
    assert main(["generate", str(tmp_path / "g.ccrt"), "--dyads", "1", "--coders", "1"]) == 0
    words = {
        "W": ("wanted", "hoped", "wished"),
        "RO": ("turned", "told", "smiled", "got angry"),
        "RS": ("felt", "angry and left", "relieved", "ashamed"),
    }
    with Project.open(tmp_path / "g.ccrt") as project:
        seen = set()
        for interview in project.interviews():
            text = project.transcript(interview.id).text
            for unit in project.units([re.id for re in project.episodes(interview.id)]):
                span = unit.draft.spans[0]
                component = unit.draft.component.value
                assert any(w in text[span.start : span.end] for w in words[component])
                seen.add(component)
    assert seen == {"W", "RO", "RS"}


KILLED_GENERATE = """
import os, signal, sys
from ccrt_coder.usecases.generate import generate_study

def progress(done, total):
    os.kill(os.getpid(), signal.SIGKILL)

generate_study(sys.argv[1], 2, 2, progress=progress)
"""


def test_a_killed_generate_leaves_nothing_under_the_name_and_a_rerun_works(
    tmp_path: Path,
) -> None:
    out = tmp_path / "g.ccrt"
    env = {**os.environ, "PYTHONPATH": str(Path.cwd())}
    run = subprocess.run([sys.executable, "-c", KILLED_GENERATE, str(out)], env=env, check=False)
    assert run.returncode == -signal.SIGKILL
    left = [p.name for p in tmp_path.iterdir()]
    assert len(left) == 1 and left[0].startswith(".g.ccrt.") and left[0].endswith(".partial")
    assert main(["generate", str(out), "--dyads", "1", "--coders", "1"]) == 0
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # the leftover too
    with Project.open(out) as project:
        assert project.info().dyads == 1
