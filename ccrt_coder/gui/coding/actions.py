"""The coding actions (menus, toolbar, context menu, keys) with their shortcut contexts.

Single-letter keys act only where they cannot be typing: W/O/S/R in the transcript, Return and
Del in the units table and the (read-only) transcript, 1–5 in the RE panel. The rest work
anywhere in the window.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence, QUndoStack
from PySide6.QtWidgets import QMenu, QToolBar, QWidget

from ccrt_coder.gui.coding.shortcuts import key_for
from ccrt_coder.gui.widgets.component_style import component_icon
from ccrt_coder.gui.widgets.terms import component_title
from ccrt_coder.usecases.domain import COMPLETENESS_SCALE, Component

_WIDGET = Qt.ShortcutContext.WidgetWithChildrenShortcut
_WINDOW = Qt.ShortcutContext.WindowShortcut
_CODE_NAMES = {Component.W: "code_w", Component.RO: "code_ro", Component.RS: "code_rs"}


class CodingActions(QObject):
    """Every action of part A of the workspace; the controller connects their ``triggered``."""

    def __init__(
        self, window: QWidget, view: QWidget, panel: QWidget, table: QWidget, stack: QUndoStack
    ) -> None:
        super().__init__(window)
        self.undo = stack.createUndoAction(window, self.tr("&Undo"))
        self.undo.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
        self.redo = stack.createRedoAction(window, self.tr("&Redo"))
        self.redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        window.addActions([self.undo, self.redo])
        self.code = {
            c: self._make(
                self.tr("Code as {title} ({value})").format(
                    title=component_title(c), value=c.value
                ),
                _CODE_NAMES[c],
                view,
                icon=component_icon(c),
            )
            for c in Component
        }
        for component, action in self.code.items():
            action.setIconText(component.value)
            action.setToolTip(
                self.tr("Code the selected text as {title}").format(
                    title=component_title(component)
                )
            )
        self.new_re = self._make(self.tr("&New RE from selection…"), "new_re", view)
        self.new_re.setIconText(self.tr("New RE"))
        self.extend_re = self._make(self.tr("&Add selection to current RE"), "extend_re", view)
        self.extend_re.setIconText(self.tr("Add to RE"))
        self.set_unit_span = self._make(
            self.tr("Set unit's text to &selection"), "set_unit_span", view
        )
        self.edit_re = self._make(self.tr("&Edit RE…"), "edit_re", window, _WINDOW)
        self.edit_re.setIconText(self.tr("Edit"))
        self.delete_re = self._make(self.tr("&Delete RE…"), "delete_re", window, _WINDOW)
        self.delete_re.setIconText(self.tr("Delete"))
        self.edit_unit = self._make(self.tr("Edit &unit…"), "edit_unit", table)
        self.delete_unit = self._make(self.tr("Delete un&it"), "delete_unit", table)
        view.addActions([self.edit_unit, self.delete_unit])  # on the unit at the text cursor
        low, high = COMPLETENESS_SCALE
        self.rate = {
            value: self._make(
                self.tr("Completeness {value}").format(value=value),
                f"rate_{value}",
                window,
                _WINDOW,
            )
            for value in range(low, high + 1)
        }
        self.rate_in_panel = {value: self._plain_key(str(value), panel) for value in self.rate}
        self.nothing_codable = self._make(  # enabled by its flows (on an RE only)
            self.tr("Nothing &codable in this RE"), "nothing_codable", window, _WINDOW
        )

    def _make(
        self,
        text: str,
        name: str,
        owner: QWidget,
        context: Qt.ShortcutContext = _WIDGET,
        icon: QIcon | None = None,
    ) -> QAction:
        action = QAction(icon or QIcon(), text, owner)
        action.setShortcut(key_for(name))
        action.setShortcutContext(context)
        owner.addAction(action)
        return action

    def _plain_key(self, key: str, owner: QWidget) -> QAction:
        """An unlisted action: a digit rates while the RE panel has the focus."""
        action = QAction(owner)
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(_WIDGET)
        owner.addAction(action)
        return action

    def all(self) -> list[QAction]:
        return [
            *self.code.values(),
            self.new_re,
            self.extend_re,
            self.set_unit_span,
            self.edit_re,
            self.delete_re,
            self.edit_unit,
            self.delete_unit,
            *self.rate.values(),
            *self.rate_in_panel.values(),
        ]

    # -- where they show ----------------------------------------------------------------------
    def fill_edit_menu(self, menu: QMenu) -> None:
        menu.addActions([self.undo, self.redo])

    def fill_code_menu(self, menu: QMenu) -> None:
        menu.addActions(list(self.code.values()))
        menu.addSeparator()
        menu.addActions([self.edit_unit, self.set_unit_span, self.delete_unit])
        menu.addSeparator()
        menu.addActions([self.new_re, self.extend_re, self.edit_re, self.delete_re])
        rate = menu.addMenu(self.tr("&Rate completeness"))
        rate.addActions(list(self.rate.values()))
        menu.addAction(self.nothing_codable)

    def fill_toolbar(self, toolbar: QToolBar) -> None:
        toolbar.addSeparator()
        toolbar.addActions([self.new_re, self.extend_re])
        toolbar.addSeparator()
        toolbar.addActions(list(self.code.values()))
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)

    def context_menu(self, menu: QMenu) -> None:
        """The transcript's context menu: copy (given), then coding."""
        menu.addSeparator()
        menu.addActions(list(self.code.values()))
        menu.addSeparator()
        menu.addActions([self.new_re, self.extend_re, self.set_unit_span])
