"""The demo study as a file: built once per test process, copied for each test that changes it."""

from __future__ import annotations

import atexit
import shutil
import tempfile
from functools import cache
from pathlib import Path

from ccrt_coder.usecases.demo import build_demo


@cache
def _demo_master() -> Path:
    """The demo study, built once per test process (about a second)."""
    folder = Path(tempfile.mkdtemp(prefix="ccrt-comparison-demo-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    path = folder / "demo.ccrt"
    build_demo(path)
    return path


def demo_copy(folder: Path) -> Path:
    """A copy of the demo study in ``folder`` that a test may change."""
    path = folder / "demo.ccrt"
    shutil.copyfile(_demo_master(), path)
    return path
