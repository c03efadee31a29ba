"""Every file dialog starts in the documents folder (never the app's data folder, where the demo
lives) and then in the folder last used for its kind of file."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from ccrt_coder.gui.shell.main_window import MainWindow
from ccrt_coder.gui.shell.view_switcher import AGREEMENT, COMPARISON
from ccrt_coder.gui.ui_settings import UiSettings
from ccrt_coder.gui.widgets import dialogs
from ccrt_coder.gui.widgets.file_dialogs import FileKind, documents_folder, start_folder
from ccrt_coder.paths import user_data_dir


class Dialogs:
    """Stands in for QFileDialog: notes the folder (or file) each dialog would start at and
    answers with ``answer`` (nothing: as if cancelled)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.starts: list[Path] = []
        self.answer = ""
        for name in ("getOpenFileName", "getSaveFileName"):
            monkeypatch.setattr(QFileDialog, name, self._one)
        monkeypatch.setattr(QFileDialog, "getOpenFileNames", self._many)
        monkeypatch.setattr(QFileDialog, "getExistingDirectory", self._folder)

    def _one(self, _parent, _title, start, *_rest) -> tuple[str, str]:
        self.starts.append(Path(start))
        return self.answer, ""

    def _many(self, _parent, _title, start, *_rest) -> tuple[list[str], str]:
        self.starts.append(Path(start))
        return ([self.answer] if self.answer else []), ""

    def _folder(self, _parent, _title, start, *_rest) -> str:
        self.starts.append(Path(start))
        return self.answer

    def last(self) -> Path:
        return self.starts[-1]


@pytest.fixture
def file_dialogs(monkeypatch: pytest.MonkeyPatch) -> Dialogs:
    return Dialogs(monkeypatch)


@pytest.fixture
def demo_window(qtbot) -> MainWindow:
    """The app on the demo study, which lives in the app's data folder."""
    window = MainWindow(UiSettings(), ask_for_coder=False)  # the user's (test) settings
    qtbot.addWidget(window)
    assert window.open_demo()
    assert window.project is not None
    assert window.project.path.parent == user_data_dir()
    return window


def test_every_dialog_starts_in_the_documents_folder(
    qtbot, demo_window: MainWindow, file_dialogs: Dialogs
) -> None:
    window, documents = demo_window, documents_folder()
    assert not documents.resolve().is_relative_to(user_data_dir().resolve())
    window.open_action.trigger()
    assert file_dialogs.last() == documents
    window.new_action.trigger()
    assert file_dialogs.last() == documents / "study.ccrt"
    window.exchange.ask_export_qdpx()
    assert file_dialogs.last() == documents / "demo.qdpx"
    window.exchange.ask_import_qdpx()
    assert file_dialogs.last() == documents
    export = window.exchange.open_export()
    assert export is not None and export.target() == documents / "demo.xlsx"
    export.browse()
    assert file_dialogs.last() == documents / "demo.xlsx"
    export.reject()
    codes = window.exchange.open_import_codes()
    assert codes is not None
    codes.browse()
    assert file_dialogs.last() == documents
    codes.reject()
    merge = window.exchange.open_merge()
    assert merge is not None
    merge.browse()
    assert file_dialogs.last() == documents
    merge.reject()
    comparison = window.views.show_view(COMPARISON)
    comparison.charts.ask_and_export()  # type: ignore[attr-defined]
    assert file_dialogs.last().parent == documents
    agreement = window.views.show_view(AGREEMENT)
    agreement.heatmap.ask_and_export()  # type: ignore[attr-defined]
    assert file_dialogs.last() == documents / "cluster-presence-kappa.png"
    assert len(file_dialogs.starts) == 9


def test_the_study_set_up_dialogs_start_in_the_documents_folder_too(
    qtbot, demo_window: MainWindow, file_dialogs: Dialogs
) -> None:
    from ccrt_coder.gui.exchange.coder_copies_dialog import CoderCopiesDialog
    from ccrt_coder.gui.exchange.send_work import ask_target

    window, documents = demo_window, documents_folder()
    assert window.project is not None
    transcripts = window.transcripts.open_dialog()
    assert transcripts is not None
    transcripts.browse_files()
    assert file_dialogs.last() == documents
    transcripts.browse_folder()
    assert file_dialogs.last() == documents
    transcripts.reject()
    categories = window.categories.open_dialog()
    assert categories is not None
    categories.export_file()
    assert file_dialogs.last().parent == documents
    categories.close()
    copies = CoderCopiesDialog(window.project, window)
    assert copies.folder() == documents
    copies.browse()
    assert file_dialogs.last() == documents
    copies.reject()
    ask_target(window, window.project.path, "Coder A (L. Berger)")
    assert file_dialogs.last() == documents / "demo-Coder A (L. Berger).ccrt"
    assert len(file_dialogs.starts) == 5


def test_each_kind_of_file_remembers_its_own_folder(
    qtbot, demo_window: MainWindow, file_dialogs: Dialogs, tmp_path: Path
) -> None:
    window = demo_window
    studies, exports = tmp_path / "studies", tmp_path / "exports"
    studies.mkdir()
    exports.mkdir()
    file_dialogs.answer = str(studies / "other.ccrt")
    assert dialogs.ask_project_to_open(window) == studies / "other.ccrt"
    file_dialogs.answer = str(exports / "coding.xlsx")
    export = window.exchange.open_export()
    assert export is not None
    export.browse()
    assert export.target() == exports / "coding.xlsx"
    export.reject()
    file_dialogs.answer = ""
    window.new_action.trigger()
    assert file_dialogs.last() == studies / "study.ccrt"  # projects: where one was chosen
    window.exchange.ask_export_qdpx()
    assert file_dialogs.last() == documents_folder() / "demo.qdpx"  # qdpx: none chosen yet
    again = window.exchange.open_export()
    assert again is not None and again.target() == exports / "demo.xlsx"
    again.reject()
    # kept in the user's settings for the next start
    assert UiSettings().last_folder(FileKind.PROJECT.value) == studies
    assert UiSettings().last_folder(FileKind.EXPORT.value) == exports


def test_a_remembered_folder_in_the_app_data_or_gone_is_passed_over(
    qtbot, demo_window: MainWindow, tmp_path: Path
) -> None:
    settings = demo_window.ui_settings
    settings.set_last_folder(FileKind.EXPORT.value, user_data_dir())
    assert start_folder(demo_window, FileKind.EXPORT) == documents_folder()
    settings.set_last_folder(FileKind.QDPX.value, tmp_path / "deleted")
    assert start_folder(demo_window, FileKind.QDPX) == documents_folder()
    settings.set_last_folder(FileKind.FIGURE.value, tmp_path)
    assert start_folder(demo_window, FileKind.FIGURE) == tmp_path
