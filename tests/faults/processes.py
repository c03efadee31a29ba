"""A second program on the same project file: this checkout's code in another process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CODER = "Ann"


def python(*args: object) -> subprocess.Popen[str]:
    """``python ARGS`` from the repository root with this checkout's code, output piped."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(
        [sys.executable, *map(str, args)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def ccrt_coder(*args: object) -> subprocess.Popen[str]:
    """The ``ccrt-coder`` command of this checkout in another process."""
    return python("-m", "ccrt_coder", *args)
