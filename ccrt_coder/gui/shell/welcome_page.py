"""WelcomePage: what the window shows with no project open — start here, or reopen recent work."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal, SignalInstance
from PySide6.QtGui import QPalette, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QCommandLinkButton,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ccrt_coder.gui.widgets.component_style import muted_text
from ccrt_coder.gui.widgets.plain_text import as_text
from ccrt_coder.gui.widgets.tr_marks import QT_TRANSLATE_NOOP

CONTENT_WIDTH = 600
_OPEN_TEXT = QT_TRANSLATE_NOOP(
    "shell.welcome_page", "Continue a study saved as a .ccrt project file."
)
_NEW_TEXT = QT_TRANSLATE_NOOP(
    "shell.welcome_page", "Start an empty study, then import RAP interview transcripts."
)
_DEMO_TEXT = QT_TRANSLATE_NOOP(
    "shell.welcome_page",
    "Two fictional dyads, patient and therapist, interviewed after sessions 5, 15 and 28.",
)


class WelcomePage(QScrollArea):
    """Big buttons for the three ways in, and the recent projects."""

    open_requested = Signal()
    new_requested = Signal()
    demo_requested = Signal()
    recent_requested = Signal(Path)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self._recent: list[Path] = []
        self._recent_box: QVBoxLayout | None = None  # the page is built when first shown
        self._recent_buttons: list[QCommandLinkButton] = []

    def showEvent(self, event: QShowEvent) -> None:
        self._build()
        super().showEvent(event)

    @property
    def recent_buttons(self) -> list[QCommandLinkButton]:
        self._build()
        return self._recent_buttons

    def _build(self) -> None:
        """The page's widgets: made when it is first shown, not with every window (an app
        started on a project never shows it)."""
        if self._recent_box is not None:
            return
        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(24, 56, 24, 24)
        column.setSpacing(10)
        column.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        column.addWidget(self._title())
        column.addSpacing(18)
        start, start_box = _card()
        self.open_button = _button(
            start_box,
            self.tr("Open project…"),
            QCoreApplication.translate("shell.welcome_page", _OPEN_TEXT),
            self.open_requested,
        )
        self.new_button = _button(
            start_box,
            self.tr("New project…"),
            QCoreApplication.translate("shell.welcome_page", _NEW_TEXT),
            self.new_requested,
        )
        self.demo_button = _button(
            start_box,
            self.tr("Open demo study"),
            QCoreApplication.translate("shell.welcome_page", _DEMO_TEXT),
            self.demo_requested,
        )
        column.addWidget(start)
        column.addSpacing(14)
        column.addWidget(_fixed(QLabel(self.tr("<b>Recent projects</b>"))))
        recent, self._recent_box = _card()
        column.addWidget(recent)
        column.addSpacing(10)
        column.addWidget(
            _muted(_fixed(QLabel(self.tr("Tip: drop a .ccrt file on this window to open it."))))
        )
        self.setWidget(content)
        self._show_recent()

    def _title(self) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)
        icon = QLabel()
        icon.setPixmap(QApplication.windowIcon().pixmap(56, 56))
        title = QLabel("CCRT Coder")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setBold(True)
        title.setFont(font)
        subtitle = _muted(
            QLabel(self.tr("Code RAP interview transcripts with Luborsky's CCRT method."))
        )
        subtitle.setWordWrap(True)
        text = QVBoxLayout()
        text.setSpacing(2)
        text.addWidget(title)
        text.addWidget(subtitle)
        layout.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(text, 1)
        row.setFixedWidth(CONTENT_WIDTH)
        return row

    def set_recent(self, paths: Sequence[Path]) -> None:
        """Show these projects (newest first) as buttons; a short note when there are none."""
        self._recent = list(paths)
        if self._recent_box is not None:
            self._show_recent()

    def _show_recent(self) -> None:
        assert self._recent_box is not None
        while item := self._recent_box.takeAt(0):
            widget = item.widget()
            if widget is not None:
                widget.hide()  # deleteLater only acts once the event loop runs again
                widget.deleteLater()
        self._recent_buttons = []
        for path in self._recent:
            button = QCommandLinkButton(path.stem, str(path.parent))
            button.setToolTip(as_text(str(path)))
            button.clicked.connect(lambda _=False, p=path: self.recent_requested.emit(p))
            self._recent_box.addWidget(button)
            self._recent_buttons.append(button)
        if not self._recent:
            note = _muted(QLabel(self.tr("Projects you open will be listed here.")))
            note.setMargin(10)
            self._recent_box.addWidget(note)


def _card() -> tuple[QFrame, QVBoxLayout]:
    """A panel in the base colour that groups buttons (light or dark, from the palette)."""
    card = QFrame()
    card.setFrameShape(QFrame.Shape.StyledPanel)
    card.setBackgroundRole(QPalette.ColorRole.Base)
    card.setAutoFillBackground(True)
    card.setFixedWidth(CONTENT_WIDTH)
    layout = QVBoxLayout(card)
    layout.setContentsMargins(8, 8, 8, 8)
    layout.setSpacing(2)
    return card, layout


def _button(box: QVBoxLayout, text: str, detail: str, signal: SignalInstance) -> QCommandLinkButton:
    button = QCommandLinkButton(text, detail)
    button.clicked.connect(signal.emit)
    box.addWidget(button)
    return button


def _fixed(label: QLabel) -> QLabel:
    label.setFixedWidth(CONTENT_WIDTH)
    return label


def _muted(label: QLabel) -> QLabel:
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, muted_text(palette))
    label.setPalette(palette)
    return label
