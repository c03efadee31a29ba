"""The main window's small dialogs: pick a project file, report an error, about the app."""

from __future__ import annotations

from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ccrt_coder import __version__
from ccrt_coder.gui.widgets.file_dialogs import FileKind, ask_open, ask_save
from ccrt_coder.gui.widgets.plain_text import as_text
from ccrt_coder.usecases.domain import CcrtError

PROJECT_SUFFIX = ".ccrt"
IMAGE_SUFFIXES = (".png", ".svg")


def project_filter() -> str:
    return QCoreApplication.translate(
        "widgets.dialogs", "CCRT Coder projects (*{suffix});;All files (*)"
    ).format(suffix=PROJECT_SUFFIX)


def image_filters() -> dict[str, str]:
    """File-dialog filters for exporting a figure, each with its suffix."""
    return {
        QCoreApplication.translate("widgets.dialogs", "PNG image (*.png)"): ".png",
        QCoreApplication.translate("widgets.dialogs", "SVG drawing (*.svg)"): ".svg",
    }


def is_project_path(path: Path) -> bool:
    return path.suffix.lower() == PROJECT_SUFFIX


def ask_project_to_open(parent: QWidget) -> Path | None:
    title = QCoreApplication.translate("widgets.dialogs", "Open project")
    return ask_open(parent, FileKind.PROJECT, title, project_filter())


def ask_new_project_path(parent: QWidget) -> Path | None:
    """Where to create a project; ``.ccrt`` is added when missing.

    The dialog does not offer to overwrite: creating over an existing project would destroy
    coding work, so the project layer refuses and the user gets its message instead.
    """
    title = QCoreApplication.translate("widgets.dialogs", "New project")
    name = f"study{PROJECT_SUFFIX}"
    path, _ = ask_save(
        parent, FileKind.PROJECT, title, name, project_filter(), confirm_overwrite=False
    )
    if path is None:
        return None
    return path if is_project_path(path) else path.with_name(path.name + PROJECT_SUFFIX)


def may_replace(parent: QWidget, existing: list[Path]) -> bool:
    """Ask before files the user chose are overwritten (Cancel is the default); a file that
    cannot be replaced (read-only, a folder) is refused at once instead of asked about."""
    from ccrt_coder.usecases.output_targets import check_replaceable  # not before first paint

    try:
        check_replaceable(existing)
    except CcrtError as error:
        show_error(
            parent, QCoreApplication.translate("widgets.dialogs", "Cannot write there"), str(error)
        )
        return False
    names = "\n".join(path.name for path in existing)
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("widgets.dialogs", "Replace files?"),
        as_text(
            QCoreApplication.translate(
                "widgets.dialogs", "These files exist already and will be replaced:\n\n{names}"
            ).format(names=names)
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Yes


def show_error(parent: QWidget | None, title: str, message: str) -> None:
    """A user-facing error: the message as is, never a traceback."""
    QMessageBox.warning(parent, title, as_text(message))


def show_about(parent: QWidget) -> None:
    import platform  # the About box's, not every start's

    QMessageBox.about(
        parent,
        QCoreApplication.translate("widgets.dialogs", "About CCRT Coder"),
        QCoreApplication.translate(
            "widgets.dialogs",
            "<h3>CCRT Coder {version__}</h3><p>Code RAP interview transcripts with "
            "Luborsky's Core Conflictual Relationship Theme method: relationship "
            "episodes, wishes, responses of other and of self, CCRT formation and "
            "inter-rater agreement.</p><p style='color: gray'>Python "
            "{python_version} · Qt for Python {pyside_version}</p>",
        ).format(
            version__=__version__,
            python_version=platform.python_version(),
            pyside_version=pyside_version,
        ),
    )
