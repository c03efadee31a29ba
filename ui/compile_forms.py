"""Compile the Designer forms in ui/ into ccrt_coder/gui/forms/ (``python ui/compile_forms.py``)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

UI_DIR = Path(__file__).resolve().parent
FORMS_DIR = UI_DIR.parent / "ccrt_coder" / "gui" / "forms"
VERSION_LINE = "Qt User Interface Compiler version"  # differs between PySide6 releases


def uic_command() -> list[str]:
    """``pyside6-uic``, or the uic binary shipped inside PySide6 when the script is missing."""
    script = shutil.which("pyside6-uic")
    if script:
        return [script]
    import PySide6

    folder = Path(PySide6.__file__).parent
    for candidate in (folder / "Qt" / "libexec" / "uic", folder / "uic", folder / "uic.exe"):
        if candidate.exists():
            return [str(candidate), "-g", "python"]
    raise FileNotFoundError("pyside6-uic is not installed (it comes with PySide6-Essentials)")


def form_module(ui_file: Path) -> Path:
    """``ui/coder_dialog.ui`` -> ``ccrt_coder/gui/forms/ui_coder_dialog.py``."""
    return FORMS_DIR / f"ui_{ui_file.stem}.py"


def compiled(ui_file: Path) -> str:
    """What uic makes of a form today."""
    done = subprocess.run(
        [*uic_command(), ui_file.name], cwd=UI_DIR, capture_output=True, text=True, check=True
    )
    return done.stdout


def without_version(source: str) -> list[str]:
    return [line for line in source.splitlines() if VERSION_LINE not in line]


def main() -> int:
    for ui_file in sorted(UI_DIR.glob("*.ui")):
        form_module(ui_file).write_text(compiled(ui_file), encoding="utf-8")
        print(f"{ui_file.name} -> {form_module(ui_file).relative_to(UI_DIR.parent)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
