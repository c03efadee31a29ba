"""MainWindow: welcome page, opening projects, tree -> transcript -> RE, errors, recent files."""

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from ccrt_coder.core.domain import NarratorRole
from ccrt_coder.gui.shell.app import make_main_window
from ccrt_coder.gui.shell.main_window import MainWindow
from ccrt_coder.gui.ui_settings import MAX_RECENT, UiSettings
from ccrt_coder.usecases.project import Project


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Message boxes the window would show (title, message), instead of showing them."""
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _p, title, text, *a: shown.append((title, text))
    )
    return shown


def remember_coder(project_path: Path, name: str) -> None:
    """A returning coder: the window takes them without asking "Who is coding?"."""
    with Project.open(project_path) as project:
        UiSettings().set_coder_for(project_path, project.coder(name).id)


@pytest.fixture
def window(qtbot, project_path: Path) -> MainWindow:
    remember_coder(project_path, "Anna")
    window = make_main_window(project_path)
    qtbot.addWidget(window)
    window.show()
    return window


def tree_texts(window: MainWindow) -> list[str]:
    model = window.workspace.tree_model()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def click_interview(qtbot, window: MainWindow, narrator: NarratorRole, phase: int = 5) -> None:
    workspace = window.workspace
    record = next(i for i in workspace.interviews() if i.narrator is narrator and i.phase == phase)
    index = workspace.tree_model().index_of_interview(record.id)
    workspace.tree.scrollTo(index)
    rect = workspace.tree.visualRect(index)
    qtbot.mouseClick(workspace.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_welcome_page_shows_when_nothing_is_open(qtbot) -> None:
    window = make_main_window()
    qtbot.addWidget(window)
    assert window.showing_welcome()
    assert window.windowTitle() == "CCRT Coder"
    assert not window.close_action.isEnabled()
    assert window.welcome.recent_buttons == []


def test_opening_a_project_shows_its_dyads(window: MainWindow) -> None:
    assert not window.showing_welcome()
    assert window.windowTitle() == "CCRT Coder — study.ccrt — Anna"
    assert "*" not in window.windowTitle()
    assert tree_texts(window) == ["D01 · P01 / T01", "D02 · P02 / T02"]
    assert window.counts_text() == "2 dyads · 4 interviews · 6 REs"
    assert window.coder_chooser.current_name() == "Anna"


def test_clicking_a_phase_shows_the_transcript(qtbot, window: MainWindow, project) -> None:
    click_interview(qtbot, window, NarratorRole.PATIENT)
    view = window.workspace.view
    interview = window.workspace.current_interview()
    assert interview is not None
    assert view.toPlainText() == project.transcript(interview.id).text
    assert view.gutter.isVisible()
    assert view.viewportMargins().left() == view.gutter.width() > 0
    assert window.workspace.text_header.title() == "D01 · patient P01 · phase 5"
    assert window.workspace.text_header.detail() == "D01_patient_5.txt · 10 lines"
    assert window.workspace.panel.header.title.text() == "RE 1"  # first RE chosen


def test_selecting_an_re_shows_its_header_and_units(qtbot, window: MainWindow) -> None:
    click_interview(qtbot, window, NarratorRole.PATIENT)
    panel = window.workspace.panel
    list_view = panel.list_view
    rect = list_view.visualRect(panel.res_model().index(1))
    qtbot.mouseClick(list_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert panel.header.title.text() == "RE 2"
    assert panel.header.other.text() == "partner (Jonas)"
    assert panel.header.time_frame.text() == "current"
    assert panel.header.lines.text() == "Lines 8–9"
    assert panel.units_model().rowCount() == 0  # Anna coded nothing in RE 2
    list_view.setCurrentIndex(panel.res_model().index(0))
    assert panel.units_model().rowCount() == 3
    assert panel.units_header.detail() == "3 in this RE, coded by Anna"


def test_choosing_a_unit_selects_its_text(qtbot, window: MainWindow) -> None:
    click_interview(qtbot, window, NarratorRole.PATIENT)
    window.workspace.panel.unit_activated.emit(window.workspace.panel.units_model().unit_at(1))
    assert window.workspace.view.textCursor().selectedText() == "waste of an evening"


def test_clicking_into_an_re_makes_it_current(qtbot, window: MainWindow, project) -> None:
    click_interview(qtbot, window, NarratorRole.PATIENT)
    view = window.workspace.view
    text = view.toPlainText()
    cursor = view.textCursor()
    cursor.setPosition(text.index("his phone"))
    point = view.cursorRect(cursor).center()
    scrolled = view.verticalScrollBar().value()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    panel = window.workspace.panel
    assert panel.header.title.text() == "RE 2"
    assert panel.list_view.currentIndex().row() == 1
    assert view.verticalScrollBar().value() == scrolled  # the text stays where the user is


def test_coder_choice_changes_units_and_is_remembered(qtbot, window, project_path) -> None:
    click_interview(qtbot, window, NarratorRole.PATIENT)
    window.coder_chooser.choose(window.project.coder("Ben").id)
    assert window.workspace.panel.units_model().rowCount() == 1
    window.close()
    again = make_main_window(project_path)
    qtbot.addWidget(again)
    assert again.coder_chooser.current_name() == "Ben"


def test_non_project_file_shows_an_error_and_keeps_the_window_usable(
    qtbot, tmp_path: Path, project_path: Path, warnings
) -> None:
    window = make_main_window()
    qtbot.addWidget(window)
    notes = tmp_path / "notes.ccrt"
    notes.write_text("these are my notes, not a project")
    assert not window.open_project(notes)
    [(title, message)] = warnings
    assert title == "Cannot open project"
    assert "notes.ccrt" in message
    assert "Traceback" not in message
    assert window.showing_welcome()
    assert window.open_project(project_path)
    assert not window.showing_welcome()


def test_failed_open_keeps_the_open_project(window: MainWindow, tmp_path: Path, warnings) -> None:
    assert not window.open_project(tmp_path / "missing.ccrt")
    assert warnings
    assert window.project is not None
    assert tree_texts(window) == ["D01 · P01 / T01", "D02 · P02 / T02"]


def test_recent_projects_are_updated_and_pruned(qtbot, window, project_path, tmp_path) -> None:
    settings = UiSettings()
    assert settings.recent_projects() == [project_path.resolve()]
    window.close_project()
    assert window.showing_welcome()
    assert [b.toolTip() for b in window.welcome.recent_buttons] == [str(project_path.resolve())]
    window.recent_menu.rebuild()
    assert project_path.name in window.recent_menu.actions()[0].text()
    gone = tmp_path / "gone.ccrt"
    gone.write_bytes(b"")
    settings.remember_project(gone)
    gone.unlink()
    assert settings.recent_projects() == [project_path.resolve()]


def test_recent_list_keeps_the_newest_eight(tmp_path: Path) -> None:
    settings = UiSettings()
    paths = []
    for n in range(MAX_RECENT + 2):
        path = tmp_path / f"p{n}.ccrt"
        path.write_bytes(b"")
        settings.remember_project(path)
        paths.append(path.resolve())
    settings.remember_project(paths[5])
    recent = settings.recent_projects()
    assert len(recent) == MAX_RECENT
    assert recent[:3] == [paths[5], paths[9], paths[8]]


def test_close_project_returns_to_the_welcome_page(window: MainWindow) -> None:
    window.close_project()
    assert window.showing_welcome()
    assert window.project is None
    assert window.windowTitle() == "CCRT Coder"
    assert window.workspace.tree_model().rowCount() == 0


def _file_urls(path: Path) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    return mime


def _drag_enter(mime: QMimeData) -> QDragEnterEvent:
    return QDragEnterEvent(
        QPoint(5, 5),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )


def test_dropping_a_project_file_opens_it(qtbot, project_path: Path) -> None:
    window = make_main_window()
    qtbot.addWidget(window)
    mime = _file_urls(project_path)
    enter = _drag_enter(mime)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        QPointF(5, 5),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, drop)
    qtbot.waitUntil(lambda: window.project is not None)
    assert tree_texts(window)[0] == "D01 · P01 / T01"


def test_a_project_file_dropped_with_other_files_is_opened(
    qtbot, project_path: Path, tmp_path: Path
) -> None:
    """Transcripts dropped alone go to File ▸ Import transcripts… (tests/gui/test_import_...)."""
    window = make_main_window()
    qtbot.addWidget(window)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in (tmp_path / "t.txt", project_path)])
    enter = _drag_enter(mime)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        QPointF(5, 5),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, drop)
    qtbot.waitUntil(lambda: window.project is not None)
    assert window.transcripts.dialog is None


def test_window_layout_is_remembered(qtbot, window: MainWindow, project_path: Path) -> None:
    width = max(window.minimumSizeHint().width(), 700) + 11  # the offscreen screen is 800 wide
    window.resize(width, 555)
    window.workspace.splitter.setSizes([300, 500, 311])
    sizes = window.workspace.splitter.sizes()
    window.close()
    again = make_main_window(project_path)
    qtbot.addWidget(again)
    again.show()
    assert (again.width(), again.height()) == (width, 555)
    assert again.workspace.splitter.sizes() == sizes


def test_new_project_is_created_and_opened(qtbot, tmp_path: Path, monkeypatch, warnings) -> None:
    window = make_main_window()
    qtbot.addWidget(window)
    target = tmp_path / "fresh.ccrt"
    monkeypatch.setattr("ccrt_coder.gui.widgets.dialogs.ask_new_project_path", lambda *_: target)
    assert window.new_project()
    assert target.exists()
    assert window.windowTitle() == "CCRT Coder — fresh.ccrt"  # nobody coding yet
    assert window.coder_chooser.current_coder() is None
    assert window.identity.dialog is not None  # "Who is coding?" asks for the first coder
    window.close_project()
    assert not window.create_project(target)  # never over an existing project
    assert warnings and warnings[0][0] == "Cannot create project"
