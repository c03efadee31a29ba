"""The workspace's menu entries (find, zoom, compare, project, help) and the dialogs behind them."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenuBar

from ccrt_coder.gui.shell.menu_bar import HELP_MENU, menu_named
from ccrt_coder.gui.shell.view_switcher import CODING
from ccrt_coder.gui.study.search import StudySearchDialog
from ccrt_coder.usecases.domain import TextHit

if TYPE_CHECKING:
    from ccrt_coder.gui.shell.help_dialog import ShortcutsDialog
    from ccrt_coder.gui.shell.settings_dialog import ProjectSettingsDialog
    from ccrt_coder.gui.shell.window_host import ShellWindow


class WorkspaceMenus(QObject):
    """Adds its entries to the window's Edit, View, Project and Help menus."""

    def __init__(self, window: ShellWindow, settings_saved: Callable[[], None]) -> None:
        super().__init__(window)
        self._window = window
        self._settings_saved = settings_saved  # the window shows the study's name anew
        self.study_search: StudySearchDialog | None = None
        self.find_in_study_action = _action(window, self.tr("Find in &study…"), "Ctrl+Shift+F")
        self.who_action = _action(window, self.tr("&Who is coding?…"))
        self.settings_action = _action(window, self.tr("Project &settings…"))
        self.shortcuts_action = _action(
            window, self.tr("&Keyboard shortcuts"), QKeySequence.StandardKey.HelpContents
        )
        self.find_in_study_action.triggered.connect(self.open_study_search)
        self.who_action.triggered.connect(window.identity.ask)
        self.settings_action.triggered.connect(self.edit_project_settings)
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        self._fill(window.menuBar())
        self.set_project_open(False)

    def _fill(self, bar: QMenuBar) -> None:
        window = self._window
        edit = menu_named(bar, "editMenu", self.tr("&Edit"))
        edit.addSeparator()
        edit.addActions([*window.workspace.find_bar.actions_for_menu(), self.find_in_study_action])
        view = menu_named(bar, "viewMenu", self.tr("&View"))
        view.addSeparator()
        view.addActions(window.zoom.actions())
        view.addSeparator()
        view.addActions([window.side_by_side.compare_action, window.side_by_side.consensus_action])
        window.side_by_side.mode_changed.connect(self._show_coding)
        project = menu_named(bar, "projectMenu", self.tr("&Project"))
        project.addActions([self.who_action, window.blind.action])
        project.addSeparator()
        project.addAction(self.settings_action)
        help_menu = menu_named(bar, HELP_MENU, self.tr("&Help"))
        first = help_menu.actions()[0] if help_menu.actions() else None
        # Qt appends when ``first`` is None (an empty menu); PySide6's stubs omit None.
        help_menu.insertAction(first, self.shortcuts_action)  # type: ignore[arg-type]
        help_menu.insertSeparator(first)  # type: ignore[arg-type]

    def _show_coding(self, mode: object) -> None:
        """Comparing coders or meeting is part of the Coding view: entered elsewhere, show it."""
        if mode is not None:
            self._window.views.show_view(CODING)

    def set_project_open(self, is_open: bool) -> None:
        for action in (
            self.find_in_study_action,
            self.who_action,
            self.settings_action,
            *self._window.workspace.find_bar.actions_for_menu(),
        ):
            action.setEnabled(is_open)
        if not is_open and self.study_search is not None:
            self.study_search.hide()

    # -- dialogs ------------------------------------------------------------------------------
    def open_study_search(self) -> StudySearchDialog | None:
        if self._window.project is None:
            return None
        if self.study_search is None:
            self.study_search = StudySearchDialog(
                self._search, self._window.workspace.interviews, self._window
            )
            self.study_search.hit_activated.connect(self.open_hit)
        chosen = self._window.workspace.view.textCursor().selectedText()
        self.study_search.open_with(chosen if 0 < len(chosen) <= 60 else "")
        return self.study_search

    def _search(self, query: str, limit: int) -> list[TextHit]:
        """Hits in the transcripts, then in the current coder's own memos."""
        project, coder = self._window.project, self._window.workspace.coder_id()
        if project is None:
            return []
        memos = project.search_memos(coder, query, limit) if coder is not None else []
        return project.search_text(query, limit) + memos

    def open_hit(self, hit: TextHit) -> None:
        """Open the hit's interview (clearing filters that hide it) with the hit selected."""
        workspace = self._window.workspace
        if not workspace.show_interview(hit.interview_id):
            workspace.filter_bar.unfinished.setChecked(False)
            workspace.filter_bar.partner.setChecked(False)
            if not workspace.show_interview(hit.interview_id):
                return
        re = workspace.view.re_at(hit.span.start)
        if re is not None:
            workspace.select_re(re.id, scroll=hit.memo)
        if not hit.memo:  # a memo's hit is not in the text: its RE is shown
            workspace.view.reveal(hit.span)
        workspace.view.setFocus()

    def show_shortcuts(self) -> ShortcutsDialog:
        from ccrt_coder.gui.shell.help_dialog import ShortcutsDialog  # loaded when first opened

        dialog = ShortcutsDialog(self._window)
        dialog.setModal(False)
        dialog.show()
        return dialog

    def edit_project_settings(self) -> ProjectSettingsDialog | None:
        from ccrt_coder.gui.shell.settings_dialog import (
            ProjectSettingsDialog,  # loaded when first opened
        )

        window = self._window
        if window.project is None:
            return None
        identity = window.identity.identity()
        dialog = ProjectSettingsDialog(window.project, bool(identity and identity.lead), window)
        dialog.accepted.connect(self._settings_saved)
        dialog.open()
        return dialog


def _action(
    window: ShellWindow, text: str, key: str | QKeySequence.StandardKey | None = None
) -> QAction:
    action = QAction(text, window)
    if isinstance(key, str):
        action.setShortcut(QKeySequence(key))
    elif key is not None:
        action.setShortcut(key)
    return action
