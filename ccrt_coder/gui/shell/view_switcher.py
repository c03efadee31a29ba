"""ViewSwitcher: the View menu and mode bar that switch the window between coding and analyses."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QStackedWidget, QToolBar, QWidget

from ccrt_coder.gui.shell.menu_bar import insert_before_help

CODING = "coding"
COMPARISON = "comparison"
AGREEMENT = "agreement"
UNITS = "units"


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
        self.menu = QMenu(self.tr("&View"), window)
        self.menu.setObjectName("viewMenu")
        self.mode_bar = QToolBar(self.tr("Views"), window)
        self.mode_bar.setObjectName("viewsToolbar")
        self.mode_bar.setMovable(False)
        self.mode_bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self._add_action(CODING, self.tr("&Coding"), "Ctrl+1")
        insert_before_help(window.menuBar(), self.menu)
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
        # From anywhere in the app (the coders' dock, a non-modal window), not only the window.
        action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
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
