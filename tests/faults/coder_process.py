"""A coder's app in another process: ``python -m tests.faults.coder_process MODE ...``.

``code PROJECT CODER N``: opens the project as the GUI does (kept open, its change watch on),
codes N units one by one, printing each id once it is acknowledged, then is killed (SIGKILL)
before it could close anything.

``save-loop PROJECT CODER STOPFILE``: saves single units as the GUI does until STOPFILE exists;
prints ``ready`` after its first save, then at the end one JSON line: the acknowledged ids and
every failure's message.

``fill PROJECT CODER N``: codes up to N units as ``code`` does, but stops at the first failure
(a full disk, when opening or saving) and reports it as the app would: a user's or a database
error as one ``error:`` line on stderr, anything else as ``error: unexpected`` with its
traceback; exit status 1.
"""

from __future__ import annotations

import json
import os
import signal
import sys
import time
import traceback
from pathlib import Path

from ccrt_coder.core.domain import Component, Span
from ccrt_coder.core.records import UnitDraft
from ccrt_coder.usecases.domain import CcrtError, database_problem
from ccrt_coder.usecases.project import Project

LONGEST_LOOP_S = 60.0  # a save loop whose test died stops by itself
PAUSE_S = 0.01  # between saves: a fast coder, leaving the other writers some CPU


def unit_drafts(project: Project, coder: str, count: int) -> list[UnitDraft]:
    """``count`` W units of ``coder`` on a few characters of the first RE, each moved along."""
    interview = project.interviews()[0]
    re = project.episodes(interview.id)[0]
    coder_id = project.coder(coder).id
    w_code = next(c.code for c in project.category_system().categories if c.component == "W")
    start = re.spans[0].start
    spans = [Span(start + n % 20, start + n % 20 + 4 + n // 20 % 10) for n in range(count)]
    return [UnitDraft(re.id, coder_id, Component.W, (span,), (w_code,)) for span in spans]


def code_then_die(path: Path, coder: str, n: int) -> None:
    project = Project.open(path)
    project.watch_changes()
    for draft in unit_drafts(project, coder, n):
        print(project.code_unit(draft).id, flush=True)
    os.kill(os.getpid(), signal.SIGKILL)


def fill(path: Path, coder: str, n: int) -> int:
    try:  # opening too: on a full disk it may fail before the first save
        with Project.open(path) as project:
            project.watch_changes()
            for draft in unit_drafts(project, coder, n):
                print(project.code_unit(draft).id, flush=True)
    except CcrtError as exc:  # what the coding window shows in its message box
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except Exception as exc:  # a database error in plain words, as the window says it
        if (problem := database_problem(exc)) is not None:
            print(f"error: {problem}", file=sys.stderr)
            return 1
        traceback.print_exc()  # a bug: the campaign counts it
        print(f"error: unexpected {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    return 0


def save_loop(path: Path, coder: str, stop: Path) -> None:
    project = Project.open(path)
    project.watch_changes()
    saved: list[int] = []
    failures: list[str] = []
    drafts = unit_drafts(project, coder, 200)
    end = time.monotonic() + LONGEST_LOOP_S
    i = 0
    while not stop.exists() and time.monotonic() < end:
        try:  # a save, then the RE's units read anew, as the coding window does
            saved.append(project.code_unit(drafts[i % len(drafts)]).id)
            project.units([drafts[0].re_id])
        except Exception as exc:  # every failure is what the test counts
            failures.append(f"{type(exc).__name__}: {exc}")
        if i == 0:
            print("ready", flush=True)
        i += 1
        time.sleep(PAUSE_S)
    project.close()
    print(json.dumps({"saved": saved, "failures": failures}), flush=True)


if __name__ == "__main__":
    mode, project_path, coder_name, last = sys.argv[1:5]
    if mode == "code":
        code_then_die(Path(project_path), coder_name, int(last))
    elif mode == "fill":
        sys.exit(fill(Path(project_path), coder_name, int(last)))
    else:
        save_loop(Path(project_path), coder_name, Path(last))
