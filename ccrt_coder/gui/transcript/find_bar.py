"""FindBar: find text in the open transcript — every hit highlighted, Enter / F3 to step through."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QColor, QKeyEvent, QKeySequence, QPalette, QTextCharFormat
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTextEdit,
    QToolButton,
    QWidget,
)

from ccrt_coder.gui.transcript.highlights import selection
from ccrt_coder.gui.transcript.narrative_view import NarrativeView
from ccrt_coder.gui.widgets.component_style import blend, is_dark, muted_text

OVERLAY = "find"
_HIT = QColor("#F0E442")  # Okabe–Ito yellow: every hit
_CURRENT = QColor("#E69F00")  # Okabe–Ito orange: the hit the cursor is on
_PREFILL_LIMIT = 60  # characters of a selection taken as the search text


def hit_formats(palette: QPalette) -> tuple[QTextCharFormat, QTextCharFormat]:
    """(every hit, the current hit): tints of the palette's base, readable light or dark."""
    base = palette.color(QPalette.ColorRole.Base)
    dark = is_dark(palette)
    formats = []
    for colour, light_amount in ((_HIT, 0.55), (_CURRENT, 0.6)):
        fmt = QTextCharFormat()
        fmt.setBackground(blend(base, colour, light_amount - (0.2 if dark else 0.0)))
        formats.append(fmt)
    return formats[0], formats[1]


class FindBar(QWidget):
    """A slim bar under the transcript: ``Find [mother    ] 3 of 12  ↑ ↓  ×``."""

    hits_changed = Signal(int, int)  # current hit (1-based, 0: none), number of hits

    def __init__(self, view: NarrativeView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._view = view
        self._hits: list[tuple[int, int]] = []  # Qt positions
        self._current = -1
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(self.tr("Find in this transcript"))
        self.edit.setClearButtonEnabled(True)
        self.edit.installEventFilter(self)
        self.count = QLabel()
        self.count.setMinimumWidth(self.count.fontMetrics().horizontalAdvance("999 of 999") + 8)
        self._build()
        self.find_action = _action(
            self, self.tr("&Find…"), QKeySequence.StandardKey.Find, self.open
        )
        self.next_action = _action(self, self.tr("Find &next"), "F3", self.find_next)
        self.previous_action = _action(
            self, self.tr("Find pre&vious"), "Shift+F3", self.find_previous
        )
        self.edit.textChanged.connect(self._search)
        view.textChanged.connect(self._on_transcript_changed)
        self.hide()

    def _build(self) -> None:
        label = QLabel(self.tr("Find"))
        palette = self.count.palette()
        palette.setColor(self.count.foregroundRole(), muted_text(palette))
        self.count.setPalette(palette)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(2, 4, 2, 2)
        layout.setSpacing(6)
        layout.addWidget(label)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.count)
        for text, tip, slot in (
            ("↑", self.tr("Previous hit (Shift+F3, Shift+Enter)"), self.find_previous),
            ("↓", self.tr("Next hit (F3, Enter)"), self.find_next),
            ("✕", self.tr("Close (Esc)"), self.close_bar),
        ):
            button = QToolButton()
            button.setText(text)
            button.setToolTip(tip)
            button.setAutoRaise(True)
            button.clicked.connect(slot)
            layout.addWidget(button)

    def actions_for_menu(self) -> list[QAction]:
        return [self.find_action, self.next_action, self.previous_action]

    # -- opening and closing ------------------------------------------------------------------
    def open(self) -> None:
        """Show the bar with the text to find selected (a short selection in the text is used)."""
        chosen = self._view.textCursor().selectedText()
        if chosen and len(chosen) <= _PREFILL_LIMIT and "\u2029" not in chosen:
            self.edit.setText(chosen)
        self.show()
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.edit.selectAll()
        self._search()

    def close_bar(self) -> None:
        self.hide()
        self._hits, self._current = [], -1
        self._view.set_overlay(OVERLAY, None)
        self._view.setFocus(Qt.FocusReason.OtherFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key, shift = event.key(), event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.find_previous() if shift else self.find_next()
                return True
            if key == Qt.Key.Key_Escape:
                self.close_bar()
                return True
        return super().eventFilter(watched, event)

    # -- hits ---------------------------------------------------------------------------------
    def hits(self) -> list[tuple[int, int]]:
        return list(self._hits)

    def current(self) -> int:
        """The 0-based index of the current hit (-1: none)."""
        return self._current

    def find_next(self) -> None:
        self._step(+1)

    def find_previous(self) -> None:
        self._step(-1)

    def _step(self, direction: int) -> None:
        if not self.isVisible():
            self.open()
            return
        if self._hits:
            self._go(((self._current if self._current >= 0 else -1) + direction) % len(self._hits))

    def _search(self) -> None:
        query = self.edit.text()
        self._hits = _find_all(self._view, query) if query else []
        start = self._view.textCursor().selectionStart()
        after = [i for i, (s, _e) in enumerate(self._hits) if s >= start]
        if self._hits:
            self._go(after[0] if after else 0)
        else:
            self._current = -1
            self._show()

    def _go(self, index: int) -> None:
        self._current = index
        start, end = self._hits[index]
        cursor = self._view.textCursor()
        cursor.setPosition(start)
        cursor.setPosition(end, cursor.MoveMode.KeepAnchor)
        self._view.setTextCursor(cursor)
        self._view.ensureCursorVisible()
        self._show()

    def _show(self) -> None:
        n = len(self._hits)
        if not self.edit.text():
            self.count.setText("")
        else:
            self.count.setText(
                self.tr("{current} of {n}").format(current=self._current + 1, n=n)
                if n
                else self.tr("No matches")
            )
        self._view.set_overlay(OVERLAY, self._selections if n else None)
        self.hits_changed.emit(self._current + 1, n)

    def _selections(self) -> list[QTextEdit.ExtraSelection]:
        every, current = hit_formats(self._view.palette())
        document = self._view.document()
        return [
            selection(document, start, end, current if i == self._current else every)
            for i, (start, end) in enumerate(self._hits)
        ]

    def _on_transcript_changed(self) -> None:
        if self.isVisible():
            self._search()


def _find_all(view: NarrativeView, query: str) -> list[tuple[int, int]]:
    """Every case-insensitive occurrence, as Qt (UTF-16) positions."""
    document, found = view.document(), []
    cursor = document.find(query, 0)
    while not cursor.isNull():
        found.append((cursor.selectionStart(), cursor.selectionEnd()))
        cursor = document.find(query, cursor.selectionEnd())
    return found


def _action(bar: FindBar, text: str, key: object, slot: object) -> QAction:
    action = QAction(text, bar)
    if isinstance(key, QKeySequence.StandardKey):
        action.setShortcut(key)
    else:
        action.setShortcut(QKeySequence(str(key)))
    action.triggered.connect(slot)
    return action
