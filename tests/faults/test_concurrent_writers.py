"""Concurrent writers wait for each other instead of failing (issue 14, finding 5).

Before: transactions began with a deferred BEGIN and read before writing, so a writer whose
snapshot another program had committed past failed at once with "database is locked" (a
multi-line message with SQL): during a merge 3,700 of 7,019 single-unit saves failed; two
``import-codes`` at once failed 3 of 4 times.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from ccrt_coder.cli.entry import main
from ccrt_coder.storage import write_lock
from ccrt_coder.usecases.project import Project
from tests.factories import TRANSCRIPT
from tests.faults.coder_process import unit_drafts
from tests.faults.processes import CODER, ccrt_coder, python
from tests.io.test_codes_import import write_units_csv

ROWS = 150  # per units sheet: enough for its import to overlap the other writers


def units_sheet(path: Path, coder: str) -> Path:
    """``ROWS`` distinct W units of ``coder`` on the sample interview's first RE."""
    first = TRANSCRIPT.index("P: I wanted")  # RE 1 runs 63 characters from here
    rows = [
        {"dyad": "D01", "narrator": "patient", "phase": "5", "re": "1", "coder": coder,
         "layer": "coder", "component": "W", "category_code": "W1",
         "start": str(first + n % 30), "end": str(first + n % 30 + 5 + n // 30)}
        for n in range(ROWS)
    ]  # fmt: skip
    return write_units_csv(path, rows)


@contextmanager
def saving_as_the_app_does(
    study: Path, stop: Path, processes: list[subprocess.Popen[str]]
) -> Iterator[dict[str, list]]:
    """Another process saves single units into ``study`` for as long as the block runs; then
    the block's dict holds what it saved and every failure."""
    saver = python("-m", "tests.faults.coder_process", "save-loop", study, CODER, stop)
    processes.append(saver)
    assert saver.stdout is not None and saver.stdout.readline().strip() == "ready"
    outcome: dict[str, list] = {}
    yield outcome
    stop.touch()
    out, err = saver.communicate(timeout=60)
    assert saver.returncode == 0, err
    outcome.update(json.loads(out.splitlines()[-1]))


def finished(process: subprocess.Popen[str]) -> tuple[int, str, str]:
    out, err = process.communicate(timeout=120)
    return process.returncode, out, err


def units_of(study: Path, coder: str) -> set[int]:
    with Project.open(study) as project:
        interview = project.interviews()[0]
        res = [re.id for re in project.episodes(interview.id)]
        return {u.id for u in project.units(res, project.coder(coder).id)}


def test_two_imports_of_codes_a_merge_and_the_apps_saves_at_once_all_succeed(
    study: Path, tmp_path: Path, processes: list[subprocess.Popen[str]]
) -> None:
    source = tmp_path / "dan.ccrt"
    with Project.open(study) as project:
        project.write_coder_copy(CODER, source)  # a copy of the same study for Dan to code
    with Project.open(source) as copy:
        copy.add_coder("Dan")
        copy.add_units(unit_drafts(copy, "Dan", ROWS))
    sheets = [units_sheet(tmp_path / f"{name}.csv", name) for name in ("Ben", "Cleo")]
    with saving_as_the_app_does(study, tmp_path / "stop", processes) as saves:
        writers = [ccrt_coder("import-codes", study, sheet) for sheet in sheets]
        writers.append(ccrt_coder("merge", study, source))
        processes.extend(writers)
        results = [finished(process) for process in writers]
    assert [(code, err) for code, _, err in results] == [(0, "")] * 3
    assert saves["failures"] == [] and len(saves["saved"]) > 0
    assert set(saves["saved"]) == units_of(study, CODER)
    assert [len(units_of(study, name)) for name in ("Ben", "Cleo", "Dan")] == [ROWS] * 3


@pytest.fixture
def lock_held_elsewhere(study: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Another program holds the write lock (uncommitted) past a write's wait, shortened."""
    monkeypatch.setattr(write_lock, "WAIT_SECONDS", 0.4)
    other = sqlite3.connect(study, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    other.execute("UPDATE coders SET name = name")
    yield
    other.execute("ROLLBACK")
    other.close()


@pytest.mark.usefixtures("lock_held_elsewhere")
def test_a_lock_held_past_the_wait_is_one_clear_line(
    study: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sheet = units_sheet(tmp_path / "ben.csv", "Ben")
    code = main(["import-codes", str(study), str(sheet)])
    out, err = capsys.readouterr()
    assert code == 1 and out == ""
    assert err == "error: the project study.ccrt is busy in another program; try again\n"


@pytest.mark.usefixtures("lock_held_elsewhere")
def test_reads_do_not_wait_for_another_programs_write(study: Path) -> None:
    with Project.open(study) as project:
        start = time.monotonic()
        interview = project.interviews()[0]
        project.units([re.id for re in project.episodes(interview.id)])
        assert project.coder(CODER).name == CODER
        assert time.monotonic() - start < write_lock.ATTEMPT_MS / 1000


def test_a_write_waits_for_another_programs_and_says_so(study: Path) -> None:
    other = sqlite3.connect(study, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
    other.execute("UPDATE coders SET name = name")
    finish = threading.Timer(0.6, lambda: other.execute("COMMIT"))
    heard: list[bool] = []
    with Project.open(study) as project:
        project.on_write_wait(heard.append)
        finish.start()
        start = time.monotonic()
        project.add_coder("Ben")
        waited = time.monotonic() - start
        names = [c.name for c in project.coders()]
    finish.join()
    other.close()
    assert heard == [True, False] and waited >= 0.5
    assert names == [CODER, "Ben"]
