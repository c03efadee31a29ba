"""Test-wide set-up: Qt without a display, user data kept inside the test's tmp_path."""

import os
import re
from pathlib import Path

# Offscreen Qt on a usual desktop screen: its default, 800 x 800, is smaller than the windows
# the tests open, and the main window fits itself into its screen.
os.environ["QT_QPA_PLATFORM"] = re.sub(
    "^offscreen$",
    f"offscreen:configfile={Path(__file__).parent / 'data' / 'offscreen_screen.json'}",
    os.environ.get("QT_QPA_PLATFORM", "offscreen"),
)
# The GUI follows the system locale; the tests (and their subprocesses) read it in English.
os.environ["LANG"] = "en_US.UTF-8"
os.environ.pop("LC_ALL", None)
os.environ.pop("LC_MESSAGES", None)

import pytest

from ccrt_coder.usecases.project import Project
from tests.demo_file import demo_copy
from tests.factories import sample_draft


@pytest.fixture(autouse=True)
def _user_data_in_tmp(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each test's own user data folder, beside (not inside) the folder the test lists."""
    monkeypatch.setenv("CCRT_CODER_DATA_DIR", str(tmp_path_factory.mktemp("userdata")))


@pytest.fixture
def project(tmp_path: Path):
    """A real project file in tmp_path with one imported interview."""
    with Project.create(tmp_path / "study.ccrt") as opened:
        opened.import_narratives([sample_draft()])
        yield opened


@pytest.fixture
def study(tmp_path: Path) -> Path:
    """A copy of the demo study (Coder A, Coder B, a consensus layer) the test may change."""
    return demo_copy(tmp_path)
