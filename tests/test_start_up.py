"""The garbage collector waits while the app starts (``ccrt_coder.start_up``, issue 15).

It is paused from the command's start until the first frame is painted (the app, ``screenshot``)
or the command's own work begins (every other command), and runs again whenever ``main`` returns.
"""

from __future__ import annotations

import gc
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from ccrt_coder.cli import entry, project_commands
from tests.demo_file import demo_copy

ROOT = Path(__file__).resolve().parents[1]

# A screenshot view (the views' own plug-in registry) that notes whether the collector runs while
# the window is prepared for its first paint, then what it does once ``main`` has returned.
PROBE = """
import gc, json, sys
from ccrt_coder.cli.entry import main
from ccrt_coder.gui.shell import screenshot_views
seen = []
screenshot_views.register("probe", lambda window, project: seen.append(gc.isenabled()))
status = main(["screenshot", "--project", sys.argv[1], "--view", "probe", sys.argv[2]])
print(json.dumps([status, seen, gc.isenabled()]))
"""


def test_the_first_frame_is_painted_without_collections(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(demo_copy(tmp_path)), str(tmp_path / "shot.png")],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    assert json.loads(done.stdout.splitlines()[-1]) == [0, [False], True]


def test_a_command_does_its_work_with_the_collector_running(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    seen: list[bool] = []
    info = project_commands._info

    def noting(args):  # type: ignore[no-untyped-def]
        seen.append(gc.isenabled())
        return info(args)

    monkeypatch.setattr(project_commands, "_info", noting)
    assert entry.main(["info", str(demo_copy(tmp_path))]) == 0
    assert seen == [True] and gc.isenabled()


def test_the_collector_runs_again_after_a_failed_command(tmp_path: Path) -> None:
    (tmp_path / "x.ccrt").write_text("not a project")
    assert entry.main(["info", str(tmp_path / "x.ccrt")]) != 0
    assert gc.isenabled()
    with pytest.raises(SystemExit):
        entry.main(["no-such-command"])
    assert gc.isenabled()
