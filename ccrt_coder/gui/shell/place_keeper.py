"""PlaceKeeper: where the coder is in each project (interview, RE, scroll), kept across starts.

The place is stored per project file in the UI settings as soon as it changes: at once (and
synced to disk) when another interview or RE is chosen, a moment after scrolling stops, and when
the project or the window closes. A killed app therefore loses at most the last seconds of
scrolling. Opening a project by any route (recent list, File ▸ Open, the command line, a reload
after a merge) returns to its place; the app reopens the project that was open when it quit.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer

from ccrt_coder.gui.shell.window_host import ShellWindow
from ccrt_coder.gui.ui_settings import Place

SCROLL_SAVE_MS = 1500  # scrolling is stored once it has rested this long
LAYOUT_TRIES = 20  # a long transcript may be laid out in steps: retry the scroll this often
LAYOUT_WAIT_MS = 25


class PlaceKeeper(QObject):
    """Follows the workspace of ``window`` and returns to a project's place when it opens."""

    def __init__(self, window: ShellWindow) -> None:
        super().__init__(window)
        self._window = window
        self._settings = window.ui_settings
        self._path: Path | None = None
        self._place: Place | None = None
        self._restoring = False
        self._window_closing = False
        self._scroll_rest = QTimer(self)
        self._scroll_rest.setSingleShot(True)
        self._scroll_rest.setInterval(SCROLL_SAVE_MS)
        self._scroll_rest.timeout.connect(self._store)
        workspace = window.workspace
        workspace.interview_shown.connect(lambda _record: self._note(store=True))
        workspace.current_re_changed.connect(lambda _re: self._note(store=True))
        workspace.view.verticalScrollBar().valueChanged.connect(lambda _v: self._note(store=False))
        window.project_opened.connect(self._opened)
        window.project_closed.connect(self._closed)
        window.installEventFilter(self)

    def current(self) -> Place | None:
        """The place the workspace shows now (None while no interview is open)."""
        workspace = self._window.workspace
        record = workspace.current_interview()
        if record is None:
            return None
        re = workspace.panel.current_re()
        scroll = workspace.view.verticalScrollBar().value()
        return Place(record.id, re.id if re else None, scroll)

    def restore(self, place: Place | None, selection: tuple[int, int] | None = None) -> None:
        """Show ``place`` (None: leave the workspace as it is); an interview that is gone gives
        way to the first one in the study tree, an RE that is gone to the interview's first RE.
        ``selection`` (anchor, position) is a text selection to keep in the same interview."""
        if place is None:
            return
        workspace = self._window.workspace
        self._restoring = True
        try:
            workspace.tree_model().pin(place.interview_id)  # shown even if a filter hides it
            if not workspace.show_interview(place.interview_id):
                self._show_first_interview()
                return
            if place.re_id is not None and any(r.id == place.re_id for r in workspace.episodes()):
                workspace.select_re(place.re_id, scroll=False)
            if selection is not None:
                _select(self._window, selection)
            self._scroll(place, LAYOUT_TRIES)
        finally:
            self._restoring = False
            self._note(store=True)

    def _show_first_interview(self) -> None:
        model = self._window.workspace.tree_model()
        index = model.index(0, 0)
        while index.isValid() and model.interview_at(index) is None:
            index = model.index(0, 0, index)
        record = model.interview_at(index) if index.isValid() else None
        if record is not None:
            self._window.workspace.show_interview(record.id)

    def _scroll(self, place: Place, tries: int) -> None:
        """Scroll to ``place``; while the transcript is still being laid out, try again soon."""
        workspace = self._window.workspace
        shown = workspace.current_interview()
        if shown is None or shown.id != place.interview_id:
            return  # the coder went elsewhere meanwhile
        bar = workspace.view.verticalScrollBar()
        bar.setValue(place.scroll)
        if bar.value() != place.scroll and tries > 0:
            QTimer.singleShot(LAYOUT_WAIT_MS, lambda: self._scroll(place, tries - 1))

    # -- following the coder ----------------------------------------------------------------
    def _note(self, store: bool) -> None:
        """The coder moved: remember where (stored now, or once scrolling rests)."""
        if self._restoring or self._path is None:
            return
        place = self.current()
        if place is None:
            return  # a project being shown or closed: not a place the coder chose
        self._place = place
        if store:
            self._store()
        else:
            self._scroll_rest.start()

    def _store(self) -> None:
        self._scroll_rest.stop()
        if self._path is not None and self._place is not None:
            self._settings.set_place_in(self._path, self._place)
            self._settings.sync()

    def _opened(self, path: Path) -> None:
        self._store()  # the place in the project shown before (or this one, when reloaded)
        self._path, self._place, self._window_closing = path, None, False
        self._settings.set_project_to_reopen(path)
        self._settings.sync()
        self.restore(self._settings.place_in(path))

    def _closed(self) -> None:
        self._store()
        if not self._window_closing:  # closed by the user: the next start shows the welcome
            self._settings.set_project_to_reopen(None)
            self._settings.sync()
        self._path, self._place = None, None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The window closes (quitting): keep the place, and the project to reopen next time."""
        if watched is self._window and event.type() == QEvent.Type.Close:
            self._store()
            self._window_closing = True
        return False


def _select(window: ShellWindow, selection: tuple[int, int]) -> None:
    view = window.workspace.view
    anchor, position = selection
    cursor = view.textCursor()
    end = view.document().characterCount() - 1
    if max(anchor, position) <= end:
        cursor.setPosition(anchor)
        cursor.setPosition(position, cursor.MoveMode.KeepAnchor)
        view.setTextCursor(cursor)
