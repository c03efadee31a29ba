"""Test-wide set-up: Qt without a display, user data kept inside the test's tmp_path."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The GUI follows the system locale; the tests (and their subprocesses) read it in English.
os.environ["LANG"] = "en_US.UTF-8"
os.environ.pop("LC_ALL", None)
os.environ.pop("LC_MESSAGES", None)

from pathlib import Path

import pytest

from ccrt_coder.usecases.project import Project
from tests.factories import sample_draft


@pytest.fixture(autouse=True)
def _user_data_in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CCRT_CODER_DATA_DIR", str(tmp_path / "userdata"))


@pytest.fixture
def project(tmp_path: Path):
    """A real project file in tmp_path with one imported interview."""
    with Project.create(tmp_path / "study.ccrt") as opened:
        opened.import_narratives([sample_draft()])
        yield opened
