"""A project file is always whole: a copy of ``study.ccrt`` alone, taken while the app has it
open or after the app was killed, holds every acknowledged action (issue 14, item 1)."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from ccrt_coder.storage.checkpointer import WHOLE_WITHIN_S
from ccrt_coder.usecases.project import Project
from tests.faults.coder_process import unit_drafts
from tests.faults.processes import CODER, python


def unit_ids(path: Path) -> set[int]:
    with Project.open(path) as project:
        interview = project.interviews()[0]
        res = [re.id for re in project.episodes(interview.id)]
        return {unit.id for unit in project.units(res)}


def copy_alone(study: Path, to: Path) -> Path:
    """What a coder does to send the file: a plain copy of the file, without ``-wal``."""
    assert not Path(f"{to}-wal").exists()
    shutil.copyfile(study, to)
    return to


def copy_soon_after(study: Path, to: Path, holds: Callable[[Path], bool]) -> Path:
    """A plain copy taken as soon as it ``holds`` the save, at most WHOLE_WITHIN_S after it (the
    window's checkpoint runs on its own thread right after the save returns)."""
    deadline = time.monotonic() + WHOLE_WITHIN_S
    while not holds(copy_alone(study, to)) and time.monotonic() < deadline:
        to.unlink()
        time.sleep(0.005)
    return to


def memo_of(path: Path, re_id: int) -> str:
    with Project.open(path) as sent:
        return sent.units([re_id])[0].draft.memo


def test_a_copy_of_the_open_project_holds_the_unit_just_coded(study: Path, tmp_path: Path) -> None:
    with Project.open(study) as project:  # kept open
        project.watch_changes()
        unit = project.code_unit(unit_drafts(project, CODER, 1)[0])
        assert unit.id in unit_ids(copy_alone(study, tmp_path / "sent.ccrt"))  # at once
        project.edit_unit(unit.id, replace(unit.draft, memo="second thoughts"))
        assert memo_of(copy_alone(study, tmp_path / "again.ccrt"), unit.draft.re_id) == (
            "second thoughts"
        )


def test_the_window_s_saves_reach_the_file_within_the_bound(study: Path, tmp_path: Path) -> None:
    with Project.open(study) as project:  # kept open, as the window keeps it
        project.watch_changes()
        project.checkpoint_in_background()
        unit = project.code_unit(unit_drafts(project, CODER, 1)[0])
        copy = copy_soon_after(study, tmp_path / "sent.ccrt", lambda c: unit.id in unit_ids(c))
        assert unit.id in unit_ids(copy)
        project.edit_unit(unit.id, replace(unit.draft, memo="second thoughts"))
        copy.unlink()
        re_id = unit.draft.re_id
        copy_soon_after(study, copy, lambda c: memo_of(c, re_id) == "second thoughts")
        assert memo_of(copy, re_id) == "second thoughts"


def test_a_killed_app_leaves_a_file_whose_copy_holds_every_acknowledged_unit(
    study: Path, tmp_path: Path
) -> None:
    coder = python("-m", "tests.faults.coder_process", "code", study, CODER, 5)
    out, err = coder.communicate(timeout=60)
    assert coder.returncode == -9, err  # killed, no close, no checkpoint on the way out
    acknowledged = {int(line) for line in out.split()}
    assert len(acknowledged) == 5
    assert Path(f"{study}-wal").exists()  # the log is left behind, as after a crash
    assert acknowledged <= unit_ids(copy_alone(study, tmp_path / "sent.ccrt"))


def test_a_program_that_ends_without_closing_leaves_its_saves_in_the_file(
    study: Path, tmp_path: Path
) -> None:
    script = (
        "import sys; from pathlib import Path; from ccrt_coder.usecases.project import Project; "
        "from tests.faults.coder_process import unit_drafts; "
        "project = Project.open(Path(sys.argv[1])); "
        "print(project.code_unit(unit_drafts(project, sys.argv[2], 1)[0]).id)"
    )  # no close: the interpreter ends with the checkpoint still to do
    coder = python("-c", script, study, CODER)
    out, err = coder.communicate(timeout=60)
    assert coder.returncode == 0, err
    assert int(out) in unit_ids(copy_alone(study, tmp_path / "sent.ccrt"))


def test_work_a_reader_elsewhere_held_in_the_log_reaches_the_file_when_idle(
    study: Path, tmp_path: Path
) -> None:
    reader = sqlite3.connect(study, isolation_level=None)  # another program, mid-read
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM coded_units").fetchone()
    with Project.open(study) as project:
        unit = project.code_unit(unit_drafts(project, CODER, 1)[0])
        assert unit.id not in unit_ids(copy_alone(study, tmp_path / "early.ccrt"))
        reader.close()
        project.catch_up()  # the app's next idle moment
        assert unit.id in unit_ids(copy_alone(study, tmp_path / "sent.ccrt"))


def test_the_coder_copy_taken_while_another_program_saves_is_whole(
    study: Path, tmp_path: Path, processes: list[subprocess.Popen[str]]
) -> None:
    stop = tmp_path / "stop"
    saver = python("-m", "tests.faults.coder_process", "save-loop", study, CODER, stop)
    processes.append(saver)
    assert saver.stdout is not None and saver.stdout.readline().strip() == "ready"
    with Project.open(study) as project:
        for n in range(3):
            before = len(unit_ids(study))
            report = project.write_coder_copy(CODER, tmp_path / f"copy-{n}.ccrt")
            copy = sqlite3.connect(report.path)
            assert copy.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            copy.close()
            assert report.units >= before and len(unit_ids(report.path)) == report.units
    stop.touch()
    saver.communicate(timeout=60)
    assert saver.returncode == 0
