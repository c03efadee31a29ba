"""MemoDialog: write or change a coder's own memo on an interview or an RE."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ccrt_coder.gui.widgets.component_style import muted_text
from ccrt_coder.gui.widgets.plain_text import plain


class MemoDialog(QDialog):
    """A text field with the memo; Save stores it (empty: the memo is removed)."""

    def __init__(self, title: str, coder: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.note = plain(QLabel())
        self.note.setText(
            self.tr(
                "Your own note as {coder}: other coders do not see it while coding blind. "
                "Leave it empty to remove the memo."
            ).format(coder=coder)
        )
        self.note.setWordWrap(True)
        palette = self.note.palette()
        palette.setColor(self.note.foregroundRole(), muted_text(palette))
        self.note.setPalette(palette)
        self.edit = QPlainTextEdit(text)
        self.edit.setTabChangesFocus(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 14, 14, 12)
        layout.addWidget(self.note)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.buttons)
        self.resize(520, 320)
        self.edit.setFocus()
        self.edit.moveCursor(self.edit.textCursor().MoveOperation.End)

    def text(self) -> str:
        return self.edit.toPlainText()
