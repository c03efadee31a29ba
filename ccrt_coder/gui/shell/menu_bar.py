"""Find the window's menus by object name, since their titles are translated."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMenuBar

HELP_MENU = "helpMenu"


def menu_named(bar: QMenuBar, name: str, title: str) -> QMenu:
    """The menu bar's menu with this object name (titles are translated), made before Help with
    ``title`` when missing."""
    for action in bar.actions():
        if _is_menu(action, name) and isinstance(menu := action.menu(), QMenu):
            return menu
    menu = QMenu(title, bar)
    menu.setObjectName(name)
    insert_before_help(bar, menu)
    return menu


def insert_before_help(bar: QMenuBar, menu: QMenu) -> None:
    """Menus read File, Edit, …, View, Help: before Help if there is one, else at the end."""
    help_action = next(
        (
            a
            for a in bar.actions()
            if isinstance(m := a.menu(), QMenu) and m.objectName() == HELP_MENU
        ),
        None,
    )
    if help_action is None:
        bar.addMenu(menu)
    else:
        bar.insertMenu(help_action, menu)


def _is_menu(action: QAction, name: str) -> bool:
    menu = action.menu()
    return isinstance(menu, QMenu) and menu.objectName() == name
