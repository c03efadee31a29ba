"""Which language the GUI speaks: chosen or the system locale's, loaded before any window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

SYSTEM = "system"
# Each language is named in itself, so a user can find their own in any UI language.
LANGUAGES = {"en": "English", "de": "Deutsch"}
TRANSLATIONS_DIR = Path(__file__).resolve().parent / "translations"

_installed: list[QTranslator] = []


def language_code(choice: str | None) -> str:
    """``en`` or ``de``: the chosen language, or the system's when the choice is ``system``."""
    if choice in LANGUAGES:
        return choice
    system = QLocale.system().name().split("_")[0]
    return system if system in LANGUAGES else "en"


def install_language(app: QCoreApplication, choice: str | None = SYSTEM) -> str:
    """Install the translators for ``choice`` (replacing earlier ones); returns the code used."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    code = language_code(choice)
    files = [(f"ccrt_coder_{code}", str(TRANSLATIONS_DIR))]  # English too: its plural forms
    if code != "en":  # Qt's own buttons and dialogs
        files.append(
            (f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
        )
    for name, folder in files:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
    return code
