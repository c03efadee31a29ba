"""MainWindow: opens, creates and closes projects; the welcome page or the coding workspace."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QMimeData, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMenu, QStackedWidget, QToolBar

from ccrt_coder.gui.coders.blind_mode import Access, BlindMode
from ccrt_coder.gui.coders.coder_chooser import CoderChooser
from ccrt_coder.gui.coders.identity import CoderIdentity, IdentityKeeper
from ccrt_coder.gui.coding.controller import CodingController
from ccrt_coder.gui.coding.workspace import CodingWorkspace
from ccrt_coder.gui.consensus.coders_side_by_side import CodersSideBySide
from ccrt_coder.gui.shell.analysis_views import install_views
from ccrt_coder.gui.shell.category_menu import CategoryMenu
from ccrt_coder.gui.shell.coder_copies_menu import CoderCopiesMenu
from ccrt_coder.gui.shell.design_menu import DesignMenu
from ccrt_coder.gui.shell.disk_watcher import DiskWatcher
from ccrt_coder.gui.shell.encryption_menu import EncryptionMenu
from ccrt_coder.gui.shell.exchange_menu import ExchangeMenu
from ccrt_coder.gui.shell.import_menu import TranscriptImportMenu
from ccrt_coder.gui.shell.language_menu import LanguageMenu
from ccrt_coder.gui.shell.margin_menu import MarginMenu
from ccrt_coder.gui.shell.memo_menu import MemoMenu
from ccrt_coder.gui.shell.menu_bar import HELP_MENU
from ccrt_coder.gui.shell.place_keeper import PlaceKeeper
from ccrt_coder.gui.shell.recent_menu import RecentProjectsMenu
from ccrt_coder.gui.shell.redaction_menu import RedactionMenu
from ccrt_coder.gui.shell.screen_fit import fit_to_screen
from ccrt_coder.gui.shell.welcome_page import WelcomePage
from ccrt_coder.gui.shell.window_host import ShellWindow
from ccrt_coder.gui.shell.workspace_menus import WorkspaceMenus
from ccrt_coder.gui.transcript.position_indicator import PositionIndicator
from ccrt_coder.gui.transcript.zoom import TextZoom
from ccrt_coder.gui.ui_settings import UiSettings
from ccrt_coder.gui.widgets import dialogs
from ccrt_coder.gui.widgets.terms import count, interview_words
from ccrt_coder.usecases.domain import CcrtError, InterviewRecord
from ccrt_coder.usecases.project import Project

APP_NAME = "CCRT Coder"
DEFAULT_SIZE = (1400, 860)


class MainWindow(ShellWindow):
    """One window, one open project at a time; every change is saved at once (no 'Save')."""

    def __init__(self, settings: UiSettings | None = None, ask_for_coder: bool = True) -> None:
        super().__init__(settings or UiSettings())
        self.welcome = WelcomePage()
        self.workspace = CodingWorkspace()
        self._stack = QStackedWidget()
        self._stack.addWidget(self.welcome)
        self._stack.addWidget(self.workspace)
        self.setCentralWidget(self._stack)
        self.coder_chooser = CoderChooser()
        self.toolbar = self._build_toolbar()
        self.coding = CodingController(self, self.workspace)
        self.coding.actions.fill_toolbar(self.toolbar)
        self.recent_menu = RecentProjectsMenu(self._settings, self)
        self._build_menus()
        self.views = install_views(self, self._stack)  # View menu: coding, analyses
        self.identity = IdentityKeeper(self._settings, self, ask=ask_for_coder)
        self.blind = BlindMode(self)
        self.zoom = TextZoom(self.workspace.view, self._settings, self)
        self.side_by_side = CodersSideBySide(self, self.workspace, self.coding)
        self.menus = WorkspaceMenus(self, self.settings_changed)  # Edit, View, Project, Help
        self.margin = MarginMenu(self)  # View ▸ Coding margin
        self.exchange = ExchangeMenu(self, self.open_project)  # File: exchange with others
        self.transcripts = TranscriptImportMenu(self)  # File ▸ Import transcripts…, drops
        self.coder_copies = CoderCopiesMenu(self)  # File: coder copies, send my work
        self.encryption = EncryptionMenu(self, self.open_project, self.close_project)  # passwords
        self.language = LanguageMenu(self)  # View ▸ Language
        self.places = PlaceKeeper(self)  # each project reopens where the coder left it
        self.disk = DiskWatcher(self, self.places, self.settings_changed)  # others' writes
        self.categories = CategoryMenu(self)  # Project ▸ Category systems
        self.design = DesignMenu(self)  # Project ▸ Study design…, Coders…
        self.redaction = RedactionMenu(self)  # Project ▸ Names to redact…
        self.position, self._counts = PositionIndicator(self.workspace.view), QLabel()
        for widget in (self.position, self._counts):
            self.statusBar().addPermanentWidget(widget)
        self.setAcceptDrops(True)
        self._connect()
        self.memos = MemoMenu(self)  # Code ▸ RE memo…, Interview memo…
        self._restore_layout()
        self._show_welcome()

    def _build_toolbar(self) -> QToolBar:
        toolbar = QToolBar(self.tr("Coding"))
        toolbar.setObjectName("codingToolbar")
        toolbar.setMovable(False)
        toolbar.addWidget(self.coder_chooser)
        self.addToolBar(toolbar)
        return toolbar

    def _build_menus(self) -> None:
        file_menu = self._menu("fileMenu", self.tr("&File"))
        self.new_action = _action(self, self.tr("&New project…"), QKeySequence.StandardKey.New)
        self.open_action = _action(self, self.tr("&Open project…"), QKeySequence.StandardKey.Open)
        self.demo_action = _action(self, self.tr("Open &demo study"))
        self.close_action = _action(self, self.tr("&Close project"), QKeySequence.StandardKey.Close)
        self.quit_action = _action(self, self.tr("&Quit"), QKeySequence.StandardKey.Quit)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        file_menu.addActions([self.new_action, self.open_action])
        file_menu.addMenu(self.recent_menu)
        file_menu.addAction(self.demo_action)
        for action in (self.close_action, self.quit_action):
            file_menu.addSeparator()
            file_menu.addAction(action)
        self.edit_menu = self._menu("editMenu", self.tr("&Edit"))
        self.coding.actions.fill_edit_menu(self.edit_menu)
        self.code_menu = self._menu("codeMenu", self.tr("&Code"))
        self.coding.actions.fill_code_menu(self.code_menu)
        help_menu = self._menu(HELP_MENU, self.tr("&Help"))
        self.about_action = _action(self, self.tr("&About CCRT Coder"))
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        help_menu.addAction(self.about_action)

    def _menu(self, name: str, title: str) -> QMenu:
        """A menu bar entry other parts find by ``name`` (its title is translated)."""
        menu = self.menuBar().addMenu(title)
        menu.setObjectName(name)
        return menu

    def _connect(self) -> None:
        self.new_action.triggered.connect(self.new_project)
        self.open_action.triggered.connect(self.ask_and_open)
        self.demo_action.triggered.connect(self.open_demo)
        self.close_action.triggered.connect(self.close_project)
        self.quit_action.triggered.connect(self.close)
        self.about_action.triggered.connect(lambda: dialogs.show_about(self))
        self.recent_menu.project_chosen.connect(self.open_project)
        self.welcome.open_requested.connect(self.ask_and_open)
        self.welcome.new_requested.connect(self.new_project)
        self.welcome.demo_requested.connect(self.open_demo)
        self.welcome.recent_requested.connect(self.open_project)
        self.coder_chooser.coder_changed.connect(self._on_coder_changed)
        self.coder_chooser.switch_requested.connect(self.identity.ask)
        self.identity.identity_changed.connect(self._on_identity_changed)
        self.blind.changed.connect(lambda _blind: self._update_access())
        self.workspace.interview_shown.connect(self._on_interview_shown)
        self.project_reloaded.connect(self._show_counts)
        self.workspace.coding_changed.connect(lambda _interview: self._show_counts())
        self.workspace.study_reloaded.connect(self._on_study_reloaded)

    # -- projects -----------------------------------------------------------------------------
    def open_project(self, path: str | Path) -> bool:
        """Open a project file; on failure say why and keep whatever was open."""
        path = Path(path)
        try:
            with _busy():
                project = self.encryption.open(path)  # asks an encrypted one's password
        except (CcrtError, OSError) as exc:
            dialogs.show_error(self, self.tr("Cannot open project"), _message(exc))
            if not path.exists():
                self._settings.forget_project(path)
                self.welcome.set_recent(self._settings.recent_projects())
            return False
        return self.show_project(project)

    def ask_and_open(self) -> bool:
        path = dialogs.ask_project_to_open(self)
        return self.open_project(path) if path else False

    def new_project(self) -> bool:
        path = dialogs.ask_new_project_path(self)
        return self.create_project(path) if path else False

    def create_project(self, path: Path) -> bool:
        try:
            with _busy():
                project = Project.create(path)
        except (CcrtError, OSError) as exc:
            dialogs.show_error(self, self.tr("Cannot create project"), _message(exc))
            return False
        return self.show_project(project)

    def open_demo(self) -> bool:
        """Open the user's copy of the demo study (written on first use)."""
        self.statusBar().showMessage(self.tr("Preparing the demo study…"))
        try:
            from ccrt_coder.usecases.demo import demo_project_path

            with _busy():
                path = demo_project_path()
        except ImportError:
            dialogs.show_error(
                self, self.tr("No demo study"), self.tr("This installation has no demo study.")
            )
            return False
        except (CcrtError, OSError) as exc:
            dialogs.show_error(self, self.tr("Cannot prepare the demo study"), _message(exc))
            return False
        finally:
            self.statusBar().clearMessage()
        return self.open_project(path)

    def close_project(self) -> None:
        if self._project is None:
            return
        self.coding.set_project(None)
        self.identity.clear()
        self.workspace.set_project(None)
        self._project.close()
        self._project = None
        self.blind.set_project(None)
        self._update_access()
        self.coder_chooser.set_coders([])
        self.workspace.find_bar.close_bar()
        self.menus.set_project_open(False)
        self._show_welcome()
        self.project_closed.emit()

    def show_project(self, project: Project) -> bool:
        """Show an already opened project (the window owns it from now) and close the previous."""
        previous = self._project
        try:
            self.workspace.set_project(project)
            coders = project.coders()
        except CcrtError as exc:
            project.close()
            self.workspace.set_project(previous)
            dialogs.show_error(self, self.tr("Cannot show project"), str(exc))
            return False
        if previous is not None:
            previous.close()
        self._project = project
        self.coding.set_project(project)
        self.coder_chooser.set_coders(coders)
        self.blind.set_project(project)
        self._settings.remember_project(project.path)
        self._show_workspace()
        self.menus.set_project_open(True)
        self.identity.start(project)  # the remembered coder, or "Who is coding?"
        self.project_opened.emit(project.path)
        return True

    # -- what the window shows ----------------------------------------------------------------
    def _show_welcome(self) -> None:
        self.welcome.set_recent(self._settings.recent_projects())
        self._stack.setCurrentWidget(self.welcome)
        self.toolbar.hide()
        self.close_action.setEnabled(False)
        self.setWindowTitle(APP_NAME)
        self._counts.setText("")
        self.position.set_blind(None)
        self.statusBar().clearMessage()

    def _show_workspace(self) -> None:
        assert self._project is not None
        self._stack.setCurrentWidget(self.workspace)
        self.toolbar.show()
        self.close_action.setEnabled(True)
        self._update_title()
        self._show_counts()
        self.statusBar().showMessage(self.tr("Opened {path}").format(path=self._project.path), 6000)

    def _show_counts(self) -> None:
        self._counts.setText(_counts(self.workspace.interviews()))

    def counts_text(self) -> str:
        """The status bar's summary of the open project (dyads, interviews, REs)."""
        return self._counts.text()

    def showing_welcome(self) -> bool:
        return self._stack.currentWidget() is self.welcome

    def _on_coder_changed(self, coder_id: int | None) -> None:
        """The chooser was told to switch (scripted use): adopt that coder as the identity."""
        if coder_id is not None:
            self.identity.adopt(coder_id)

    # -- who is coding, and what they may see ------------------------------------------------
    def _on_identity_changed(self, identity: CoderIdentity | None) -> None:
        coders = self._project.coders() if self._project is not None else []
        coder_id, name = (identity.id, identity.name) if identity else (None, "")
        lead = bool(identity and identity.lead)
        self.coder_chooser.set_coders(coders, coder_id)
        self.coder_chooser.set_lead(lead)
        self.coder_chooser.set_locked(bool(identity and identity.coder_copy))
        self.workspace.set_coder(coder_id, name)
        self.position.set_coder(name, lead)
        self._update_access()
        if self._project is not None:
            self._update_title()

    def _update_access(self) -> None:
        """Blind mode or the identity changed: what may be shown of other coders' work."""
        identity, access = self.identity.identity(), self.access()
        self.blind.set_lead(access.lead)
        self.side_by_side.set_context(self._project, identity.id if identity else None, access)
        self.position.set_blind(access.blind if self._project is not None else None)

    def access(self) -> Access:
        identity = self.identity.identity()
        return Access(self.blind.is_blind(), bool(identity and identity.lead))

    def _update_title(self) -> None:
        """``CCRT Coder — demo.ccrt — Anna``: never an unsaved mark, every change is saved;
        ``… — Anna (coder copy)`` in a coder copy, ``demo.ccrt (read-only)`` when opened so."""
        assert self._project is not None
        identity = self.identity.identity()
        copy = self.tr("{name} (coder copy)") if identity and identity.coder_copy else "{name}"
        who = [copy.format(name=identity.name)] if identity else []
        read_only = self.tr("{name} (read-only)") if self._project.read_only else "{name}"
        name = read_only.format(name=self._project.path.name)
        self.setWindowTitle(" — ".join([APP_NAME, name, *who]))

    def settings_changed(self) -> None:
        """Project settings were saved: show the study's name and thresholds anew."""
        if self._project is not None:
            self.workspace.tree_header.set_detail(self._project.settings().name)
            self.workspace.set_coder(self.workspace.coder_id(), self.coder_chooser.current_name())

    def open_consensus_at(self, re_id: int) -> bool:
        """Show an RE in the consensus meeting (False where blind mode does not allow it)."""
        return self.side_by_side.open_consensus_at(re_id)

    def _on_study_reloaded(self) -> None:
        """Interviews were added, replaced, moved or deleted: new counts, and no undo step may
        reach an RE that is gone (its id may now be a new RE's)."""
        self._show_counts()
        self.coding.stack.clear()

    def _on_interview_shown(self, record: InterviewRecord | None) -> None:
        if record is not None:
            self.statusBar().showMessage(interview_words(record), 4000)

    # -- drag and drop, layout ----------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if dropped_project(event.mimeData()) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        path = dropped_project(event.mimeData())
        if path is not None:
            event.acceptProposedAction()
            # Open after the drop returns, so an error box does not block the file manager.
            QTimer.singleShot(0, lambda: self.open_project(path))

    def _restore_layout(self) -> None:
        geometry = self._settings.state("mainWindow")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(*DEFAULT_SIZE)
        fit_to_screen(self)  # saved on another screen or at another scale
        self.workspace.restore_layout(self._settings.state("workspaceSplitter"))
        docks = self._settings.state("mainWindowDocks")
        if docks is not None:  # the side-by-side dock, made later, takes its size from here
            self.restoreState(docks)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._settings.set_state("mainWindow", self.saveGeometry())
        self._settings.set_state("workspaceSplitter", self.workspace.splitter.saveState())
        self._settings.set_state("mainWindowDocks", self.saveState())
        self._settings.sync()
        self.close_project()
        super().closeEvent(event)


def dropped_project(mime: QMimeData) -> Path | None:
    """The first local ``.ccrt`` file among dragged URLs, if any."""
    for url in mime.urls() if mime.hasUrls() else ():
        if url.isLocalFile() and dialogs.is_project_path(Path(url.toLocalFile())):
            return Path(url.toLocalFile())
    return None


def _counts(records: list[InterviewRecord]) -> str:
    dyads = len({r.dyad for r in records})
    res = sum(r.n_res for r in records)
    return " · ".join((count(dyads, "dyad"), count(len(records), "interview"), count(res, "RE")))


def _message(exc: Exception) -> str:
    if isinstance(exc, OSError):
        return f"{exc.strerror or exc} ({exc.filename or 'file'})"
    return str(exc)


def _action(
    window: QMainWindow, text: str, shortcut: QKeySequence.StandardKey | None = None
) -> QAction:
    action = QAction(text, window)
    if shortcut is not None:
        action.setShortcut(shortcut)
    return action


@contextmanager
def _busy() -> Iterator[None]:
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()
