"""File ▸ Import transcripts… and dropped files: the checked preview, import, replace, cancel."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QUndoCommand
from PySide6.QtWidgets import QApplication, QComboBox, QFileDialog, QLineEdit

from ccrt_coder.core.domain import NarratorRole
from ccrt_coder.gui.shell.app import make_main_window
from ccrt_coder.gui.shell.main_window import MainWindow
from ccrt_coder.gui.study.import_dialog import TranscriptImportDialog
from ccrt_coder.gui.study.import_model import DYAD, ENCODING, NARRATOR, PHASE, RES, STATUS
from ccrt_coder.gui.ui_settings import UiSettings
from ccrt_coder.usecases.project import Project
from tests.gui.test_main_window import remember_coder, tree_texts

THREE_RES = (
    "Interview after session 5\n"
    "RE 1: mother (Helga), past-childhood\n"
    "P: She never listened.\n"
    "RE 2: boss\n"
    "P: He shouted at me.\n"
    "RE 3a: partner\n"
    "P: We argued.\n"
    "RE 3b:\n"
    "P: Later we made up.\n"
)
ONE_RE = "RE 1: patient\nT: She came late and smiled.\n"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def interview_keys(project_path: Path) -> set[tuple[str, NarratorRole, int]]:
    with Project.open(project_path) as project:
        return {(i.dyad, i.narrator, i.phase) for i in project.interviews()}


@pytest.fixture
def window(qtbot, project_path: Path) -> MainWindow:
    remember_coder(project_path, "Anna")
    window = make_main_window(project_path)
    qtbot.addWidget(window)
    window.show()
    return window


@pytest.fixture
def files(tmp_path: Path) -> Path:
    folder = tmp_path / "transcripts"
    folder.mkdir()
    (folder / "D03_patient_5.txt").write_text(THREE_RES, encoding="utf-8")
    (folder / "P07-therapist-15.txt").write_text("RE 1: patient\nT: café.\n", encoding="cp1252")
    (folder / "dyad3 T 28.txt").write_text(ONE_RE, encoding="utf-16")
    return folder


def wait_idle(qtbot, dialog: TranscriptImportDialog) -> None:
    qtbot.waitUntil(lambda: not dialog.job.is_running(), timeout=20000)


def cell(dialog: TranscriptImportDialog, name: str, column: int) -> str:
    model = dialog.model
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == name)
    return str(model.index(row, column).data() or "")


def row_of(dialog: TranscriptImportDialog, name: str) -> int:
    model = dialog.model
    return next(r for r in range(model.rowCount()) if model.index(r, 0).data() == name)


def edit_cell(qtbot, dialog: TranscriptImportDialog, name: str, column: int, kind: type):
    """Double-click a cell; its editor."""
    table = dialog.table
    rect = table.visualRect(dialog.model.index(row_of(dialog, name), column))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    editor = table.viewport().findChild(kind)
    assert editor is not None
    return editor


def open_with_ctrl_i(qtbot, window: MainWindow, monkeypatch, paths: list[Path]):
    """Ctrl+I, then Add files… choosing ``paths`` in the file dialog."""
    qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    dialog = window.transcripts.dialog
    assert dialog is not None and dialog.isVisible()
    chosen = ([str(p) for p in paths], "")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *_a, **_k: chosen)
    qtbot.mouseClick(dialog.add_files_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, dialog)
    return dialog


def drop(window: MainWindow, paths: list[Path]) -> QDropEvent:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(QPoint(5, 5), Qt.DropAction.CopyAction, mime, buttons, keys)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    event = QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, mime, buttons, keys)
    QApplication.sendEvent(window, event)
    return event


def test_ctrl_i_previews_edits_and_imports_into_the_tree(
    qtbot, window: MainWindow, files: Path, project_path: Path, monkeypatch
) -> None:
    workspace = window.workspace
    patient5 = next(
        i for i in workspace.interviews() if (i.dyad, i.narrator, i.phase) == ("D01", "patient", 5)
    )
    workspace.show_interview(patient5.id)
    second = next(re for re in workspace.episodes() if re.number == 2)
    workspace.select_re(second.id)
    paths = sorted(files.iterdir())
    dialog = open_with_ctrl_i(qtbot, window, monkeypatch, paths)
    assert cell(dialog, "D03_patient_5.txt", DYAD) == "D03 (new)"
    assert cell(dialog, "D03_patient_5.txt", RES) == "3 (1, 2, 3a+3b)"
    assert cell(dialog, "P07-therapist-15.txt", ENCODING) == "Windows-1252"
    assert cell(dialog, "dyad3 T 28.txt", ENCODING) == "UTF-16 LE (BOM)"
    assert (cell(dialog, "dyad3 T 28.txt", NARRATOR), cell(dialog, "dyad3 T 28.txt", PHASE)) == (
        "therapist",
        "28",
    )
    # The user renames a dyad in its cell: double-click, type, Enter.
    editor = edit_cell(qtbot, dialog, "dyad3 T 28.txt", DYAD, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "D02")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # The delegate commits on the next turn of the event loop; the project has D02: not new.
    qtbot.waitUntil(lambda: cell(dialog, "dyad3 T 28.txt", DYAD) == "D02")
    # ... and chooses another phase from the study's phases.
    combo = edit_cell(qtbot, dialog, "P07-therapist-15.txt", PHASE, QComboBox)
    assert [combo.itemText(i) for i in range(combo.count())] == ["5", "15", "28"]
    combo.setCurrentIndex(0)
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: cell(dialog, "P07-therapist-15.txt", PHASE) == "5")
    assert dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=20000)
    assert interview_keys(project_path) >= {
        ("D03", NarratorRole.PATIENT, 5),
        ("P07", NarratorRole.THERAPIST, 5),
        ("D02", NarratorRole.THERAPIST, 28),
    }
    assert any(text.startswith("D03") for text in tree_texts(window))
    assert any(text.startswith("P07") for text in tree_texts(window))
    assert workspace.current_interview() is not None
    assert workspace.current_interview().id == patient5.id  # the coder's place is kept
    assert window.workspace.panel.current_re().id == second.id
    assert "7 interviews" in window.counts_text()
    assert window.transcripts.dialog.result_box is not None
    assert "Imported 3 interviews with 5 REs." in window.transcripts.dialog.result_box.text()


def test_dropped_files_and_folders_open_the_dialog_with_them(
    qtbot, window: MainWindow, files: Path, tmp_path: Path
) -> None:
    single = tmp_path / "D04_patient_15.txt"
    single.write_text(ONE_RE.replace("patient", "mother"), encoding="utf-8")
    drop(window, [files, single])
    qtbot.waitUntil(lambda: window.transcripts.dialog is not None)
    dialog = window.transcripts.dialog
    wait_idle(qtbot, dialog)
    assert dialog.model.file_count() == 4
    assert cell(dialog, "D04_patient_15.txt", STATUS) == "new; new dyad D04"


def test_a_dropped_picture_or_binary_file_says_why_and_imports_nothing(
    qtbot, window: MainWindow, tmp_path: Path, project_path: Path
) -> None:
    picture = tmp_path / "photo.png"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    binary = tmp_path / "D05_patient_5.txt"
    binary.write_bytes(b"\x00\x01\x02\x03" * 300 + b"\xff\xfe\x00")
    before = interview_keys(project_path)
    drop(window, [picture, binary])
    qtbot.waitUntil(lambda: window.transcripts.dialog is not None)
    dialog = window.transcripts.dialog
    wait_idle(qtbot, dialog)
    assert cell(dialog, "photo.png", STATUS) == (
        "unsupported file type '.png'; supported: .txt, .docx, .csv, .xlsx"
    )
    assert "not a text file" in cell(dialog, "D05_patient_5.txt", STATUS)
    assert not dialog.import_button.isEnabled()
    assert "Import is blocked by 2 file" in dialog.summary.text()  # "files" once translated
    assert "photo.png, D05_patient_5.txt." in dialog.summary.text()
    assert not dialog.start_import()
    assert interview_keys(project_path) == before


def test_bad_markers_and_undecodable_text_name_file_and_line(
    qtbot, window: MainWindow, tmp_path: Path, project_path: Path, monkeypatch
) -> None:
    marker = tmp_path / "D06_patient_5.txt"
    marker.write_text("RE 1: mother\nP: fine\nRE 2 boss\nP: again\n", encoding="utf-8")
    undecodable = tmp_path / "D07_patient_5.txt"
    undecodable.write_bytes(b"RE 1: mother\nP: caf\x81\x8d\n")
    good = tmp_path / "D08_patient_5.txt"
    good.write_text(THREE_RES, encoding="utf-8")
    before = digest(project_path)
    dialog = open_with_ctrl_i(qtbot, window, monkeypatch, [marker, undecodable, good])
    assert cell(dialog, "D06_patient_5.txt", STATUS).startswith(
        "line 3: cannot read RE marker 'RE 2 boss'"
    )
    assert "invalid bytes at byte offset 19 (line 2)" in cell(dialog, "D07_patient_5.txt", STATUS)
    dialog.table.selectRow(row_of(dialog, "D06_patient_5.txt"))
    assert dialog.details.text().startswith("D06_patient_5.txt: line 3: cannot read RE marker")
    assert not dialog.import_button.isEnabled()
    assert "D06_patient_5.txt: line 3" in dialog.import_button.toolTip()
    assert digest(project_path) == before
    # Removing the bad files lets the good one in.
    for name in ("D06_patient_5.txt", "D07_patient_5.txt"):
        dialog.table.selectRow(row_of(dialog, name))
        qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert dialog.import_button.isEnabled()


def test_cancel_writes_nothing(
    qtbot, window: MainWindow, tmp_path: Path, project_path: Path, monkeypatch
) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    for n in range(60):
        (folder / f"M{n:03d}_patient_5.txt").write_text(THREE_RES, encoding="utf-8")
    before = interview_keys(project_path)
    dialog = open_with_ctrl_i(qtbot, window, monkeypatch, [folder])
    assert dialog.model.file_count() == 60
    assert dialog.start_import()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.status_label.text() == "Import cancelled; nothing was imported."
    assert interview_keys(project_path) == before


def test_an_uncoded_interview_is_replaced_when_ticked(
    qtbot, window: MainWindow, tmp_path: Path, project_path: Path, monkeypatch
) -> None:
    corrected = tmp_path / "D02_patient_5.txt"
    corrected.write_text(THREE_RES, encoding="utf-8")
    window.coding.stack.push(QUndoCommand("an earlier step"))
    dialog = open_with_ctrl_i(qtbot, window, monkeypatch, [corrected])
    status = dialog.model.index(0, STATUS)
    assert status.data().startswith("already in the project: tick to replace")
    assert status.flags() & Qt.ItemFlag.ItemIsUserCheckable
    assert not dialog.import_button.isEnabled()
    dialog.model.setData(status, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert status.data() == "replaces the transcript in the project (nobody coded it)"
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=20000)
    with Project.open(project_path) as project:
        d02 = next(i for i in project.interviews() if i.dyad == "D02")
        assert project.transcript(d02.id).text == THREE_RES
        assert d02.n_res == 3
    shown = next(i for i in window.workspace.interviews() if i.dyad == "D02")
    assert shown.n_res == 3
    assert window.coding.stack.count() == 0  # no undo step may reach a replaced transcript's RE


def test_a_coded_interview_cannot_be_replaced(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    corrected = tmp_path / "D01_patient_5.txt"
    corrected.write_text(THREE_RES, encoding="utf-8")
    dialog = open_with_ctrl_i(qtbot, window, monkeypatch, [corrected])
    status = dialog.model.index(0, STATUS)
    assert status.data().startswith(
        "D01 / patient / phase 5 cannot be replaced: it is coded already (4 units"
    )
    assert not status.flags() & Qt.ItemFlag.ItemIsUserCheckable
    assert not dialog.import_button.isEnabled()


def test_the_name_pattern_is_editable_and_remembered(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    odd = tmp_path / "RAP-15-D09-P.txt"
    odd.write_text(THREE_RES, encoding="utf-8")
    dialog = open_with_ctrl_i(qtbot, window, monkeypatch, [odd])
    assert cell(dialog, odd.name, STATUS).startswith("tell the dyad, the narrator, the phase")
    dialog.pattern_edit.clear()
    qtbot.keyClicks(dialog.pattern_edit, "RAP_{phase}_{dyad")
    assert dialog.pattern_error.isVisibleTo(dialog)
    qtbot.keyClicks(dialog.pattern_edit, "}_{narrator}")
    assert not dialog.pattern_error.isVisibleTo(dialog)
    assert (cell(dialog, odd.name, DYAD), cell(dialog, odd.name, PHASE)) == ("D09 (new)", "15")
    assert UiSettings().import_name_pattern("") == "RAP_{phase}_{dyad}_{narrator}"


def test_dropping_transcripts_without_a_project_says_to_open_one(
    qtbot, tmp_path: Path, files: Path
) -> None:
    window = make_main_window()
    qtbot.addWidget(window)
    assert not window.transcripts.action.isEnabled()
    drop(window, [files])
    qtbot.waitUntil(lambda: window.transcripts.notice_box is not None)
    assert "Open or create a project first" in window.transcripts.notice_box.text()
    assert window.transcripts.dialog is None
