"""ViewSwitcher: the View menu and mode bar that switch the window between coding and analyses."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QMenuBar, QStackedWidget, QToolBar, QWidget

if TYPE_CHECKING:
    from ccrt_coder.gui.shell.main_window import MainWindow

CODING = "coding"
COMPARISON = "comparison"
AGREEMENT = "agreement"


class ViewSwitcher(QObject):
    """Views are pages of the window's central stack; analysis views are built on first use
    (so their heavy imports, e.g. matplotlib, never slow the start-up)."""

    view_changed = Signal(str)  # the name of the view now shown
    view_created = Signal(str, object)  # name, widget: a view was built on first use

    def __init__(self, window: QMainWindow, stack: QStackedWidget, coding: QWidget) -> None:
        super().__init__(window)
        self._stack = stack
        self._views: dict[str, QWidget | None] = {CODING: coding}
        self._factories: dict[str, Callable[[], QWidget]] = {}
        self._actions: dict[str, QAction] = {}
        self._group = QActionGroup(self)
        self._group.setExclusive(True)
        self.menu = QMenu("&View", window)
        self.mode_bar = QToolBar("Views", window)
        self.mode_bar.setObjectName("viewsToolbar")
        self.mode_bar.setMovable(False)
        self.mode_bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self._add_action(CODING, "&Coding", "Ctrl+1")
        _insert_before_help(window.menuBar(), self.menu)
        window.addToolBar(self.mode_bar)
        stack.currentChanged.connect(self._sync)
        self._sync()

    def add_view(self, name: str, text: str, shortcut: str, factory: Callable[[], QWidget]) -> None:
        """Offer a view; ``factory`` builds its widget the first time it is shown."""
        self._views[name] = None
        self._factories[name] = factory
        self._add_action(name, text, shortcut)
        self._sync()

    def show_view(self, name: str) -> QWidget:
        widget = self._views[name]
        if widget is None:
            widget = self._factories[name]()
            self._views[name] = widget
            self._stack.addWidget(widget)
            self.view_created.emit(name, widget)
        self._stack.setCurrentWidget(widget)
        return widget

    def current(self) -> str | None:
        """The view shown, or None when the window shows something else (the welcome page)."""
        shown = self._stack.currentWidget()
        return next((n for n, w in self._views.items() if w is not None and w is shown), None)

    def view(self, name: str) -> QWidget | None:
        """The view's widget if it was built already."""
        return self._views.get(name)

    def action(self, name: str) -> QAction:
        return self._actions[name]

    def _add_action(self, name: str, text: str, shortcut: str) -> None:
        action = QAction(text, self.menu)
        action.setCheckable(True)
        action.setShortcut(QKeySequence(shortcut))
        action.setToolTip(f"{text.replace('&', '')} ({shortcut})")
        action.triggered.connect(lambda _checked=False, n=name: self.show_view(n))
        self._group.addAction(action)
        self.menu.addAction(action)
        self.mode_bar.addAction(action)
        self._actions[name] = action

    def _sync(self, _index: int = -1) -> None:
        """Views are offered while a project is shown; the current one is checked."""
        current = self.current()
        for name, action in self._actions.items():
            action.setEnabled(current is not None)
            action.setChecked(name == current)
        self.mode_bar.setVisible(current is not None)
        if current is not None:
            self.view_changed.emit(current)


def _insert_before_help(bar: QMenuBar, menu: QMenu) -> None:
    """Menus read File, Edit, …, View, Help: before Help if there is one, else at the end."""
    help_menu = next((a for a in bar.actions() if a.text().replace("&", "") == "Help"), None)
    if help_menu is None:
        bar.addMenu(menu)
    else:
        bar.insertMenu(help_menu, menu)


def install_views(window: MainWindow, stack: QStackedWidget) -> ViewSwitcher:
    """The window's views: coding, then the analyses (each built when first shown)."""
    switcher = ViewSwitcher(window, stack, window.workspace)
    switcher.add_view(COMPARISON, "Co&mparison", "Ctrl+2", lambda: _comparison_view(window))
    switcher.add_view(AGREEMENT, "A&greement", "Ctrl+3", lambda: _agreement_view(window))
    return switcher


def _comparison_view(window: MainWindow) -> QWidget:
    from ccrt_coder.gui.comparison.view import ComparisonView

    view = ComparisonView()
    follow_window(view, window)
    return view


def _agreement_view(window: MainWindow) -> QWidget:
    from ccrt_coder.gui.shell.agreement_link import make_agreement_view

    return make_agreement_view(window)


def follow_window(view: Any, window: MainWindow) -> None:
    """Keep an analysis view told which project is open, who is coding and whether coding is
    blind (``view.set_context``), and that the coding changed (``view.invalidate``)."""

    def tell() -> None:
        identity = window.identity.identity()
        coder = identity.name if identity else window.coder_chooser.current_name()
        view.set_context(window.project, coder, window.blind.is_blind())

    tell()
    window.project_opened.connect(lambda _path: tell())
    window.project_closed.connect(tell)
    window.identity.identity_changed.connect(lambda _identity: tell())
    window.blind.changed.connect(lambda _blind: tell())
    window.workspace.coding_changed.connect(lambda _interview: view.invalidate())
