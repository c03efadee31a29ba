"""Regenerate the GUI's translation sources and binaries (``python ui/update_translations.py``).

``pyside6-lupdate`` collects every ``tr()``/``translate()`` string of ``ccrt_coder/gui`` and the
Designer forms in ``ui/`` into ``ccrt_coder/gui/translations/*.ts`` (translations already made are
kept); ``pyside6-lrelease`` compiles each ``.ts`` into the ``.qm`` the app loads. English is the
source language: its ``.ts`` holds only the plural forms (``%n``).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

UI_DIR = Path(__file__).resolve().parent
PACKAGE_GUI = UI_DIR.parent / "ccrt_coder" / "gui"
TRANSLATIONS = PACKAGE_GUI / "translations"
LANGUAGES = ("de", "en")


def ts_file(language: str, folder: Path = TRANSLATIONS) -> Path:
    return folder / f"ccrt_coder_{language}.ts"


def sources() -> list[Path]:
    """The GUI's Python modules (not the generated forms: their .ui files stand in) and forms."""
    modules = [p for p in sorted(PACKAGE_GUI.rglob("*.py")) if "forms" not in p.parts]
    return [*modules, *sorted(UI_DIR.glob("*.ui"))]


def _tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}")
    if found is None:
        raise FileNotFoundError(f"pyside6-{name} is not installed (it comes with PySide6)")
    return found


def update_ts(language: str, folder: Path = TRANSLATIONS) -> Path:
    """Bring ``ccrt_coder_<language>.ts`` in ``folder`` up to date with the sources."""
    target = ts_file(language, folder)
    options = ["-no-obsolete", "-locations", "none", "-target-language", language]
    if language == "en":
        options.append("-pluralonly")
    listing = folder / f".lupdate-{language}.lst"
    listing.write_text("\n".join(str(p) for p in sources()) + "\n", encoding="utf-8")
    try:
        subprocess.run(
            [_tool("lupdate"), *options, f"@{listing}", "-ts", str(target)],
            check=True,
            capture_output=True,
        )
    finally:
        listing.unlink()
    return target


def release(ts: Path, qm: Path) -> None:
    subprocess.run([_tool("lrelease"), str(ts), "-qm", str(qm)], check=True, capture_output=True)


def main() -> int:
    for language in LANGUAGES:
        ts = update_ts(language)
        release(ts, ts.with_suffix(".qm"))
        print(f"updated {ts.name} and {ts.with_suffix('.qm').name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
