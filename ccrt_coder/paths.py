"""Where the app finds its shipped files and where it keeps user data.

Works from a source tree, an installed wheel (files force-included under the package) and a
PyInstaller bundle (files collected under ``sys._MEIPASS``).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def _shipped_dir(name: str) -> Path:
    candidates = [
        _PACKAGE_DIR.parent / name,  # source tree / editable install
        _PACKAGE_DIR / f"_{name}",  # wheel
    ]
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.insert(0, Path(bundle) / name)
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"CCRT Coder installation is incomplete: no '{name}' folder found")


def resources_dir() -> Path:
    return _shipped_dir("resources")


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def migrations_dir() -> Path:
    return _shipped_dir("db")


def user_data_dir() -> Path:
    """The per-user folder for the demo copy and other app data (created on demand)."""
    override = os.environ.get("CCRT_CODER_DATA_DIR")
    if override:
        base = Path(override)
    elif sys.platform == "win32":
        base = Path(os.environ.get("APPDATA", Path.home() / "AppData" / "Roaming")) / "CCRT Coder"
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support" / "CCRT Coder"
    else:
        xdg = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
        base = Path(xdg) / "ccrt-coder"
    base.mkdir(parents=True, exist_ok=True)
    return base
