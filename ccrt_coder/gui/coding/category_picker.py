"""CategoryPicker: code a selection without the mouse — filter, arrows, Enter.

It opens beside the selected text with the project's categories of one component, then the
unit's details (label, valence, actual/anticipated, explicit/inferred, memo). Enter stores,
Esc cancels. Its keys win over the window's while it has the focus.

Several categories: Space ticks the current row (in the list; in the filter when it is empty or
names the current code exactly). Enter stores the ticked categories in the order ticked, then
the current row if it is not ticked — unless the last Space unticked that very row.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QRect,
    Qt,
)
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ccrt_coder.gui.coding.category_tree import CODE_ROLE, CategoryFilter, build_model
from ccrt_coder.gui.units.unit_details import UnitDetails
from ccrt_coder.gui.widgets.component_style import muted_text
from ccrt_coder.gui.widgets.component_switch import ComponentSwitch
from ccrt_coder.gui.widgets.plain_text import plain
from ccrt_coder.gui.widgets.popup_frame import PopupFrame
from ccrt_coder.gui.widgets.tr_marks import QT_TRANSLATE_NOOP
from ccrt_coder.usecases.domain import (
    Actuality,
    CategorySystem,
    Component,
    Explicitness,
    UnitDraft,
    Valence,
    default_valence,
)

WIDTH = 440
LIST_ROWS = (5, 10)  # the category list shows this many rows at least / at most
_NAVIGATION = {Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown}
HINT = QT_TRANSLATE_NOOP(
    "coding.category_picker",
    "↑↓ choose · Space: tick one more category · Enter: store · Esc: cancel",
)


@dataclass(frozen=True)
class CodeChoice:
    """What the coder chose in the picker (the unit's text and RE come from elsewhere)."""

    component: Component
    categories: tuple[str, ...]
    tailor_label: str = ""
    valence: Valence | None = None
    actuality: Actuality | None = None
    explicitness: Explicitness | None = None
    memo: str = ""


class CategoryPicker(PopupFrame):
    """``accepted`` carries a :class:`CodeChoice`."""

    def __init__(self, host: QWidget) -> None:
        super().__init__(host)
        self._system: CategorySystem | None = None
        self._component = Component.W
        self._checked: list[str] = []
        self._decided: str | None = None  # the row the last Space ticked or unticked
        self._restart_filter = False  # typing in the list after a tick starts a new filter
        self._proxy = CategoryFilter(self)
        self._build()
        self._connect()

    # -- building ---------------------------------------------------------------------------
    def _build(self) -> None:
        self.setFixedWidth(WIDTH)
        self.title = plain(QLabel())
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.excerpt = plain(QLabel())
        self.excerpt.setWordWrap(True)
        _mute(self.excerpt, italic=True)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter: type a code or words of a label"))
        self.filter.setClearButtonEnabled(True)
        self.tree = QTreeView()
        self.tree.setModel(self._proxy)
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.chosen = plain(QLabel())
        self.chosen.setWordWrap(True)
        keep = self.chosen.sizePolicy()
        keep.setRetainSizeWhenHidden(True)  # its line is kept free: it never covers the list
        self.chosen.setSizePolicy(keep)
        self.details = UnitDetails()
        self.hint = QLabel(QCoreApplication.translate("coding.category_picker", HINT))
        self.hint.setWordWrap(True)
        _mute(self.hint, smaller=True)
        self.store = QPushButton(self.tr("Code unit"))
        self.store.setDefault(True)
        cancel = QPushButton(self.tr("Cancel"))
        for button in (self.store, cancel):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        cancel.clicked.connect(self.reject)
        self.store.clicked.connect(self.accept)
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        self.components = ComponentSwitch()
        header.addWidget(self.components)
        buttons = QHBoxLayout()
        buttons.addWidget(self.hint, 1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.store)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(7)
        layout.addLayout(header)
        layout.addWidget(self.excerpt)
        layout.addWidget(self.filter)
        layout.addWidget(self.tree)
        layout.addWidget(self.chosen)
        layout.addWidget(self.details)
        layout.addSpacing(2)
        layout.addLayout(buttons)
        d = self.details  # Tab: from the filter to the label and on; arrows go into the list
        chain = (self.filter, d.label, d.positive, d.negative, d.anticipated, d.inferred, d.memo)
        for first, second in zip((*chain, cancel), (*chain[1:], cancel, self.store), strict=True):
            QWidget.setTabOrder(first, second)

    def _connect(self) -> None:
        self.filter.textChanged.connect(self._on_filter)
        for widget in self.findChildren(QWidget):
            widget.installEventFilter(self)
        self.tree.activated.connect(lambda _index: self.accept())
        self.tree.selectionModel().currentChanged.connect(lambda *_: self._on_current())
        self.components.chosen.connect(self.set_component)
        details = self.details
        self._keys: dict[int, Callable[[], object]] = {
            _combined(keys): slot
            for keys, slot in (
                ("Alt+V", details.toggle_valence),
                ("Alt+A", details.anticipated.toggle),
                ("Alt+I", details.inferred.toggle),
                ("Alt+L", details.label.setFocus),
                ("Alt+M", details.memo.setFocus),
                ("Ctrl+Space", self.toggle_current),
                ("Alt+W", lambda: self.set_component(Component.W)),
                ("Alt+O", lambda: self.set_component(Component.RO)),
                ("Alt+S", lambda: self.set_component(Component.RS)),
            )
        }

    # -- opening ----------------------------------------------------------------------------
    def open_for(
        self,
        system: CategorySystem,
        component: Component,
        anchor: QRect,
        excerpt: str = "",
        unit: UnitDraft | None = None,
    ) -> None:
        """Show beside ``anchor`` (host coordinates); ``unit`` prefills it for an edit."""
        self._system = system
        self.title.setText(self.tr("Edit unit") if unit else self.tr("Code unit"))
        self.store.setText(self.tr("Save unit") if unit else self.tr("Code unit"))
        self.hint.setText(QCoreApplication.translate("coding.category_picker", HINT))
        self.excerpt.setText(excerpt)
        self.excerpt.setVisible(bool(excerpt))
        self.details.reset(unit)
        self._component, self._checked, self._decided = component, [], None
        self._restart_filter = False
        self.set_component(component, keep_valence=unit is not None)
        if unit is not None:
            self._checked = list(unit.categories) if len(unit.categories) > 1 else []
            self._show_checks()
            if unit.categories:
                self._make_current(unit.categories[0])
            self._show_chosen()
        self.popup_at(anchor, self.filter)

    def set_component(self, component: Component, keep_valence: bool = False) -> None:
        """Code as another component: its categories, and valence only for RO and RS."""
        if self._system is None:
            return
        if component is not self._component:
            self._checked, self._decided = [], None
        self._component = component
        self.components.show_component(component)
        model = build_model(self._system, component)
        self._proxy.setSourceModel(model)
        flat = all(not model.item(row).hasChildren() for row in range(model.rowCount()))
        self.tree.setRootIsDecorated(not flat)
        self.details.set_component(component)
        if not keep_valence:
            self.details.forget_hand_valence()
        self.filter.clear()
        self._on_filter("")
        self._fit_list(
            model.rowCount() + sum(model.item(r).rowCount() for r in range(model.rowCount()))
        )

    def _fit_list(self, rows: int) -> None:
        row = self.tree.sizeHintForRow(0) if rows else self.fontMetrics().height() + 6
        shown = min(max(rows, LIST_ROWS[0]), LIST_ROWS[1])
        self.tree.setFixedHeight(shown * row + 2 * self.tree.frameWidth() + 4)

    # -- the category list ------------------------------------------------------------------
    def _on_filter(self, text: str) -> None:
        self._proxy.set_text(text)
        self.tree.expandAll()
        exact = self._proxy.exact(text) if text else QModelIndex()
        leaves = self._proxy.leaves()
        target = exact if exact.isValid() else (leaves[0] if leaves else QModelIndex())
        self.tree.setCurrentIndex(target)
        if target.isValid():
            self.tree.scrollTo(target)
        self._on_categories()

    def _make_current(self, code: str) -> None:
        for index in self._proxy.leaves():
            if index.data(CODE_ROLE) == code:
                self.tree.setCurrentIndex(index)
                self.tree.scrollTo(index)
                return

    def current_code(self) -> str | None:
        code = self.tree.currentIndex().data(CODE_ROLE)
        return str(code) if code else None

    def toggle_current(self) -> None:
        """Add the current category to the unit's categories, or take it out again."""
        code = self.current_code()
        if code is None:
            return
        if code in self._checked:
            self._checked.remove(code)
        else:
            self._checked.append(code)
        self._decided = code
        self.filter.selectAll()  # the next code typed replaces this one
        self._restart_filter = True
        self._show_checks()
        self._on_categories()

    def _show_checks(self) -> None:
        model = self._proxy.sourceModel()
        for index in self._proxy.leaves():
            checked = index.data(CODE_ROLE) in self._checked
            model.setData(
                self._proxy.mapToSource(index),
                Qt.CheckState.Checked if checked else None,
                Qt.ItemDataRole.CheckStateRole,
            )

    def categories(self) -> tuple[str, ...]:
        """The ticked categories (in the order ticked), then the current row's, if not ticked
        and not just unticked by hand."""
        codes = list(self._checked)
        code = self.current_code()
        if code and code not in codes and not (codes and code == self._decided):
            codes.append(code)
        return tuple(codes)

    def _on_current(self) -> None:
        if self.current_code() != self._decided:
            self._decided = None
        self._on_categories()

    def _on_categories(self) -> None:
        if self._system is not None:
            self.details.follow_category(default_valence(self.categories(), self._system))
        self._show_chosen()

    def _show_chosen(self) -> None:
        codes = self.categories()
        self.chosen.setText(self.tr("Categories: ") + " + ".join(codes) if len(codes) > 1 else "")
        self.chosen.setVisible(len(codes) > 1)
        if self.isVisible() and self.sizeHint().height() > self.height():  # a wrapped line
            self.resize(self.width(), self.sizeHint().height())

    def valence(self) -> Valence | None:
        return self.details.valence()

    # -- result -----------------------------------------------------------------------------
    def result(self) -> CodeChoice | None:
        categories = self.categories()
        label = self.details.label.text().strip()
        if not categories and not label:
            self.hint.setText(self.tr("Choose a category, or give a tailor-made label (Alt+L)."))
            return None
        return CodeChoice(
            component=self._component,
            categories=categories,
            tailor_label=label,
            valence=self.details.valence(),
            actuality=self.details.actuality(),
            explicitness=self.details.explicitness(),
            memo=self.details.memo.text().strip(),
        )

    # -- keys -------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        slot = self._keys.get(event.keyCombination().toCombined())
        if slot is not None and event.type() == QEvent.Type.ShortcutOverride:
            event.accept()  # ours, not a window shortcut's: it comes back as a key press
            return True
        if event.type() == QEvent.Type.KeyPress:
            if slot is not None:
                slot()
                return True
            if watched is self.filter and self._ticks_in_filter(event):
                self.toggle_current()
                return True
            if watched is self.filter and event.key() in _NAVIGATION:
                self.tree.setFocus()  # arrows go on into the list
                self.tree.keyPressEvent(event)
                return True
            if watched is self.tree and self._list_key(event):
                return True
        return super().eventFilter(watched, event)

    def _list_key(self, event: QKeyEvent) -> bool:
        """In the list: Space ticks a category, + and − set valence, typing filters on."""
        text = event.text()
        if event.key() == Qt.Key.Key_Space and not event.modifiers():
            self.toggle_current()
            return True
        if text in ("+", "-"):
            self.details.set_valence(Valence.POSITIVE if text == "+" else Valence.NEGATIVE)
            return True
        typing = (
            text.isprintable()
            and text
            and not event.modifiers()
            & ~(Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier)
        )
        if typing and self._restart_filter:
            self.filter.clear()
        if typing or event.key() == Qt.Key.Key_Backspace:
            self._restart_filter = False
            self.filter.setFocus()
            self.filter.event(event)
            return True
        return False

    def _ticks_in_filter(self, event: QKeyEvent) -> bool:
        """Space in the filter ticks when there are no words to separate: it is empty, or it
        names the current row's code exactly."""
        if event.key() != Qt.Key.Key_Space or event.modifiers():
            return False
        typed, code = self.filter.text().strip().lower(), self.current_code()
        return code is not None and typed in ("", code.lower())


def _mute(label: QLabel, italic: bool = False, smaller: bool = False) -> None:
    palette = label.palette()
    palette.setColor(label.foregroundRole(), muted_text(palette))
    label.setPalette(palette)
    font = label.font()
    font.setItalic(italic)
    if smaller:
        font.setPointSizeF(font.pointSizeF() * 0.9)
    label.setFont(font)


def _combined(keys: str) -> int:
    return QKeySequence(keys)[0].toCombined()  # type: ignore[index]  # PySide6 stubs lack __getitem__
