"""Help ▸ Keyboard shortcuts, read from the window's own actions and the coding keys."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLineEdit,
    QMainWindow,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ccrt_coder.gui.coding import shortcuts
from ccrt_coder.gui.widgets.padded_delegate import PaddedDelegate
from ccrt_coder.gui.widgets.tr_marks import QT_TRANSLATE_NOOP

Row = tuple[str, str, str]  # group, what it does, keys

FIND_BAR_KEYS: tuple[tuple[str, str], ...] = (
    ("Enter", QT_TRANSLATE_NOOP("shell.help_dialog", "next hit")),
    ("Shift+Enter", QT_TRANSLATE_NOOP("shell.help_dialog", "previous hit")),
    ("Esc", QT_TRANSLATE_NOOP("shell.help_dialog", "close the find bar")),
)


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def _keys(sequences: Iterable[QKeySequence]) -> str:
    native = QKeySequence.SequenceFormat.NativeText
    return ", ".join(s.toString(native) for s in sequences if not s.isEmpty())


def _in_menus(menus: Iterable[QMenu]) -> Iterator[tuple[str, QAction]]:
    """(menu title, action) in the order the menus show them, submenus after their menu."""
    for menu in menus:
        submenus = []
        for action in menu.actions():
            if isinstance(submenu := action.menu(), QMenu):
                submenus.append(submenu)
            else:
                yield _plain(menu.title()), action
        yield from _in_menus(submenus)


def action_rows(window: QWidget) -> list[Row]:
    """Every action under ``window`` that has a key: by menu in menu-bar order, then the rest."""
    bar = window.menuBar() if isinstance(window, QMainWindow) else None
    menus = [m for a in bar.actions() if isinstance(m := a.menu(), QMenu)] if bar else []
    found = [
        *_in_menus(menus),
        *(
            (QCoreApplication.translate("shell.help_dialog", "Window"), a)
            for a in window.findChildren(QAction)
        ),
    ]
    rows: dict[tuple[str, str], str] = {}
    seen: set[int] = set()
    for group, action in found:
        keys = _keys(action.shortcuts())
        if keys and action.text() and id(action) not in seen:
            seen.add(id(action))
            rows.setdefault((group, _plain(action.text())), keys)
    return [(group, text, keys) for (group, text), keys in rows.items()]


def coding_rows() -> list[Row]:
    """The coding keys (``coding/shortcuts.py``) as the user has them, and the picker's keys."""
    coding = QCoreApplication.translate("shell.help_dialog", "Coding")
    picker = QCoreApplication.translate("shell.help_dialog", "Category picker")
    rows = [(coding, what, key) for key, what in shortcuts.table()]
    return rows + [
        (picker, _picker_word(what), _picker_word(key)) for key, what in shortcuts.PICKER_KEYS
    ]


def _picker_word(text: str) -> str:
    return QCoreApplication.translate("coding.shortcuts", text)


def all_rows(window: QWidget) -> list[Row]:
    """The window's actions, then coding keys no action shows yet, the picker's and find bar's."""
    actions = action_rows(window)
    bound = {keys for _group, _what, keys in actions}
    coding = [row for row in coding_rows() if row[2] not in bound or row[0] != "Coding"]
    find_bar = [
        (QCoreApplication.translate("shell.help_dialog", "Find bar"), what, key)
        for key, what in (
            (k, QCoreApplication.translate("shell.help_dialog", w)) for k, w in FIND_BAR_KEYS
        )
    ]
    return actions + coding + find_bar


class ShortcutsDialog(QDialog):
    """Every key, by group, with a filter field ("find" shows Ctrl+F and the find bar)."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter, e.g. find or zoom"))
        self.filter.setClearButtonEnabled(True)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Action"), self.tr("Keys")])
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setItemDelegate(PaddedDelegate(4, self.tree))
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 12)
        layout.setSpacing(8)
        for widget in (self.filter, self.tree, buttons):
            layout.addWidget(widget)
        self._fill(all_rows(window))
        self.filter.textChanged.connect(self._apply_filter)
        self.resize(680, 640)

    def _fill(self, rows: list[Row]) -> None:
        groups: dict[str, QTreeWidgetItem] = {}
        for group, what, keys in rows:
            parent = groups.get(group)
            if parent is None:
                parent = groups[group] = QTreeWidgetItem(self.tree, [group])
                font = parent.font(0)
                font.setBold(True)
                parent.setFont(0, font)
                parent.setFlags(Qt.ItemFlag.ItemIsEnabled)
                parent.setFirstColumnSpanned(True)
            QTreeWidgetItem(parent, [what, keys])
        self.tree.expandAll()

    def rows(self) -> list[tuple[str, str]]:
        """(action, keys) of the rows shown now."""
        shown = []
        for group in _children(self.tree.invisibleRootItem()):
            for item in _children(group):
                if not item.isHidden():
                    shown.append((item.text(0), item.text(1)))
        return shown

    def _apply_filter(self, text: str) -> None:
        wanted = text.strip().lower()
        for group in _children(self.tree.invisibleRootItem()):
            in_group = wanted in group.text(0).lower()
            visible = 0
            for item in _children(group):
                found = in_group or any(wanted in item.text(i).lower() for i in (0, 1))
                item.setHidden(not found)
                visible += found
            group.setHidden(visible == 0)


def _children(item: QTreeWidgetItem) -> list[QTreeWidgetItem]:
    return [child for i in range(item.childCount()) if (child := item.child(i)) is not None]
