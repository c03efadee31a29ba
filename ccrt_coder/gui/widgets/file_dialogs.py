"""Every file dialog of the app: it starts in the folder last used for that kind of file, else in
the user's documents folder, and remembers where the user chose a file.

Never the app's own data folder (where the demo study lives, hidden on Linux and macOS): a
remembered folder inside it is passed over, so exporting from the demo offers Documents.
The memory lives in the window's :class:`UiSettings`, found through the dialog's parents (the
panels deep in a view would otherwise need the settings passed through every constructor).
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from ccrt_coder.gui.ui_settings import UiSettings
from ccrt_coder.paths import user_data_dir


class FileKind(StrEnum):
    """Kinds of file with a start folder of their own (the values are settings keys)."""

    PROJECT = "project"
    MERGE_COPIES = "mergeCopies"
    CODED_UNITS = "codedUnits"
    EXPORT = "export"
    QDPX = "qdpx"
    FIGURE = "figure"
    CATEGORY_SYSTEM = "categorySystem"
    TRANSCRIPTS = "transcripts"
    CODER_COPIES = "coderCopies"
    UNITS_TABLE = "unitsTable"


def documents_folder() -> Path:
    """The user's documents folder (their home where the system names none or it is missing)."""
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(location) if location else Path.home()
    return folder if folder.is_dir() else Path.home()


def start_folder(parent: QWidget | None, kind: FileKind) -> Path:
    """Where a dialog for ``kind`` opens: the last folder used for it, else the documents."""
    folder = _settings_of(parent).last_folder(kind.value)
    if folder is not None and folder.is_dir() and not _in_app_data(folder):
        return folder
    return documents_folder()


def suggested_path(parent: QWidget | None, kind: FileKind, name: str) -> Path:
    """A file called ``name`` in the start folder for ``kind`` (a default target to offer)."""
    return start_folder(parent, kind) / name


def ask_open(parent: QWidget, kind: FileKind, title: str, filters: str) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(parent, title, str(start_folder(parent, kind)), filters)
    return _chosen(parent, kind, Path(name)) if name else None


def ask_open_many(parent: QWidget, kind: FileKind, title: str, filters: str) -> list[Path]:
    names, _ = QFileDialog.getOpenFileNames(parent, title, str(start_folder(parent, kind)), filters)
    if names:
        _chosen(parent, kind, Path(names[0]))
    return [Path(name) for name in names]


def ask_folder(parent: QWidget, kind: FileKind, title: str) -> Path | None:
    name = QFileDialog.getExistingDirectory(parent, title, str(start_folder(parent, kind)))
    if not name:
        return None
    _remember(parent, kind, Path(name))  # next time: in it again
    return Path(name)


def ask_save(
    parent: QWidget,
    kind: FileKind,
    title: str,
    name: str,
    filters: str,
    selected_filter: str = "",
    confirm_overwrite: bool = True,
) -> tuple[Path | None, str]:
    """The file to write (None if cancelled) and the filter chosen; offers ``name`` in the start
    folder. ``confirm_overwrite=False`` where the caller checks (or refuses) existing files."""
    options = QFileDialog.Option(0)
    if not confirm_overwrite:
        options |= QFileDialog.Option.DontConfirmOverwrite
    chosen, used = QFileDialog.getSaveFileName(
        parent, title, str(suggested_path(parent, kind, name)), filters, selected_filter, options
    )
    return (_chosen(parent, kind, Path(chosen)) if chosen else None), used


def _chosen(parent: QWidget | None, kind: FileKind, path: Path) -> Path:
    """Remember the folder of a chosen file for the next dialog of its kind."""
    _remember(parent, kind, path.parent)
    return path


def _remember(parent: QWidget | None, kind: FileKind, folder: Path) -> None:
    settings = _settings_of(parent)
    settings.set_last_folder(kind.value, folder)
    settings.sync()


def _settings_of(parent: QWidget | None) -> UiSettings:
    """The settings of the window ``parent`` belongs to (the user's, outside a window)."""
    widget = parent
    while widget is not None:
        settings = getattr(widget, "ui_settings", None)
        if isinstance(settings, UiSettings):
            return settings
        widget = widget.parentWidget()
    return UiSettings()


def _in_app_data(folder: Path) -> bool:
    return folder.resolve().is_relative_to(user_data_dir().resolve())
