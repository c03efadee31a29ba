"""The main window's small dialogs: pick a project file, report an error, about the app."""

from __future__ import annotations

import platform
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ccrt_coder import __version__

PROJECT_SUFFIX = ".ccrt"
PROJECT_FILTER = f"CCRT Coder projects (*{PROJECT_SUFFIX});;All files (*)"


def is_project_path(path: Path) -> bool:
    return path.suffix.lower() == PROJECT_SUFFIX


def ask_project_to_open(parent: QWidget, folder: Path | None = None) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(
        parent, "Open project", str(folder or Path.home()), PROJECT_FILTER
    )
    return Path(name) if name else None


def ask_new_project_path(parent: QWidget, folder: Path | None = None) -> Path | None:
    """Where to create a project; ``.ccrt`` is added when missing.

    The dialog does not offer to overwrite: creating over an existing project would destroy
    coding work, so the project layer refuses and the user gets its message instead.
    """
    name, _ = QFileDialog.getSaveFileName(
        parent,
        "New project",
        str((folder or Path.home()) / f"study{PROJECT_SUFFIX}"),
        PROJECT_FILTER,
        options=QFileDialog.Option.DontConfirmOverwrite,
    )
    if not name:
        return None
    path = Path(name)
    return path if is_project_path(path) else path.with_name(path.name + PROJECT_SUFFIX)


def show_error(parent: QWidget | None, title: str, message: str) -> None:
    """A user-facing error: the message as is, never a traceback."""
    QMessageBox.warning(parent, title, message)


def show_about(parent: QWidget) -> None:
    QMessageBox.about(
        parent,
        "About CCRT Coder",
        f"<h3>CCRT Coder {__version__}</h3>"
        "<p>Code RAP interview transcripts with Luborsky's Core Conflictual Relationship "
        "Theme method: relationship episodes, wishes, responses of other and of self, "
        "CCRT formation and inter-rater agreement.</p>"
        f"<p style='color: gray'>Python {platform.python_version()} · "
        f"Qt for Python {pyside_version}</p>",
    )
