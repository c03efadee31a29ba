"""Commands are registered lazily (issue 15): a run imports only the module of the command it
names, yet ``--help`` lists every command and an unknown one is still named as such."""

from __future__ import annotations

import argparse
import importlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from ccrt_coder.cli import registry
from ccrt_coder.cli.entry import main
from tests.demo_file import demo_copy

ROOT = Path(__file__).resolve().parents[2]


def _registered_by(module: str) -> list[str]:
    sub = argparse.ArgumentParser().add_subparsers()
    importlib.import_module(f"ccrt_coder.cli.{module}").register(sub)
    return list(sub.choices)


def test_the_table_names_every_command_of_every_module() -> None:
    found = {name: module for module in registry.MODULES for name in _registered_by(module)}
    assert found == registry.COMMANDS


def test_help_lists_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main(["--help"])
    assert done.value.code == 0
    shown = capsys.readouterr().out
    missing = [name for name in registry.COMMANDS if f"    {name}" not in shown]
    assert missing == []


def test_a_command_s_help_is_complete(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["screenshot", "--help"])
    shown = capsys.readouterr().out
    assert "--view" in shown and "--password-file" in shown


def test_an_unknown_command_is_a_one_line_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main(["scrrenshot", "x.png"])
    assert done.value.code == 2
    error = capsys.readouterr().err.splitlines()[-1]
    assert error.startswith("error: argument COMMAND: invalid choice: 'scrrenshot'")
    assert "'screenshot'" in error and "'agreement'" in error  # the choices are named


LOADED = """
import json, sys
from ccrt_coder.cli.entry import main
try:
    status = main(sys.argv[1:])
except SystemExit as exc:
    status = exc.code
print(json.dumps([status, sorted(m for m in sys.modules if m.endswith("_commands"))]))
"""


def _modules_after(*args: str) -> list:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    done = subprocess.run(
        [sys.executable, "-c", LOADED, *args], capture_output=True, text=True, env=env, check=True
    )
    return json.loads(done.stdout.splitlines()[-1])


def test_a_run_imports_only_its_command_s_module(tmp_path: Path) -> None:
    status, modules = _modules_after("info", str(demo_copy(tmp_path)))
    assert status == 0 and modules == ["ccrt_coder.cli.project_commands"]
    assert _modules_after("--version") == [0, []]
