"""The fault tests' study, and the processes a test starts (killed if still running)."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from ccrt_coder.usecases.project import Project
from tests.factories import sample_draft
from tests.faults.processes import CODER


@pytest.fixture
def study(tmp_path: Path) -> Path:
    """A small project with one interview and the coder Ann."""
    path = tmp_path / "study.ccrt"
    with Project.create(path) as project:
        project.import_narratives([sample_draft()])
        project.add_coder(CODER)
    return path


@pytest.fixture
def processes() -> Iterator[list[subprocess.Popen[str]]]:
    """Processes a test starts; any still running at its end are killed."""
    started: list[subprocess.Popen[str]] = []
    yield started
    for process in started:
        if process.poll() is None:
            process.kill()
        process.communicate()
